import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate } from '../../lib/dates';
import { DEFAULT_REMINDERS, reminderSetKey } from '../../lib/reminders';
import {
  allBills,
  type BillDraft,
  confirmReceived,
  deleteBill,
  dismissReminders,
  importBills,
  SAME_ORDER_WINDOW_MS,
  setPaid,
  snoozeInstallment,
  trackBill,
  unpaidInstallments,
  updateBill,
} from '../../lib/store/bills';
import { type LensDatabase, openDatabase, REMINDERS_PENDING, SCHEMA, SCHEMA_VERSION } from '../../lib/store/db';
import { planAndRecordReminders, popupSummary } from '../../lib/store/queries';
import { parseJsonBackup, toJsonBackup } from '../../lib/transfer/json';
import { freshDatabaseName, openTestDatabase } from './databases';

const freshName = (): string => freshDatabaseName('store-test');
const open = (name = freshName()): LensDatabase => openTestDatabase(name);

const NOW = Date.UTC(2026, 10, 21, 2, 0);
const d = (value: string): CalendarDate => calendarDate(value);

function draft(overrides: Partial<BillDraft> = {}): BillDraft {
  return {
    site: 'jd',
    program: 'jd-paylater',
    total: 239900,
    currency: 'CNY',
    purchased: d('2026-11-21'),
    schedule: [{ sequence: 1, due: d('2026-12-06'), amount: 239900, estimated: false }],
    ...overrides,
  };
}

let ids = 0;
const newId = () => `bill-${++ids}`;

describe('tracking bills', () => {
  it('stores a bill with its installments', async () => {
    const db = open();
    const bill = await trackBill(db, draft({ orderId: 'A1' }), NOW, newId);
    expect(await db.bills.count()).toBe(1);
    expect(await unpaidInstallments(db)).toEqual([
      expect.objectContaining({ id: `${bill.id}#1`, billId: bill.id, due: '2026-12-06', amount: 239900 }),
    ]);
    expect(bill.awaitingReceipt).toBe(false);
  });

  it('updates the bill when the same order (site and order id) is tracked again, even much later', async () => {
    const db = open();
    const first = await trackBill(db, draft({ orderId: 'A1' }), NOW, newId);
    const again = await trackBill(db, draft({ orderId: 'A1', merchant: 'JD self-run' }), NOW + 3 * 86_400_000, newId);
    expect(again.id).toBe(first.id);
    expect(await db.bills.count()).toBe(1);
    expect(await db.installments.count()).toBe(1);
    expect((await db.bills.get(first.id))?.merchant).toBe('JD self-run');
  });

  it('treats the same site, program and total within 10 minutes as the same order, and not after', async () => {
    const db = open();
    const first = await trackBill(db, draft(), NOW, newId);
    expect((await trackBill(db, draft(), NOW + SAME_ORDER_WINDOW_MS, newId)).id).toBe(first.id);
    expect((await trackBill(db, draft(), NOW + SAME_ORDER_WINDOW_MS + 1, newId)).id).not.toBe(first.id);
    expect(await db.bills.count()).toBe(2);
  });

  it('keeps two orders with different order numbers apart even with the same total', async () => {
    const db = open();
    await trackBill(db, draft({ orderId: 'A1' }), NOW, newId);
    await trackBill(db, draft({ orderId: 'B2' }), NOW + 1000, newId);
    expect(await db.bills.count()).toBe(2);
  });

  it('never merges bills added by hand', async () => {
    const db = open();
    await trackBill(db, draft({ site: undefined }), NOW, newId);
    await trackBill(db, draft({ site: undefined }), NOW, newId);
    expect(await db.bills.count()).toBe(2);
  });

  it('keeps a paid installment paid when the bill is tracked again', async () => {
    const db = open();
    const bill = await trackBill(db, draft({ orderId: 'A1' }), NOW, newId);
    await setPaid(db, `${bill.id}#1`, d('2026-11-25'));
    await trackBill(db, draft({ orderId: 'A1' }), NOW + 1000, newId);
    expect(await db.installments.get(`${bill.id}#1`)).toMatchObject({ status: 'paid', paidOn: '2026-11-25' });
    expect((await db.bills.get(bill.id))?.status).toBe('closed');
  });

  it('loses nothing and doubles nothing when several tabs track at once', async () => {
    const name = freshName();
    // Each "tab" has its own connection, as separate extension contexts would.
    const tabs = [open(name), open(name), open(name), open(name)];
    const sameOrder = tabs.map((db) => trackBill(db, draft({ orderId: 'SAME' }), NOW, newId));
    const distinct = tabs.flatMap((db, tab) =>
      [0, 1, 2].map((index) => trackBill(db, draft({ orderId: `T${tab}-${index}`, total: 1000 + index }), NOW, newId)),
    );
    await Promise.all([...sameOrder, ...distinct]);
    const [db] = tabs;
    if (!db) throw new Error('no database');
    expect(await db.bills.filter((bill) => bill.orderId === 'SAME').count()).toBe(1);
    expect(await db.bills.count()).toBe(1 + 12);
    expect(await db.installments.count()).toBe(1 + 12);
  });
});

describe('changing bills', () => {
  it('marks paid and unpaid, closing and reopening the bill', async () => {
    const db = open();
    const bill = await trackBill(db, draft(), NOW, newId);
    await setPaid(db, `${bill.id}#1`, d('2026-11-30'));
    expect(await unpaidInstallments(db)).toEqual([]);
    expect((await db.bills.get(bill.id))?.status).toBe('closed');
    await setPaid(db, `${bill.id}#1`, null);
    const [row] = await unpaidInstallments(db);
    expect(row?.paidOn).toBeUndefined();
    expect((await db.bills.get(bill.id))?.status).toBe('open');
  });

  it('edits fields and installments, keeping the total equal to their sum', async () => {
    const db = open();
    const bill = await trackBill(
      db,
      draft({
        total: 300,
        schedule: [
          { sequence: 1, due: d('2026-12-01'), amount: 100, estimated: false },
          { sequence: 2, due: d('2026-12-15'), amount: 200, estimated: true },
        ],
      }),
      NOW,
      newId,
    );
    await updateBill(
      db,
      bill.id,
      { merchant: 'Shop', notes: '', installments: [{ id: `${bill.id}#2`, due: d('2026-12-20'), amount: 250 }] },
      NOW + 1,
    );
    const stored = await db.bills.get(bill.id);
    expect(stored).toMatchObject({ merchant: 'Shop', total: 350, updated: NOW + 1 });
    expect(stored && 'notes' in stored).toBe(false);
    expect(await db.installments.get(`${bill.id}#2`)).toMatchObject({
      due: '2026-12-20',
      amount: 250,
      estimated: false,
    });
  });

  it('recomputes the schedule when the goods are received', async () => {
    const db = open();
    const bill = await trackBill(
      db,
      draft({ schedule: [{ sequence: 1, due: d('2026-12-10'), amount: 239900, estimated: true }] }),
      NOW,
      newId,
    );
    expect(bill.awaitingReceipt).toBe(true);
    await confirmReceived(
      db,
      bill.id,
      d('2026-11-28'),
      [{ sequence: 1, due: d('2026-12-05'), amount: 239900, estimated: false }],
      NOW,
    );
    expect(await db.bills.get(bill.id)).toMatchObject({ received: '2026-11-28', awaitingReceipt: false });
    expect(await db.installments.get(`${bill.id}#1`)).toMatchObject({ due: '2026-12-05', estimated: false });
  });

  it('deletes a bill with its installments and reminder records', async () => {
    const db = open();
    const keep = await trackBill(db, draft({ orderId: 'keep' }), NOW, newId);
    const gone = await trackBill(db, draft({ orderId: 'gone' }), NOW, newId);
    await db.sentReminders.bulkPut([
      { key: 'k1', installmentId: `${gone.id}#1`, due: d('2026-12-21'), sentAt: NOW },
      { key: 'k2', installmentId: `${keep.id}#1`, due: d('2026-12-21'), sentAt: NOW },
    ]);
    expect(await deleteBill(db, gone.id)).toBe(true);
    expect(await db.bills.toCollection().primaryKeys()).toEqual([keep.id]);
    expect(await db.installments.toCollection().primaryKeys()).toEqual([`${keep.id}#1`]);
    expect(await db.sentReminders.toCollection().primaryKeys()).toEqual(['k2']);
  });

  it('keeps snooze and dismissal when a bill is tracked again', async () => {
    const db = open();
    const bill = await trackBill(db, draft({ orderId: 'A1' }), NOW, newId);
    await snoozeInstallment(db, `${bill.id}#1`, NOW + 86_400_000);
    await trackBill(db, draft({ orderId: 'A1' }), NOW + 1000, newId);
    expect((await db.installments.get(`${bill.id}#1`))?.snoozedUntil).toBe(NOW + 86_400_000);
  });

  it('imports all or nothing, replacing bills with the same id', async () => {
    const db = open();
    const bill = await trackBill(db, draft(), NOW, newId);
    const [entry] = await allBills(db);
    if (!entry) throw new Error('no bill');
    const edited = { bill: { ...entry.bill, merchant: 'Imported' }, installments: entry.installments };
    expect(await importBills(db, [edited])).toBe(1);
    expect(await db.bills.count()).toBe(1);
    expect((await db.bills.get(bill.id))?.merchant).toBe('Imported');

    const broken = { bill: { ...entry.bill, id: 'new' }, installments: [{ ...entry.installments[0], id: undefined }] };
    await expect(importBills(db, [broken as never])).rejects.toThrow();
    expect(await db.bills.count()).toBe(1);
  });
});

describe('reminder bookkeeping', () => {
  const DONE = reminderSetKey(DEFAULT_REMINDERS);
  // Long after the default reminders of a bill due 2026-12-06 (the last, 7 days overdue, on the 13th).
  const LATER = Date.UTC(2026, 11, 20, 2, 0);
  const SHANGHAI = 'Asia/Shanghai';

  async function finishedBill(db: LensDatabase) {
    const bill = await trackBill(db, draft(), NOW, newId);
    const id = `${bill.id}#1`;
    const run = await planAndRecordReminders(db, DEFAULT_REMINDERS, LATER, SHANGHAI);
    expect(run.plan.toSend.map((reminder) => reminder.key)).toEqual([`${id}|2026-12-06|-7`]);
    expect((await db.installments.get(id))?.remindersDone).toBe(DONE);
    return { bill, id };
  }

  it('marks a row done once every reminder is recorded, and a later run reads nothing to send', async () => {
    const db = open();
    const { id } = await finishedBill(db);
    const again = await planAndRecordReminders(db, DEFAULT_REMINDERS, LATER + 3_600_000, SHANGHAI);
    expect(again.plan.toSend).toEqual([]);
    expect(again.installments.map((row) => row.id)).not.toContain(id);
  });

  it('reads a done row again when the due date is edited, the reminders resumed or the bill imported', async () => {
    const db = open();
    const { bill, id } = await finishedBill(db);
    await updateBill(db, bill.id, { notes: 'same due date' }, LATER);
    expect((await db.installments.get(id))?.remindersDone).toBe(DONE);
    await updateBill(db, bill.id, { installments: [{ id, due: d('2026-12-21'), amount: 239900 }] }, LATER);
    expect((await db.installments.get(id))?.remindersDone).toBe(REMINDERS_PENDING);
    const edited = await planAndRecordReminders(db, DEFAULT_REMINDERS, LATER, SHANGHAI);
    expect(edited.plan.toSend.map((reminder) => reminder.key)).toEqual([`${id}|2026-12-21|1`]);

    await dismissReminders(db, id, true);
    await planAndRecordReminders(db, DEFAULT_REMINDERS, LATER + 86_400_000, SHANGHAI);
    expect((await db.installments.get(id))?.remindersDone).toBe(DONE);
    await dismissReminders(db, id, false);
    expect((await db.installments.get(id))?.remindersDone).toBe(REMINDERS_PENDING);
    const resumed = await planAndRecordReminders(db, DEFAULT_REMINDERS, LATER + 86_400_000, SHANGHAI);
    expect(resumed.plan.toSend.map((reminder) => reminder.key)).toEqual([`${id}|2026-12-21|0`]);

    const stored = await db.installments.get(id);
    if (!stored) throw new Error('no row');
    await importBills(db, [{ bill, installments: [stored] }]);
    expect((await db.installments.get(id))?.remindersDone).toBe(REMINDERS_PENDING);
  });

  it('keeps its bookkeeping out of the dashboard’s view and backups, which import again', async () => {
    const db = open();
    await finishedBill(db);
    const entries = await allBills(db);
    expect(entries[0]?.installments[0]).not.toHaveProperty('remindersDone');
    expect(parseJsonBackup(toJsonBackup(entries, LATER))).toEqual({ ok: true, value: entries });
  });

  it('names each set of reminder days once, whatever their order, and never as pending', () => {
    const key = reminderSetKey(DEFAULT_REMINDERS);
    expect(reminderSetKey({ ...DEFAULT_REMINDERS, daysBefore: [0, 3, 1] })).toBe(key);
    expect(reminderSetKey({ ...DEFAULT_REMINDERS, time: '20:00' })).toBe(key);
    expect(reminderSetKey({ ...DEFAULT_REMINDERS, overdueDays: 8 })).not.toBe(key);
    expect(reminderSetKey({ ...DEFAULT_REMINDERS, daysBefore: [], overdueDays: 0 })).not.toBe(REMINDERS_PENDING);
  });
});

describe('a new plan for a paid-off bill', () => {
  it('opens the bill again when the plan adds a payment still to make', async () => {
    const db = open();
    const bill = await trackBill(db, draft(), NOW, newId);
    await setPaid(db, `${bill.id}#1`, d('2026-11-30'));
    expect((await db.bills.get(bill.id))?.status).toBe('closed');
    const updated = await confirmReceived(
      db,
      bill.id,
      d('2026-11-25'),
      [
        { sequence: 1, due: d('2026-12-06'), amount: 100000, estimated: false },
        { sequence: 2, due: d('2026-12-20'), amount: 139900, estimated: false },
      ],
      NOW,
    );
    expect(updated?.status).toBe('open');
    expect((await db.bills.get(bill.id))?.status).toBe('open');
  });
});

describe('schema versions', () => {
  it('lists every version in order, the last one being what openDatabase opens', async () => {
    // Numbers may be skipped (a version taken on another branch), never reused or reordered.
    const versions = SCHEMA.map((step) => step.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((version, index) => index === 0 || version > (versions[index - 1] as number))).toBe(true);
    const db = open();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
  });

  /** Writes rows as the extension at `version` would have, then opens the database as it is now. */
  async function writtenBy(version: number, write: (db: Dexie) => Promise<void>): Promise<LensDatabase> {
    const name = freshName();
    const old = new Dexie(name);
    for (const step of SCHEMA.filter((candidate) => candidate.version <= version)) {
      old.version(step.version).stores(step.stores);
    }
    await write(old);
    old.close();
    return open(name);
  }

  it('opens a database written by v1 and loses no record, marking bills that await receipt', async () => {
    const v1Bill = {
      id: 'b1',
      site: 'jd',
      program: 'jd-paylater',
      orderId: 'O1',
      total: 100,
      currency: 'CNY',
      created: NOW,
      updated: NOW,
      purchased: '2026-11-01',
      status: 'open',
    };
    const db = await writtenBy(1, async (old) => {
      await old
        .table('bills')
        .bulkAdd([v1Bill, { ...v1Bill, id: 'b2', orderId: 'O2' }, { ...v1Bill, id: 'b3', site: undefined }]);
      await old.table('installments').bulkAdd([
        {
          id: 'b1#1',
          billId: 'b1',
          program: 'jd-paylater',
          sequence: 1,
          amount: 100,
          currency: 'CNY',
          due: '2026-11-20',
          status: 'upcoming',
          estimated: true,
        },
        {
          id: 'b2#1',
          billId: 'b2',
          program: 'jd-paylater',
          sequence: 1,
          amount: 100,
          currency: 'CNY',
          due: '2026-11-16',
          status: 'paid',
          paidOn: '2026-11-10',
          estimated: false,
        },
      ]);
      await old.table('sentReminders').add({ key: 'b1#1|2026-11-20|3', installmentId: 'b1#1', sentAt: NOW });
    });
    expect(await db.bills.count()).toBe(3);
    expect(await db.installments.count()).toBe(2);
    expect(await db.sentReminders.count()).toBe(1);
    expect(await db.bills.get('b1')).toMatchObject({ ...v1Bill, awaitingReceipt: true });
    expect(await db.bills.get('b2')).toMatchObject({ orderId: 'O2', awaitingReceipt: false });
    expect(await db.installments.get('b2#1')).toMatchObject({ status: 'paid', paidOn: '2026-11-10' });
    // The v1 indexes still answer after the upgrade.
    expect((await unpaidInstallments(db)).map((row) => row.id)).toEqual(['b1#1']);
    expect(await db.bills.where('[site+orderId]').equals(['jd', 'O2']).count()).toBe(1);
  });

  it('opens a database written by v3 and leaves every installment for reminder planning to read again', async () => {
    const db = await writtenBy(3, async (old) => {
      await old
        .table('bills')
        .add({ ...draft(), id: 'b1', created: NOW, updated: NOW, status: 'open', awaitingReceipt: false });
      await old.table('installments').bulkAdd(
        ['2026-12-06', '2026-12-20'].map((due, index) => ({
          id: `b1#${index + 1}`,
          billId: 'b1',
          program: 'jd-paylater',
          sequence: index + 1,
          amount: 100,
          currency: 'CNY',
          due,
          status: 'upcoming',
          estimated: false,
        })),
      );
      await old.table('sentReminders').add({ key: 'b1#1|2026-12-06|3', installmentId: 'b1#1', sentAt: NOW });
    });
    expect(await db.sentReminders.count()).toBe(1);
    expect((await db.installments.toArray()).map((row) => row.remindersDone)).toEqual([
      REMINDERS_PENDING,
      REMINDERS_PENDING,
    ]);
    // The reminder recorded under v3 is not shown again; the later ones are.
    const run = await planAndRecordReminders(db, DEFAULT_REMINDERS, Date.UTC(2026, 11, 5, 2, 0), 'Asia/Shanghai');
    expect(run.plan.toMarkSent.map((reminder) => reminder.key)).toEqual(['b1#1|2026-12-06|1']);
  });

  it('opens a database written by v7 and gives each record of a reminder shown the due day in its key', async () => {
    const db = await writtenBy(7, async (old) => {
      await old.table('sentReminders').bulkAdd([
        { key: 'b1#1|2026-12-06|3', installmentId: 'b1#1', sentAt: NOW },
        { key: 'b1#1|2026-12-06|snooze@1796000000000', installmentId: 'b1#1', sentAt: NOW },
        // An id is the shop's business: it may hold the separator itself.
        { key: 'a|b#2|2027-01-31|-1', installmentId: 'a|b#2', sentAt: NOW },
      ]);
    });
    expect((await db.sentReminders.orderBy('key').toArray()).map(({ key, due }) => [key, due])).toEqual([
      ['a|b#2|2027-01-31|-1', '2027-01-31'],
      ['b1#1|2026-12-06|3', '2026-12-06'],
      ['b1#1|2026-12-06|snooze@1796000000000', '2026-12-06'],
    ]);
    expect(await db.sentReminders.where('due').between('2026-12-01', '2026-12-31', true, true).count()).toBe(2);
  });

  it('opens a database written by v4 and gives the popup the day totals of the rows already stored', async () => {
    // NOW is 2026-11-21 in Shanghai: one row overdue, one due this week, one in 20 days, one paid
    // and one past the summary's 30 days.
    const rows = [
      ['b1#1', '2026-11-18', 'upcoming', 100],
      ['b1#2', '2026-11-25', 'upcoming', 200],
      ['b1#3', '2026-12-11', 'upcoming', 400],
      ['b1#4', '2026-11-10', 'paid', 800],
      ['b1#5', '2027-02-01', 'upcoming', 1600],
    ] as const;
    const db = await writtenBy(4, async (old) => {
      await old.table('installments').bulkAdd(
        rows.map(([id, due, status, amount], index) => ({
          id,
          billId: 'b1',
          program: 'jd-paylater',
          sequence: index + 1,
          amount,
          currency: 'CNY',
          due,
          status,
          estimated: false,
          remindersDone: REMINDERS_PENDING,
        })),
      );
    });
    expect(await db.dueTotals.toArray()).toEqual([
      { due: '2026-11-18', program: 'jd-paylater', currency: 'CNY', count: 1, amount: 100 },
      { due: '2026-11-25', program: 'jd-paylater', currency: 'CNY', count: 1, amount: 200 },
      { due: '2026-12-11', program: 'jd-paylater', currency: 'CNY', count: 1, amount: 400 },
      { due: '2027-02-01', program: 'jd-paylater', currency: 'CNY', count: 1, amount: 1600 },
    ]);
    const summary = await popupSummary(db, NOW, 2);
    expect(summary.counts).toEqual({ overdue: 1, week: 1, later: 2 });
    expect([...summary.totals7]).toEqual([['CNY', 300]]);
    expect([...summary.totals30]).toEqual([['CNY', 700]]);
    expect(summary.groups.overdue.map((row) => row.id)).toEqual(['b1#1']);
    expect(summary.groups.week.map((row) => row.id)).toEqual(['b1#2']);
    expect(summary.groups.later).toEqual([]);
  });

  it('opens a database written by v5 and gives every due date its source', async () => {
    const rows = [
      // An estimate (receipt not confirmed), a rule's date, and a bill added by hand.
      ['b1', 'jd', true],
      ['b2', 'taobao', false],
      ['b3', undefined, false],
    ] as const;
    const db = await writtenBy(5, async (old) => {
      for (const [id, site, estimated] of rows) {
        await old.table('bills').add({
          id,
          ...(site ? { site } : {}),
          program: 'jd-paylater',
          total: 100,
          currency: 'CNY',
          created: NOW,
          updated: NOW,
          purchased: '2026-11-21',
          status: 'open',
          awaitingReceipt: estimated,
        });
        await old.table('installments').add({
          id: `${id}#1`,
          billId: id,
          program: 'jd-paylater',
          sequence: 1,
          amount: 100,
          currency: 'CNY',
          due: '2026-12-06',
          status: 'upcoming',
          estimated,
          remindersDone: REMINDERS_PENDING,
        });
      }
    });
    expect((await db.installments.toArray()).map((row) => [row.id, row.dueFrom])).toEqual([
      ['b1#1', { kind: 'estimate' }],
      ['b2#1', { kind: 'rule' }],
      ['b3#1', { kind: 'shopper' }],
    ]);
    // The new index finds a bill by its order number whichever site tracked it; updates start empty.
    await db.bills.update('b2', { orderId: '3456789012345678901' });
    expect(await db.bills.where('orderId').equals('3456789012345678901').count()).toBe(1);
    expect(await db.orderUpdates.count()).toBe(0);
  });

  it('opens a database written by v5 and notes every bill for sync as changed when it was last edited', async () => {
    const db = await writtenBy(5, async (old) => {
      await old.table('bills').bulkAdd([
        { ...draft(), id: 'b1', created: NOW, updated: NOW + 5, status: 'open', awaitingReceipt: false },
        { ...draft(), id: 'b2', created: NOW, updated: NOW + 9, status: 'open', awaitingReceipt: false },
      ]);
    });
    expect(await db.syncDirty.toArray()).toEqual([
      { id: 'b1', at: NOW + 5 },
      { id: 'b2', at: NOW + 9 },
    ]);
    expect(await db.syncDocs.count()).toBe(0);
  });

  it('opens a database written by every earlier version without losing a record', async () => {
    for (const { version } of SCHEMA) {
      const db = await writtenBy(version, async (old) => {
        await old.table('bills').add({
          id: `v${version}`,
          program: 'jd-paylater',
          total: 1,
          currency: 'CNY',
          created: 0,
          updated: 0,
          purchased: '2026-01-01',
          status: 'open',
          awaitingReceipt: false,
        });
        await old.table('installments').add({
          id: `v${version}#1`,
          billId: `v${version}`,
          program: 'jd-paylater',
          sequence: 1,
          amount: 1,
          currency: 'CNY',
          due: '2026-01-15',
          status: 'upcoming',
          estimated: false,
        });
      });
      expect(await db.bills.get(`v${version}`)).toBeDefined();
      expect(await db.installments.get(`v${version}#1`)).toBeDefined();
    }
  });
});

describe('IndexedDB unavailable', () => {
  it('fails with an error the pages can catch rather than crashing', async () => {
    // Firefox private browsing: indexedDB.open fails. Dexie reports it when the first query runs.
    const failing = {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
    } as unknown as IDBFactory;
    const db = openDatabase(freshName(), { indexedDB: failing, IDBKeyRange });
    await expect(unpaidInstallments(db)).rejects.toThrow();
    await expect(trackBill(db, draft(), NOW, newId)).rejects.toThrow();
  });
});
