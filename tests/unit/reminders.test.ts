import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate } from '../../lib/dates';
import {
  DEFAULT_REMINDERS,
  planReminders,
  quietUntil,
  type RemindableInstallment,
  type ReminderSettings,
} from '../../lib/reminders';

const HOUR = 60 * 60 * 1000;
const d = (value: string): CalendarDate => calendarDate(value);
const NO_QUIET: ReminderSettings = {
  ...DEFAULT_REMINDERS,
  quietHours: { enabled: false, start: '22:00', end: '08:00' },
};

interface Sent {
  key: string;
  /** When the fake clock showed it. */
  at: string;
  daysUntilDue: number;
}

interface World {
  installments: RemindableInstallment[];
  /** The sentReminders table: it survives worker restarts and browser restarts. */
  sentKeys: Set<string>;
  sent: Sent[];
}

/** One wake-up of a fresh worker: everything it knows comes from the world (the database). */
function wake(world: World, now: number, settings: ReminderSettings, timeZone: string): number | undefined {
  const plan = planReminders(world.installments, world.sentKeys, settings, now, timeZone);
  for (const reminder of plan.toSend) {
    world.sent.push({ key: reminder.key, at: new Date(now).toISOString(), daysUntilDue: reminder.daysUntilDue });
  }
  for (const reminder of plan.toMarkSent) world.sentKeys.add(reminder.key);
  return plan.nextAt;
}

/**
 * Runs a fake clock from `from` to `to`: the worker wakes at the alarm it asked for, at an hourly
 * sweep, and at any extra moments given (restarts, messages), except while the browser is closed.
 */
function run(
  world: World,
  options: {
    from: number;
    to: number;
    settings?: ReminderSettings;
    timeZone?: string;
    extraWakes?: readonly number[];
    closed?: readonly [number, number];
  },
): void {
  const { from, to, settings = NO_QUIET, timeZone = 'Asia/Shanghai', extraWakes = [], closed } = options;
  const isClosed = (at: number) => closed !== undefined && at >= closed[0] && at < closed[1];
  let now = from;
  let alarm: number | undefined;
  const pending = [...extraWakes].sort((a, b) => a - b);
  while (now <= to) {
    if (!isClosed(now)) alarm = wake(world, now, settings, timeZone);
    const sweep = now - (now % HOUR) + HOUR;
    // A browser that opens again wakes the worker at once (runtime.onStartup).
    const reopen = closed && now < closed[1] ? closed[1] : Number.POSITIVE_INFINITY;
    while (pending[0] !== undefined && pending[0] <= now) pending.shift();
    const extra = pending[0] ?? Number.POSITIVE_INFINITY;
    now = Math.min(sweep, alarm !== undefined && alarm > now ? alarm : Number.POSITIVE_INFINITY, reopen, extra);
  }
}

function world(installments: RemindableInstallment[]): World {
  return { installments, sentKeys: new Set(), sent: [] };
}

describe('reminder planning with a fake clock', () => {
  const due = d('2026-12-10');
  // 09:00 in Shanghai is 01:00 UTC.
  const start = Date.UTC(2026, 11, 1, 0, 0);
  const end = Date.UTC(2026, 11, 31, 0, 0);

  it('reminds 3 days and 1 day before and on the due day at 09:00, then daily while overdue, at most 7 times', () => {
    const w = world([{ id: 'a#1', due }]);
    run(w, { from: start, to: end });
    expect(w.sent.map((sent) => [sent.at, sent.daysUntilDue])).toEqual([
      ['2026-12-07T01:00:00.000Z', 3],
      ['2026-12-09T01:00:00.000Z', 1],
      ['2026-12-10T01:00:00.000Z', 0],
      ...[1, 2, 3, 4, 5, 6, 7].map((late) => [`2026-12-${String(10 + late).padStart(2, '0')}T01:00:00.000Z`, -late]),
    ]);
  });

  it('stops once the installment is paid', () => {
    const w = world([{ id: 'a#1', due }]);
    run(w, { from: start, to: Date.UTC(2026, 11, 12, 12) });
    w.installments = [];
    run(w, { from: Date.UTC(2026, 11, 12, 12), to: end });
    expect(w.sent.map((sent) => sent.daysUntilDue)).toEqual([3, 1, 0, -1, -2]);
  });

  it('sends the same reminders, none twice, however often the worker restarts', () => {
    const calm = world([
      { id: 'a#1', due },
      { id: 'b#1', due: d('2026-12-03') },
    ]);
    run(calm, { from: start, to: end });
    const restless = world([
      { id: 'a#1', due },
      { id: 'b#1', due: d('2026-12-03') },
    ]);
    // A restart every 17 minutes, and several exactly at the reminder instant.
    const restarts = Array.from({ length: (end - start) / (17 * 60_000) }, (_, index) => start + index * 17 * 60_000);
    run(restless, {
      from: start,
      to: end,
      extraWakes: [...restarts, Date.UTC(2026, 11, 7, 1), Date.UTC(2026, 11, 7, 1) + 1],
    });
    expect(restless.sent).toEqual(calm.sent);
    expect(new Set(restless.sent.map((sent) => sent.key)).size).toBe(restless.sent.length);
  });

  it('sends one reminder, the latest, for what fell due while the browser was closed', () => {
    const w = world([{ id: 'a#1', due }]);
    // Closed from before the 3-day reminder until the day before, 12:00 Shanghai.
    run(w, { from: start, to: Date.UTC(2026, 11, 9, 23), closed: [Date.UTC(2026, 11, 5), Date.UTC(2026, 11, 9, 4)] });
    expect(w.sent).toEqual([{ key: 'a#1|2026-12-10|1', at: '2026-12-09T04:00:00.000Z', daysUntilDue: 1 }]);
  });

  it('sends nothing when reminders are off or the installment was dismissed', () => {
    const off = world([{ id: 'a#1', due }]);
    run(off, { from: start, to: end, settings: { ...NO_QUIET, enabled: false } });
    const dismissed = world([{ id: 'a#1', due, dismissed: true }]);
    run(dismissed, { from: start, to: end });
    expect([...off.sent, ...dismissed.sent]).toEqual([]);
  });

  it('honours custom days, time and overdue count', () => {
    const w = world([{ id: 'a#1', due }]);
    run(w, { from: start, to: end, settings: { ...NO_QUIET, daysBefore: [7, 2], time: '20:30', overdueDays: 2 } });
    expect(w.sent.map((sent) => [sent.at, sent.daysUntilDue])).toEqual([
      ['2026-12-03T12:30:00.000Z', 7],
      ['2026-12-08T12:30:00.000Z', 2],
      ['2026-12-11T12:30:00.000Z', -1],
      ['2026-12-12T12:30:00.000Z', -2],
    ]);
  });
});

describe('reminders across a daylight-saving change', () => {
  it('stays at 09:00 local when New York springs forward', () => {
    const w = world([{ id: 'a#1', due: d('2026-03-09') }]);
    run(w, {
      from: Date.UTC(2026, 2, 1),
      to: Date.UTC(2026, 2, 11),
      timeZone: 'America/New_York',
      settings: { ...NO_QUIET, overdueDays: 1 },
    });
    expect(w.sent.map((sent) => sent.at)).toEqual([
      '2026-03-06T14:00:00.000Z', // EST, UTC-5
      '2026-03-08T13:00:00.000Z', // EDT from 02:00 that day, UTC-4
      '2026-03-09T13:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
    ]);
  });

  it('stays at 09:00 local when Berlin falls back, and a reminder at a skipped hour still comes once', () => {
    const fallBack = world([{ id: 'a#1', due: d('2026-10-26') }]);
    run(fallBack, {
      from: Date.UTC(2026, 9, 20),
      to: Date.UTC(2026, 9, 27),
      timeZone: 'Europe/Berlin',
      settings: { ...NO_QUIET, overdueDays: 0 },
    });
    expect(fallBack.sent.map((sent) => sent.at)).toEqual([
      '2026-10-23T07:00:00.000Z', // CEST, UTC+2
      '2026-10-25T08:00:00.000Z', // CET from 03:00 that day, UTC+1
      '2026-10-26T08:00:00.000Z',
    ]);
    // 02:30 does not exist in Berlin on 2026-03-29.
    const skipped = world([{ id: 'b#1', due: d('2026-03-29') }]);
    run(skipped, {
      from: Date.UTC(2026, 2, 28),
      to: Date.UTC(2026, 2, 30),
      timeZone: 'Europe/Berlin',
      settings: { ...NO_QUIET, daysBefore: [0], time: '02:30', overdueDays: 0 },
    });
    expect(skipped.sent).toHaveLength(1);
  });
});

describe('quiet hours and snooze', () => {
  const due = d('2026-12-10');

  it('holds a reminder that falls in quiet hours until they end', () => {
    const w = world([{ id: 'a#1', due }]);
    const settings: ReminderSettings = { ...DEFAULT_REMINDERS, daysBefore: [1], time: '23:00', overdueDays: 0 };
    run(w, { from: Date.UTC(2026, 11, 8), to: Date.UTC(2026, 11, 11), settings });
    // 23:00 Shanghai on the 9th is quiet: shown at 08:00 on the 10th (00:00 UTC).
    expect(w.sent.map((sent) => sent.at)).toEqual(['2026-12-10T00:00:00.000Z']);
  });

  it('knows quiet hours that cross midnight and those that do not', () => {
    const quiet = { enabled: true, start: '22:00', end: '08:00' };
    expect(quietUntil(Date.UTC(2026, 11, 9, 15, 30), quiet, 'Asia/Shanghai')).toBe(Date.UTC(2026, 11, 10, 0));
    expect(quietUntil(Date.UTC(2026, 11, 9, 18), quiet, 'Asia/Shanghai')).toBe(Date.UTC(2026, 11, 10, 0));
    expect(quietUntil(Date.UTC(2026, 11, 10, 0), quiet, 'Asia/Shanghai')).toBeUndefined();
    expect(quietUntil(Date.UTC(2026, 11, 9, 5), { enabled: true, start: '12:00', end: '14:00' }, 'Asia/Shanghai')).toBe(
      Date.UTC(2026, 11, 9, 6),
    );
    expect(quietUntil(Date.UTC(2026, 11, 9, 15, 30), { ...quiet, enabled: false }, 'Asia/Shanghai')).toBeUndefined();
  });

  it('after a snooze, shows nothing for a day, then the reminder once', () => {
    const w = world([{ id: 'a#1', due }]);
    const firstReminder = Date.UTC(2026, 11, 7, 1);
    run(w, { from: Date.UTC(2026, 11, 6), to: firstReminder });
    expect(w.sent).toHaveLength(1);
    const snoozedUntil = firstReminder + 24 * HOUR + 5 * 60_000;
    w.installments = [{ id: 'a#1', due, snoozedUntil }];
    run(w, { from: firstReminder + 5 * 60_000, to: Date.UTC(2026, 11, 10, 12) });
    expect(w.sent.map((sent) => [sent.at, sent.daysUntilDue])).toEqual([
      ['2026-12-07T01:00:00.000Z', 3],
      ['2026-12-08T01:05:00.000Z', 2],
      ['2026-12-09T01:00:00.000Z', 1],
      ['2026-12-10T01:00:00.000Z', 0],
    ]);
  });

  it('swallows the regular reminders that fall inside a snooze', () => {
    const w = world([{ id: 'a#1', due, snoozedUntil: Date.UTC(2026, 11, 10, 4) }]);
    run(w, { from: Date.UTC(2026, 11, 8, 12), to: Date.UTC(2026, 11, 10, 23) });
    // The day-before and due-day reminders fell inside the snooze: one reminder when it ends.
    expect(w.sent.map((sent) => [sent.at, sent.daysUntilDue])).toEqual([['2026-12-10T04:00:00.000Z', 0]]);
  });

  it('never asks to wake at or before now', () => {
    const plan = planReminders(
      [{ id: 'a#1', due }],
      new Set(),
      DEFAULT_REMINDERS,
      Date.UTC(2026, 11, 9, 16),
      'Asia/Shanghai',
    );
    expect(plan.toSend).toEqual([]);
    expect(plan.nextAt).toBe(Date.UTC(2026, 11, 10, 0));
  });
});
