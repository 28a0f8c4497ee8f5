import { browser } from 'wxt/browser';
import type { ProgramId } from '../../lib/ids';
import type { CheckoutSignals } from '../../lib/sites/types';
import { notifyPanel, notifyPanelFrame, ordersKey, placementKey } from './order-sessions';
import { claimedFrame, claimKey, keyClaim } from './panel-claims';

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

/**
 * A checkout's report: the tab's session becomes `next(previous)`, and an order page the tab showed
 * before is gone (a tab shows one page). With a new panel's key, that panel's claim is registered in
 * the same write. Every storage call costs the worker, the browser and the storage a little: one
 * read for all three, one write, a removal only where there is something.
 */
export async function reportSession(
  tabId: number,
  next: (previous: TabSession | undefined) => TabSession,
  panelKey?: string,
): Promise<void> {
  const stored = await browser.storage.session.get([key(tabId), ordersKey(tabId), claimKey(tabId)]);
  await browser.storage.session.set({
    [key(tabId)]: next(stored[key(tabId)] as TabSession | undefined),
    ...(panelKey === undefined ? {} : { [claimKey(tabId)]: keyClaim(panelKey) }),
  });
  if (stored[ordersKey(tabId)] !== undefined) await browser.storage.session.remove(ordersKey(tabId));
  // A new panel is shown this report when it claims the tab; the frame that had claimed it is gone.
  if (panelKey === undefined) await notifyPanelFrame(tabId, claimedFrame(stored[claimKey(tabId)]));
}

export async function clearSession(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await notifyPanel(tabId);
}

/**
 * The tab moved to `url`: its checkout and its order page end unless they are that page. This runs
 * for every address any tab moves to, so it reads both in one call.
 */
export async function clearTabUnlessAt(tabId: number, url: string): Promise<void> {
  const stored = await browser.storage.session.get([key(tabId), ordersKey(tabId)]);
  const left = [key(tabId), ordersKey(tabId)].filter((each) => {
    const page = stored[each] as { readonly url: string } | undefined;
    return page !== undefined && page.url !== url;
  });
  if (left.length === 0) return;
  await browser.storage.session.remove(left);
  if (left.includes(key(tabId))) await notifyPanel(tabId);
}

/** Everything kept for a tab that closed, in one call; its panel went with it. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([key(tabId), ordersKey(tabId), placementKey(tabId), claimKey(tabId)]);
}
