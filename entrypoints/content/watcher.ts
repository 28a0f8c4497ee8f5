import { randomPanelKey } from '../../lib/panel-key';
import { isSubmitControl, logoName, namedUnder } from '../../lib/sites/dom';
import { shadowRootsNear } from '../../lib/sites/flat';
import { keywordPattern } from '../../lib/sites/text';
import type { CheckoutReading, SiteAdapter } from '../../lib/sites/types';
import { HOST_TAG, PanelHost } from './host';
import { messenger } from './messenger';

/**
 * While no payment step is found, content naming a program is read at once (the panel should follow
 * the step within a frame or two); if such reads keep finding nothing, the next waits twice as long.
 */
const FIRST_READ_GAP_MS = 10;
const MAX_READ_GAP_MS = 1000;
/** Once the panel shows, a page that never stops mutating its payment step costs one read per this. */
const REREAD_DELAY_MS = 400;
/** How often a shown panel checks that the page has not redrawn its step (and the panel) away. */
const LIVENESS_MS = 500;
/**
 * Attributes by which a payment step shows an option chosen, offered or withdrawn. (Not `checked`:
 * a radio's live state is a property; pages restyle the option to show it.)
 */
const WATCHED_ATTRIBUTES = ['class', 'disabled', 'aria-disabled', 'aria-checked', 'aria-selected', 'hidden'];
/** Attributes that can reveal a payment step already in the document. */
const REVEALING_ATTRIBUTES = ['hidden', 'style', 'aria-hidden'];
/**
 * A page of components fills their shadow roots where the document's observer does not see (a
 * component defined late renders into a root it attaches then): while it shows no step, it is read
 * again this often, this many times.
 */
const SHADOW_READ_MS = 1000;
const SHADOW_READS = 15;

/** The payment step's markup (its options, their states) and the total's text; empty once either is gone. */
function seen({ paymentStep, totalElement }: CheckoutReading): string {
  if (!paymentStep.isConnected || totalElement?.isConnected === false) return '';
  const total = totalElement && !paymentStep.contains(totalElement) ? totalElement.textContent : '';
  return `${paymentStep.innerHTML}\u0000${total}`;
}

/** Whether a node's text, or a logo or labelled control in it, names a program (Western steps often show only logos). */
function namesProgram(node: Node, words: RegExp): boolean {
  if (node.nodeType === 3 /* TEXT_NODE */) return words.test((node as Text).data);
  if (node.nodeType !== 1 /* ELEMENT_NODE */) return false;
  const element = node as Element;
  if (words.test(element.textContent ?? '')) return true;
  const { logos, controls } = namedUnder(element);
  for (const named of [...logos, ...controls]) if (words.test(logoName(named))) return true;
  return false;
}

/**
 * Where the panel goes after a step drawn in a component's shadow root: after that component, in the
 * document's own tree (where the page's `paylater-lens` is), and beside it in the slot that shows it
 * (a child of a component that has no slot for it is never drawn).
 */
function placeFor(step: Element): { anchor: Element; slot: string | null } {
  let anchor = step;
  for (;;) {
    const root = anchor.getRootNode();
    if (root.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */) {
      anchor = (root as ShadowRoot).host;
      continue;
    }
    const parent = anchor.parentElement;
    const shadow = parent?.shadowRoot;
    if (!parent || !shadow) return { anchor, slot: null };
    const slot = anchor.getAttribute('slot');
    const shown = slot
      ? [...shadow.querySelectorAll('slot[name]')].some((each) => each.getAttribute('name') === slot)
      : shadow.querySelector('slot:not([name])') !== null;
    if (shown) return { anchor, slot };
    anchor = parent;
  }
}

/** Reads one checkout as it renders and changes, reports it, and keeps the panel after its payment step. */
export class CheckoutWatcher {
  private host: PanelHost | undefined;
  private readonly observer = new MutationObserver((records) => this.changed(records));
  private readonly clicked = (event: MouseEvent) => this.click(event);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReport = '';
  private reading: CheckoutReading | null = null;
  /** The step's markup and the total's text at the last read: a re-read of the same is skipped. */
  private lastSeen = '';
  private readGap = FIRST_READ_GAP_MS;
  private shadowReads = 0;
  private nextFullRead = 0;
  private watching = false;
  private stopped = false;
  private liveness: ReturnType<typeof setInterval> | undefined;
  /** The program words without their lookaheads: what a text's part names, the whole names too. */
  private readonly programKeywords: RegExp;

  constructor(readonly site: SiteAdapter) {
    this.programKeywords = keywordPattern([site.programWords]);
  }

  start(): void {
    // A content script left over from before an update may have placed a panel: take its place.
    // (Only here: on the shop's other pages a search of the whole document is more than a URL check.)
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    document.addEventListener('click', this.clicked, true);
    this.read();
  }

  /** The checkout's own URL changed (a query rewritten): report it again under the new URL. */
  moved(): void {
    this.lastReport = '';
    this.lastSeen = '';
    this.schedule(FIRST_READ_GAP_MS);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.liveness);
    this.observer.disconnect();
    document.removeEventListener('click', this.clicked, true);
    this.host?.remove();
  }

  resize(height: number): void {
    this.host?.resize(height);
  }

  /** A redacted outline of the payment step read last, for the shopper's report. */
  report(): string {
    return this.reading?.paymentStep.isConnected ? this.site.report(this.reading) : '';
  }

  private changed(records: MutationRecord[]): void {
    if (this.reading) this.readLater(REREAD_DELAY_MS);
    else if (this.mayHoldStep(records)) {
      const wait = this.nextFullRead - performance.now();
      if (wait > 0) this.readLater(wait);
      else this.read();
    }
  }

  /**
   * The read to come takes in everything anew, so until it runs the page's further changes add
   * nothing: stop watching them (a live total or countdown would otherwise call us every tick).
   */
  private readLater(delay: number): void {
    this.observer.disconnect();
    this.watching = false;
    this.schedule(delay);
  }

  /** Whether added (or revealed) content names a program, in words or by a logo: only that is worth a read. */
  private mayHoldStep(records: readonly MutationRecord[]): boolean {
    const words = this.site.programWords;
    for (const record of records) {
      if (record.type === 'attributes') {
        if (namesProgram(record.target, words)) return true;
        continue;
      }
      // This runs for every change the page makes while we wait. A live price rewritten adds a text
      // to an element that holds no other: where that element's whole text names no program, what
      // was added does not either, and its nodes are never touched (1,200 such changes before the
      // bench's large checkout shows its step: 2.7 → 1.9 ms, timed in the page).
      const target = record.target as Element;
      if (target.firstElementChild === null && !this.programKeywords.test(target.textContent ?? '')) continue;
      // Index the NodeList: its iterator costs more in a content script.
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const node = added[i] as Node;
        // A component's own text is in its shadow root, which the read looks into.
        if (namesProgram(node, words) || (node as Element).shadowRoot) return true;
      }
    }
    return false;
  }

  private schedule(delay: number): void {
    this.timer ??= setTimeout(() => this.read(), delay);
  }

  private read(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    const full = !this.reading;
    // A live page rewrites its prices and plans with the same values over and over: the step and
    // total as they were need no new read.
    if (this.reading && this.lastSeen !== '' && seen(this.reading) === this.lastSeen) {
      this.observe(this.reading);
      this.place();
      return;
    }
    const reading = this.site.read(document, new URL(location.href), this.reading);
    if (full) {
      this.readGap = reading ? FIRST_READ_GAP_MS : Math.min(this.readGap * 2, MAX_READ_GAP_MS);
      this.nextFullRead = performance.now() + this.readGap;
    }
    this.observe(reading);
    this.reading = reading;
    if (!reading) return;
    this.lastSeen = seen(reading);
    const report = JSON.stringify(reading.signals);
    // A new panel's key goes with the report, which registers it: one message to the background, not two.
    const panelKey = this.host ? undefined : randomPanelKey();
    if (report !== this.lastReport || panelKey) {
      this.lastReport = report;
      const sent = messenger.sendMessage('reportCheckout', {
        ...reading.signals,
        url: location.href,
        ...(panelKey ? { panelKey } : {}),
      });
      // The background refuses pages that are not checkouts: then this one gets no panel.
      sent.catch(() => this.stop());
      if (panelKey)
        this.host = new PanelHost(
          sent.then(
            () => panelKey,
            () => undefined,
          ),
        );
    }
    // The panel goes in at once: its frame takes longer to load than the report takes to arrive.
    this.place();
  }

  private place(): void {
    if (this.stopped || !this.reading || !this.host) return;
    // A page that redraws a whole region (a framework's root) takes the step and the panel away
    // without touching what is observed: check now and then that both are still there.
    this.liveness ??= setInterval(() => {
      const gone = this.reading && (!this.reading.paymentStep.isConnected || !this.host?.element.isConnected);
      if (gone && this.timer === undefined) this.read();
    }, LIVENESS_MS);
    const { anchor, slot } = placeFor(this.reading.paymentStep);
    this.host.placeAfter(anchor, slot);
    // Our own insertion beside the step is no change of the page's.
    this.observer.takeRecords();
  }

  /**
   * Until the payment step exists, watch the document for content that may be it; then watch only
   * the step, its parent (the page may replace the step) and the total.
   */
  private observe(reading: CheckoutReading | null): void {
    const step = reading?.paymentStep;
    const total = reading?.totalElement;
    if (this.watching && step && step === this.reading?.paymentStep && total === this.reading.totalElement) return;
    this.observer.disconnect();
    this.watching = true;
    if (!step) {
      const options = { subtree: true, childList: true, attributes: true, attributeFilter: REVEALING_ATTRIBUTES };
      this.observer.observe(document.body, options);
      // Components: their shadow roots too, and a look now and then while their scripts render them.
      const roots = shadowRootsNear(document);
      for (const root of roots) this.observer.observe(root, options);
      if ((roots.length > 0 || document.querySelector(':not(:defined)')) && this.shadowReads++ < SHADOW_READS)
        this.schedule(SHADOW_READ_MS);
      return;
    }
    this.observer.observe(step, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
    if (step.parentElement) this.observer.observe(step.parentElement, { childList: true });
    if (total && !step.contains(total))
      this.observer.observe(total, { subtree: true, childList: true, characterData: true });
  }

  /** The shopper placed the order with a pay-later option chosen: the panel offers to track it. */
  private click(event: MouseEvent): void {
    // A control in a component's shadow root: the event's target is the component.
    const target = (event.composedPath()[0] ?? event.target) as Node | null;
    // Only the shopper's own clicks: a page script's synthetic click is not an order.
    if (!event.isTrusted || target?.nodeType !== 1 /* Node.ELEMENT_NODE */ || !isSubmitControl(target as Element))
      return;
    const chosen = this.site
      .read(document, new URL(location.href), this.reading)
      ?.signals.options.find((option) => option.selected && option.state === 'selectable');
    if (chosen) messenger.sendMessage('orderSubmitted', { program: chosen.program }).catch(() => undefined);
  }
}
