import { isPanelKeyMessage } from '../lib/panel-key';
import { messenger } from './client';

/**
 * Resolves once the background accepts this frame as its tab's panel, that is once our content
 * script has handed it the tab's key. A panel.html that the shop's page frames itself never gets
 * the key, so it never resolves and the panel stays empty. Anyone can post to this window, so each
 * candidate key is only a claim for the background to check.
 */
export function claimFrame(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (!isPanelKeyMessage(event.data)) return;
      messenger
        .sendMessage('claimPanel', { key: event.data.key })
        .then(() => {
          window.removeEventListener('message', onMessage);
          resolve();
        })
        // Not our key (the page posted it, or the tab has a newer panel): wait for the next.
        .catch(() => undefined);
    };
    window.addEventListener('message', onMessage);
  });
}
