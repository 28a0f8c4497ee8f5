import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ORDER_MATCHES, orderReaderFor } from '../../lib/orders';
import { placedOrder } from '../../lib/orders/placement';
import type { OrderPageReader } from '../../lib/orders/types';
import { HOST_TAG, PanelHost } from '../content/host';
import { messenger } from '../content/messenger';

/**
 * Order pages render late and keep changing (lists drawn after load, more orders on scroll, live
 * countdowns): the page is read again once its changes pause this long.
 */
const SETTLE_MS = 400;
/** A page that never stops changing (a live countdown) costs at most one read per this. */
const MIN_READ_GAP_MS = 1000;
/** Without the Navigation API, how often the URL is compared. */
const URL_POLL_MS = 500;

// The order pages' own content script, apart from the checkout's (which must stay small): it reads
// the pay-later orders a page shows and, if the background finds any, shows the orders panel.
export default defineContentScript({
  matches: [...ORDER_MATCHES],
  runAt: 'document_idle',
  // WXT's legacy start-up postMessage would show every page our extension id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let watcher: OrdersWatcher | undefined;
    let href = '';
    let listening = false;
    ctx.onInvalidated(() => watcher?.stop());

    const urlChanged = () => {
      if (ctx.isInvalid || location.href === href) return;
      href = location.href;
      const url = new URL(href);
      const reader = orderReaderFor(url);
      if (watcher && watcher.reader === reader) {
        watcher.moved();
        return;
      }
      const left = watcher !== undefined;
      watcher?.stop();
      watcher = reader ? new OrdersWatcher(reader) : undefined;
      if (watcher && !listening) {
        listening = true;
        messenger.onMessage('panelLayout', ({ data, sender }) => {
          // Only our background relays the panel's size; a page cannot reach this listener at all.
          if (sender.id !== browser.runtime.id || sender.tab !== undefined) return;
          if (typeof data?.height === 'number') watcher?.resize(data.height);
        });
      }
      watcher?.start();
      if (left && !watcher) messenger.sendMessage('leaveOrders', {}).catch(() => undefined);
      // The page after placing an order: the background links its number (from this address) to the bill just tracked.
      if (!reader && placedOrder(url)) messenger.sendMessage('orderPlaced', {}).catch(() => undefined);
    };
    urlChanged();
    const navigation = (window as { navigation?: EventTarget }).navigation;
    if (navigation) navigation.addEventListener('currententrychange', urlChanged);
    else setInterval(urlChanged, URL_POLL_MS);
  },
});

/** Reads one order page as it renders and changes, reports its pay-later orders, and keeps the panel above them. */
class OrdersWatcher {
  private host: PanelHost | undefined;
  private readonly observer = new MutationObserver(() => this.readLater());
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReport = '';
  /** Answers may come back out of order: only the latest report's counts. */
  private reports = 0;
  private rows = 0;
  private anchor: Element | null = null;
  private lastRead = 0;
  private stopped = false;

  constructor(readonly reader: OrderPageReader) {}

  start(): void {
    // A content script left over from before an update may have placed a panel: take its place.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    this.observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    this.read();
  }

  /** The page's own address changed (a filter, a tab): report it again. */
  moved(): void {
    this.lastReport = '';
    this.readLater();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.observer.disconnect();
    this.host?.remove();
  }

  resize(height: number): void {
    this.host?.resize(height);
  }

  private readLater(): void {
    clearTimeout(this.timer);
    const gap = this.lastRead + MIN_READ_GAP_MS - performance.now();
    this.timer = setTimeout(() => this.read(), Math.max(SETTLE_MS, gap));
  }

  private read(): void {
    if (this.stopped) return;
    this.lastRead = performance.now();
    const reading = this.reader.read(document, new URL(location.href));
    this.anchor = reading.anchor;
    const report = JSON.stringify(reading.orders);
    // A page with no pay-later order on it is never reported: the background hears nothing of it.
    if (report === this.lastReport || (reading.orders.length === 0 && this.lastReport === '')) {
      this.place();
      return;
    }
    this.lastReport = report;
    const sent = ++this.reports;
    messenger
      .sendMessage('reportOrders', { page: this.reader.id, orders: [...reading.orders], url: location.href })
      .then(
        ({ rows }) => sent === this.reports && this.show(rows),
        () => sent === this.reports && this.show(0),
      );
  }

  private show(rows: number): void {
    this.rows = rows;
    this.place();
  }

  /** The panel above the orders while there is a row to show; none otherwise. */
  private place(): void {
    if (this.stopped) return;
    if (this.rows === 0) {
      this.host?.remove();
      this.host = undefined;
      return;
    }
    this.host ??= new PanelHost();
    this.host.placeAfter(this.anchor);
    // Our own insertion is no change of the page's.
    this.observer.takeRecords();
  }
}
