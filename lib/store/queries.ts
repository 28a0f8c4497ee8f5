import { addDays, type CalendarDate, localTimeZone, todayIn } from '../dates';
import { dueZone, PROGRAMS } from '../programs';
import {
  everyRegularSent,
  planReminders,
  type ReminderPlan,
  type ReminderSettings,
  reminderSetKey,
} from '../reminders';
import { type Installment, type LensDatabase, REMINDERS_PENDING, type StoredInstallment } from './db';
import type { DueTotal } from './due-totals';
import { countDueWithin, type Groups, groupUpcoming, todayOf, totalsWithin } from './upcoming';

// The indexed reads behind the badge, reminder planning and the popup, shared by the background,
// the popup and the benchmark. Each reads only the rows that can change its answer, so they stay
// fast with years of history stored.

const LOWEST_DUE = '';
const HIGHEST_DUE = '\uffff';

/**
 * The earliest and latest `today + days` over every zone a row's "today" can be taken in (each
 * program's, and the local one for a program we do not know): rows due by the earliest count in
 * every zone, rows due after the latest in none.
 */
export function horizonBounds(now: number, days: number): { earliest: CalendarDate; latest: CalendarDate } {
  const local = localTimeZone();
  const horizons = [...PROGRAMS.map((program) => dueZone(program, local)), local]
    .map((zone) => addDays(todayIn(zone, now), days))
    .sort();
  const earliest = horizons[0];
  const latest = horizons.at(-1);
  if (earliest === undefined || latest === undefined) throw new Error('no time zone');
  return { earliest, latest };
}

/** Unpaid rows due from `from` to `to` (inclusive), earliest first. */
function unpaidBetween(db: LensDatabase, from: string, to: string) {
  return db.installments.where('[status+due]').between(['upcoming', from], ['upcoming', to], true, true);
}

/** The popup's second total: what is due within this many days. */
export const POPUP_SOON_DAYS = 30;

/** Rows the popup renders before its first paint; the rest follow a batch per frame once all are read. */
export const POPUP_FIRST_ROWS = 150;

/** What the popup shows before every row is read. */
export interface PopupSummary {
  /** Each group's first rows (earliest due first), `limit` rows at most over the three together. */
  readonly groups: Groups<Installment>;
  /** How many rows each group holds in all. */
  readonly counts: { readonly [group in keyof Groups<Installment>]: number };
  /** What is due within 7 and within POPUP_SOON_DAYS days, per currency. */
  readonly totals7: Map<string, number>;
  readonly totals30: Map<string, number>;
}

const GROUPS = ['overdue', 'week', 'later'] as const;

/**
 * The popup's totals, group sizes and first `limit` rows (in its order: overdue, due this week,
 * later), as groupUpcoming and totalsWithin over every unpaid row give them, from the day totals
 * (a few hundred small rows where the unpaid rows are thousands: IndexedDB reads, and even counts,
 * entry by entry) and the rows up to the last day shown.
 */
export function popupSummary(db: LensDatabase, now: number, limit: number): Promise<PopupSummary> {
  const today = todayOf(now);
  return db.transaction('r', db.installments, db.dueTotals, async () => {
    const totals = await db.dueTotals.toArray();
    const byGroup = groupUpcoming(totals, today);
    const sum = (part: readonly DueTotal[]) => part.reduce((count, total) => count + total.count, 0);
    const counts = { overdue: sum(byGroup.overdue), week: sum(byGroup.week), later: sum(byGroup.later) };
    // How many rows of each group are shown, and the last day any of them is due: every row up to
    // that day is read (the shown ones, and only others due that day or on the day or so where the
    // programs' zones disagree on the group).
    let budget = limit;
    const shown = { overdue: 0, week: 0, later: 0 };
    let lastDay: CalendarDate | undefined;
    for (const group of GROUPS) {
      shown[group] = Math.min(budget, counts[group]);
      budget -= shown[group];
      let covered = 0;
      for (const total of byGroup[group]) {
        if (covered >= shown[group]) break;
        covered += total.count;
        if (lastDay === undefined || total.due > lastDay) lastDay = total.due;
      }
    }
    const read = lastDay === undefined ? [] : await unpaidBetween(db, LOWEST_DUE, lastDay).toArray();
    const rows = groupUpcoming(read, today);
    return {
      groups: {
        overdue: rows.overdue.slice(0, shown.overdue),
        week: rows.week.slice(0, shown.week),
        later: rows.later.slice(0, shown.later),
      },
      counts,
      totals7: totalsWithin(totals, 7, today),
      totals30: totalsWithin(totals, POPUP_SOON_DAYS, today),
    };
  });
}

/**
 * Unpaid installments overdue or due within `days` in their program's zone (the toolbar badge):
 * an index count up to the earliest horizon reads no rows; only the day or so between the
 * earliest and the latest horizon is read to compare each row with its own program's "today".
 */
export async function countUnpaidDueWithin(db: LensDatabase, days: number, now: number): Promise<number> {
  const { earliest, latest } = horizonBounds(now, days);
  const [surely, edge] = await Promise.all([
    unpaidBetween(db, LOWEST_DUE, earliest).count(),
    earliest < latest
      ? db.installments
          .where('[status+due]')
          .between(['upcoming', earliest], ['upcoming', latest], false, true)
          .toArray()
      : [],
  ]);
  return surely + countDueWithin(edge, days, todayOf(now));
}

/** The toolbar badge counts installments overdue or due within this many days. */
export const BADGE_DAYS = 3;

export interface ReminderInputs {
  /** Earliest due first, as planReminders would see every unpaid row. */
  readonly installments: StoredInstallment[];
  /** Keys of the reminders already shown, for those installments (and others due the same days). */
  readonly sentKeys: Set<string>;
}

function byDueThenId(a: Installment, b: Installment): number {
  // The [status+due] index orders ties by primary key, compared as code units like `<` does.
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The rows planReminders needs to give the same plan as with every unpaid row. A row marked done
 * under these settings' reminder set has every regular reminder recorded (or dismissed), so it can
 * only matter through its snooze, read through the snoozedUntil index. A row due after
 * `today + max(daysBefore)` has every regular reminder after `now`, so it can only matter through
 * its snooze or as the next wake-up, which is the earliest reminder of the first such row that is
 * neither dismissed nor snoozed. This relies on a sent key never being one of a future reminder:
 * keys are recorded only once their time has passed (a clock set backwards could break that, and
 * the hourly sweep then only wakes a little later).
 * Call inside a transaction over installments and sentReminders.
 */
export async function reminderInputs(
  db: LensDatabase,
  settings: ReminderSettings,
  now: number,
  timeZone: string,
): Promise<ReminderInputs> {
  const windowEnd = addDays(todayIn(timeZone, now), Math.max(0, ...settings.daysBefore));
  const done = reminderSetKey(settings);
  const snoozedNow = (row: Installment) => row.snoozedUntil !== undefined && row.snoozedUntil > now;
  const [pending, stale, snoozed, next] = await Promise.all([
    db.installments
      .where('[status+remindersDone+due]')
      .between(['upcoming', REMINDERS_PENDING, LOWEST_DUE], ['upcoming', REMINDERS_PENDING, windowEnd], true, true)
      .toArray(),
    // Rows finished with under other settings (none, unless they changed): planned once more, then
    // marked under these.
    db.installments
      .where('[status+remindersDone+due]')
      .inAnyRange(
        [
          [
            ['upcoming', REMINDERS_PENDING, HIGHEST_DUE],
            ['upcoming', done, LOWEST_DUE],
          ],
          [
            ['upcoming', done, HIGHEST_DUE],
            ['upcoming', HIGHEST_DUE, HIGHEST_DUE],
          ],
        ],
        { includeLowers: false, includeUppers: false },
      )
      .toArray(),
    db.installments
      .where('snoozedUntil')
      .aboveOrEqual(Number.NEGATIVE_INFINITY)
      .filter((row) => row.status === 'upcoming')
      .toArray(),
    db.installments
      .where('[status+due]')
      .between(['upcoming', windowEnd], ['upcoming', HIGHEST_DUE], false, true)
      .filter((row) => !row.dismissed && !snoozedNow(row))
      .first(),
  ]);
  const rows = new Map<string, StoredInstallment>();
  for (const row of [...pending, ...stale, ...snoozed, ...(next ? [next] : [])]) rows.set(row.id, row);
  const installments = [...rows.values()].sort(byDueThenId);
  // The records of the rows due in the window in one read of the due index (a request per row cost
  // more than the rows themselves); a row outside it (snoozed, finished under other settings, the
  // next one after) asks for its own, all in flight at once.
  const from = pending[0]?.due ?? windowEnd;
  const outside = installments.filter((row) => row.due < from || row.due > windowEnd);
  const sent = await Promise.all([
    db.sentReminders.where('due').between(from, windowEnd, true, true).primaryKeys(),
    ...outside.map((row) => db.sentReminders.where('installmentId').equals(row.id).primaryKeys()),
  ]);
  return { installments, sentKeys: new Set(sent.flat()) };
}

/**
 * One reminder run, in one transaction (so two wake-ups cannot both send one): plans from the rows
 * that can matter, records the reminders it sends and those they replace, and marks the rows it is
 * now done with, so that later runs skip them.
 */
export async function planAndRecordReminders(
  db: LensDatabase,
  settings: ReminderSettings,
  now: number,
  timeZone: string,
): Promise<{ plan: ReminderPlan; installments: StoredInstallment[] }> {
  // Most runs (the hourly sweep, a wake-up for a row paid meanwhile) have nothing to send or mark:
  // they plan in a read-only transaction, cheaper than a read-write one. One that has something
  // plans again inside the read-write transaction, so two runs still cannot both send a reminder.
  const quiet = await db.transaction('r', db.installments, db.sentReminders, async () => {
    const inputs = await reminderInputs(db, settings, now, timeZone);
    const plan = planReminders(inputs.installments, inputs.sentKeys, settings, now, timeZone);
    return plan.toMarkSent.length === 0 && toMarkDone(inputs, plan, settings).length === 0
      ? { plan, installments: inputs.installments }
      : undefined;
  });
  if (quiet) return quiet;
  return db.transaction('rw', db.installments, db.sentReminders, async () => {
    const inputs = await reminderInputs(db, settings, now, timeZone);
    const { installments } = inputs;
    const plan = planReminders(installments, inputs.sentKeys, settings, now, timeZone);
    const dueOf = new Map(installments.map((row) => [row.id, row.due]));
    await db.sentReminders.bulkPut(
      plan.toMarkSent.flatMap(({ key, installmentId }) => {
        const due = dueOf.get(installmentId);
        return due ? [{ key, installmentId, due, sentAt: now }] : [];
      }),
    );
    await db.installments.bulkPut(toMarkDone(inputs, plan, settings));
    return { plan, installments };
  });
}

/** The rows this run finishes with: every regular reminder recorded (now or before), or dismissed. */
function toMarkDone(
  { installments, sentKeys }: ReminderInputs,
  plan: ReminderPlan,
  settings: ReminderSettings,
): StoredInstallment[] {
  const recorded = new Set([...sentKeys, ...plan.toMarkSent.map((reminder) => reminder.key)]);
  const done = reminderSetKey(settings);
  const allSent = everyRegularSent(settings);
  return installments
    .filter((row) => row.remindersDone !== done && (row.dismissed || allSent(row, recorded)))
    .map((row) => ({ ...row, remindersDone: done }));
}
