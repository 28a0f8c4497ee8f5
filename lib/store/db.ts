import { Dexie, type EntityTable } from 'dexie';
import type { CalendarDate } from '../dates';
import type { ProgramId, SiteId } from '../ids';

export interface Bill {
  id: string;
  /** Absent for a bill the shopper added by hand. */
  site?: SiteId;
  program: ProgramId;
  merchant?: string;
  orderId?: string;
  /** Minor units. */
  total: number;
  currency: string;
  /** Epoch milliseconds when it was first tracked. */
  created: number;
  updated: number;
  purchased: CalendarDate;
  received?: CalendarDate;
  status: 'open' | 'closed';
  notes?: string;
}

export interface Installment {
  /** `${billId}#${sequence}`: tracking a bill again rewrites the same rows. */
  id: string;
  billId: string;
  program: ProgramId;
  sequence: number;
  amount: number;
  currency: string;
  due: CalendarDate;
  /** Overdue is not stored: it is an upcoming installment whose due date has passed. */
  status: 'upcoming' | 'paid';
  paidOn?: CalendarDate;
  estimated: boolean;
}

/** One row per reminder shown, so a restarted worker never shows it again. */
export interface SentReminder {
  key: string;
  installmentId: string;
  sentAt: number;
}

export type LensDatabase = Dexie & {
  bills: EntityTable<Bill, 'id'>;
  installments: EntityTable<Installment, 'id'>;
  sentReminders: EntityTable<SentReminder, 'key'>;
};

export const DATABASE_NAME = 'paylater-lens';

/** Opens (creating or migrating) the database. Only in extension contexts: in a content script IndexedDB is the shop's. */
export function openDatabase(name = DATABASE_NAME): LensDatabase {
  const db = new Dexie(name) as LensDatabase;
  db.version(1).stores({
    bills: 'id, [site+orderId], [site+program+total], created, program, status',
    installments: 'id, billId, [status+due], due',
    sentReminders: 'key, installmentId',
  });
  return db;
}
