import { browser } from 'wxt/browser';

export const HOST_TAG = 'paylater-lens';
const MAX_FRAME_HEIGHT = 2000;

/**
 * The only thing the page gets from us: an empty element whose closed shadow root holds the
 * panel frame. The frame is an extension page, cross-origin to the shop, and its URL carries no data.
 */
export class PanelHost {
  readonly element: HTMLElement;
  private readonly frame: HTMLIFrameElement;

  constructor() {
    this.element = document.createElement(HOST_TAG);
    const shadow = this.element.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    // :host styles sit below the page's own rules for the element, so state them !important.
    style.textContent = `:host{all:initial!important;display:block!important;margin:12px 0!important;contain:content!important}
iframe{display:block;width:100%;height:0;border:0;color-scheme:normal;background:transparent}`;
    this.frame = document.createElement('iframe');
    this.frame.title = 'PayLater Lens';
    this.frame.setAttribute('allowtransparency', 'true');
    this.frame.src = browser.runtime.getURL('/panel.html');
    shadow.append(style, this.frame);
  }

  resize(height: number): void {
    if (!Number.isFinite(height) || height < 0) return;
    this.frame.style.height = `${Math.min(Math.ceil(height), MAX_FRAME_HEIGHT)}px`;
  }

  /** Places the panel right after the payment step, in the page's flow, so it covers none of the shop's controls. */
  placeAfter(anchor: Element | null): void {
    const target = anchor ?? document.body;
    if (anchor && anchor.nextElementSibling === this.element) return;
    if (anchor) anchor.after(this.element);
    else if (this.element.parentElement !== target) target.append(this.element);
  }

  remove(): void {
    this.element.remove();
  }
}
