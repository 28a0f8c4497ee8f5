import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerMessageHandlers } from './messages';
import { registerReminderListeners } from './reminder-listeners';
import { clearTabUnlessAt, forgetTab } from './sessions';
import { registerShopListeners } from './shops';
import { registerSyncListeners } from './sync';
import { registerWelcome } from './welcome';

export default defineBackground(() => {
  registerMessageHandlers();
  registerReminderListeners();
  registerShopListeners();
  registerSyncListeners();
  registerWelcome();

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Leaving the checkout's URL ends its session; a checkout's content script reports its own URL,
  // so whichever of the two arrives first, the session left is the current page's.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined) return;
    void clearTabUnlessAt(tabId, change.url);
  });
});
