import { browser } from 'wxt/browser';
import { localTimeZone } from '../../lib/dates';
import { type Locale, localized, resolveLocale, translate } from '../../lib/i18n';
import { formatMoney } from '../../lib/money';
import { programById } from '../../lib/programs';
import type { PlannedReminder } from '../../lib/reminders';
import type { Installment } from '../../lib/store/db';
import { BADGE_DAYS, countUnpaidDueWithin, planAndRecordReminders } from '../../lib/store/queries';
import { db } from './database';
import { notificationOptions, toolbarAction } from './platform';
import { loadSettings } from './settings';

export const REMINDER_ALARM = 'reminders';
/** A safety net: whatever happened to the exact alarm, reminders are re-derived at least this often. */
export const SWEEP_ALARM = 'reminders-sweep';
const SWEEP_MINUTES = 60;

/**
 * Derives reminders from the database, shows those that fell due, records them in the same
 * transaction that read them (so two wake-ups cannot both send one), then sets the next alarm.
 */
export async function runReminders(now = Date.now()): Promise<void> {
  const settings = await loadSettings();
  const timeZone = localTimeZone();
  const { plan, installments } = await planAndRecordReminders(db(), settings.reminders, now, timeZone);
  const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
  const byId = new Map(installments.map((row) => [row.id, row]));
  if (plan.toSend.length > MAX_SEPARATE_NOTIFICATIONS) {
    await notifySummary(plan.toSend.length, locale);
  } else {
    for (const reminder of plan.toSend) {
      const installment = byId.get(reminder.installmentId);
      if (installment) await notify(reminder, installment, locale);
    }
  }
  await scheduleNext(plan.nextAt);
  await updateBadge(now);
}

async function scheduleNext(nextAt: number | undefined): Promise<void> {
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (nextAt === undefined) {
    if (existing) await browser.alarms.clear(REMINDER_ALARM);
  } else if (existing?.scheduledTime !== nextAt) {
    browser.alarms.create(REMINDER_ALARM, { when: nextAt });
  }
  // Re-creating a periodic alarm on every wake would push it back each time: create it once.
  if (!(await browser.alarms.get(SWEEP_ALARM))) {
    browser.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
  }
}

function reminderTitle(locale: Locale, daysUntilDue: number): string {
  if (daysUntilDue < 0) return translate(locale, 'reminderTitleOverdue', { days: -daysUntilDue });
  if (daysUntilDue === 0) return translate(locale, 'reminderTitleToday');
  if (daysUntilDue === 1) return translate(locale, 'reminderTitleTomorrow');
  return translate(locale, 'reminderTitleBefore', { days: daysUntilDue });
}

export function notificationId(installmentId: string): string {
  return `installment:${installmentId}`;
}

export function installmentOfNotification(id: string): string | undefined {
  return id.startsWith('installment:') ? id.slice('installment:'.length) : undefined;
}

/**
 * More reminders than this at once (the first start after a long absence, an imported backup)
 * become one notification that opens the dashboard, rather than a flood.
 */
const MAX_SEPARATE_NOTIFICATIONS = 3;
export const SUMMARY_NOTIFICATION = 'summary';

async function notifySummary(count: number, locale: Locale): Promise<void> {
  await browser.notifications.create(SUMMARY_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translate(locale, 'reminderSummaryTitle', { count }),
    message: translate(locale, 'reminderSummaryBody'),
  });
}

/** Indexes of the buttons `notify` adds (where the browser has buttons). */
export const NOTIFICATION_BUTTON = { markPaid: 0, snooze: 1 } as const;

async function notify(reminder: PlannedReminder, installment: Installment, locale: Locale): Promise<void> {
  const program = programById(installment.program);
  await browser.notifications.create(
    notificationId(installment.id),
    notificationOptions(
      {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: reminderTitle(locale, reminder.daysUntilDue),
        message: translate(locale, 'reminderBody', {
          program: program ? localized(program.name, locale) : installment.program,
          amount: formatMoney({ amount: installment.amount, currency: installment.currency }, locale),
          date: installment.due,
        }),
      },
      [translate(locale, 'markPaid'), translate(locale, 'snoozeDay')],
    ),
  );
}

async function updateBadge(now: number): Promise<void> {
  const count = await countUnpaidDueWithin(db(), BADGE_DAYS, now);
  const action = toolbarAction();
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await action.setBadgeBackgroundColor({ color: '#c2410c' });
}
