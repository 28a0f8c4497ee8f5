import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { siteForUrl } from '../lib/sites';
import { watchCheckouts } from './content/checkouts';
import { LOADER_GO_AHEAD } from './content/loader-go-ahead';

/**
 * The checkout reader, loaded by the content script (loader.ts) once a shop's page is a checkout. It
 * runs in the content script's isolated world and lives by its own WXT context: an update or reload
 * stops it, and a newer reader started in the same page takes its place.
 */
export default defineUnlistedScript(() => {
  const slot = globalThis as Record<symbol, unknown>;
  const loaded = slot[LOADER_GO_AHEAD] === true;
  delete slot[LOADER_GO_AHEAD];
  // Loaded any other way (a page that framed or fetched it), there is nothing to do.
  if (!loaded) return;
  const ctx = new ContentScriptContext('detector', { noScriptStartedPostMessage: true });
  if (!ctx.isInvalid) watchCheckouts(ctx, siteForUrl);
});
