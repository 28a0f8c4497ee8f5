import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { type CalendarDate, isCalendarDate } from '../dates';
import type { ProgramId, SiteId } from '../ids';
import type { BillChange } from '../orders/reconcile';
import { type DueFrom, ESTIMATE, RULE, SHOPPER } from '../provenance';
import type { Doc } from '../sync/doc';
import { DUE_TOTALS_TABLE, type DueTotal, dueTotalsMiddleware, dueTotalsOf } from './due-totals';
import { type DirtyMark, SYNC_DIRTY_TABLE, syncDirtyMiddleware } from './sync-dirty';

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
  /** Since v2: the due date counts from receipt and the shopper has not confirmed it yet. */
  awaitingReceipt: boolean;
  status: 'open' | 'closed';
  notes?: string;
  /**
   * Since v6: what an order page said of this bill (see lib/orders/reconcile.ts `fingerprint`) when
   * the shopper undid the update it made: the same page is not applied again.
   */
  declined?: string;
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
  /**
   * Overdue is not stored: it is an upcoming installment whose due date has passed. Since v6,
   * `cancelled`: the order page shows the order cancelled, so nothing is owed.
   */
  status: 'upcoming' | 'paid' | 'cancelled';
  paidOn?: CalendarDate;
  estimated: boolean;
  /** Since v6: where the due date comes from (absent only in rows imported from older backups). */
  dueFrom?: DueFrom;
  /** Since v2: no reminder before this instant (epoch ms); one is shown when it passes. */
  snoozedUntil?: number;
  /** Since v2: the shopper asked for no more reminders about this installment. */
  dismissed?: boolean;
}

/**
 * An installment as stored, with the reminder planner's bookkeeping, which is no part of the bill
 * (the dashboard, exports and imports see plain installments).
 */
export interface StoredInstallment extends Installment {
  /**
   * Since v4: the reminder set (see reminderSetKey) under which planning has finished with this
   * installment at its due date (every regular reminder recorded as sent, or the shopper dismissed
   * them); REMINDERS_PENDING until then. Planning then reads only the unfinished rows.
   */
  remindersDone: string;
}

/** The value of `remindersDone` for a row planning has not finished with: any write that may owe new reminders sets it. */
export const REMINDERS_PENDING = '';

/** One row per reminder shown, so a restarted worker never shows it again. */
export interface SentReminder {
  /** `${installmentId}|${due}|${days before due, or snooze@…}` (lib/reminders.ts). */
  key: string;
  installmentId: string;
  /** Since v8: the due day in the key, so that planning reads a window's records in one range. */
  due: CalendarDate;
  sentAt: number;
}

/** The due day a reminder's key holds (the installment id before it may hold anything). */
export function dueInKey(key: string): CalendarDate | undefined {
  const due = /\|(\d{4}-\d{2}-\d{2})\|[^|]*$/.exec(key)?.[1];
  return isCalendarDate(due) ? due : undefined;
}

/**
 * Since v6: an update an order page made to a tracked bill, with the bill as it was before, so
 * the shopper can see what changed and undo it.
 */
export interface OrderUpdate {
  id: string;
  billId: string;
  site: SiteId;
  orderId: string;
  program: ProgramId;
  /** Epoch ms. */
  at: number;
  changes: BillChange[];
  /** What the page said (lib/orders/reconcile.ts `fingerprint`): undone, it becomes the bill's `declined`. */
  fingerprint: string;
  before: { bill: Bill; installments: StoredInstallment[] };
  /** The bill's state right after (lib/store/orders.ts `stateKey`): undo restores only a bill nothing has changed since. */
  after: string;
  undone: boolean;
}

/** Why a bill this device holds cannot sync, whatever room there is. */
export type SyncBlock = 'installment-ids' | 'deleted-elsewhere';

/** A bill as sync knows it (see lib/sync): its synced fields with their versions, and its place in the plan. */
export interface SyncDocRow {
  id: string;
  doc: Doc;
  /** rankOf(doc); '9' for a bill that cannot sync. */
  rank: string;
  /** Its item's size in sync storage. */
  bytes: number;
  blocked?: SyncBlock;
}

/** Sync's own state: its clock, device id, write log, and the settings records (see lib/sync/engine). */
export interface SyncMetaRow {
  key: string;
  value: unknown;
}

export type LensDatabase = Dexie & {
  bills: EntityTable<Bill, 'id'>;
  installments: EntityTable<StoredInstallment, 'id'>;
  sentReminders: EntityTable<SentReminder, 'key'>;
  /** Derived from installments, never written directly. */
  dueTotals: Table<DueTotal, [CalendarDate, ProgramId, string]>;
  orderUpdates: EntityTable<OrderUpdate, 'id'>;
  /** Since v7: sync's records and state, and the bills changed here since sync last looked. */
  syncDocs: EntityTable<SyncDocRow, 'id'>;
  syncDirty: EntityTable<DirtyMark, 'id'>;
  syncMeta: EntityTable<SyncMetaRow, 'key'>;
};

export const DATABASE_NAME = 'paylater-lens';

/**
 * Every schema this extension has shipped, oldest first. Never edit a released entry: add a new
 * version (with an upgrade when stored rows change shape) and a fixture for it in the migration test.
 */
export const SCHEMA = [
  {
    version: 1,
    stores: {
      bills: 'id, [site+orderId], [site+program+total], created, program, status',
      installments: 'id, billId, [status+due], due',
      sentReminders: 'key, installmentId',
    },
  },
  {
    version: 2,
    stores: {
      bills: 'id, [site+orderId], [site+program+total], created, updated, program, status, site',
      installments: 'id, billId, [status+due], due',
      sentReminders: 'key, installmentId',
    },
    /** v1 had no bill-level marker for "due date waits for the goods": derive it from the estimated rows. */
    upgrade: async (tx: Transaction) => {
      const estimated = new Set<string>();
      await tx.table<Installment>('installments').each((row) => {
        if (row.estimated && row.status !== 'paid') estimated.add(row.billId);
      });
      await tx
        .table<Bill>('bills')
        .toCollection()
        .modify((bill) => {
          bill.awaitingReceipt = bill.received === undefined && estimated.has(bill.id);
        });
    },
  },
  {
    version: 3,
    stores: {
      bills: 'id, [site+orderId], [site+program+total], created, updated, program, status, site',
      // snoozedUntil: reminder planning finds the few snoozed rows without reading every unpaid one.
      installments: 'id, billId, [status+due], due, snoozedUntil',
      sentReminders: 'key, installmentId',
    },
  },
  {
    version: 4,
    stores: {
      bills: 'id, [site+orderId], [site+program+total], created, updated, program, status, site',
      // [status+remindersDone+due]: reminder planning reads the unpaid rows it has not finished with.
      installments: 'id, billId, [status+due], due, snoozedUntil, [status+remindersDone+due]',
      sentReminders: 'key, installmentId',
    },
    /** Every row starts unfinished: the first planning run reads them all once and marks those it is done with. */
    upgrade: async (tx: Transaction) => {
      await tx
        .table<StoredInstallment>('installments')
        .toCollection()
        .modify((row) => {
          row.remindersDone = REMINDERS_PENDING;
        });
    },
  },
  {
    version: 5,
    stores: {
      bills: 'id, [site+orderId], [site+program+total], created, updated, program, status, site',
      installments: 'id, billId, [status+due], due, snoozedUntil, [status+remindersDone+due]',
      sentReminders: 'key, installmentId',
      // The popup's totals and group sizes per day (see due-totals.ts), kept by every write to installments.
      dueTotals: '[due+program+currency]',
    },
    /** Totals of the rows stored so far; from here on every write keeps them. */
    upgrade: async (tx: Transaction) => {
      const unpaid = await tx
        .table<Installment>('installments')
        .where('[status+due]')
        .between(['upcoming', ''], ['upcoming', '\uffff'])
        .toArray();
      await tx.table<DueTotal>(DUE_TOTALS_TABLE).bulkPut(dueTotalsOf(unpaid));
    },
  },
  {
    version: 6,
    stores: {
      // orderId: an order page finds its bill by number whichever of a family's sites tracked it.
      bills: 'id, [site+orderId], [site+program+total], created, updated, program, status, site, orderId',
      installments: 'id, billId, [status+due], due, snoozedUntil, [status+remindersDone+due]',
      sentReminders: 'key, installmentId',
      dueTotals: '[due+program+currency]',
      // Updates order pages made, for "what changed" and undo.
      orderUpdates: 'id, billId, at',
    },
    /** Each stored due date gets its source: a guess, the rule, or (a bill added by hand) the shopper. */
    upgrade: async (tx: Transaction) => {
      const byHand = new Set<string>();
      await tx.table<Bill>('bills').each((bill) => {
        if (bill.site === undefined) byHand.add(bill.id);
      });
      await tx
        .table<StoredInstallment>('installments')
        .toCollection()
        .modify((row) => {
          row.dueFrom = row.estimated ? ESTIMATE : byHand.has(row.billId) ? SHOPPER : RULE;
        });
    },
  },
  {
    version: 7,
    stores: {
      bills: 'id, [site+orderId], [site+program+total], created, updated, program, status, site, orderId',
      installments: 'id, billId, [status+due], due, snoozedUntil, [status+remindersDone+due]',
      sentReminders: 'key, installmentId',
      dueTotals: '[due+program+currency]',
      orderUpdates: 'id, billId, at',
      // Optional sync across the shopper's browsers (lib/sync): the plan reads records in rank order.
      syncDocs: 'id, [rank+bytes], blocked',
      [SYNC_DIRTY_TABLE]: 'id',
      syncMeta: 'key',
    },
    /** Every bill stored so far counts as changed when it was last edited: sync, once on, takes each in. */
    upgrade: async (tx: Transaction) => {
      const marks: DirtyMark[] = [];
      await tx.table<Bill>('bills').each((bill) => {
        marks.push({ id: bill.id, at: bill.updated });
      });
      await tx.table<DirtyMark>(SYNC_DIRTY_TABLE).bulkPut(marks);
    },
  },
  {
    version: 8,
    stores: {
      bills: 'id, [site+orderId], [site+program+total], created, updated, program, status, site, orderId',
      installments: 'id, billId, [status+due], due, snoozedUntil, [status+remindersDone+due]',
      // due: reminder planning reads the records of the days it plans in one range.
      sentReminders: 'key, installmentId, due',
      dueTotals: '[due+program+currency]',
      orderUpdates: 'id, billId, at',
      syncDocs: 'id, [rank+bytes], blocked',
      [SYNC_DIRTY_TABLE]: 'id',
      syncMeta: 'key',
    },
    /** Each record of a reminder shown gets the due day its key holds. */
    upgrade: async (tx: Transaction) => {
      await tx
        .table<SentReminder>('sentReminders')
        .toCollection()
        .modify((record) => {
          // A key without one matches no reminder planned: it stays out of the index.
          const due = dueInKey(record.key);
          if (due) record.due = due;
        });
    },
  },
] as const;

/** The newest version (versions may skip numbers). */
export const SCHEMA_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1;

/** Opens (creating or migrating) the database. Only in extension contexts: in a content script IndexedDB is the shop's. */
export function openDatabase(
  name = DATABASE_NAME,
  options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; now?: () => number },
): LensDatabase {
  const { now, ...dexieOptions } = options ?? {};
  const db = new Dexie(name, dexieOptions) as LensDatabase;
  db.use(dueTotalsMiddleware);
  db.use(syncDirtyMiddleware(now));
  for (const step of SCHEMA) {
    const version = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) version.upgrade(step.upgrade);
  }
  return db;
}
