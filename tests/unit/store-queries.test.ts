import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../lib/dates';
import type { ProgramId } from '../../lib/ids';
import {
  type PlannedReminder,
  planReminders,
  quietUntil,
  type RemindableInstallment,
  type ReminderSettings,
  remindersFor,
} from '../../lib/reminders';
import { unpaidInstallments } from '../../lib/store/bills';
import { type Installment, type LensDatabase, openDatabase } from '../../lib/store/db';
import {
  BADGE_DAYS,
  countUnpaidDueWithin,
  POPUP_SOON_DAYS,
  popupSoonEnd,
  reminderInputs,
  unpaidAfter,
  unpaidThrough,
} from '../../lib/store/queries';
import { countDueWithin, todayOf, totalsWithin } from '../../lib/store/upcoming';

// The indexed queries must give exactly what the same computation over every unpaid row gives.

const opened: Dexie[] = [];
let counter = 0;

function open(): LensDatabase {
  counter += 1;
  const db = openDatabase(`queries-test-${counter}-${Math.random().toString(36).slice(2)}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const BASE = Date.UTC(2026, 10, 21, 2, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Zones far apart, so the programs' "today" differ around midnight.
const PROGRAM_IDS: readonly ProgramId[] = ['jd-paylater', 'klarna', 'afterpay'];

const rowArbitrary = fc.record({
  program: fc.constantFrom(...PROGRAM_IDS),
  dueOffset: fc.integer({ min: -20, max: 30 }),
  paid: fc.boolean(),
  snoozeHours: fc.option(fc.integer({ min: -72, max: 72 }), { nil: undefined }),
  dismissed: fc.boolean(),
});

const settingsArbitrary: fc.Arbitrary<ReminderSettings> = fc.record({
  enabled: fc.boolean(),
  daysBefore: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
  time: fc.constantFrom('00:30', '09:00', '23:30'),
  overdueDays: fc.integer({ min: 0, max: 8 }),
  quietHours: fc.record({ enabled: fc.boolean(), start: fc.constant('22:00'), end: fc.constant('08:00') }),
});

const worldArbitrary = fc.record({
  now: fc.integer({ min: BASE, max: BASE + 2 * DAY }),
  timeZone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'UTC'),
  rows: fc.array(rowArbitrary, { maxLength: 40 }),
  settings: settingsArbitrary,
  /** Which reminders that fell due were recorded as sent, as earlier runs would have. */
  sentSeed: fc.nat(),
});

type World = typeof worldArbitrary extends fc.Arbitrary<infer T> ? T : never;

function hash(text: string, seed: number): number {
  let value = seed;
  for (let index = 0; index < text.length; index++) value = (value * 31 + text.charCodeAt(index)) | 0;
  return value;
}

async function seed(db: LensDatabase, world: World): Promise<void> {
  const today = todayIn('Asia/Shanghai', world.now);
  const rows = world.rows.map((row, index): Installment => {
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
    };
  });
  await db.installments.bulkPut(rows);
  // Only reminders whose time has passed are ever recorded; some of them, as after a closed browser.
  const sent = rows
    .flatMap((row) => remindersFor(row, world.settings, world.timeZone))
    .filter((reminder) => reminder.at <= world.now && hash(reminder.key, world.sentSeed) % 3 !== 0);
  await db.sentReminders.bulkPut(
    sent.map((reminder) => ({ key: reminder.key, installmentId: reminder.installmentId, sentAt: reminder.at })),
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

  it('split the popup’s rows in two reads that hold every unpaid row, in order, and all its totals', async () => {
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (world) => {
        const db = open();
        await seed(db, world);
        const end = popupSoonEnd(world.now);
        const soon = await unpaidThrough(db, end);
        const unpaid = await unpaidInstallments(db);
        expect([...soon, ...(await unpaidAfter(db, end))]).toEqual(unpaid);
        const today = todayOf(world.now);
        for (const days of [7, POPUP_SOON_DAYS]) {
          expect(totalsWithin(soon, days, today)).toEqual(totalsWithin(unpaid, days, today));
        }
      }),
      { numRuns: 100 },
    );
  });
});
