import { browser } from 'wxt/browser';
import { SHANGHAI, todayIn } from '../../lib/dates';
import { orderReaderFor } from '../../lib/orders';
import { interpretOrder, type PageOrder } from '../../lib/orders/interpret';
import { placedOrder } from '../../lib/orders/placement';
import { Empty, OrderLink, OrderRef, OrdersReport, UpdateRef } from '../../lib/protocol';
import {
  linkPageOrder,
  linkPlacedOrder,
  reconcileOrders,
  trackPageOrders,
  undoOrderUpdate,
} from '../../lib/store/orders';
import { db } from './database';
import { handle, rejectSender, type Sender } from './handle';
import {
  clearOrdersSession,
  clearPlacement,
  notifyPanel,
  type OrdersSession,
  readOrdersSession,
  readPlacement,
  writeOrdersSession,
} from './order-sessions';
import { contextFor, ordersViewFor, ordersViewOf } from './orders-view';
import { claimedPanelTab } from './panel-claims';
import { panelViewFor } from './panel-state';
import { notificationId, runReminders } from './reminders';
import { orderPageTab } from './senders';
import { clearSession } from './sessions';

// Order pages: what the order-page content script reports, the orders panel's actions, and the
// page that follows placing an order. Business rules live in lib/orders and lib/store/orders.ts.

const newId = () => crypto.randomUUID();

/** The address the script reports, if on the sender's own origin (a single-page shop moves by pushState). */
function pageUrl(reported: string, sender: URL): URL | undefined {
  const url = URL.canParse(reported) ? new URL(reported) : undefined;
  return url?.origin === sender.origin ? url : undefined;
}

/** Reminders follow the change, and the tab's panel shows it. */
async function changed(tabId: number, now: number): Promise<void> {
  await runReminders(now);
  await notifyPanel(tabId);
}

/** One order of the panel's own tab's page, or nothing: a panel acts only on what its page shows. */
async function pageOrder(
  tabId: number,
  orderId: string,
): Promise<{ session: OrdersSession; order: PageOrder } | undefined> {
  const session = await readOrdersSession(tabId);
  const order = session?.orders.find((candidate) => candidate.orderId === orderId);
  return session && order ? { session, order } : undefined;
}

function unique(orders: readonly PageOrder[]): PageOrder[] {
  const seen = new Map<string, PageOrder>();
  for (const order of orders) if (!seen.has(order.orderId)) seen.set(order.orderId, order);
  return [...seen.values()];
}

export function registerOrderHandlers(): void {
  handle('reportOrders', OrdersReport, async (report, sender) => {
    const from = orderPageTab(sender);
    const url = from && pageUrl(report.url, from.url);
    const reader = url && orderReaderFor(url);
    if (!from || !url || !reader || reader.id !== report.page) rejectSender('reportOrders');
    const now = Date.now();
    const orders = unique(report.orders.flatMap((facts) => interpretOrder(reader.site, facts, now) ?? []));
    const previous = await readOrdersSession(from.tabId);
    const session: OrdersSession = {
      url: url.href,
      page: reader.id,
      site: reader.site,
      kind: reader.kind,
      orders,
      read: todayIn(SHANGHAI, now),
      since: previous?.url === url.href ? previous.since : now,
    };
    // A tab shows one page: a checkout it showed before is gone.
    await clearSession(from.tabId);
    await writeOrdersSession(from.tabId, session);
    const updates = await reconcileOrders(db(), orders, await contextFor(reader.site, now), newId);
    if (updates.length > 0) {
      // A reminder already on screen for a bill the page shows paid or cancelled is about nothing owed.
      const settled = updates.filter((update) =>
        update.changes.some((change) => change.field === 'paid' || change.field === 'cancelled'),
      );
      for (const row of settled.flatMap((update) => update.before.installments)) {
        await browser.notifications.clear(notificationId(row.id));
      }
      await runReminders(now);
    }
    await notifyPanel(from.tabId);
    return { rows: (await ordersViewOf(session, now)).rows.length };
  });

  handle('leaveOrders', Empty, async (_data, sender) => {
    const from = orderPageTab(sender);
    if (!from) rejectSender('leaveOrders');
    await clearOrdersSession(from.tabId);
  });

  handle('orderPlaced', Empty, async (_data, sender) => {
    const from = orderPageTab(sender);
    if (!from) rejectSender('orderPlaced');
    // The order number comes from the page's address as the browser reports it, not from the page.
    const placed = placedOrder(from.url);
    const now = Date.now();
    const placement = placed && (await readPlacement(from.tabId, now));
    if (!placed || !placement) return;
    const tracked = Object.values(placement.bills);
    const billId = placement.submitted
      ? placement.bills[placement.submitted]
      : tracked.length === 1
        ? tracked[0]
        : undefined;
    // Two bills tracked and no click seen: which one this order is would be a guess.
    if (billId === undefined) return;
    await linkPlacedOrder(db(), billId, placed.site, placed.orderId, now);
    await clearPlacement(from.tabId);
  });

  /** The tab whose claimed panel frame sent this; anyone else is refused. */
  const fromPanel = async (type: string, sender: Sender) => {
    const tabId = await claimedPanelTab(sender);
    if (tabId === undefined) rejectSender(type);
    return tabId;
  };

  handle('trackOrder', OrderRef, async ({ orderId }, sender) => {
    const tabId = await fromPanel('trackOrder', sender);
    const found = await pageOrder(tabId, orderId);
    const now = Date.now();
    if (found) {
      // One click on an order that could be one of several bills: the shopper chose a new bill.
      await trackPageOrders(db(), [found.order], await contextFor(found.session.site, now), newId, true);
      await changed(tabId, now);
    }
    return panelViewFor(tabId, now);
  });

  handle('trackAllOrders', Empty, async (_data, sender) => {
    const tabId = await fromPanel('trackAllOrders', sender);
    const session = await readOrdersSession(tabId);
    const now = Date.now();
    if (session) {
      await trackPageOrders(db(), session.orders, await contextFor(session.site, now), newId);
      await changed(tabId, now);
    }
    return panelViewFor(tabId, now);
  });

  handle('linkOrder', OrderLink, async ({ orderId, billId }, sender) => {
    const tabId = await fromPanel('linkOrder', sender);
    const found = await pageOrder(tabId, orderId);
    const now = Date.now();
    if (found) {
      await linkPageOrder(db(), found.order, billId, await contextFor(found.session.site, now), newId);
      await changed(tabId, now);
    }
    return panelViewFor(tabId, now);
  });

  handle('undoOrderUpdate', UpdateRef, async ({ updateId }, sender) => {
    const tabId = await fromPanel('undoOrderUpdate', sender);
    const now = Date.now();
    const view = await ordersViewFor(tabId, now);
    // Only an update the panel shows: one of the bills its own page shows.
    if (view?.changes.some((change) => change.id === updateId)) {
      await undoOrderUpdate(db(), updateId);
      await changed(tabId, now);
    }
    return panelViewFor(tabId, now);
  });
}
