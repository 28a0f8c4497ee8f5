import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isCheckoutUrl } from '../lib/sites/pages';
import { loadReaderOnCheckouts } from './content/load-reader';

/**
 * The content script of the built-in shops' matched pages (SITE_MATCHES; wxt.config.ts lists it in
 * the manifest): on a checkout it loads their reader, detector.js.
 */
export default defineUnlistedScript(() =>
  loadReaderOnCheckouts(
    isCheckoutUrl,
    (extension) => import(/* @vite-ignore */ extension.runtime.getURL('/detector.js')),
  ),
);
