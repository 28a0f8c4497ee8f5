import { type Browser, browser } from 'wxt/browser';

// Browser differences, in one place, so the rest of the background reads the same for both.

/**
 * Firefox's notifications API has no buttons (it rejects a notification that asks for them), so
 * there the notification's click opens the dashboard, where the same actions are.
 */
export const NOTIFICATION_BUTTONS = !import.meta.env.FIREFOX;

export function notificationOptions(
  base: Browser.notifications.NotificationCreateOptions,
  buttons: readonly string[],
): Browser.notifications.NotificationCreateOptions {
  return NOTIFICATION_BUTTONS ? { ...base, buttons: buttons.map((title) => ({ title })) } : base;
}

/** Listens to notification buttons where they exist; elsewhere there is nothing to hear. */
export function onNotificationButton(listener: (notificationId: string, buttonIndex: number) => void): void {
  if (NOTIFICATION_BUTTONS) browser.notifications.onButtonClicked.addListener(listener);
}

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? browser.browserAction;
}
