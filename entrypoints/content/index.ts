import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ProtocolMap } from '../../lib/protocol';
import { SITE_MATCHES, siteForUrl } from '../../lib/sites';
import type { CheckoutReading, SiteAdapter } from '../../lib/sites/types';
import { HOST_TAG, PanelHost } from './host';

const messenger = defineExtensionMessaging<ProtocolMap>();

/** Coalesces bursts of page mutations: one read per burst, soon enough to feel immediate. */
const READ_DELAY_MS = 30;
const WATCHED_ATTRIBUTES = ['class', 'disabled', 'aria-disabled', 'aria-checked', 'aria-selected', 'checked'];

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  main() {
    // A content script left over from before an update may have placed a panel: take its place.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    const site = siteForUrl(new URL(location.href));
    if (site) new CheckoutWatcher(site).start();
  },
});

/** Reads one checkout as it renders and changes, reports it, and keeps the panel after its payment step. */
class CheckoutWatcher {
  private readonly host = new PanelHost();
  private readonly observer = new MutationObserver(() => this.schedule());
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReport = '';
  private paymentStep: Element | null = null;

  constructor(private readonly site: SiteAdapter) {}

  start(): void {
    messenger.onMessage('panelLayout', ({ data, sender }) => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/panel.html'))) return;
      if (typeof data?.height === 'number') this.host.resize(data.height);
    });
    this.read();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.read();
    }, READ_DELAY_MS);
  }

  private read(): void {
    const reading = this.site.read(document, new URL(location.href));
    this.observe(reading);
    if (!reading) return;
    const report = JSON.stringify(reading.signals);
    if (report !== this.lastReport) {
      this.lastReport = report;
      messenger
        .sendMessage('reportCheckout', reading.signals)
        .then(() => this.host.placeAfter(this.paymentStep))
        .catch(() => this.host.remove());
    } else {
      this.host.placeAfter(this.paymentStep);
    }
  }

  /** Until the payment step exists, watch the document for it; then watch only the step itself. */
  private observe(reading: CheckoutReading | null): void {
    const step = reading?.paymentStep ?? null;
    if (step === this.paymentStep && step !== null) return;
    this.observer.disconnect();
    this.paymentStep = step;
    if (step) {
      this.observer.observe(step, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
      // The page may replace the whole step; its parent sees that.
      if (step.parentElement) this.observer.observe(step.parentElement, { childList: true });
    } else {
      this.observer.observe(document.body, { subtree: true, childList: true });
    }
  }
}
