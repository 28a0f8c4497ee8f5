import { browser } from 'wxt/browser';
import type { ProgramId } from '../../lib/ids';
import type { CheckoutSignals } from '../../lib/sites/types';

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
}

export async function clearSession(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function clearSessionUnlessAt(tabId: number, url: string): Promise<void> {
  const session = await readSession(tabId);
  if (session && session.url !== url) await clearSession(tabId);
}

export function isSessionKey(storageKey: string, tabId: number): boolean {
  return storageKey === key(tabId);
}
