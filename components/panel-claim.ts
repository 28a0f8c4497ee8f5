import { isPanelKeyMessage } from '../lib/panel-key';
import type { PanelView } from '../lib/protocol';
import { messenger } from './client';

/**
 * Resolves with what the panel shows once the background accepts this frame as its tab's panel,
 * that is once our content script has handed it the tab's key. A panel.html that the shop's page
 * frames itself never gets the key, so it never resolves and the panel stays empty. Anyone can post
 * to this window, so each candidate key is only a claim for the background to check.
 */
export function claimFrame(): Promise<PanelView> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (!isPanelKeyMessage(event.data)) return;
      messenger
        .sendMessage('claimPanel', { key: event.data.key })
        .then((view) => {
          window.removeEventListener('message', onMessage);
          resolve(view);
        })
        // Not our key (the page posted it, or the tab has a newer panel): wait for the next.
        .catch(() => undefined);
    };
    window.addEventListener('message', onMessage);
  });
}
