import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES, siteForUrl } from '../../lib/sites';
import { watchCheckouts } from './checkouts';

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  // WXT's legacy start-up postMessage would show every page our extension id.
  noScriptStartedPostMessage: true,
  main: (ctx) => watchCheckouts(ctx, siteForUrl),
});
