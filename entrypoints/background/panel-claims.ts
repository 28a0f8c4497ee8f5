import { browser } from 'wxt/browser';
import { panelTab } from './senders';

// The shop's page can frame panel.html itself (it is web-accessible), and a panel framed by the page
// would answer to the page's layout tricks (overlays, opacity) with the shopper's clicks. So a panel
// acts only in the frame our content script created: on each load of that frame the content script
// registers a fresh random key and hands it to the frame alone (postMessage aimed at our origin);
// the frame that shows the key claims the tab's panel, which uses the key up. Every later panel
// message must come from that frame.

type Sender = chrome.runtime.MessageSender;

/** A key waiting for its frame, or the frame that showed it. */
type PanelClaim = { readonly key: string } | { readonly frameId: number };

export const claimKey = (tabId: number) => `panel:${tabId}`;

async function readClaim(tabId: number): Promise<PanelClaim | undefined> {
  const stored = await browser.storage.session.get(claimKey(tabId));
  return stored[claimKey(tabId)] as PanelClaim | undefined;
}

/** What storage.session holds under `claimKey` once a new frame's key is registered. */
export const keyClaim = (key: string): PanelClaim => ({ key });

/** Our content script made a new panel frame in this tab: only a frame showing this key may claim it. */
export async function registerPanel(tabId: number, key: string): Promise<void> {
  await browser.storage.session.set({ [claimKey(tabId)]: keyClaim(key) });
}

/** The sending panel frame shows the key: it becomes the tab's panel. Answers that tab, if it did. */
export async function claimPanel(sender: Sender, key: string): Promise<number | undefined> {
  const tabId = panelTab(sender);
  const frameId = sender.frameId;
  // A panel opened as a page of its own (frame 0) is no tab's in-page panel.
  if (tabId === undefined || typeof frameId !== 'number' || frameId === 0) return undefined;
  const claim = await readClaim(tabId);
  if (!claim || !('key' in claim) || claim.key !== key) return undefined;
  await browser.storage.session.set({ [claimKey(tabId)]: { frameId } satisfies PanelClaim });
  return tabId;
}

/** The tab whose panel sent this, if the sender is the frame that claimed it. */
export async function claimedPanelTab(sender: Sender): Promise<number | undefined> {
  const tabId = panelTab(sender);
  if (tabId === undefined || typeof sender.frameId !== 'number') return undefined;
  const claim = await readClaim(tabId);
  return claim && 'frameId' in claim && claim.frameId === sender.frameId ? tabId : undefined;
}

/** The frame that claimed a tab's panel, if one has, from what storage.session holds under `claimKey`. */
export function claimedFrame(stored: unknown): number | undefined {
  const claim = stored as PanelClaim | undefined;
  return claim && 'frameId' in claim ? claim.frameId : undefined;
}

/** The frame that claimed this tab's panel, if one has. */
export async function claimedPanelFrame(tabId: number): Promise<number | undefined> {
  return claimedFrame(await readClaim(tabId));
}
