import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isCheckoutUrl, SITE_PAGES } from '../../lib/sites/pages';
import { DETECTOR_CONTEXT } from './detector-context';

/** Without the Navigation API, how often the URL is compared: a string comparison, nothing more. */
const URL_POLL_MS = 500;

/**
 * On every page of the shops' matched hosts this only checks the URL. On a checkout it loads the
 * reader (detector.js, an extension file run in this same isolated world), which takes over: so a
 * shop's other pages never load or compile the reader at all.
 */
export default defineContentScript({
  matches: [...new Set(SITE_PAGES.flatMap(({ matches }) => matches))],
  runAt: 'document_idle',
  // WXT's legacy start-up postMessage would show every page our extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const navigation = (window as { navigation?: EventTarget }).navigation;
    let poll: ReturnType<typeof setInterval> | undefined;
    const check = () => {
      if (ctx.isInvalid || !isCheckoutUrl(new URL(location.href))) return;
      navigation?.removeEventListener('currententrychange', check);
      clearInterval(poll);
      (globalThis as Record<symbol, unknown>)[DETECTOR_CONTEXT] = ctx;
      import(/* @vite-ignore */ browser.runtime.getURL('/detector.js')).catch(() => undefined);
    };
    // Single-page shops (Pinduoduo) reach the checkout by pushState: the Navigation API tells every
    // world about it; where that API is missing, compare the URL now and then.
    if (navigation) navigation.addEventListener('currententrychange', check);
    else poll = setInterval(check, URL_POLL_MS);
    check();
  },
});
