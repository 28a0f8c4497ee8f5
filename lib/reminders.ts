import { addDays, type CalendarDate, instantAt } from './dates';

export interface ReminderSettings {
  readonly enabled: boolean;
  /** Days before the due day to remind; 0 is the due day itself. */
  readonly daysBefore: readonly number[];
  /** Wall-clock time (HH:mm) in the shopper's time zone. */
  readonly time: string;
  /** Days after the due day to keep reminding while unpaid. */
  readonly overdueDays: number;
}

export const DEFAULT_REMINDERS: ReminderSettings = {
  enabled: true,
  daysBefore: [3, 1, 0],
  time: '09:00',
  overdueDays: 7,
};

export interface RemindableInstallment {
  readonly id: string;
  readonly due: CalendarDate;
}

export interface PlannedReminder {
  /** Stable across restarts: the same installment, kind and day always give the same key. */
  readonly key: string;
  readonly installmentId: string;
  readonly at: number;
  /** Days until due: positive before, 0 on the day, negative when overdue. */
  readonly daysUntilDue: number;
}

export function remindersFor(
  installment: RemindableInstallment,
  settings: ReminderSettings,
  timeZone: string,
): PlannedReminder[] {
  if (!settings.enabled) return [];
  const offsets = new Set(settings.daysBefore);
  for (let late = 1; late <= settings.overdueDays; late++) offsets.add(-late);
  return [...offsets]
    .map((daysUntilDue) => {
      const day = addDays(installment.due, -daysUntilDue);
      return {
        key: `${installment.id}|${installment.due}|${daysUntilDue}`,
        installmentId: installment.id,
        at: instantAt(day, settings.time, timeZone),
        daysUntilDue,
      };
    })
    .sort((a, b) => a.at - b.at);
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
  let nextAt: number | undefined;
  for (const installment of installments) {
    const pending = remindersFor(installment, settings, timeZone).filter((reminder) => !sentKeys.has(reminder.key));
    const fallenDue = pending.filter((reminder) => reminder.at <= now);
    const latest = fallenDue.at(-1);
    if (latest) {
      toSend.push(latest);
      toMarkSent.push(...fallenDue);
    }
    const future = pending.find((reminder) => reminder.at > now);
    if (future && (nextAt === undefined || future.at < nextAt)) nextAt = future.at;
  }
  return nextAt === undefined ? { toSend, toMarkSent } : { toSend, toMarkSent, nextAt };
}
