import type { CalendarDate } from '../dates';
import type { ProgramId, SiteId } from '../ids';
import type { PlannedInstallment } from '../schedule';
import type { Bill, Installment, LensDatabase } from './db';

/** Tracking the same site, program and total again within this window is the same order. */
export const SAME_ORDER_WINDOW_MS = 10 * 60 * 1000;

export interface BillDraft {
  site?: SiteId;
  program: ProgramId;
  merchant?: string;
  orderId?: string;
  total: number;
  currency: string;
  purchased: CalendarDate;
  notes?: string;
  schedule: readonly PlannedInstallment[];
}

async function findSameOrder(db: LensDatabase, draft: BillDraft, now: number): Promise<Bill | undefined> {
  if (draft.site === undefined) return undefined;
  if (draft.orderId !== undefined) {
    const byOrder = await db.bills.where('[site+orderId]').equals([draft.site, draft.orderId]).first();
    if (byOrder) return byOrder;
  }
  return db.bills
    .where('[site+program+total]')
    .equals([draft.site, draft.program, draft.total])
    .filter((bill) => now - bill.created <= SAME_ORDER_WINDOW_MS)
    .first();
}

/**
 * Stores a bill and its installments, or updates the bill it duplicates, in one transaction so
 * that two tabs tracking at once cannot both insert.
 */
export async function trackBill(db: LensDatabase, draft: BillDraft, now: number, newId: () => string): Promise<Bill> {
  return db.transaction('rw', db.bills, db.installments, async () => {
    const existing = await findSameOrder(db, draft, now);
    const { schedule, ...fields } = draft;
    const bill: Bill = existing
      ? { ...existing, ...fields, updated: now }
      : { ...fields, id: newId(), created: now, updated: now, status: 'open' };
    await db.bills.put(bill);
    const paid = new Set(
      (await db.installments.where('billId').equals(bill.id).toArray())
        .filter((installment) => installment.status === 'paid')
        .map((installment) => installment.id),
    );
    await db.installments
      .where('billId')
      .equals(bill.id)
      .filter((installment) => installment.status !== 'paid')
      .delete();
    const rows: Installment[] = schedule
      .map((planned) => ({
        id: `${bill.id}#${planned.sequence}`,
        billId: bill.id,
        program: bill.program,
        sequence: planned.sequence,
        amount: planned.amount,
        currency: bill.currency,
        due: planned.due,
        status: 'upcoming' as const,
        estimated: planned.estimated,
      }))
      .filter((row) => !paid.has(row.id));
    await db.installments.bulkPut(rows);
    return bill;
  });
}

/** Every unpaid installment, earliest due first. */
export function unpaidInstallments(db: LensDatabase): Promise<Installment[]> {
  return db.installments.where('[status+due]').between(['upcoming', ''], ['upcoming', '\uffff']).toArray();
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
    const siblings = await db.installments.where('billId').equals(installment.billId).toArray();
    const bill = await db.bills.get(installment.billId);
    if (bill) {
      const status = siblings.every((row) => row.status === 'paid') ? 'closed' : 'open';
      if (bill.status !== status) await db.bills.put({ ...bill, status });
    }
    return true;
  });
}

function withoutPaidOn(installment: Installment): Installment {
  const { paidOn: _paidOn, ...rest } = installment;
  return rest;
}
