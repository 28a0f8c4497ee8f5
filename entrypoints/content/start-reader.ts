import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../../lib/sites/types';
import { watchCheckouts } from './checkouts';

/**
 * Starts a reader: declared on checkouts, or loaded by a content script (load-reader.ts) after an
 * in-page move to one. It lives by its own WXT context, named `name`: an update or reload stops it,
 * and a newer reader of that name started in the same page takes its place.
 */
export function startReader(name: string, siteFor: (url: URL) => SiteAdapter | undefined): void {
  // Web-accessible where a loader imports it, a reader may be loaded by a page into the page's own
  // world, which has no extension: there it must not even announce itself to our readers.
  const extension = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome;
  if (!extension?.runtime?.id) return;
  const ctx = new ContentScriptContext(name, { noScriptStartedPostMessage: true });
  if (!ctx.isInvalid) watchCheckouts(ctx, siteFor);
}
