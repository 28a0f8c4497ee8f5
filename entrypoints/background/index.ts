import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from './messages';
import { REMINDER_ALARM, runReminders, SWEEP_ALARM } from './reminders';
import { clearSession, clearSessionUnlessAt } from './sessions';

export default defineBackground(() => {
  registerMessageHandlers();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM || alarm.name === SWEEP_ALARM) void runReminders();
  });
  // A reminder that fell due while the browser was closed is sent once when it opens.
  browser.runtime.onStartup.addListener(() => void runReminders());
  browser.runtime.onInstalled.addListener(() => void runReminders());

  browser.tabs.onRemoved.addListener((tabId) => void clearSession(tabId));
  // Leaving the checkout's URL ends its session; a checkout's content script reports its own URL,
  // so whichever of the two arrives first, the session left is the current page's.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) void clearSessionUnlessAt(tabId, change.url);
  });

  browser.notifications.onClicked.addListener((notificationId) => {
    if (notificationId.startsWith('installment:')) {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
      void browser.notifications.clear(notificationId);
    }
  });
});
