import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types';
import { messenger } from './messenger';
import { CheckoutWatcher } from './watcher';

/** Without the Navigation API, how often the URL is compared: a string comparison, nothing more. */
const URL_POLL_MS = 500;

/**
 * Follows the page's URL and keeps a watcher on it while it is a checkout of one of `siteFor`'s
 * shops. Any content script that reads checkouts (built-in shops, shops the shopper added) runs this.
 */
export function watchCheckouts(ctx: ContentScriptContext, siteFor: (url: URL) => SiteAdapter | undefined): void {
  let watcher: CheckoutWatcher | undefined;
  let href = '';
  // And once a newer one starts, this one stops watching.
  ctx.onInvalidated(() => watcher?.stop());

  let listening = false;
  // Registered with the first checkout: on other pages of the shop we do no more than check URLs.
  const listenForLayout = () => {
    if (listening) return;
    listening = true;
    // Only our background sends these (a page cannot reach these listeners at all).
    const fromBackground = (sender: { id?: string; tab?: unknown }) =>
      sender.id === browser.runtime.id && sender.tab === undefined;
    messenger.onMessage('panelLayout', ({ data, sender }) => {
      if (fromBackground(sender) && typeof data?.height === 'number') watcher?.resize(data.height);
    });
    messenger.onMessage('snapshotStep', ({ sender }) => (fromBackground(sender) && watcher?.report()) || '');
  };

  // Single-page shops change the URL without reloading. Each change costs a URL check; only a
  // checkout URL gets a watcher, and leaving the checkout takes the panel away.
  const urlChanged = () => {
    if (ctx.isInvalid || location.href === href) return;
    href = location.href;
    const site = siteFor(new URL(href));
    if (watcher && watcher.site === site) {
      watcher.moved();
      return;
    }
    const left = watcher !== undefined;
    watcher?.stop();
    watcher = site ? new CheckoutWatcher(site) : undefined;
    if (watcher) listenForLayout();
    watcher?.start();
    if (left && !watcher) messenger.sendMessage('leaveCheckout', {}).catch(() => undefined);
  };
  urlChanged();
  // The page's pushState runs in its own world, where we cannot wrap it; the Navigation API tells
  // every world about it. Where that API is missing, compare the URL now and then.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', urlChanged);
  else setInterval(urlChanged, URL_POLL_MS);
}
