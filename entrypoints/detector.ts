import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { siteForUrl } from '../lib/sites';
import { watchCheckouts } from './content/checkouts';
import { DETECTOR_CONTEXT } from './content/detector-context';

/**
 * The checkout reader, loaded by the content script once a shop's page is a checkout. It runs in the
 * content script's isolated world and lives by its context: an update or reload that invalidates
 * the content script stops it too.
 */
export default defineUnlistedScript(() => {
  const slot = globalThis as Record<symbol, unknown>;
  const ctx = slot[DETECTOR_CONTEXT] as ContentScriptContext | undefined;
  delete slot[DETECTOR_CONTEXT];
  // Loaded any other way (a page that framed or fetched it), there is nothing to do.
  if (ctx && !ctx.isInvalid) watchCheckouts(ctx, siteForUrl);
});
