import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isCheckoutUrl } from '../lib/sites/pages';
import { LOADER_GO_AHEAD } from './content/loader-go-ahead';

/** Without the Navigation API, how often the URL is compared: a string comparison, nothing more. */
const URL_POLL_MS = 500;

interface ExtensionApi {
  readonly runtime?: { readonly id?: string; getURL(path: string): string };
}

/**
 * The content script of the shops' matched pages (SITE_MATCHES; wxt.config.ts lists it in the
 * manifest). On every page it only checks the URL; on a checkout it loads the reader (detector.js,
 * an extension file run in this same isolated world), which takes over. Until then it touches no
 * extension API: the first touch builds the API's bindings in the page (0.4 ms of the page's main
 * thread). WXT's content-script context touches it as it starts, which is why this is no WXT
 * content script and the reader makes that context itself.
 */
export default defineUnlistedScript(() => {
  const navigation = (window as { navigation?: EventTarget }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  const check = () => {
    if (!isCheckoutUrl(new URL(location.href))) return;
    navigation?.removeEventListener('currententrychange', check);
    clearInterval(poll);
    const extension = (globalThis as { chrome?: ExtensionApi }).chrome;
    // Left over from before an update or removal, this script has no extension to load from.
    if (!extension?.runtime?.id) return;
    (globalThis as Record<symbol, unknown>)[LOADER_GO_AHEAD] = true;
    import(/* @vite-ignore */ extension.runtime.getURL('/detector.js')).catch(() => undefined);
  };
  // Single-page shops (Pinduoduo) reach the checkout by pushState: the Navigation API tells every
  // world about it; where that API is missing, compare the URL now and then.
  if (navigation) navigation.addEventListener('currententrychange', check);
  else poll = setInterval(check, URL_POLL_MS);
  check();
});
