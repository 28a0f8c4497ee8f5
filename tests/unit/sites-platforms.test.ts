import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../../lib/sites';
import { addedShopSite, recognisePlatform, SHOP_PLATFORMS, shopPlatformById } from '../../lib/sites/platforms';
import { fixtureDocument } from './fixtures';
import { type FixturePage, WESTERN_PAGES } from './western-fixtures';

function page(head: string, body = '', attributes = ''): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body ${attributes}>${body}</body></html>`)
    .document as unknown as Document;
}

describe('recognising an added shop’s platform from its own marks', () => {
  it.each([
    ['shopify', page('<meta name="shopify-checkout-api-token" content="c671072b">')],
    [
      'shopify',
      page('<meta id="shopify-digital-wallet" name="shopify-digital-wallet" content="/1/digital_wallets/dialog">'),
    ],
    ['shopify', page('<script id="shopify-features" type="application/json">{}</script>')],
    ['shopify', page('<link rel="stylesheet" href="//cdn.shopify.com/s/files/1/theme.css">')],
    ['shopify', page('<link rel="stylesheet" href="//shop.example.com/cdn/shop/t/12/assets/base.css">')],
    ['shopify', page('<script src="/cdn/shopifycloud/checkout-web/assets/c1/app.js"></script>')],
    ['shopify', page('<script>window.Shopify = window.Shopify || {}; Shopify.shop = "a.myshopify.com";</script>')],
    ['woocommerce', page('', '', 'class="page woocommerce-checkout woocommerce-page"')],
    ['woocommerce', page('', '<div class="wp-block-woocommerce-checkout wc-block-checkout"></div>')],
    ['woocommerce', page('<meta name="generator" content="WooCommerce 9.9.3">')],
    ['woocommerce', page('<script src="/wp-content/plugins/woocommerce/assets/js/frontend/checkout.min.js"></script>')],
    ['bigcommerce', page('<meta name="platform" content="bigcommerce.stencil">')],
    ['bigcommerce', page('<link data-stencil-stylesheet href="/theme.css" rel="stylesheet">')],
    ['bigcommerce', page('', '<main id="checkout-app"></main>')],
    [
      'bigcommerce',
      page('<script src="https://cdn11.bigcommerce.com/s-abc/stencil/1/dist/theme-bundle.main.js"></script>'),
    ],
    ['web', page('<title>Checkout</title><script>var shop = "my shop";</script>', '<h1>Checkout</h1>')],
    // Words in the page's text are no platform's mark: only its markup and assets are.
    ['web', page('', '<p>We moved from Shopify to our own site; no WooCommerce or BigCommerce here.</p>')],
  ])('%s', (id, doc) => {
    expect(recognisePlatform(doc).id).toBe(id);
  });
});

describe('the added shops’ content script', () => {
  it('reads nothing of a page whose address is no checkout of any platform', () => {
    // A document that fails if touched: on the shop's other pages only the URL is checked.
    const untouchable = new Proxy({} as Document, {
      get: () => {
        throw new Error('the page was read');
      },
    });
    expect(addedShopSite(new URL('https://www.ridgewallet.com/products/aluminum-wallet'), untouchable)).toBeUndefined();
    expect(addedShopSite(new URL('https://www.ridgewallet.com/cart'), untouchable)).toBeUndefined();
  });

  it('gives a checkout address to the platform the page runs on, if that platform calls it a checkout', () => {
    const woo = page('', '', 'class="woocommerce-checkout"');
    expect(addedShopSite(new URL('https://shop.example/checkout/'), woo)?.id).toBe('woocommerce');
    expect(addedShopSite(new URL('https://shop.example/checkout/'), page(''))?.id).toBe('web');
    // Marks that mislead (a Shopline checkout mounted at #checkout-app, BigCommerce's id) leave a
    // checkout by its address to the generic reader; an address no platform calls a checkout, to none.
    const mountedAtCheckoutApp = page('', '<div id="checkout-app"></div>');
    expect(recognisePlatform(mountedAtCheckoutApp).id).toBe('bigcommerce');
    expect(addedShopSite(new URL('https://shop.example/zh/%E7%BB%93%E7%AE%97'), mountedAtCheckoutApp)?.id).toBe('web');
    expect(addedShopSite(new URL('https://shop.example/checkout/'), mountedAtCheckoutApp)?.id).toBe('bigcommerce');
    expect(addedShopSite(new URL('https://shop.example/checkout/order-received/12'), woo)).toBeUndefined();
  });

  it('has one reader per platform, each findable by id for the background’s check', () => {
    expect(SHOP_PLATFORMS.map((platform) => platform.id)).toEqual(['shopify', 'woocommerce', 'bigcommerce', 'web']);
    for (const platform of SHOP_PLATFORMS) expect(shopPlatformById(platform.id)).toBe(platform);
    expect(shopPlatformById('jd')).toBeUndefined();
  });
});

const pageOf = (fixture: FixturePage) => fixtureDocument(`${fixture.fixture}.html`);

/** The adapter that reads the page where it is: a built-in shop's, or an added shop's platform. */
function siteFor(fixture: FixturePage) {
  const url = new URL(fixture.url);
  return fixture.added ? addedShopSite(url, pageOf(fixture)) : siteForUrl(url);
}

describe.each(WESTERN_PAGES.map((fixture) => [fixture.fixture, fixture] as const))('%s', (_name, fixture) => {
  if (fixture.kind === 'trap') {
    // Product and help pages are told from checkouts by their address: never read at all.
    it('is no checkout of any shop, where it is', () => {
      expect(siteFor(fixture)).toBeUndefined();
    });
    return;
  }

  it('is a checkout of its site, where it is', () => {
    expect(siteFor(fixture)?.id).toBe(fixture.site);
  });

  if (fixture.kind === 'late') {
    it('has nothing to read until its script draws the payment step', () => {
      expect(siteFor(fixture)?.read(pageOf(fixture), new URL(fixture.url))).toBeNull();
    });
    return;
  }

  const expected = fixture.expected;
  const reading = () => siteFor(fixture)?.read(pageOf(fixture), new URL(fixture.url));

  it('reads every program the page shows, offered or not, and the payable total in its currency', () => {
    const signals = reading()?.signals;
    const states = Object.fromEntries(
      (signals?.options ?? []).map(({ program, state }) => [program, state === 'selectable' ? 'offered' : state]),
    );
    expect(states).toEqual(expected?.programs);
    expect(signals?.site).toBe(fixture.site);
    expect(signals?.total ?? null).toBe(expected?.total);
    expect(signals?.currency).toBe(fixture.currency);
  });
});
