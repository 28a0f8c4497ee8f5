import type { Doc } from './doc';
import { wallOf } from './hlc';

// The browsers' quotas for storage.sync are hard limits (Chrome's; Firefox enforces the same
// sizes). This file decides which bills fit, in what order they are written, and when the next
// write may go, all from plain numbers.

export const SYNC_QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/**
 * What this extension lets itself use: below the quota, so that another device's change in flight
 * and the settings items still fit, and below the write limits, so a burst is never refused.
 */
export const SYNC_BUDGET = {
  bytes: 92_160,
  items: 496,
  writesPerMinute: 60,
  writesPerHour: 900,
} as const;

/** When the quota is near, paid bills stay in sync this long after their last payment; older ones stay on the device. */
export const PAID_KEPT_DAYS = 90;
/** A deleted bill's tombstone stays in sync storage this long, for every device to see it. */
export const TOMBSTONE_KEPT_DAYS = 90;

const DAY_MS = 86_400_000;
const RANK_DIGITS = 7;
const MAX_DAY = 10 ** RANK_DIGITS - 1;

export type Tier = 'deleted' | 'unpaid' | 'paid';
const TIER_MARK: Record<Tier, string> = { deleted: '0', unpaid: '1', paid: '2' };

/**
 * A record's place in the plan's order, as text that sorts: deleted bills first (small, and every
 * device needs to see them), then unpaid bills by their earliest unpaid due date, then paid ones,
 * the most recently paid first. Each carries the day the plan needs (deleted on, due, last paid).
 */
export function rankOf(doc: Doc): string {
  const pad = (day: number) => String(Math.max(0, Math.min(MAX_DAY, day))).padStart(RANK_DIGITS, '0');
  if (doc.deleted !== undefined)
    return `${TIER_MARK.deleted}${pad(MAX_DAY - Math.floor(wallOf(doc.deleted) / DAY_MS))}`;
  const installments = new Map<string, { amount?: unknown; due?: number; paid?: number }>();
  for (const [path, [value]] of Object.entries(doc.facts)) {
    const match = /^(\d+)([adp])$/.exec(path);
    if (!match || value === null) continue;
    const row = installments.get(match[1] as string) ?? {};
    if (match[2] === 'a') row.amount = value;
    if (match[2] === 'd' && typeof value === 'number') row.due = value;
    if (match[2] === 'p' && typeof value === 'number') row.paid = value;
    installments.set(match[1] as string, row);
  }
  let earliestUnpaid: number | undefined;
  let lastPaid = 0;
  for (const row of installments.values()) {
    if (row.amount === undefined || row.due === undefined) continue;
    // Paid on a day nobody noted: its due day stands in.
    if (row.paid !== undefined) lastPaid = Math.max(lastPaid, row.paid || row.due);
    else if (earliestUnpaid === undefined || row.due < earliestUnpaid) earliestUnpaid = row.due;
  }
  if (earliestUnpaid !== undefined || lastPaid === 0) {
    const purchased = doc.facts.pu?.[0];
    return `${TIER_MARK.unpaid}${pad(earliestUnpaid ?? (typeof purchased === 'number' ? purchased : 0))}`;
  }
  return `${TIER_MARK.paid}${pad(MAX_DAY - lastPaid)}`;
}

export function parseRank(rank: string): { tier: Tier; day: number } {
  const tier = (Object.keys(TIER_MARK) as Tier[]).find((name) => TIER_MARK[name] === rank[0]) ?? 'paid';
  const value = Number(rank.slice(1));
  return { tier, day: tier === 'unpaid' ? value : MAX_DAY - value };
}

export interface PlanEntry {
  readonly id: string;
  readonly rank: string;
  /** The item's size against the quota (key and value). */
  readonly bytes: number;
}

export type NotSyncedReason = 'old-paid' | 'full' | 'too-large';

export interface SyncPlan {
  /** Records to keep in sync storage, in the order to write them. */
  readonly synced: readonly string[];
  /** Bills that stay on this device only, and why. */
  readonly notSynced: ReadonlyMap<string, NotSyncedReason>;
  /** Tombstones old enough to leave sync storage. */
  readonly expired: readonly string[];
}

export function byRank(a: PlanEntry, b: PlanEntry): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Which records fit in `room`. Everything, when it all fits. Otherwise deleted bills' tombstones,
 * unpaid bills and those paid within PAID_KEPT_DAYS, in that order, as many as fit; older paid
 * bills stay on the device. Every device with the same records makes the same plan.
 */
export function planSync(
  entries: readonly PlanEntry[],
  room: { bytes: number; items: number },
  today: number,
): SyncPlan {
  const notSynced = new Map<string, NotSyncedReason>();
  const expired: string[] = [];
  const candidates: PlanEntry[] = [];
  for (const entry of [...entries].sort(byRank)) {
    const { tier, day } = parseRank(entry.rank);
    if (tier === 'deleted' && day < today - TOMBSTONE_KEPT_DAYS) expired.push(entry.id);
    else if (entry.bytes > SYNC_QUOTA.bytesPerItem) notSynced.set(entry.id, 'too-large');
    else candidates.push(entry);
  }
  const total = candidates.reduce((sum, entry) => sum + entry.bytes, 0);
  const everything = total <= room.bytes && candidates.length <= room.items;
  const synced: string[] = [];
  let bytes = 0;
  for (const entry of candidates) {
    const { tier, day } = parseRank(entry.rank);
    if (!everything && tier === 'paid' && day < today - PAID_KEPT_DAYS) {
      notSynced.set(entry.id, 'old-paid');
    } else if (bytes + entry.bytes <= room.bytes && synced.length < room.items) {
      synced.push(entry.id);
      bytes += entry.bytes;
    } else {
      notSynced.set(entry.id, 'full');
    }
  }
  return { synced, notSynced, expired };
}

export function todayNumber(now: number): number {
  return Math.floor(now / DAY_MS);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The write log kept between wake-ups: only the last hour matters. */
export function recentWrites(log: readonly number[], now: number): number[] {
  return log.filter((at) => at > now - HOUR && at <= now);
}

/** When the next write may go under SYNC_BUDGET's limits (now, when it may go now). */
export function nextWriteAt(log: readonly number[], now: number): number {
  const recent = recentWrites(log, now).sort((a, b) => a - b);
  let at = now;
  const lastMinute = recent.filter((time) => time > now - MINUTE);
  if (lastMinute.length >= SYNC_BUDGET.writesPerMinute) {
    at = Math.max(at, (lastMinute[lastMinute.length - SYNC_BUDGET.writesPerMinute] as number) + MINUTE);
  }
  if (recent.length >= SYNC_BUDGET.writesPerHour) {
    at = Math.max(at, (recent[recent.length - SYNC_BUDGET.writesPerHour] as number) + HOUR);
  }
  return at;
}

/** Items per write call: a call the browser refuses (the quota filled meanwhile) costs no more than this. */
export const BATCH_BYTES = 16_384;
export const BATCH_ITEMS = 64;

/** Consecutive groups of items, each within BATCH_BYTES and BATCH_ITEMS. */
export function batches<T extends { bytes: number }>(items: readonly T[]): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    if (current.length > 0 && (bytes + item.bytes > BATCH_BYTES || current.length >= BATCH_ITEMS)) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
