import { addDays, type CalendarDate, daysBetween, instantAt, todayIn } from './dates';

export interface QuietHours {
  readonly enabled: boolean;
  /** Wall-clock times (HH:mm); the span may cross midnight (22:00 to 08:00). */
  readonly start: string;
  readonly end: string;
}

export interface ReminderSettings {
  readonly enabled: boolean;
  /** Days before the due day to remind; 0 is the due day itself. */
  readonly daysBefore: readonly number[];
  /** Wall-clock time (HH:mm) in the shopper's time zone. */
  readonly time: string;
  /** Days after the due day to keep reminding, once a day, while unpaid. */
  readonly overdueDays: number;
  /** Nothing is shown in these hours; what falls due then waits for their end. */
  readonly quietHours: QuietHours;
}

export const DEFAULT_REMINDERS: ReminderSettings = {
  enabled: true,
  daysBefore: [3, 1, 0],
  time: '09:00',
  overdueDays: 7,
  quietHours: { enabled: true, start: '22:00', end: '08:00' },
};

/** "Snooze" in a notification or the popup postpones reminders by this much. */
export const SNOOZE_MS = 24 * 60 * 60 * 1000;

export interface RemindableInstallment {
  readonly id: string;
  readonly due: CalendarDate;
  readonly snoozedUntil?: number;
  readonly dismissed?: boolean;
}

export interface PlannedReminder {
  /** Stable across restarts: the same installment, kind and day always give the same key. */
  readonly key: string;
  readonly installmentId: string;
  readonly at: number;
  /** Days until due: positive before, 0 on the day, negative when overdue. */
  readonly daysUntilDue: number;
}

/** The reminders' days and instants for one due date; shared by every installment due that day. */
type DayPlan = readonly { readonly daysUntilDue: number; readonly at: number }[];

/** Days until due of every regular reminder: the days before, then each overdue day. */
function reminderOffsets(settings: ReminderSettings): Set<number> {
  const offsets = new Set(settings.daysBefore);
  for (let late = 1; late <= settings.overdueDays; late++) offsets.add(-late);
  return offsets;
}

/** Due dates repeat across installments: plan each distinct one once (thousands of rows, a few hundred dates). */
function dayPlanner(settings: ReminderSettings, timeZone: string): (due: CalendarDate) => DayPlan {
  const offsets = reminderOffsets(settings);
  const cache = new Map<CalendarDate, DayPlan>();
  return (due) => {
    let plan = cache.get(due);
    if (!plan) {
      plan = [...offsets].map((daysUntilDue) => ({
        daysUntilDue,
        at: instantAt(addDays(due, -daysUntilDue), settings.time, timeZone),
      }));
      cache.set(due, plan);
    }
    return plan;
  };
}

function reminderKey(installment: RemindableInstallment, daysUntilDue: number): string {
  return `${installment.id}|${installment.due}|${daysUntilDue}`;
}

/**
 * Names the regular reminders these settings give every installment (their days until due, not
 * their times: keys do not hold times). Never empty, whatever the settings.
 */
export function reminderSetKey(settings: ReminderSettings): string {
  return `days:${[...reminderOffsets(settings)].sort((a, b) => b - a).join(',')}`;
}

/** Whether every regular reminder these settings give an installment is among `sentKeys`. */
export function everyRegularSent(
  settings: ReminderSettings,
): (installment: RemindableInstallment, sentKeys: ReadonlySet<string>) => boolean {
  const offsets = [...reminderOffsets(settings)];
  return (installment, sentKeys) =>
    offsets.every((daysUntilDue) => sentKeys.has(reminderKey(installment, daysUntilDue)));
}

export function remindersFor(
  installment: RemindableInstallment,
  settings: ReminderSettings,
  timeZone: string,
  planDay = dayPlanner(settings, timeZone),
): PlannedReminder[] {
  if (!settings.enabled || installment.dismissed) return [];
  const reminders = planDay(installment.due).map(({ daysUntilDue, at }) => ({
    key: reminderKey(installment, daysUntilDue),
    installmentId: installment.id,
    at,
    daysUntilDue,
  }));
  const { snoozedUntil } = installment;
  if (snoozedUntil !== undefined) {
    // The snoozed reminder comes back once, when the snooze ends.
    reminders.push({
      key: `${installment.id}|${installment.due}|snooze@${snoozedUntil}`,
      installmentId: installment.id,
      at: snoozedUntil,
      daysUntilDue: daysBetween(todayIn(timeZone, snoozedUntil), installment.due),
    });
  }
  return reminders.sort((a, b) => a.at - b.at);
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** When the quiet hours that `now` falls in end, or undefined when `now` is not in quiet hours. */
export function quietUntil(now: number, quiet: QuietHours, timeZone: string): number | undefined {
  if (!quiet.enabled || quiet.start === quiet.end) return undefined;
  const today = todayIn(timeZone, now);
  const minute = minutesOf(
    new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now),
  );
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const quietNow = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!quietNow) return undefined;
  const endToday = instantAt(today, quiet.end, timeZone);
  return endToday > now ? endToday : instantAt(addDays(today, 1), quiet.end, timeZone);
}

export interface ReminderPlan {
  /** Show these now: per installment only the latest one that has fallen due, never one already sent. */
  readonly toSend: readonly PlannedReminder[];
  /** Record these as handled: the ones sent now and the older ones they replace. */
  readonly toMarkSent: readonly PlannedReminder[];
  /** When to wake next, if anything is left to remind. */
  readonly nextAt?: number;
}

/**
 * Derives what to do from the database alone, so a worker that slept, restarted or missed an
 * alarm while the browser was closed sends each overdue reminder once and none twice.
 */
export function planReminders(
  installments: readonly RemindableInstallment[],
  sentKeys: ReadonlySet<string>,
  settings: ReminderSettings,
  now: number,
  timeZone: string,
): ReminderPlan {
  const toSend: PlannedReminder[] = [];
  const toMarkSent: PlannedReminder[] = [];
  const quietEnd = quietUntil(now, settings.quietHours, timeZone);
  let nextAt: number | undefined;
  const wakeAt = (at: number) => {
    if (nextAt === undefined || at < nextAt) nextAt = at;
  };
  const planDay = dayPlanner(settings, timeZone);
  // A row whose every regular reminder was sent, and that is not snoozed, has nothing pending: skip
  // it without computing instants (years of unpaid history would cost thousands of time-zone
  // conversions).
  const allSent = everyRegularSent(settings);
  for (const installment of installments) {
    if (installment.snoozedUntil === undefined && allSent(installment, sentKeys)) continue;
    const pending = remindersFor(installment, settings, timeZone, planDay).filter(
      (reminder) => !sentKeys.has(reminder.key),
    );
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
