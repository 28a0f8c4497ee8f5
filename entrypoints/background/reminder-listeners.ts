import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from '../../lib/storage-keys';
import { markPaid, snooze } from './bill-actions';
import { db } from './database';
import { onNotificationButton } from './platform';
import {
  installmentOfNotification,
  NOTIFICATION_BUTTON,
  REMINDER_ALARM,
  runReminders,
  SUMMARY_NOTIFICATION,
  SWEEP_ALARM,
} from './reminders';

function rerun(): void {
  // IndexedDB may be unavailable (Firefox private browsing): the pages say so; here there is nothing to do.
  runReminders().catch((error: unknown) => console.warn('PayLater Lens: reminders skipped', error));
}

/** Added synchronously in main(): the alarm, click or startup that woke the worker is not missed. */
export function registerReminderListeners(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === SWEEP_ALARM) rerun();
  });
  // A reminder that fell due while the browser was closed is sent once when it opens.
  browser.runtime.onStartup.addListener(rerun);
  browser.runtime.onInstalled.addListener(rerun);
  // New reminder settings take effect at once.
  browser.storage.local.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes) rerun();
  });

  browser.notifications.onClicked.addListener((id) => {
    const installmentId = installmentOfNotification(id);
    if (installmentId === undefined && id !== SUMMARY_NOTIFICATION) return;
    void browser.notifications.clear(id);
    void openDashboardAt(installmentId);
  });
  onNotificationButton((id, buttonIndex) => {
    const installmentId = installmentOfNotification(id);
    if (installmentId === undefined) return;
    const action = buttonIndex === NOTIFICATION_BUTTON.markPaid ? markPaid : snooze;
    action(installmentId).catch((error: unknown) => console.warn('PayLater Lens: action failed', error));
  });
}

/** Opens the dashboard, scrolled to the installment's bill when there is one. */
async function openDashboardAt(installmentId: string | undefined): Promise<void> {
  const installment =
    installmentId === undefined
      ? undefined
      : await db()
          .installments.get(installmentId)
          .catch(() => undefined);
  const hash = installment ? `#bill=${encodeURIComponent(installment.billId)}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
