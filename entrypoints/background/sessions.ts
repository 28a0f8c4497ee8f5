import { browser } from 'wxt/browser';
import type { ProgramId } from '../../lib/ids';
import type { CheckoutSignals } from '../../lib/sites/types';
import { messenger } from './messenger';
import { claimedPanelFrame } from './panel-claims';

/** A tab's checkout as last reported, kept in storage.session so a restarted worker still has it. */
export interface TabSession {
  readonly url: string;
  readonly signals: CheckoutSignals;
  readonly seenAt: number;
  /** Bill ids this checkout's programs were tracked as. */
  readonly trackedBills: Partial<Record<ProgramId, string>>;
  /** The program the shopper submitted this checkout's order with, so the panel can offer to track it. */
  readonly submitted?: ProgramId;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function readSession(tabId: number): Promise<TabSession | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as TabSession | undefined;
}

export async function writeSession(tabId: number, session: TabSession): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: session });
  await notifyPanel(tabId);
}

export async function clearSession(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await notifyPanel(tabId);
}

/**
 * Tells the tab's panel to ask again. A message to its frame, not storage.session's change event
 * nor a broadcast: Firefox gives extension pages framed in a web page neither.
 */
async function notifyPanel(tabId: number): Promise<void> {
  const frameId = await claimedPanelFrame(tabId);
  if (frameId === undefined) return;
  await messenger.sendMessage('panelStateChanged', {}, { tabId, frameId }).catch(() => undefined);
}

export async function clearSessionUnlessAt(tabId: number, url: string): Promise<void> {
  const session = await readSession(tabId);
  if (session && session.url !== url) await clearSession(tabId);
}
