import { describe, expect, it } from 'vitest';
import { readCheckout } from '../../lib/sites/dom';
import { flatDocument, liveNode, mayDrawInShadow, shadowRootsNear } from '../../lib/sites/flat';
import { VOCABULARY_EN } from '../../lib/sites/web';
import { styledDocument } from './styled';

/** A whole page around `body`, parsed as the browser would (declarative shadow roots attached). */
const page = (body: string) => styledDocument(`<!doctype html><html><head></head><body>${body}</body></html>`);
const flatText = (doc: Document) => (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the flat tree of a page of components', () => {
  it('draws each shadow root in its host, and the host’s children where its slots are', () => {
    const doc = page(`<pay-step>
      <span slot="title">Payment</span>
      <label>Afterpay</label>
      <template shadowrootmode="open"><h2><slot name="title">Fallback title</slot></h2><div class="list"><slot></slot></div><slot name="none">Nothing slotted</slot></template>
    </pay-step>`);
    const flat = flatDocument(doc);
    expect(flat).not.toBeNull();
    expect(flatText(flat as Document)).toBe('Payment Afterpay Nothing slotted');
    // The slots themselves are gone: what they show stands in their place.
    expect(flat?.querySelector('slot')).toBeNull();
    expect(flat?.querySelector('h2 > span')?.textContent).toBe('Payment');
    expect(flat?.querySelector('div.list > label')?.textContent).toBe('Afterpay');
  });

  it('reaches shadow roots within shadow roots, and slots within slotted content', () => {
    const doc = page(`<app-root><template shadowrootmode="open">
      <pay-option><b>Klarna</b><template shadowrootmode="open"><input type="radio" id="k"><slot></slot></template></pay-option>
    </template></app-root>`);
    const flat = flatDocument(doc) as Document;
    const radio = flat.querySelector('pay-option > input[type=radio]');
    expect(radio).not.toBeNull();
    expect(flat.querySelector('pay-option > b')?.textContent).toBe('Klarna');
    expect(shadowRootsNear(doc)).toHaveLength(2);
  });

  it('maps every copy to the page’s own node, and leaves the page as it was', () => {
    const doc = page('<pay-step><template shadowrootmode="open"><p id="x">Affirm</p></template></pay-step>');
    const before = doc.body.innerHTML;
    const flat = flatDocument(doc) as Document;
    const copy = flat.getElementById('x') as Element;
    const live = liveNode(copy);
    expect(live).not.toBe(copy);
    expect(live.ownerDocument).toBe(doc);
    expect(live.textContent).toBe('Affirm');
    expect(doc.body.innerHTML).toBe(before);
    // A node that is no copy is its own.
    expect(liveNode(doc.body)).toBe(doc.body);
  });

  it('copies no scripts', () => {
    const doc = page(
      '<pay-step><template shadowrootmode="open"><script>window.ran = true</script><p>Zip</p></template></pay-step>',
    );
    expect(flatDocument(doc)?.querySelector('script')).toBeNull();
  });

  it('is not made for a page without shadow roots', () => {
    expect(flatDocument(page('<p>Klarna</p><my-widget>Pay later</my-widget>'))).toBeNull();
  });
});

const PROGRAMS = /Afterpay|Klarna|Zip/;

describe('whether a page may draw its step in shadow roots', () => {
  it('finds a component near the top whose shadow roots name a program, however deep', () => {
    const app = page(`<div><main><webruntime-app><template shadowrootmode="open"><slot></slot></template>
      <checkout-root><template shadowrootmode="open"><pay-step><template shadowrootmode="open">
        <label><input type="radio"> Afterpay</label></template></pay-step></template></checkout-root>
      </webruntime-app></main></div>`);
    expect(mayDrawInShadow(app, [], PROGRAMS)).toBe(true);
    // By a logo alone.
    const logo = page('<pay-step><template shadowrootmode="open"><img alt="Klarna"></template></pay-step>');
    expect(mayDrawInShadow(logo, [], PROGRAMS)).toBe(true);
  });

  it('leaves alone a component whose shadow root names none (a promotion bar), and a page of none', () => {
    const promotion = page(
      '<promo-bar><template shadowrootmode="open"><b>Free shipping</b> over $50</template></promo-bar><p>Afterpay</p>',
    );
    expect(mayDrawInShadow(promotion, [promotion.querySelector('p') as Element], PROGRAMS)).toBe(false);
    const plain = page(`${'<div><span>x</span></div>'.repeat(50)}<p>Afterpay</p>`);
    expect(mayDrawInShadow(plain, [plain.querySelector('p') as Element], PROGRAMS)).toBe(false);
  });

  it('looks only so far into a long page, but always around the names', () => {
    const filler = '<div><span>x</span></div>'.repeat(1500);
    const doc = page(
      `${filler}<sl-radio><template shadowrootmode="open"><i>Zip</i><slot></slot></template><span>Zip</span></sl-radio>`,
    );
    expect(mayDrawInShadow(doc, [], PROGRAMS)).toBe(false);
    expect(mayDrawInShadow(doc, [doc.querySelector('sl-radio > span') as Element], PROGRAMS)).toBe(true);
  });
});

describe('a payment step of components', () => {
  const states = (doc: Document) =>
    Object.fromEntries(
      (readCheckout(doc, VOCABULARY_EN)?.signals.options ?? []).map(({ program, state }) => [program, state]),
    );
  const radio = (name: string, inner = '') =>
    `<pay-radio><template shadowrootmode="open"><input type="radio" name="p">${inner}<slot></slot></template>${name}</pay-radio>`;

  it('reads a way to pay named only inside its component’s shadow root, beside those named in the light', () => {
    const doc =
      page(`<h2>Payment</h2><pay-group>${radio('Credit card')}${radio('Affirm')}${radio('', '<b>Klarna</b>')}</pay-group>
      <p>Total $1,639.66</p>`);
    expect(states(doc)).toEqual({ affirm: 'selectable', klarna: 'selectable' });
  });

  it('leaves out the ways to pay slotted into a component’s closed fold', () => {
    const light = (name: string) => `<label><input type="radio" name="p"> ${name}</label>`;
    const doc = page(`<h2>Payment</h2><div class="methods">${light('Credit card')}${light('Klarna')}
      <more-ways><template shadowrootmode="open"><details><summary>More ways to pay</summary><div><slot></slot></div></details></template>
      ${light('Clearpay')}${light('PayPal Pay in 3')}</more-ways></div>`);
    expect(states(doc)).toEqual({ klarna: 'selectable' });
  });
});
