import { browser } from '@wxt-dev/browser';
import { OVERRIDES_KEY, PROFILE_KEY, SETTINGS_KEY } from '../lib/storage-keys';
import { messenger } from './client';

/**
 * Follows what changes the panel's view: the background says when the checkout changed (re-read,
 * tracked, left), and verdicts, due dates and language follow the shopper's options. Started before
 * the frame claims its tab, so a change between the claim's answer and the first render is not
 * lost: it waits for the listener that `follow` is given.
 */
export function watchPanelChanges(): (listener: () => void) => void {
  let listener: (() => void) | undefined;
  let missed = false;
  const changed = () => {
    if (listener) listener();
    else missed = true;
  };
  messenger.onMessage('panelStateChanged', ({ sender }) => {
    if (sender.id === browser.runtime.id && sender.tab === undefined) changed();
  });
  // Only local's changes: the background's writes to storage.session on every checkout (reports,
  // panel claims) would otherwise each be sent to this frame as an event, for nothing.
  browser.storage.local.onChanged.addListener((changes) => {
    if (SETTINGS_KEY in changes || PROFILE_KEY in changes || OVERRIDES_KEY in changes) changed();
  });
  return (next) => {
    listener = next;
    if (missed) {
      missed = false;
      next();
    }
  };
}
