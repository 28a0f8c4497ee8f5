import { browser } from 'wxt/browser';
import { PANEL_KEY_MESSAGE, randomPanelKey } from '../../lib/panel-key';
import { messenger } from './messenger';

export const HOST_TAG = 'paylater-lens';
const MAX_FRAME_HEIGHT = 2000;
/** A page that keeps rewriting our element is fighting us: after this many repairs, leave. */
const MAX_REPAIRS = 50;
/** A page that takes the panel out more often than this, wherever it goes, does not want it. */
const MAX_EVICTIONS = 20;

/** A fresh key the background will accept from one claim of this tab's panel. */
function registerKey(): Promise<string | undefined> {
  const key = randomPanelKey();
  return messenger.sendMessage('registerPanel', { key }).then(
    () => key,
    () => undefined,
  );
}

/**
 * The only thing the page gets from us: an empty element whose closed shadow root holds the
 * panel frame. The frame is an extension page, cross-origin to the shop, and its URL carries no data.
 */
export class PanelHost {
  readonly element: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  private readonly guard = new MutationObserver(() => this.repair());
  private repairs = 0;
  private closed = false;
  /** What held the panel when it was placed, nearest first: where to go when the page takes it out. */
  private holders: Element[] = [];
  /** An ancestor of the step that the page keeps while it redraws what is inside. */
  private kept: Element | undefined;
  private evictions = 0;
  /** Our one attribute, where the step is a component's: the slot that shows the panel beside it. */
  private slot: string | null = null;

  /** `firstKey`: the key for the frame's first load, if its caller registers one (see handOverKey). */
  constructor(firstKey?: Promise<string | undefined>) {
    this.element = document.createElement(HOST_TAG);
    const shadow = this.element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // :host styles sit below the page's own rules for the element, so state them !important.
    style.textContent = `:host{all:initial!important;display:block!important;margin:12px 0!important;contain:content!important}
iframe{display:block;width:100%;height:0;border:0;color-scheme:normal;background:transparent}`;
    this.frame = document.createElement('iframe');
    this.frame.title = 'PayLater Lens';
    // The panel's "Copy a report" writes to the clipboard, which a cross-origin frame may only with this.
    this.frame.allow = 'clipboard-write';
    this.frame.src = browser.runtime.getURL('/panel.html');
    shadow.append(style, this.frame);
    this.handOverKey(firstKey ?? registerKey());
    // The element carries no attributes (but a slot) or children of ours: whatever appears there is the page's.
    this.guard.observe(this.element, { attributes: true, childList: true });
  }

  /**
   * For every load of our frame, registers a fresh key with the background and gives it to that
   * frame alone: the target origin keeps it from any document the page may have navigated the
   * frame to, and a panel.html the page frames itself never receives one, so the background
   * ignores it. The frame's claim uses the key up. The first key is registered while the frame
   * loads (a checkout's goes with its report), so its load costs no round trip to the background
   * before the panel can claim.
   */
  private handOverKey(firstKey: Promise<string | undefined>): void {
    const origin = browser.runtime.getURL('/').replace(/\/$/, '');
    let first: Promise<string | undefined> | undefined = firstKey;
    this.frame.addEventListener('load', () => {
      const registered = first ?? registerKey();
      first = undefined;
      void registered.then((key) => {
        if (key) this.frame.contentWindow?.postMessage({ type: PANEL_KEY_MESSAGE, key }, origin);
      });
    });
  }

  private repair(): void {
    this.guard.takeRecords();
    for (const name of this.element.getAttributeNames()) this.element.removeAttribute(name);
    if (this.slot !== null) this.element.setAttribute('slot', this.slot);
    this.element.replaceChildren();
    this.guard.takeRecords();
    if (++this.repairs > MAX_REPAIRS) {
      this.closed = true;
      this.guard.disconnect();
      this.element.remove();
    }
  }

  resize(height: number): void {
    if (!Number.isFinite(height) || height < 0) return;
    this.frame.style.height = `${Math.min(Math.ceil(height), MAX_FRAME_HEIGHT)}px`;
  }

  /**
   * Places the panel right after the payment step, in the page's flow, so it covers none of the
   * shop's controls. A page that re-renders what holds the panel (a framework redrawing its root)
   * takes it out, and each new frame costs a reload: the panel then goes after the nearest ancestor
   * the page kept, outside what it redraws.
   */
  placeAfter(anchor: Element | null, slot: string | null = null): void {
    if (this.closed) return;
    if (this.holders.length > 0 && !this.element.isConnected) {
      if (++this.evictions > MAX_EVICTIONS) {
        this.closed = true;
        return;
      }
      this.kept = this.holders.find((holder) => holder.isConnected);
    }
    const kept = this.kept;
    // No anchor: the end of the page.
    const target = (anchor && kept?.contains(anchor) ? kept : anchor) ?? document.body;
    // Beside a component's child, in the slot that shows that child.
    this.slot = target === anchor ? slot : null;
    if (this.slot !== null) this.element.setAttribute('slot', this.slot);
    else this.element.removeAttribute('slot');
    this.guard.takeRecords();
    if (target === document.body || target === document.documentElement) {
      if (this.element.parentElement !== document.body) document.body.append(this.element);
    } else if (target.nextElementSibling !== this.element) target.after(this.element);
    this.holders = [];
    for (
      let holder = this.element.parentElement;
      holder && holder !== document.documentElement;
      holder = holder.parentElement
    )
      this.holders.push(holder);
  }

  remove(): void {
    this.holders = [];
    this.element.remove();
  }
}
