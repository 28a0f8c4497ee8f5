import { type CalendarDate, daysBetween } from '../dates';
import type { ProgramId, SiteId } from '../ids';
import type { ScheduleRule } from '../programs/schema';
import { type DueFrom, dueRank, sameSource } from '../provenance';
import type { Bill, Installment } from '../store/db';
import { dueFromPage, type PageDue } from './due';
import type { PageOrder } from './interpret';

// Which tracked bill an order on a page is, and what the page changes in it. Pure: bills and page
// orders in, matches and new bills out; lib/store/orders.ts reads and writes them in one transaction.

export interface BillEntry {
  readonly bill: Bill;
  readonly installments: readonly Installment[];
}

/** Shops whose pages show each other's orders: Taobao's list shows Tmall's, and the Alipay cashier pays both. */
export function siteFamily(site: SiteId): readonly SiteId[] {
  return site === 'taobao' || site === 'tmall' || site === 'alipay' ? ['taobao', 'tmall', 'alipay'] : [site];
}

/** An order bought this many days either side of a bill's purchase day may be that bill. */
export const PURCHASE_DAY_SLACK = 1;

export type OrderMatch =
  /** `linked`: the bill already carries this order number; else it is the one bill the order can be. */
  | { readonly kind: 'bill'; readonly billId: string; readonly linked: boolean }
  /** Several bills could be this order, or this bill several orders: the shopper says which. */
  | { readonly kind: 'ask'; readonly candidates: readonly string[] }
  | { readonly kind: 'none' };

/**
 * Whether `bill`, which has no order number yet, may be this order: same program, shop and amount,
 * and bought a day either way of the order (`dated`). Without the order's day on the page it still
 * may be (`undated`): then the shopper is asked.
 */
export function mayBe(bill: Bill, order: PageOrder, family: readonly SiteId[]): 'dated' | 'undated' | false {
  const alike =
    bill.orderId === undefined &&
    bill.site !== undefined &&
    family.includes(bill.site) &&
    bill.program === order.program &&
    order.amount !== undefined &&
    bill.total === order.amount;
  if (!alike) return false;
  if (order.placed === undefined) return bill.status === 'open' ? 'undated' : false;
  return Math.abs(daysBetween(bill.purchased, order.placed)) <= PURCHASE_DAY_SLACK ? 'dated' : false;
}

/**
 * Each order's bill: the one with its number; else the only bill it can be, bought that day, if
 * that bill can be no other order on the page; else, with several possible (or a page that does
 * not say when the order was placed), a question. Never a guess.
 */
export function matchOrders(
  site: SiteId,
  orders: readonly PageOrder[],
  bills: readonly Bill[],
): Map<string, OrderMatch> {
  const family = siteFamily(site);
  const inFamily = bills.filter((bill) => bill.site !== undefined && family.includes(bill.site));
  const matches = new Map<string, OrderMatch>();
  const candidates = new Map<string, string[]>();
  const claims = new Map<string, number>();
  const undated = new Set<string>();
  for (const order of orders) {
    if (matches.has(order.orderId) || candidates.has(order.orderId)) continue;
    const linked = inFamily.find((bill) => bill.orderId === order.orderId);
    if (linked) {
      matches.set(order.orderId, { kind: 'bill', billId: linked.id, linked: true });
      continue;
    }
    const possible = inFamily.filter((bill) => mayBe(bill, order, family)).map((bill) => bill.id);
    candidates.set(order.orderId, possible);
    if (order.placed === undefined) undated.add(order.orderId);
    for (const id of possible) claims.set(id, (claims.get(id) ?? 0) + 1);
  }
  for (const [orderId, possible] of candidates) {
    const [only] = possible;
    if (possible.length === 0) matches.set(orderId, { kind: 'none' });
    else if (possible.length === 1 && only !== undefined && claims.get(only) === 1 && !undated.has(orderId))
      matches.set(orderId, { kind: 'bill', billId: only, linked: false });
    else matches.set(orderId, { kind: 'ask', candidates: possible });
  }
  return matches;
}

/** What the page says a tracked bill should be. */
export interface PageTarget {
  readonly orderId: string;
  readonly program: ProgramId;
  readonly due?: PageDue;
  readonly amount?: number;
  readonly received?: CalendarDate;
  readonly settled: boolean;
  readonly cancelled: boolean;
  /** The day the page was read: the day a payment the page shows counts as made, unless it says when. */
  readonly read: CalendarDate;
}

export function targetOf(order: PageOrder, rule: ScheduleRule, site: SiteId, read: CalendarDate): PageTarget {
  const due = dueFromPage(order, rule, site, read);
  return {
    orderId: order.orderId,
    program: order.program,
    settled: order.settled,
    cancelled: order.state === 'cancelled',
    read,
    ...(due ? { due } : {}),
    ...(order.amount !== undefined ? { amount: order.amount } : {}),
    ...(order.received ? { received: order.received } : {}),
  };
}

/** What the page says, without the day it was read: the same page read again is the same. */
export function fingerprint(target: PageTarget): string {
  const { due } = target;
  const source = due?.from.kind === 'page' ? `page:${due.from.basis}` : due?.from.kind;
  return JSON.stringify([
    target.orderId,
    due?.due,
    source,
    target.amount,
    target.received,
    target.settled,
    target.cancelled,
  ]);
}

export type ChangeField = 'orderId' | 'due' | 'confirmed' | 'amount' | 'received' | 'paid' | 'cancelled';

/** One thing a page changed in a bill, for "what changed" (values as text: dates, minor units). */
export interface BillChange {
  readonly field: ChangeField;
  readonly from?: string;
  readonly to?: string;
}

export interface Applied {
  readonly bill: Bill;
  readonly installments: Installment[];
  readonly changes: BillChange[];
}

function setDue(row: Installment, due: CalendarDate, from: DueFrom): Installment {
  return { ...row, due, dueFrom: from, estimated: from.kind === 'estimate' };
}

/**
 * Whether the page's due date replaces the installment's: one from the page itself when its source
 * ranks as high (a new date, or the same one now confirmed); an estimate only over an estimate,
 * and only later (goods still on their way), never earlier.
 */
function takesDue(row: Installment, due: PageDue): boolean {
  if (due.from.kind === 'estimate') return row.dueFrom?.kind === 'estimate' && due.due > row.due;
  if (due.from.kind !== 'page' || dueRank(due.from) < dueRank(row.dueFrom)) return false;
  return row.due !== due.due || !sameSource(row.dueFrom, due.from);
}

/**
 * The bill as the page says it is. Never unpays: a bill paid (by the shopper or a page) stays
 * paid whatever a page shows later. A cancelled order ends what is still owed; a page's payment
 * settles it; otherwise the page's receipt day, amount and due date replace what was assumed, a
 * due date only when its source outranks the one the bill has (see dueRank).
 */
export function applyTarget(entry: BillEntry, target: PageTarget, now: number): Applied {
  let bill: Bill = { ...entry.bill };
  let rows = entry.installments.map((row) => ({ ...row })).sort((a, b) => a.sequence - b.sequence);
  const changes: BillChange[] = [];
  if (bill.orderId === undefined) {
    bill.orderId = target.orderId;
    changes.push({ field: 'orderId', to: target.orderId });
  }
  const open = rows.filter((row) => row.status === 'upcoming');
  if (open.length > 0 && target.cancelled) {
    rows = rows.map((row) => (row.status === 'upcoming' ? { ...row, status: 'cancelled' } : row));
    changes.push({ field: 'cancelled' });
  } else if (open.length > 0 && target.settled) {
    rows = rows.map((row) => (row.status === 'upcoming' ? { ...row, status: 'paid', paidOn: target.read } : row));
    changes.push({ field: 'paid', to: target.read });
  } else if (open.length > 0) {
    if (target.received && bill.received !== target.received) {
      changes.push({ field: 'received', ...(bill.received ? { from: bill.received } : {}), to: target.received });
      bill = { ...bill, received: target.received, awaitingReceipt: false };
    }
    const [only] = rows;
    if (target.amount !== undefined && rows.length === 1 && only && only.amount !== target.amount) {
      changes.push({ field: 'amount', from: String(only.amount), to: String(target.amount) });
      rows = [{ ...only, amount: target.amount }];
      bill = { ...bill, total: target.amount };
    }
    const next = rows.find((row) => row.status === 'upcoming');
    const due = target.due;
    if (next && due && takesDue(next, due)) {
      if (next.due !== due.due) changes.push({ field: 'due', from: next.due, to: due.due });
      else changes.push({ field: 'confirmed', to: due.due });
      rows = rows.map((row) => (row.id === next.id ? setDue(row, due.due, due.from) : row));
      // A date from the page no longer waits for the goods.
      if (due.from.kind === 'page') bill = { ...bill, awaitingReceipt: false };
    }
  }
  if (changes.length === 0) return { bill: entry.bill, installments: [...entry.installments], changes };
  if (rows.every((row) => row.status !== 'upcoming')) bill = { ...bill, status: 'closed' };
  return { bill: { ...bill, updated: now }, installments: rows, changes };
}
