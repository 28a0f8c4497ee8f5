import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/dates';
import type { ProgramId } from '../../lib/ids';
import {
  DEFAULT_REMINDERS,
  everyRegularSent,
  type PlannedReminder,
  planReminders,
  quietUntil,
  type RemindableInstallment,
  type ReminderSettings,
  reminderSetKey,
  remindersFor,
} from '../../lib/reminders';
import {
  deleteBill,
  dismissReminders,
  importBills,
  setPaid,
  snoozeInstallment,
  trackBill,
  unpaidInstallments,
  updateBill,
} from '../../lib/store/bills';
import { type Installment, type LensDatabase, REMINDERS_PENDING, type StoredInstallment } from '../../lib/store/db';
import { type DueTotal, dueTotalsOf } from '../../lib/store/due-totals';
import {
  BADGE_DAYS,
  countUnpaidDueWithin,
  POPUP_SOON_DAYS,
  planAndRecordReminders,
  popupSummary,
  reminderInputs,
} from '../../lib/store/queries';
import { countDueWithin, type Groups, groupUpcoming, todayOf, totalsWithin } from '../../lib/store/upcoming';
import { freshDatabaseName, openTestDatabase } from './databases';

// The indexed queries must give exactly what the same computation over every unpaid row gives.

const open = (): LensDatabase => openTestDatabase(freshDatabaseName('queries-test'));

const BASE = Date.UTC(2026, 10, 21, 2, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Zones far apart, so the programs' "today" differ around midnight.
const PROGRAM_IDS: readonly ProgramId[] = ['jd-paylater', 'klarna', 'afterpay'];

const rowShape = {
  program: fc.constantFrom(...PROGRAM_IDS),
  dueOffset: fc.integer({ min: -20, max: 30 }),
  paid: fc.boolean(),
  snoozeHours: fc.option(fc.integer({ min: -72, max: 72 }), { nil: undefined }),
  dismissed: fc.boolean(),
  /** Whether an earlier run finished with the row, under the world's settings or other ones, if it could have. */
  finished: fc.constantFrom('no', 'these', 'other'),
};
const rowArbitrary = fc.record(rowShape);

const settingsArbitrary: fc.Arbitrary<ReminderSettings> = fc.record({
  enabled: fc.boolean(),
  daysBefore: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
  time: fc.constantFrom('00:30', '09:00', '23:30'),
  overdueDays: fc.integer({ min: 0, max: 8 }),
  quietHours: fc.record({ enabled: fc.boolean(), start: fc.constant('22:00'), end: fc.constant('08:00') }),
});

const worldShape = {
  now: fc.integer({ min: BASE, max: BASE + 2 * DAY }),
  timeZone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'UTC'),
  rows: fc.array(rowArbitrary, { maxLength: 40 }),
  settings: settingsArbitrary,
  /** Which reminders that fell due were recorded as sent, as earlier runs would have. */
  sentSeed: fc.nat(),
  /** The settings of the run that finished with the rows marked 'other'. */
  otherSettings: settingsArbitrary,
};
const worldArbitrary = fc.record(worldShape);

type World = typeof worldArbitrary extends fc.Arbitrary<infer T> ? T : never;

function hash(text: string, seed: number): number {
  let value = seed;
  for (let index = 0; index < text.length; index++) value = (value * 31 + text.charCodeAt(index)) | 0;
  return value;
}

async function seed(db: LensDatabase, world: World): Promise<void> {
  const today = todayIn('Asia/Shanghai', world.now);
  const rows = world.rows.map((row, index): StoredInstallment => {
    const due = addDays(today, row.dueOffset);
    return {
      id: `b${index % 7}#${index}`,
      billId: `b${index % 7}`,
      program: row.program,
      sequence: index,
      amount: 100 + index,
      currency: index % 3 === 0 ? 'USD' : 'CNY',
      due,
      status: row.paid ? 'paid' : 'upcoming',
      ...(row.paid ? { paidOn: due } : {}),
      estimated: false,
      ...(row.snoozeHours === undefined ? {} : { snoozedUntil: world.now + row.snoozeHours * HOUR }),
      ...(row.dismissed ? { dismissed: true } : {}),
      remindersDone: REMINDERS_PENDING,
    };
  });
  // Only reminders whose time has passed are ever recorded; some of them, as after a closed browser.
  const sent = rows
    .flatMap((row) => remindersFor(row, world.settings, world.timeZone))
    .filter((reminder) => reminder.at <= world.now && hash(reminder.key, world.sentSeed) % 3 !== 0);
  const sentKeys = new Set(sent.map((reminder) => reminder.key));
  // A run marks a row done only when, under its settings, every regular reminder is recorded or
  // the shopper dismissed them.
  for (const [index, row] of rows.entries()) {
    const finished = world.rows[index]?.finished;
    const settings = finished === 'these' ? world.settings : world.otherSettings;
    if (finished !== 'no' && (row.dismissed || everyRegularSent(settings)(row, sentKeys))) {
      row.remindersDone = reminderSetKey(settings);
    }
  }
  await db.installments.bulkPut(rows);
  await db.sentReminders.bulkPut(
    sent.flatMap((reminder) => {
      const due = rows.find((row) => row.id === reminder.installmentId)?.due;
      return due ? [{ key: reminder.key, installmentId: reminder.installmentId, due, sentAt: reminder.at }] : [];
    }),
  );
}

/** planReminders as it was before it learnt to skip old rows: every row planned in full. */
function referencePlan(
  installments: readonly RemindableInstallment[],
  sentKeys: ReadonlySet<string>,
  settings: ReminderSettings,
  now: number,
  timeZone: string,
) {
  const toSend: PlannedReminder[] = [];
  const toMarkSent: PlannedReminder[] = [];
  const quietEnd = quietUntil(now, settings.quietHours, timeZone);
  let nextAt: number | undefined;
  const wakeAt = (at: number) => {
    if (nextAt === undefined || at < nextAt) nextAt = at;
  };
  for (const installment of installments) {
    const pending = remindersFor(installment, settings, timeZone).filter((reminder) => !sentKeys.has(reminder.key));
    const snoozedUntil = (installment.snoozedUntil ?? 0) > now ? installment.snoozedUntil : undefined;
    const fallenDue = snoozedUntil !== undefined ? [] : pending.filter((reminder) => reminder.at <= now);
    const latest = fallenDue.at(-1);
    if (latest && quietEnd !== undefined) {
      wakeAt(quietEnd);
    } else if (latest) {
      toSend.push(latest);
      toMarkSent.push(...fallenDue);
    }
    const future = pending.find((reminder) => reminder.at > now);
    if (future) wakeAt(snoozedUntil ?? future.at);
  }
  return nextAt === undefined ? { toSend, toMarkSent } : { toSend, toMarkSent, nextAt };
}

async function fullPlan(db: LensDatabase, world: World) {
  const unpaid = await unpaidInstallments(db);
  const sentKeys = new Set(
    await db.sentReminders
      .where('installmentId')
      .anyOf(unpaid.map((row) => row.id))
      .primaryKeys(),
  );
  return referencePlan(unpaid, sentKeys, world.settings, world.now, world.timeZone);
}

describe('indexed store queries', () => {
  it('plan the same reminders from the rows in the window as the full plan of every unpaid row', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const db = open();
        await seed(db, world);
        const { installments, sentKeys } = await db.transaction('r', db.installments, db.sentReminders, () =>
          reminderInputs(db, world.settings, world.now, world.timeZone),
        );
        const windowed = planReminders(installments, sentKeys, world.settings, world.now, world.timeZone);
        expect(windowed).toEqual(await fullPlan(db, world));
      }),
      { numRuns: 150 },
    );
  });

  it('count the badge as the rows overdue or due within three days of their program’s today', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const db = open();
        await seed(db, world);
        const unpaid = await unpaidInstallments(db);
        expect(await countUnpaidDueWithin(db, BADGE_DAYS, world.now)).toBe(
          countDueWithin(unpaid, BADGE_DAYS, todayOf(world.now)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('give the popup the totals, group sizes and first rows that every unpaid row gives', async () => {
    // Due dates past the summary's 30 days too, and often several rows on one day.
    const row = fc.record({ ...rowShape, dueOffset: fc.integer({ min: -40, max: 45 }) });
    const world = fc.record({ ...worldShape, rows: fc.array(row, { maxLength: 60 }) });
    await fc.assert(
      fc.asyncProperty(world, fc.integer({ min: 0, max: 70 }), async (world, limit) => {
        const db = open();
        await seed(db, world);
        const unpaid = await unpaidInstallments(db);
        const today = todayOf(world.now);
        const groups = groupUpcoming(unpaid, today);
        let budget = limit;
        const first = <T>(rows: T[]) => {
          const shown = rows.slice(0, budget);
          budget -= shown.length;
          return shown;
        };
        const summary = await popupSummary(db, world.now, limit);
        expect(summary.groups).toEqual<Groups<Installment>>({
          overdue: first(groups.overdue),
          week: first(groups.week),
          later: first(groups.later),
        });
        expect(summary.counts).toEqual({
          overdue: groups.overdue.length,
          week: groups.week.length,
          later: groups.later.length,
        });
        // In the same order too: the popup lists currencies as the totals hold them.
        expect([...summary.totals7]).toEqual([...totalsWithin(unpaid, 7, today)]);
        expect([...summary.totals30]).toEqual([...totalsWithin(unpaid, POPUP_SOON_DAYS, today)]);
      }),
      { numRuns: 150 },
    );
  });
});

// Whatever the shopper does between runs, each run plans exactly what the full plan of every unpaid
// row plans, and records it: no reminder is lost or shown twice by skipping the rows marked done.
const actionArbitrary = fc.oneof(
  fc.record({ kind: fc.constant('run' as const), hours: fc.integer({ min: 0, max: 60 }), settings: fc.nat(2) }),
  fc.record({ kind: fc.constant('snooze' as const), row: fc.nat(), hours: fc.integer({ min: 1, max: 48 }) }),
  fc.record({ kind: fc.constant('dismiss' as const), row: fc.nat(), dismissed: fc.boolean() }),
  fc.record({ kind: fc.constant('paid' as const), row: fc.nat(), paid: fc.boolean() }),
  fc.record({ kind: fc.constant('editDue' as const), row: fc.nat(), days: fc.integer({ min: -10, max: 10 }) }),
  fc.record({ kind: fc.constant('delete' as const), bill: fc.nat(3) }),
  fc.record({ kind: fc.constant('reimport' as const), bill: fc.nat(3), days: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ kind: fc.constant('retrack' as const), bill: fc.nat(3), days: fc.integer({ min: -5, max: 5 }) }),
);

async function referenceFromDatabase(db: LensDatabase, settings: ReminderSettings, now: number, timeZone: string) {
  const unpaid = await unpaidInstallments(db);
  const sent = await db.sentReminders.toArray();
  return referencePlan(unpaid, new Set(sent.map((row) => row.key)), settings, now, timeZone);
}

/** The stored day totals, and what they must be for the rows stored, in one order. */
async function dueTotals(db: LensDatabase): Promise<{ stored: DueTotal[]; expected: DueTotal[] }> {
  const key = (total: DueTotal) => `${total.due} ${total.program} ${total.currency}`;
  const order = (a: DueTotal, b: DueTotal) => (key(a) < key(b) ? -1 : 1);
  return {
    stored: (await db.dueTotals.toArray()).sort(order),
    expected: dueTotalsOf(await db.installments.toArray()).sort(order),
  };
}

const writeArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    rows: fc.array(
      fc.record({
        id: fc.nat(8),
        dueOffset: fc.integer({ min: -3, max: 3 }),
        program: fc.constantFrom(...PROGRAM_IDS),
        currency: fc.constantFrom('CNY', 'USD'),
        amount: fc.integer({ min: 1, max: 1000 }),
        paid: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), ids: fc.array(fc.nat(8), { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('deleteRange' as const), from: fc.nat(8), to: fc.nat(8) }),
  fc.record({ kind: fc.constant('update' as const), id: fc.nat(8), paid: fc.boolean() }),
  fc.record({ kind: fc.constant('modify' as const), days: fc.integer({ min: -2, max: 2 }) }),
  fc.record({ kind: fc.constant('clear' as const) }),
);

type Write = typeof writeArbitrary extends fc.Arbitrary<infer T> ? T : never;
const WRITE_ONLY = new Set<Write['kind']>(['put', 'delete', 'deleteRange', 'clear']);

describe('day totals', () => {
  it('stay the totals of the unpaid rows through any writes, several at once in a transaction', async () => {
    const today = todayIn('Asia/Shanghai', BASE);
    const write = (db: LensDatabase, action: Write) => {
      switch (action.kind) {
        case 'put':
          // Ids repeat within a request too: the last write of a row wins.
          return db.installments.bulkPut(
            action.rows.map((row, index) => ({
              id: `r${row.id}`,
              billId: 'b',
              program: row.program,
              sequence: index,
              amount: row.amount,
              currency: row.currency,
              due: addDays(today, row.dueOffset),
              status: row.paid ? 'paid' : 'upcoming',
              estimated: false,
              remindersDone: REMINDERS_PENDING,
            })),
          );
        case 'delete':
          return db.installments.bulkDelete(action.ids.map((id) => `r${id}`));
        case 'deleteRange':
          return db.installments.where(':id').between(`r${action.from}`, `r${action.to}`).delete();
        case 'update':
          return db.installments.update(`r${action.id}`, { status: action.paid ? 'paid' : 'upcoming' });
        case 'modify':
          return db.installments.toCollection().modify((row) => {
            row.due = addDays(row.due, action.days);
          });
        case 'clear':
          return db.installments.clear();
      }
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(writeArbitrary, { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        async (batches) => {
          const db = open();
          for (const batch of batches) {
            // Plain writes at once (the totals' updates must not overlap); a read-modify-write after
            // the writes before it, as the store's own code awaits them.
            await db.transaction('rw', db.installments, async () => {
              if (batch.every((action) => WRITE_ONLY.has(action.kind))) {
                await Promise.all(batch.map((action) => write(db, action)));
              } else for (const action of batch) await write(db, action);
            });
            const { stored, expected } = await dueTotals(db);
            expect(stored).toEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('reminder runs over time', () => {
  it('plan and record what the full plan would, through snooze, dismissal, payment, edits, deletion and import', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          timeZone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'UTC'),
          settings: fc.array(settingsArbitrary, { minLength: 3, maxLength: 3 }),
          bills: fc.array(fc.array(fc.integer({ min: -15, max: 15 }), { minLength: 1, maxLength: 3 }), {
            minLength: 4,
            maxLength: 4,
          }),
          actions: fc.array(actionArbitrary, { maxLength: 25 }),
        }),
        async ({ timeZone, settings, bills, actions }) => {
          const db = open();
          let now = BASE;
          const today = () => todayIn('Asia/Shanghai', now);
          const schedule = (offsets: readonly number[], shift: number) =>
            offsets.map((offset, index) => ({
              sequence: index + 1,
              due: addDays(today(), offset + shift),
              amount: 100 + index,
              estimated: false,
            }));
          const track = (bill: number, shift: number) =>
            trackBill(
              db,
              {
                site: 'jd',
                program: 'jd-paylater',
                orderId: `order-${bill}`,
                total: 1,
                currency: 'CNY',
                purchased: today(),
                schedule: schedule(bills[bill] ?? [], shift),
              },
              now,
              () => `bill-${bill}`,
            );
          for (const [bill] of bills.entries()) await track(bill, 0);
          const rowAt = async (index: number) => {
            const rows = await db.installments.orderBy('id').toArray();
            return rows[index % Math.max(rows.length, 1)];
          };
          let runs = 0;
          for (const action of [...actions, { kind: 'run' as const, hours: 1, settings: 0 }]) {
            if (action.kind === 'run') {
              now += action.hours * HOUR;
              const chosen = settings[action.settings] ?? DEFAULT_REMINDERS;
              const expected = await referenceFromDatabase(db, chosen, now, timeZone);
              const { plan } = await planAndRecordReminders(db, chosen, now, timeZone);
              expect(plan).toEqual(expected);
              runs += 1;
            } else if (action.kind === 'snooze') {
              const row = await rowAt(action.row);
              if (row) await snoozeInstallment(db, row.id, now + action.hours * HOUR);
            } else if (action.kind === 'dismiss') {
              const row = await rowAt(action.row);
              if (row) await dismissReminders(db, row.id, action.dismissed);
            } else if (action.kind === 'paid') {
              const row = await rowAt(action.row);
              if (row) await setPaid(db, row.id, action.paid ? today() : null);
            } else if (action.kind === 'editDue') {
              const row = await rowAt(action.row);
              if (row && row.status === 'upcoming') {
                await updateBill(
                  db,
                  row.billId,
                  { installments: [{ id: row.id, due: addDays(row.due, action.days), amount: row.amount }] },
                  now,
                );
              }
            } else if (action.kind === 'delete') {
              await deleteBill(db, `bill-${action.bill}`);
            } else if (action.kind === 'reimport') {
              const bill = await db.bills.get(`bill-${action.bill}`);
              const rows = await db.installments.where('billId').equals(`bill-${action.bill}`).toArray();
              if (bill) {
                const installments = rows.map((row) => ({
                  ...row,
                  due: addDays(row.due, action.days),
                }));
                await importBills(db, [{ bill, installments }]);
              }
            } else {
              await track(action.bill, action.days);
            }
          }
          expect(runs).toBeGreaterThan(0);
          // The bills' own writes keep the popup's day totals too.
          const { stored, expected } = await dueTotals(db);
          expect(stored).toEqual(expected);
        },
      ),
      { numRuns: 120 },
    );
  });
});
