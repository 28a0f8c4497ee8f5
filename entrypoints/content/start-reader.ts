import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types';
import { watchCheckouts } from './checkouts';
import { LOADER_GO_AHEAD } from './loader-go-ahead';

/**
 * Starts a reader that a content script loaded (load-reader.ts). It runs in that script's isolated
 * world and lives by its own WXT context, named `name`: an update or reload stops it, and a newer
 * reader of that name started in the same page takes its place.
 */
export function startReader(name: string, siteFor: (url: URL) => SiteAdapter | undefined): void {
  const slot = globalThis as Record<symbol, unknown>;
  const loaded = slot[LOADER_GO_AHEAD] === true;
  delete slot[LOADER_GO_AHEAD];
  // Loaded any other way (a page that framed or fetched it), there is nothing to do.
  if (!loaded) return;
  const ctx = new ContentScriptContext(name, { noScriptStartedPostMessage: true });
  if (!ctx.isInvalid) watchCheckouts(ctx, siteFor);
}
