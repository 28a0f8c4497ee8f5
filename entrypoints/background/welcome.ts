import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html' as const;

/**
 * Opens the welcome page once, when the extension is first installed: not on updates, nor when the
 * browser itself updates. Added synchronously in main(), so the install event that woke the worker
 * is not missed.
 */
export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs
      .create({ url: browser.runtime.getURL(WELCOME_PAGE) })
      .catch((error: unknown) => console.warn('PayLater Lens: welcome page not opened', error));
  });
}
