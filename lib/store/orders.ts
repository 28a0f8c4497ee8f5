import type { CalendarDate } from '../dates';
import type { ProgramId, SiteId } from '../ids';
import { planFromPage } from '../orders/due';
import type { PageOrder } from '../orders/interpret';
import {
  applyTarget,
  type BillEntry,
  fingerprint,
  matchOrders,
  type OrderMatch,
  siteFamily,
  targetOf,
} from '../orders/reconcile';
import type { ScheduleRule } from '../programs/schema';
import {
  type Bill,
  type Installment,
  type LensDatabase,
  type OrderUpdate,
  REMINDERS_PENDING,
  type StoredInstallment,
} from './db';

// What order pages do to the store. Each function is one transaction over bills, installments and
// updates, so that several tabs showing the same orders, in any order, leave one bill per order.

export interface OrderPageContext {
  readonly site: SiteId;
  /** Today in Asia/Shanghai: the day the page is read. */
  readonly read: CalendarDate;
  readonly now: number;
  /** The rule (with the shopper's own numbers) a program's due dates follow. */
  readonly ruleOf: (program: ProgramId) => ScheduleRule | undefined;
}

/** How long "what changed" stays on the panel, and an update can be undone. */
export const UPDATE_SHOWN_MS = 24 * 60 * 60 * 1000;
/** Older updates are dropped: their undo would restore a bill long since moved on. */
const UPDATE_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/** Bills that may be these orders: those with their numbers, and those with no number and their program and amount. */
async function candidates(db: LensDatabase, site: SiteId, orders: readonly PageOrder[]): Promise<Bill[]> {
  const family = siteFamily(site);
  const byNumber = await db.bills
    .where('orderId')
    .anyOf(orders.map((order) => order.orderId))
    .toArray();
  const keys: [string, string, number][] = orders.flatMap(({ amount, program }) =>
    amount === undefined ? [] : family.map((member): [string, string, number] => [member, program, amount]),
  );
  const byAmount = keys.length === 0 ? [] : await db.bills.where('[site+program+total]').anyOf(keys).toArray();
  const bills = new Map<string, Bill>();
  for (const bill of [...byNumber, ...byAmount]) bills.set(bill.id, bill);
  return [...bills.values()];
}

async function entriesOf(db: LensDatabase, bills: readonly Bill[]): Promise<Map<string, BillEntry>> {
  const rows = await db.installments
    .where('billId')
    .anyOf(bills.map((bill) => bill.id))
    .toArray();
  return new Map(bills.map((bill) => [bill.id, { bill, installments: rows.filter((row) => row.billId === bill.id) }]));
}

export interface OrderSnapshot {
  readonly matches: Map<string, OrderMatch>;
  readonly entries: Map<string, BillEntry>;
  /** Updates of the matched bills from the last day, newest first. */
  readonly updates: readonly OrderUpdate[];
}

/** What the store knows of the page's orders, read only: the panel's view. */
export async function orderSnapshot(
  db: LensDatabase,
  orders: readonly PageOrder[],
  ctx: OrderPageContext,
): Promise<OrderSnapshot> {
  return db.transaction('r', db.bills, db.installments, db.orderUpdates, async () => {
    const bills = await candidates(db, ctx.site, orders);
    const matches = matchOrders(ctx.site, orders, bills);
    const entries = await entriesOf(db, bills);
    const matched = [...matches.values()].flatMap((match) => (match.kind === 'bill' ? [match.billId] : []));
    const updates = await db.orderUpdates
      .where('billId')
      .anyOf(matched)
      .filter((update) => ctx.now - update.at <= UPDATE_SHOWN_MS)
      .toArray();
    return { matches, entries, updates: updates.sort((a, b) => b.at - a.at) };
  });
}

/** A bill and its installments as far as an update and its undo are concerned. */
function stateKey(bill: Bill, rows: readonly Installment[]): string {
  return JSON.stringify([
    bill.updated,
    bill.status,
    [...rows]
      .sort((a, b) => a.sequence - b.sequence)
      .map((row) => [row.id, row.status, row.due, row.amount, row.paidOn ?? null]),
  ]);
}

async function writeEntry(db: LensDatabase, before: BillEntry, after: BillEntry): Promise<void> {
  const previous = new Map(before.installments.map((row) => [row.id, row as StoredInstallment]));
  await db.bills.put(after.bill);
  await db.installments.bulkPut(
    after.installments.map((row): StoredInstallment => {
      const old = previous.get(row.id);
      // A new due date or state owes (or ends) its reminders: planning reads the row again.
      const same = old !== undefined && old.due === row.due && old.status === row.status;
      return { ...row, remindersDone: same ? old.remindersDone : REMINDERS_PENDING };
    }),
  );
}

/** Applies what the page says to the bill it matched; records the update unless nothing changed. */
async function applyOrder(
  db: LensDatabase,
  entry: BillEntry,
  order: PageOrder,
  ctx: OrderPageContext,
  newId: () => string,
): Promise<OrderUpdate | undefined> {
  const rule = ctx.ruleOf(order.program);
  if (!rule) return undefined;
  const target = targetOf(order, rule, ctx.site, ctx.read);
  const print = fingerprint(target);
  // The shopper undid this very page's update: it is not made again until the page says something new.
  if (entry.bill.declined === print) return undefined;
  const applied = applyTarget(entry, target, ctx.now);
  if (applied.changes.length === 0) return undefined;
  await writeEntry(db, entry, { bill: applied.bill, installments: applied.installments });
  const update: OrderUpdate = {
    id: newId(),
    billId: entry.bill.id,
    site: ctx.site,
    orderId: order.orderId,
    program: order.program,
    at: ctx.now,
    changes: applied.changes,
    fingerprint: print,
    before: { bill: entry.bill, installments: entry.installments as StoredInstallment[] },
    after: stateKey(applied.bill, applied.installments),
    undone: false,
  };
  await db.orderUpdates.add(update);
  return update;
}

/**
 * Brings every tracked bill the page shows in line with it (by order number, or the one bill an
 * order can be). Orders that match several bills, or none, are left for the shopper.
 */
export async function reconcileOrders(
  db: LensDatabase,
  orders: readonly PageOrder[],
  ctx: OrderPageContext,
  newId: () => string,
): Promise<OrderUpdate[]> {
  return db.transaction('rw', db.bills, db.installments, db.orderUpdates, async () => {
    const bills = await candidates(db, ctx.site, orders);
    const matches = matchOrders(ctx.site, orders, bills);
    const entries = await entriesOf(db, bills);
    const updates: OrderUpdate[] = [];
    for (const order of orders) {
      const match = matches.get(order.orderId);
      const entry = match?.kind === 'bill' ? entries.get(match.billId) : undefined;
      if (!entry) continue;
      const update = await applyOrder(db, entry, order, ctx, newId);
      if (update) updates.push(update);
    }
    await db.orderUpdates
      .where('at')
      .below(ctx.now - UPDATE_KEPT_MS)
      .delete();
    return updates;
  });
}

/**
 * Tracks orders from their page, one new bill each, unless a bill of theirs exists (by number, or
 * the one bill an order can be, which is updated instead). `asked`: the shopper chose "a new bill"
 * for an order that could be one of several; otherwise such an order is left alone.
 */
export async function trackPageOrders(
  db: LensDatabase,
  orders: readonly PageOrder[],
  ctx: OrderPageContext,
  newId: () => string,
  asked = false,
): Promise<string[]> {
  return db.transaction('rw', db.bills, db.installments, db.orderUpdates, async () => {
    const bills = await candidates(db, ctx.site, orders);
    const matches = matchOrders(ctx.site, orders, bills);
    const entries = await entriesOf(db, bills);
    const tracked: string[] = [];
    for (const order of orders) {
      const match = matches.get(order.orderId);
      if (match?.kind === 'bill') {
        const entry = entries.get(match.billId);
        if (entry && !match.linked) await applyOrder(db, entry, order, ctx, newId);
        tracked.push(match.billId);
        continue;
      }
      const rule = ctx.ruleOf(order.program);
      const amount = order.amount;
      if ((match?.kind === 'ask' && !asked) || !rule || amount === undefined) continue;
      if (order.settled || order.state === 'cancelled') continue;
      const { purchased, schedule, dueFrom } = planFromPage({ ...order, amount }, rule, ctx.site, ctx.read);
      const bill: Bill = {
        id: newId(),
        site: ctx.site,
        program: order.program,
        orderId: order.orderId,
        total: amount,
        currency: order.currency,
        created: ctx.now,
        updated: ctx.now,
        purchased,
        ...(order.received ? { received: order.received } : {}),
        ...(order.merchant ? { merchant: order.merchant } : {}),
        awaitingReceipt: order.received === undefined && schedule.some((row) => row.estimated),
        status: 'open',
      };
      await db.bills.add(bill);
      await db.installments.bulkAdd(
        schedule.map((planned) => ({
          id: `${bill.id}#${planned.sequence}`,
          billId: bill.id,
          program: bill.program,
          sequence: planned.sequence,
          amount: planned.amount,
          currency: bill.currency,
          due: planned.due,
          status: 'upcoming' as const,
          estimated: planned.estimated,
          dueFrom,
          remindersDone: REMINDERS_PENDING,
        })),
      );
      tracked.push(bill.id);
    }
    return tracked;
  });
}

/**
 * The shopper says which bill an order is: it takes the order's number and what the page says.
 * Only a bill the order could be (no number yet, same program and amount, bought the same day).
 */
export async function linkPageOrder(
  db: LensDatabase,
  order: PageOrder,
  billId: string,
  ctx: OrderPageContext,
  newId: () => string,
): Promise<boolean> {
  return db.transaction('rw', db.bills, db.installments, db.orderUpdates, async () => {
    const bills = await candidates(db, ctx.site, [order]);
    const match = matchOrders(ctx.site, [order], bills).get(order.orderId);
    const allowed =
      match?.kind === 'ask' ? match.candidates.includes(billId) : match?.kind === 'bill' && match.billId === billId;
    if (!allowed) return false;
    const entry = (await entriesOf(db, bills)).get(billId);
    if (!entry) return false;
    // Chosen by the shopper: what they undid before no longer holds them back.
    const { declined: _declined, ...bill } = entry.bill;
    await applyOrder(db, { ...entry, bill }, order, ctx, newId);
    return true;
  });
}

/**
 * Puts the bill back as it was before the update, if nothing has changed it since, and remembers
 * that the shopper turned this page's word down.
 */
export async function undoOrderUpdate(db: LensDatabase, updateId: string): Promise<boolean> {
  return db.transaction('rw', db.bills, db.installments, db.orderUpdates, async () => {
    const update = await db.orderUpdates.get(updateId);
    if (!update || update.undone) return false;
    const bill = await db.bills.get(update.billId);
    if (!bill) return false;
    const current = await db.installments.where('billId').equals(bill.id).toArray();
    // Paid, edited or updated again since: undoing now would throw that away.
    if (stateKey(bill, current) !== update.after) return false;
    const before = new Set(update.before.installments.map((row) => row.id));
    await db.installments.bulkDelete(current.filter((row) => !before.has(row.id)).map((row) => row.id));
    await db.installments.bulkPut(
      update.before.installments.map((row) => ({ ...row, remindersDone: REMINDERS_PENDING })),
    );
    await db.bills.put({ ...update.before.bill, declined: update.fingerprint });
    await db.orderUpdates.put({ ...update, undone: true });
    return true;
  });
}

/**
 * The page that followed placing an order names its number: the bill tracked at that checkout
 * takes it, unless it has one or another bill of the shop has this one.
 */
export async function linkPlacedOrder(
  db: LensDatabase,
  billId: string,
  site: SiteId,
  orderId: string,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.bills, async () => {
    const bill = await db.bills.get(billId);
    if (!bill || bill.orderId !== undefined || bill.site === undefined) return false;
    const family = siteFamily(site);
    if (!family.includes(bill.site)) return false;
    const taken = await db.bills
      .where('orderId')
      .equals(orderId)
      .filter((other) => other.site !== undefined && family.includes(other.site))
      .count();
    if (taken > 0) return false;
    await db.bills.put({ ...bill, orderId, updated: now });
    return true;
  });
}
