import { browser } from 'wxt/browser';
import type { CalendarDate } from '../../lib/dates';
import { todayIn } from '../../lib/dates';
import type { ProgramId } from '../../lib/ids';
import { effectiveRule } from '../../lib/profile';
import { dueZone, programById } from '../../lib/programs';
import { SNOOZE_MS } from '../../lib/reminders';
import { buildSchedule } from '../../lib/schedule';
import {
  type BillEdit,
  type BillWithInstallments,
  confirmReceived,
  deleteBill,
  dismissReminders,
  importBills,
  setPaid,
  snoozeInstallment,
  trackBill,
  updateBill,
} from '../../lib/store/bills';
import { clearDatabase, db } from './database';
import { toolbarAction } from './platform';
import { loadShopper } from './profile';
import { notificationId, runReminders } from './reminders';
import { forgetShops } from './shops';

// What the shopper can do to a bill, from the popup, the dashboard or a notification's button.
// Every change re-derives reminders and the badge, so they never disagree with the database.

function zoneOf(program: ProgramId): string {
  return dueZone(program);
}

export async function markPaid(installmentId: string, now = Date.now()): Promise<void> {
  const installment = await db().installments.get(installmentId);
  if (!installment) return;
  await setPaid(db(), installmentId, todayIn(zoneOf(installment.program), now));
  await browser.notifications.clear(notificationId(installmentId));
  await runReminders(now);
}

export async function markUnpaid(installmentId: string): Promise<void> {
  await setPaid(db(), installmentId, null);
  await runReminders();
}

export async function snooze(installmentId: string, now = Date.now()): Promise<void> {
  await snoozeInstallment(db(), installmentId, now + SNOOZE_MS);
  await browser.notifications.clear(notificationId(installmentId));
  await runReminders(now);
}

export async function setDismissed(installmentId: string, dismissed: boolean): Promise<void> {
  await dismissReminders(db(), installmentId, dismissed);
  await runReminders();
}

export interface ManualBillInput {
  program: ProgramId;
  merchant?: string;
  total: number;
  currency: string;
  purchased: CalendarDate;
  due: CalendarDate;
  notes?: string;
}

/** A bill entered by hand is one payment on the day the shopper says. */
export async function addManualBill(input: ManualBillInput, now = Date.now()): Promise<string> {
  const { due, ...fields } = input;
  const bill = await trackBill(
    db(),
    { ...fields, schedule: [{ sequence: 1, due, amount: input.total, estimated: false }] },
    now,
    () => crypto.randomUUID(),
  );
  await runReminders(now);
  return bill.id;
}

export async function editBill(billId: string, edit: BillEdit): Promise<void> {
  await updateBill(db(), billId, edit, Date.now());
  await runReminders();
}

export async function removeBill(billId: string): Promise<void> {
  const ids = await db().installments.where('billId').equals(billId).primaryKeys();
  await deleteBill(db(), billId);
  await Promise.all(ids.map((id) => browser.notifications.clear(notificationId(id))));
  await runReminders();
}

/** Recomputes a receipt-based schedule from the day the goods arrived. */
export async function goodsReceived(billId: string, received: CalendarDate): Promise<void> {
  const bill = await db().bills.get(billId);
  if (!bill) return;
  const program = programById(bill.program);
  // The shopper's override of the program's rule (e.g. days to pay) applies here as at the checkout.
  const rule = program ? effectiveRule(program, (await loadShopper()).overrides[program.id]) : undefined;
  const schedule =
    rule?.kind === 'days-after-receipt'
      ? buildSchedule(rule, { total: bill.total, purchased: bill.purchased, received })
      : (await db().installments.where('billId').equals(billId).toArray()).map((row) => ({
          sequence: row.sequence,
          due: row.due,
          amount: row.amount,
          estimated: false,
        }));
  await confirmReceived(db(), billId, received, schedule, Date.now());
  await runReminders();
}

export async function importEntries(entries: readonly BillWithInstallments[]): Promise<number> {
  const count = await importBills(db(), entries);
  await runReminders();
  return count;
}

/**
 * Really everything: the database, settings, sessions, alarms, notifications, the badge, and what
 * this extension keeps in the browser account's sync storage (when sync was ever on).
 */
export async function deleteAllData(): Promise<void> {
  await clearDatabase();
  // Before storage.local goes: the list says which permissions and script to give back.
  await forgetShops();
  await browser.storage.local.clear();
  // Clearing an empty sync storage would still count as a write to it: only when there is something.
  if (Object.keys(await browser.storage.sync.get(null)).length > 0) await browser.storage.sync.clear();
  await browser.storage.session.clear();
  await browser.alarms.clearAll();
  const shown = await browser.notifications.getAll();
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id)));
  await toolbarAction().setBadgeText({ text: '' });
}
