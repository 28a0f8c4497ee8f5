import type { CalendarDate } from '../dates';
import { type DueFrom, dueRank, ESTIMATE, RULE, SHOPPER } from '../provenance';
import type { PlannedInstallment } from '../schedule';
import { type Bill, type Installment, type LensDatabase, REMINDERS_PENDING, type StoredInstallment } from './db';

/** Tracking the same site, program and total again within this window is the same order. */
export const SAME_ORDER_WINDOW_MS = 10 * 60 * 1000;

/** What tracking knows of a bill: its stored fields before it has an id, and its plan. */
export type BillDraft = Pick<
  Bill,
  'site' | 'program' | 'merchant' | 'orderId' | 'total' | 'currency' | 'purchased' | 'received' | 'notes'
> & {
  schedule: readonly PlannedInstallment[];
  /** Where the plan's due dates come from; by default the rule (an estimate where a row is estimated), or the shopper for a bill added by hand. */
  dueFrom?: DueFrom;
};

/** Where a planned row's due date comes from, when the plan does not say. */
function defaultDueFrom(bill: Pick<Bill, 'site'>, planned: PlannedInstallment): DueFrom {
  if (planned.estimated) return ESTIMATE;
  return bill.site === undefined ? SHOPPER : RULE;
}

async function findSameOrder(db: LensDatabase, draft: BillDraft, now: number): Promise<Bill | undefined> {
  // A bill added by hand has no site to compare: it is always new.
  if (draft.site === undefined) return undefined;
  if (draft.orderId !== undefined) {
    const byOrder = await db.bills.where('[site+orderId]').equals([draft.site, draft.orderId]).first();
    if (byOrder) return byOrder;
  }
  return db.bills
    .where('[site+program+total]')
    .equals([draft.site, draft.program, draft.total])
    .filter(
      (bill) =>
        now - bill.created <= SAME_ORDER_WINDOW_MS &&
        // Two different order numbers are two orders, however alike.
        (bill.orderId === undefined || draft.orderId === undefined || bill.orderId === draft.orderId),
    )
    .first();
}

/**
 * Replaces a bill's unpaid installments with a new plan. Paid and cancelled ones are history and
 * stay; an unpaid one whose due date has a better source (an order page's) keeps that date.
 */
async function replaceSchedule(
  db: LensDatabase,
  bill: Bill,
  schedule: readonly PlannedInstallment[],
  dueFrom?: DueFrom,
): Promise<void> {
  const existing = await db.installments.where('billId').equals(bill.id).toArray();
  const settled = new Set(existing.filter((row) => row.status !== 'upcoming').map((row) => row.id));
  const previous = new Map(existing.map((row) => [row.id, row]));
  await db.installments.bulkDelete(existing.filter((row) => row.status === 'upcoming').map((row) => row.id));
  const rows: StoredInstallment[] = schedule
    .map((planned): StoredInstallment => {
      const id = `${bill.id}#${planned.sequence}`;
      const before = previous.get(id);
      const from = dueFrom ?? defaultDueFrom(bill, planned);
      const better = before !== undefined && dueRank(before.dueFrom) > dueRank(from);
      return {
        id,
        billId: bill.id,
        program: bill.program,
        sequence: planned.sequence,
        amount: planned.amount,
        currency: bill.currency,
        due: better ? before.due : planned.due,
        status: 'upcoming',
        estimated: better ? before.estimated : planned.estimated,
        dueFrom: better && before.dueFrom ? before.dueFrom : from,
        // A re-track keeps what the shopper said about reminders.
        ...(before?.dismissed ? { dismissed: true } : {}),
        ...(before?.snoozedUntil !== undefined ? { snoozedUntil: before.snoozedUntil } : {}),
        remindersDone: REMINDERS_PENDING,
      };
    })
    .filter((row) => !settled.has(row.id));
  await db.installments.bulkPut(rows);
}

/**
 * Stores a bill and its installments, or updates the bill it duplicates, in one transaction so
 * that two tabs tracking at once cannot both insert.
 */
export async function trackBill(db: LensDatabase, draft: BillDraft, now: number, newId: () => string): Promise<Bill> {
  return db.transaction('rw', db.bills, db.installments, async () => {
    const existing = await findSameOrder(db, draft, now);
    const { schedule, dueFrom, ...fields } = draft;
    const awaitingReceipt = fields.received === undefined && schedule.some((row) => row.estimated);
    const bill: Bill = existing
      ? { ...existing, ...fields, awaitingReceipt, updated: now }
      : { ...fields, id: newId(), created: now, updated: now, status: 'open', awaitingReceipt };
    await db.bills.put(bill);
    await replaceSchedule(db, bill, schedule, dueFrom);
    await refreshStatus(db, bill.id);
    return bill;
  });
}

/** Every unpaid installment, earliest due first. */
export function unpaidInstallments(db: LensDatabase): Promise<Installment[]> {
  return db.installments.where('[status+due]').between(['upcoming', ''], ['upcoming', '\uffff']).toArray();
}

/** A bill is closed once nothing is owed: every installment paid (or cancelled with its order). */
async function refreshStatus(db: LensDatabase, billId: string): Promise<void> {
  const bill = await db.bills.get(billId);
  if (!bill) return;
  const rows = await db.installments.where('billId').equals(billId).toArray();
  const status = rows.length > 0 && rows.every((row) => row.status !== 'upcoming') ? 'closed' : 'open';
  if (bill.status !== status) await db.bills.put({ ...bill, status });
}

export async function setPaid(db: LensDatabase, installmentId: string, paidOn: CalendarDate | null): Promise<boolean> {
  return db.transaction('rw', db.bills, db.installments, async () => {
    const installment = await db.installments.get(installmentId);
    if (!installment) return false;
    await db.installments.put(
      paidOn === null
        ? { ...withoutPaidOn(installment), status: 'upcoming' }
        : { ...installment, status: 'paid', paidOn },
    );
    await refreshStatus(db, installment.billId);
    return true;
  });
}

function withoutPaidOn(installment: StoredInstallment): StoredInstallment {
  const { paidOn: _paidOn, ...rest } = installment;
  return rest;
}

/** No reminder about this installment before `until`; then one, if it is still unpaid. */
export async function snoozeInstallment(db: LensDatabase, installmentId: string, until: number): Promise<boolean> {
  return (await db.installments.update(installmentId, { snoozedUntil: until })) > 0;
}

/** Stops (or resumes) reminders about one installment without marking it paid. */
export async function dismissReminders(db: LensDatabase, installmentId: string, dismissed: boolean): Promise<boolean> {
  // Planning finishes with a dismissed row before its reminders are sent: resumed, it owes them again.
  const changes = dismissed ? { dismissed } : { dismissed, remindersDone: REMINDERS_PENDING };
  return (await db.installments.update(installmentId, changes)) > 0;
}

export interface BillEdit {
  merchant?: string;
  notes?: string;
  orderId?: string;
  /** New due dates and amounts for unpaid installments, by installment id. */
  installments?: readonly { id: string; due: CalendarDate; amount: number }[];
}

/** Applies the shopper's corrections; the total follows the installments so they always add up. */
export async function updateBill(
  db: LensDatabase,
  billId: string,
  edit: BillEdit,
  now: number,
): Promise<Bill | undefined> {
  return db.transaction('rw', db.bills, db.installments, async () => {
    const bill = await db.bills.get(billId);
    if (!bill) return undefined;
    for (const change of edit.installments ?? []) {
      const row = await db.installments.get(change.id);
      if (!row || row.billId !== billId || row.status !== 'upcoming') continue;
      await db.installments.put({
        ...row,
        due: change.due,
        amount: change.amount,
        estimated: false,
        // The shopper's own date; an amount corrected alone leaves the date's source as it was.
        dueFrom: change.due === row.due && row.dueFrom ? row.dueFrom : SHOPPER,
        // A new due date owes its own reminders.
        remindersDone: change.due === row.due ? row.remindersDone : REMINDERS_PENDING,
      });
    }
    const rows = await db.installments.where('billId').equals(billId).toArray();
    const updated: Bill = { ...bill, updated: now, total: rows.reduce((sum, row) => sum + row.amount, 0) };
    for (const field of ['merchant', 'notes', 'orderId'] as const) {
      const value = edit[field];
      if (value === undefined) continue;
      // An emptied field is removed rather than stored as "".
      if (value === '') delete updated[field];
      else updated[field] = value;
    }
    await db.bills.put(updated);
    return updated;
  });
}

/** The shopper got the goods: the schedule counts from that day and stops being an estimate. */
export async function confirmReceived(
  db: LensDatabase,
  billId: string,
  received: CalendarDate,
  schedule: readonly PlannedInstallment[],
  now: number,
): Promise<Bill | undefined> {
  return db.transaction('rw', db.bills, db.installments, async () => {
    const bill = await db.bills.get(billId);
    if (!bill) return undefined;
    const updated: Bill = { ...bill, received, awaitingReceipt: false, updated: now };
    await db.bills.put(updated);
    await replaceSchedule(db, updated, schedule, RULE);
    // A new plan can add an unpaid payment to a bill that was paid off.
    await refreshStatus(db, billId);
    return (await db.bills.get(billId)) ?? updated;
  });
}

/** Removes a bill with its installments and the record of their reminders. */
export async function deleteBill(db: LensDatabase, billId: string): Promise<boolean> {
  return db.transaction('rw', db.bills, db.installments, db.sentReminders, async () => {
    if (!(await db.bills.get(billId))) return false;
    const ids = await db.installments.where('billId').equals(billId).primaryKeys();
    await db.sentReminders.where('installmentId').anyOf(ids).delete();
    await db.installments.bulkDelete(ids);
    await db.bills.delete(billId);
    return true;
  });
}

export interface BillWithInstallments {
  bill: Bill;
  installments: Installment[];
}

/** An installment without the store's bookkeeping. */
function plain({ remindersDone: _remindersDone, ...installment }: StoredInstallment): Installment {
  return installment;
}

/** Every bill with its installments, newest first: the dashboard's and the backup's view. */
export async function allBills(db: LensDatabase): Promise<BillWithInstallments[]> {
  return db.transaction('r', db.bills, db.installments, async () => {
    const [bills, installments] = await Promise.all([
      db.bills.orderBy('created').reverse().toArray(),
      db.installments.toArray(),
    ]);
    const byBill = new Map<string, Installment[]>();
    for (const row of installments) {
      const list = byBill.get(row.billId) ?? [];
      list.push(plain(row));
      byBill.set(row.billId, list);
    }
    return bills.map((bill) => ({
      bill,
      installments: (byBill.get(bill.id) ?? []).sort((a, b) => a.sequence - b.sequence),
    }));
  });
}

/**
 * Writes imported bills in one transaction: all or nothing. A bill whose id exists is replaced
 * with its installments, so importing the same backup twice doubles nothing.
 */
export async function importBills(db: LensDatabase, entries: readonly BillWithInstallments[]): Promise<number> {
  return db.transaction('rw', db.bills, db.installments, async () => {
    const ids = entries.map((entry) => entry.bill.id);
    await db.installments.where('billId').anyOf(ids).delete();
    await db.bills.bulkPut(entries.map((entry) => entry.bill));
    // What a backup's rows were reminded of is not known here: planning reads them again.
    await db.installments.bulkPut(
      entries.flatMap((entry) => entry.installments.map((row) => ({ ...row, remindersDone: REMINDERS_PENDING }))),
    );
    return entries.length;
  });
}
