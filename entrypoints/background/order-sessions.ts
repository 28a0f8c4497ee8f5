import { browser } from 'wxt/browser';
import type { CalendarDate } from '../../lib/dates';
import type { ProgramId, SiteId } from '../../lib/ids';
import type { PageOrder } from '../../lib/orders/interpret';
import type { OrderPageKind } from '../../lib/orders/types';
import { messenger } from './messenger';
import { claimedPanelFrame } from './panel-claims';

// Per tab, in storage.session (a restarted worker still has them; gone when the browser quits).

/** The pay-later orders a tab's order page shows, as the background interpreted them. No goods, no addresses. */
export interface OrdersSession {
  readonly url: string;
  /** The reader's id (`jd-list`). */
  readonly page: string;
  readonly site: SiteId;
  readonly kind: OrderPageKind;
  readonly orders: readonly PageOrder[];
  /** The day (Asia/Shanghai) the page was read. */
  readonly read: CalendarDate;
  /** When this page was first read in this tab: "what changed" shows the updates since. */
  readonly since: number;
}

export const ordersKey = (tabId: number) => `orders:${tabId}`;

export async function readOrdersSession(tabId: number): Promise<OrdersSession | undefined> {
  const stored = await browser.storage.session.get(ordersKey(tabId));
  return stored[ordersKey(tabId)] as OrdersSession | undefined;
}

/**
 * Tells the tab's panel to ask again. A message to its frame, not storage.session's change event
 * nor a broadcast: Firefox gives extension pages framed in a web page neither.
 */
export async function notifyPanel(tabId: number): Promise<void> {
  await notifyPanelFrame(tabId, await claimedPanelFrame(tabId));
}

/** The same, where the claimed frame (if any) is known already. */
export async function notifyPanelFrame(tabId: number, frameId: number | undefined): Promise<void> {
  if (frameId === undefined) return;
  await messenger.sendMessage('panelStateChanged', {}, { tabId, frameId }).catch(() => undefined);
}

export async function writeOrdersSession(tabId: number, session: OrdersSession): Promise<void> {
  await browser.storage.session.set({ [ordersKey(tabId)]: session });
}

export async function clearOrdersSession(tabId: number): Promise<void> {
  await browser.storage.session.remove(ordersKey(tabId));
}

/**
 * Bills tracked at a checkout in this tab, kept past the checkout (whose session ends when the tab
 * moves on) until the page that follows placing the order names it.
 */
export interface Placement {
  readonly at: number;
  readonly bills: Partial<Record<ProgramId, string>>;
  /** The program the shopper placed the order with, when the checkout saw the click. */
  readonly submitted?: ProgramId;
}

/** A page naming the order this long after the bill was tracked is about some other order. */
export const PLACEMENT_MS = 30 * 60 * 1000;

export const placementKey = (tabId: number) => `placement:${tabId}`;

export async function readPlacement(tabId: number, now: number): Promise<Placement | undefined> {
  const stored = (await browser.storage.session.get(placementKey(tabId)))[placementKey(tabId)] as Placement | undefined;
  return stored && now - stored.at <= PLACEMENT_MS ? stored : undefined;
}

export async function recordTracked(tabId: number, program: ProgramId, billId: string, now: number): Promise<void> {
  const current = await readPlacement(tabId, now);
  await browser.storage.session.set({
    [placementKey(tabId)]: { ...current, at: now, bills: { ...current?.bills, [program]: billId } } satisfies Placement,
  });
}

export async function recordSubmitted(tabId: number, program: ProgramId, now: number): Promise<void> {
  const current = await readPlacement(tabId, now);
  await browser.storage.session.set({
    [placementKey(tabId)]: { bills: {}, ...current, at: now, submitted: program } satisfies Placement,
  });
}

export async function clearPlacement(tabId: number): Promise<void> {
  await browser.storage.session.remove(placementKey(tabId));
}
