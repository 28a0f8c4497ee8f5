import { defineContentScript } from 'wxt/utils/define-content-script';
import { addedShopSite } from '../lib/sites/platforms';
import { watchCheckouts } from './content/checkouts';

/**
 * Reads checkouts on the shops the shopper added. Registered at runtime by the background for those
 * origins alone, and kept apart from the built-in content script so that one stays small.
 */
export default defineContentScript({
  registration: 'runtime',
  // Runtime registration names its own matches (background/shops.ts); none here, so the manifest gains no host.
  matches: [],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main: (ctx) => watchCheckouts(ctx, (url) => addedShopSite(url, document)),
});
