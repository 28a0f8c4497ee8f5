import { z } from 'zod';
import type { Bill, LensDatabase, StoredInstallment, SyncBlock, SyncDocRow } from '../store/db';
import { type AppliedBill, billFromValues, billValues, isBillField } from './bill-record';
import {
  canonical,
  type Doc,
  EMPTY_DOC,
  type Json,
  latestVersion,
  mergeDocs,
  sameDoc,
  tombstone,
  valuesOf,
  withLocalValues,
} from './doc';
import { type Clock, formatVersion, isDeviceId, newDeviceId, receive, tick, type Version, ZERO_CLOCK } from './hlc';
import { BILL_RULES, billIdOf, billKey, decodeItem, encodeDoc, itemBytes, kvRules } from './item';
import { KV_RECORDS, type KvRecord } from './kv-records';
import {
  batches,
  nextWriteAt,
  type PlanEntry,
  planSync,
  rankOf,
  recentWrites,
  SYNC_BUDGET,
  SYNC_QUOTA,
  todayNumber,
} from './quota';
import { MAX_LISTED, type NotSyncedShown, type SyncStatus } from './status';

// One sync run: take in this device's changes, take in what sync storage holds, write back what it
// lacks. The local database stays the source every page reads; what arrives is merged into each
// bill's record and written to the bill's rows in the same transaction, so the popup, the day
// totals (kept by their middleware), the badge and reminder planning never see half a change.
// Nothing is kept in memory between runs: a worker that dies mid-run starts the next one afresh.

/** The browser's storage.sync, or a test's stand-in. */
export interface SyncArea {
  get(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Where settings, overrides and profile answers live (storage.local). */
export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SyncContext {
  readonly db: LensDatabase;
  readonly area: SyncArea;
  readonly local: LocalArea;
  readonly now: () => number;
  /** Profile answers sync too (their own switch). */
  readonly profile: boolean;
  readonly random?: () => number;
}

export interface SyncRun {
  readonly status: SyncStatus;
  /** Installments a change from elsewhere paid, dismissed, snoozed or removed: their notifications go. */
  readonly quieted: readonly string[];
  /** Whether anything from elsewhere changed bills or settings here. */
  readonly received: boolean;
  /** When to run again: writes the limits or a failure held back. */
  readonly retryAt?: number;
}

// Built on first use (z.lazy), as the worker's other schemas are: not as the worker starts.
const SyncState = z.lazy(() =>
  z.object({
    device: z.string().refine(isDeviceId),
    clock: z.object({ wall: z.number().int().min(0), counter: z.number().int().min(0) }),
    writes: z.array(z.number()).max(SYNC_QUOTA.writesPerHour),
    lastReceived: z.number().optional(),
    lastSent: z.number().optional(),
  }),
);
type SyncState = z.infer<typeof SyncState>;

const STATE_KEY = 'state';
const kvDocKey = (record: KvRecord) => `doc:${record.item}`;
/** The background notes here when it saw a settings record change (storage.local's change event). */
export const kvDirtyKey = (record: KvRecord) => `dirty:${record.item}`;

const BATCH_BILLS = 50;
const BLOCKED_RANK = '9';
const RETRY_AFTER_FAILURE_MS = 60_000;

const DocSchema: z.ZodType<Doc> = z.lazy(() =>
  z.object({
    facts: z.record(z.string(), z.tuple([z.json(), z.string()])),
    deleted: z.string().optional(),
  }),
) as unknown as z.ZodType<Doc>;

async function loadState(ctx: SyncContext): Promise<SyncState> {
  const row = await ctx.db.syncMeta.get(STATE_KEY);
  const parsed = SyncState.safeParse(row?.value);
  if (parsed.success) return parsed.data;
  const state: SyncState = { device: newDeviceId(ctx.random), clock: ZERO_CLOCK, writes: [] };
  await ctx.db.syncMeta.put({ key: STATE_KEY, value: state });
  return state;
}

async function saveState(ctx: SyncContext, change: (state: SyncState) => SyncState): Promise<SyncState> {
  return ctx.db.transaction('rw', ctx.db.syncMeta, async () => {
    const next = change(await loadState(ctx));
    await ctx.db.syncMeta.put({ key: STATE_KEY, value: next });
    return next;
  });
}

/** A clock for one transaction: versions for this device's changes, and remote versions seen. */
class Stamper {
  constructor(
    private clock: Clock,
    private readonly device: string,
    private readonly now: number,
  ) {}

  at(physical: number): Version {
    this.clock = tick(this.clock, physical);
    return formatVersion(this.clock, this.device);
  }

  /** Before any change: loses to every real one (a new device's settings never outvote a choice made elsewhere). */
  baseline(): Version {
    return formatVersion(ZERO_CLOCK, this.device);
  }

  saw(doc: Doc): void {
    const latest = latestVersion(doc);
    if (latest !== undefined) this.clock = receive(this.clock, latest, this.now);
  }

  get current(): Clock {
    return this.clock;
  }
}

function bytesOf(id: string, doc: Doc): number {
  return itemBytes(billKey(id), encodeDoc(doc));
}

function docRow(id: string, doc: Doc, blocked: SyncBlock | undefined): SyncDocRow {
  return {
    id,
    doc,
    rank: blocked === 'installment-ids' ? BLOCKED_RANK : rankOf(doc),
    bytes: bytesOf(id, doc),
    ...(blocked ? { blocked } : {}),
  };
}

function isEmpty(doc: Doc): boolean {
  return doc.deleted === undefined && Object.keys(doc.facts).length === 0;
}

/** Installments whose reminders a change from elsewhere ended or put off: their notifications go. */
function quietedBy(applied: AppliedBill, now: number): string[] {
  return [
    ...applied.removed,
    ...applied.changed
      .filter((row) => row.status === 'paid' || row.dismissed || (row.snoozedUntil ?? 0) > now)
      .map((row) => row.id),
  ];
}

async function writeApplied(db: LensDatabase, applied: AppliedBill): Promise<void> {
  if (applied.billChanged) await db.bills.put(applied.bill);
  if (applied.removed.length > 0) {
    await db.sentReminders.where('installmentId').anyOf(applied.removed).delete();
    await db.installments.bulkDelete(applied.removed);
  }
  if (applied.changed.length > 0) await db.installments.bulkPut(applied.changed);
}

async function deleteLocal(db: LensDatabase, id: string, installments: readonly StoredInstallment[]): Promise<void> {
  const ids = installments.map((row) => row.id);
  await db.sentReminders.where('installmentId').anyOf(ids).delete();
  await db.installments.bulkDelete(ids);
  await db.bills.delete(id);
}

interface BillsOutcome {
  quieted: string[];
  received: boolean;
}

/**
 * Takes in, for these bills, this device's changes (those noted in syncDirty) and then what
 * arrived, and writes the bills' rows to match, all in one transaction.
 */
async function processBills(
  ctx: SyncContext,
  ids: readonly string[],
  incoming: ReadonlyMap<string, Doc>,
): Promise<BillsOutcome> {
  const { db } = ctx;
  const now = ctx.now();
  const outcome: BillsOutcome = { quieted: [], received: false };
  await db.transaction(
    'rw',
    [db.bills, db.installments, db.sentReminders, db.syncDocs, db.syncDirty, db.syncMeta],
    async () => {
      const state = await loadState(ctx);
      const stamp = new Stamper(state.clock, state.device, now);
      const [bills, rows, marks] = await Promise.all([
        db.bills.bulkGet([...ids]),
        db.syncDocs.bulkGet([...ids]),
        db.syncDirty.bulkGet([...ids]),
      ]);
      for (const [index, id] of ids.entries()) {
        const bill: Bill | undefined = bills[index];
        const mark = marks[index];
        const before = rows[index];
        const installments = bill ? await db.installments.where('billId').equals(id).toArray() : [];
        let doc = before?.doc ?? EMPTY_DOC;
        let blocked = before?.blocked;

        if (mark) {
          if (bill) {
            const values = billValues(bill, installments);
            if ('unsupported' in values) blocked = values.unsupported;
            else if (doc.deleted !== undefined) blocked = 'deleted-elsewhere';
            else {
              blocked = undefined;
              doc = withLocalValues(doc, values, isBillField, () => stamp.at(mark.at)) ?? doc;
            }
          } else {
            // Deleted here: a tombstone, if other devices may hold it; what kept it here is gone with it.
            if (!isEmpty(doc) && doc.deleted === undefined) doc = tombstone(doc, stamp.at(mark.at));
            blocked = undefined;
          }
        }

        const remote = incoming.get(id);
        if (remote) {
          stamp.saw(remote);
          const merged = mergeDocs(doc, remote);
          if (!sameDoc(merged, doc)) {
            const wasLive = doc.deleted === undefined;
            doc = merged;
            if (blocked !== 'installment-ids') {
              if (doc.deleted !== undefined) {
                if (bill && wasLive) {
                  await deleteLocal(db, id, installments);
                  outcome.quieted.push(...installments.map((row) => row.id));
                  outcome.received = true;
                }
              } else {
                const applied = billFromValues(id, valuesOf(doc), bill ? { bill, installments } : undefined);
                if (applied.billChanged || applied.changed.length > 0 || applied.removed.length > 0) {
                  await writeApplied(db, applied);
                  outcome.quieted.push(...quietedBy(applied, now));
                  outcome.received = true;
                }
              }
            }
          }
        }

        if (isEmpty(doc) && !blocked) {
          if (before) await db.syncDocs.delete(id);
        } else if (!before || before.doc !== doc || before.blocked !== blocked) {
          await db.syncDocs.put(docRow(id, doc, blocked));
        }
      }
      // Last: writing the bills' rows above noted them as changed here, which they were not.
      await db.syncDirty.bulkDelete([...ids]);
      await db.syncMeta.put({ key: STATE_KEY, value: { ...(await loadState(ctx)), clock: stamp.current } });
    },
  );
  return outcome;
}

/** This device's changes to bills: every bill noted in syncDirty, in batches. */
async function takeInLocalBills(ctx: SyncContext, outcome: BillsOutcome): Promise<void> {
  for (;;) {
    const ids = (await ctx.db.syncDirty.limit(BATCH_BILLS).primaryKeys()) as string[];
    if (ids.length === 0) return;
    const result = await processBills(ctx, ids, new Map());
    outcome.quieted.push(...result.quieted);
  }
}

interface AreaView {
  /** Readable bill items, by bill id. */
  readonly bills: Map<string, Doc>;
  readonly kv: Map<string, Doc>;
  readonly skipped: { key: string; problem: string }[];
  /** Keys of items from a newer format: never written over, never removed. */
  readonly newer: Set<string>;
}

function readArea(raw: Record<string, unknown>, records: readonly KvRecord[]): AreaView {
  const view: AreaView = { bills: new Map(), kv: new Map(), skipped: [], newer: new Set() };
  for (const [key, value] of Object.entries(raw)) {
    const billId = billIdOf(key);
    const record = records.find((candidate) => candidate.item === key);
    // Keys this version does not know (a newer version's, another extension's) are left alone.
    if (billId === undefined && record === undefined) continue;
    const decoded = decodeItem(value, record ? kvRules(record) : BILL_RULES);
    if (decoded.kind === 'newer') view.newer.add(key);
    else if (decoded.kind === 'unreadable') view.skipped.push({ key: key.slice(0, 200), problem: decoded.problem });
    else if (billId !== undefined) view.bills.set(billId, decoded.doc);
    else if (record) view.kv.set(record.item, decoded.doc);
  }
  return view;
}

/** What arrived for bills: only those whose item says something this device's record lacks. */
async function takeInRemoteBills(ctx: SyncContext, view: AreaView, outcome: BillsOutcome): Promise<void> {
  const ids = [...view.bills.keys()];
  for (let start = 0; start < ids.length; start += BATCH_BILLS * 4) {
    const chunk = ids.slice(start, start + BATCH_BILLS * 4);
    const rows = await ctx.db.syncDocs.bulkGet(chunk);
    const news = chunk.filter((id, index) => {
      const known = rows[index]?.doc ?? EMPTY_DOC;
      const remote = view.bills.get(id) as Doc;
      return !sameDoc(mergeDocs(known, remote), known);
    });
    for (let at = 0; at < news.length; at += BATCH_BILLS) {
      const batch = news.slice(at, at + BATCH_BILLS);
      const result = await processBills(ctx, batch, new Map(batch.map((id) => [id, view.bills.get(id) as Doc])));
      outcome.quieted.push(...result.quieted);
      outcome.received ||= result.received;
    }
  }
}

function activeRecords(ctx: SyncContext): KvRecord[] {
  return KV_RECORDS.filter((record) => record.item !== 'p' || ctx.profile);
}

const isOurKvField = (record: KvRecord) => (path: string) => record.schemaOf(path) !== undefined;

/**
 * Settings, overrides and (when its switch is on) profile answers: this device's changes, then what
 * arrived. A merged record is written to storage.local before it is kept, so a run cut short
 * between the two only writes the same values again, never loses one.
 */
async function syncKvRecords(ctx: SyncContext, view: AreaView): Promise<boolean> {
  const { db } = ctx;
  const records = activeRecords(ctx);
  const stored = await ctx.local.get(records.map((record) => record.storageKey));
  let received = false;
  for (const record of records) {
    const docKey = kvDocKey(record);
    const [docRowValue, mark] = await Promise.all([db.syncMeta.get(docKey), db.syncMeta.get(kvDirtyKey(record))]);
    const parsedDoc = DocSchema.safeParse(docRowValue?.value);
    let doc = parsedDoc.success ? parsedDoc.data : EMPTY_DOC;
    const state = await loadState(ctx);
    const stamp = new Stamper(state.clock, state.device, ctx.now());
    const markAt = z.object({ at: z.number() }).safeParse(mark?.value);
    const local = record.values(stored[record.storageKey]);
    doc =
      withLocalValues(doc, local, isOurKvField(record), () =>
        markAt.success ? stamp.at(markAt.data.at) : isEmpty(doc) ? stamp.baseline() : stamp.at(ctx.now()),
      ) ?? doc;
    const remote = view.kv.get(record.item);
    if (remote) {
      stamp.saw(remote);
      const merged = mergeDocs(doc, remote);
      if (!sameDoc(merged, doc)) {
        doc = merged;
        const next = record.build(valuesOf(doc), stored[record.storageKey]);
        const current = stored[record.storageKey];
        if (next !== undefined && canonical((current ?? null) as Json) !== canonical(next as Json)) {
          await ctx.local.set({ [record.storageKey]: next });
          received = true;
        }
      }
    }
    await db.transaction('rw', db.syncMeta, async () => {
      await db.syncMeta.put({ key: docKey, value: doc });
      await db.syncMeta.delete(kvDirtyKey(record));
      await db.syncMeta.put({ key: STATE_KEY, value: { ...(await loadState(ctx)), clock: stamp.current } });
    });
  }
  return received;
}

async function kvDocs(ctx: SyncContext): Promise<Map<string, Doc>> {
  const docs = new Map<string, Doc>();
  for (const record of activeRecords(ctx)) {
    const parsed = DocSchema.safeParse((await ctx.db.syncMeta.get(kvDocKey(record)))?.value);
    if (parsed.success && !isEmpty(parsed.data)) docs.set(record.item, parsed.data);
  }
  return docs;
}

/** Every record that may sync, in rank order, from the index alone (no record is read). */
async function planEntries(db: LensDatabase): Promise<PlanEntry[]> {
  const entries: PlanEntry[] = [];
  await db.syncDocs
    .where('[rank+bytes]')
    .below([BLOCKED_RANK, 0])
    .eachKey((key, cursor) => {
      const [rank, bytes] = key as [string, number];
      entries.push({ id: cursor.primaryKey as string, rank, bytes });
    });
  return entries;
}

function classifyFailure(error: unknown): 'quota' | 'rate' | 'other' {
  const message = error instanceof Error ? error.message : String(error);
  if (/WRITE_OPERATIONS/i.test(message)) return 'rate';
  if (/quota/i.test(message)) return 'quota';
  return 'other';
}

interface Write {
  readonly key: string;
  readonly value: Json;
  readonly bytes: number;
}

type Operation = { kind: 'remove'; keys: string[] } | { kind: 'set'; items: Write[] };

interface WriteOutcome {
  readonly done: number;
  readonly pending: number;
  readonly area: Record<string, unknown>;
  readonly error?: 'quota' | 'rate' | 'other';
  readonly retryAt?: number;
}

/** Runs the writes in order while the write limits allow; what is left waits for the next run. */
async function runOperations(ctx: SyncContext, operations: readonly Operation[], area: Record<string, unknown>) {
  const after = { ...area };
  let done = 0;
  for (const [index, operation] of operations.entries()) {
    const now = ctx.now();
    const state = await loadState(ctx);
    const allowedAt = nextWriteAt(state.writes, now);
    const pending = operations.length - index;
    if (allowedAt > now) return { done, pending, area: after, retryAt: allowedAt } satisfies WriteOutcome;
    // The write is counted before it is tried: a refused call counts against the browser's limit too.
    await saveState(ctx, (current) => ({ ...current, writes: [...recentWrites(current.writes, now), now] }));
    try {
      if (operation.kind === 'remove') {
        await ctx.area.remove(operation.keys);
        for (const key of operation.keys) delete after[key];
      } else {
        await ctx.area.set(Object.fromEntries(operation.items.map((item) => [item.key, item.value])));
        for (const item of operation.items) after[item.key] = item.value;
      }
    } catch (error) {
      return {
        done,
        pending,
        area: after,
        error: classifyFailure(error),
        retryAt: now + RETRY_AFTER_FAILURE_MS,
      } satisfies WriteOutcome;
    }
    done += 1;
    await saveState(ctx, (current) => ({ ...current, lastSent: now }));
  }
  return { done, pending: 0, area: after } satisfies WriteOutcome;
}

function areaBytes(area: Record<string, unknown>): number {
  return Object.entries(area).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
}

/** Plans what sync storage should hold, writes the difference, and says how it went. */
async function writeChanges(
  ctx: SyncContext,
  raw: Record<string, unknown>,
  view: AreaView,
): Promise<{ outcome: WriteOutcome; notSynced: Map<string, NotSyncedShown | 'old-paid'> }> {
  const { db } = ctx;
  const kv: Write[] = [...(await kvDocs(ctx))].map(([item, doc]) => {
    const value = encodeDoc(doc);
    return { key: item, value, bytes: itemBytes(item, value) };
  });
  // Room for bills: the budget less the settings items and every item this run will not replace.
  const newerIds = new Set([...view.newer].map(billIdOf).filter((id) => id !== undefined));
  const ours = new Set(kv.map((item) => item.key));
  let otherBytes = 0;
  let otherItems = 0;
  for (const [key, value] of Object.entries(raw)) {
    const billId = billIdOf(key);
    if (ours.has(key) || (billId !== undefined && !view.newer.has(key))) continue;
    otherBytes += itemBytes(key, value);
    otherItems += 1;
  }
  const room = {
    bytes: SYNC_BUDGET.bytes - otherBytes - kv.reduce((sum, item) => sum + item.bytes, 0),
    items: SYNC_BUDGET.items - otherItems - kv.length,
  };
  const entries = (await planEntries(db)).filter((entry) => !newerIds.has(entry.id));
  const plan = planSync(entries, room, todayNumber(ctx.now()));
  const docs = await db.syncDocs.bulkGet([...plan.synced]);
  const sets: Write[] = kv.filter((item) => canonical((raw[item.key] ?? null) as Json) !== canonical(item.value));
  for (const row of docs) {
    if (!row) continue;
    const key = billKey(row.id);
    const value = encodeDoc(row.doc);
    if (canonical((raw[key] ?? null) as Json) !== canonical(value))
      sets.push({ key, value, bytes: itemBytes(key, value) });
  }
  // Bill items that should not be there: left out by the plan, or tombstones past their time. Only
  // items this version read and planned: what it cannot read or cannot sync, it leaves alone.
  const leftOut = new Set([...plan.notSynced.keys(), ...plan.expired]);
  const removes = [...view.bills.keys()].filter((id) => leftOut.has(id)).map(billKey);
  const operations: Operation[] = [
    ...(removes.length > 0 ? [{ kind: 'remove' as const, keys: removes }] : []),
    ...batches(sets).map((items) => ({ kind: 'set' as const, items })),
  ];
  const outcome = await runOperations(ctx, operations, raw);

  const notSynced = new Map<string, NotSyncedShown | 'old-paid'>(plan.notSynced);
  // A newer version's bill is one this device "does not sync" only if it holds that bill.
  const held = await db.bills.bulkGet([...newerIds]);
  for (const [index, id] of [...newerIds].entries()) if (held[index]) notSynced.set(id, 'newer');
  const blocked = await db.syncDocs.where('blocked').anyOf(['installment-ids', 'deleted-elsewhere']).toArray();
  for (const row of blocked) if (row.blocked) notSynced.set(row.id, row.blocked);
  return { outcome, notSynced };
}

/** One sync run; call it with sync on, one at a time. */
export async function syncCycle(ctx: SyncContext): Promise<SyncRun> {
  await loadState(ctx);
  const bills: BillsOutcome = { quieted: [], received: false };
  await takeInLocalBills(ctx, bills);
  const raw = await ctx.area.get();
  const view = readArea(raw, activeRecords(ctx));
  await takeInRemoteBills(ctx, view, bills);
  const kvReceived = await syncKvRecords(ctx, view);
  const received = bills.received || kvReceived;
  if (received) await saveState(ctx, (state) => ({ ...state, lastReceived: ctx.now() }));
  const { outcome, notSynced } = await writeChanges(ctx, raw, view);
  const state = await loadState(ctx);
  const listed = [...notSynced].filter(([, reason]) => reason !== 'old-paid') as [string, NotSyncedShown][];
  const status: SyncStatus = {
    ...(state.lastReceived !== undefined ? { lastReceived: state.lastReceived } : {}),
    ...(state.lastSent !== undefined ? { lastSent: state.lastSent } : {}),
    bytesUsed: areaBytes(outcome.area),
    itemsUsed: Object.keys(outcome.area).length,
    quotaBytes: SYNC_QUOTA.bytes,
    quotaItems: SYNC_QUOTA.items,
    oldPaid: [...notSynced.values()].filter((reason) => reason === 'old-paid').length,
    notSynced: listed.slice(0, MAX_LISTED).map(([id, reason]) => ({ id: id.slice(0, 200), reason })),
    notSyncedCount: listed.length,
    skipped: view.skipped.slice(0, MAX_LISTED),
    skippedCount: view.skipped.length,
    newer: view.newer.size,
    pending: outcome.pending,
    ...(outcome.error ? { error: outcome.error } : {}),
    ...(outcome.retryAt !== undefined ? { retryAt: outcome.retryAt } : {}),
  };
  return {
    status,
    quieted: [...new Set(bills.quieted)],
    received,
    ...(outcome.retryAt !== undefined ? { retryAt: outcome.retryAt } : {}),
  };
}

/**
 * Removes this browser's bills from sync storage (the shopper's choice on turning sync off). Other
 * browsers keep their copies: an item leaving sync storage deletes no bill anywhere.
 */
export async function removeOwnBills(ctx: SyncContext): Promise<{ removed: number; retryAt?: number }> {
  const raw = await ctx.area.get();
  const candidates = Object.keys(raw).filter((key) => billIdOf(key) !== undefined);
  const present = await ctx.db.bills.bulkGet(candidates.map((key) => billIdOf(key) as string));
  const keys = candidates.filter((_, index) => present[index] !== undefined);
  if (keys.length === 0) return { removed: 0 };
  const outcome = await runOperations(ctx, [{ kind: 'remove', keys }], raw);
  if (outcome.error) throw new Error(`sync storage refused the removal (${outcome.error})`);
  return outcome.done > 0
    ? { removed: keys.length }
    : { removed: 0, ...(outcome.retryAt !== undefined ? { retryAt: outcome.retryAt } : {}) };
}
