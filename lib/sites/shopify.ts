import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';
import { platformVocabulary } from './web';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'shopify',
  currency: 'USD',
  programs: WESTERN_PROGRAMS,
  wallets: WESTERN_WALLETS,
  words: ENGLISH,
};

// Shopify's checkout: /checkouts/cn/<token> (one-page checkout; also /c/ and /co/), and the older
// /<shop id>/checkouts/<token>?step=… . What follows the token is a step, or the order's end.
const CHECKOUT_PATH = /^\/(?:\d+\/|[a-z]{2}(?:-[a-z]{2,4})?\/)?checkouts\/(?:[a-z]{1,3}\/)?[\w-]{8,}(?:\/[\w-]*)*$/;
const AFTER_ORDER = /\/(?:thank[-_]?you|processing)(?:\/|$)/;

/** Whether a Shopify shop's path is its checkout, on whatever domain the shop lives. */
export function isShopifyCheckout(url: URL): boolean {
  return CHECKOUT_PATH.test(url.pathname) && !AFTER_ORDER.test(url.pathname);
}

const name = { en: 'Shopify', zh: 'Shopify' };

/** Shopify's own checkouts on *.myshopify.com, read without asking: shops without a domain of their own check out there. */
export const shopifyPages: SitePages = {
  id: 'shopify',
  matches: ['*://*.myshopify.com/checkouts/*', '*://*.myshopify.com/*/checkouts/*'],
  isCheckout: (url) => url.hostname.endsWith('.myshopify.com') && isShopifyCheckout(url),
};

export const shopify: SiteAdapter = {
  ...shopifyPages,
  name,
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, url, previous) => readCheckout(doc, platformVocabulary(VOCABULARY, url, doc), previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Shopify on a shop's own domain, once the shopper added it: the platform's checkout path on any added origin. */
export const shopifyShop: SiteAdapter = {
  id: 'shopify',
  matches: [],
  isCheckout: isShopifyCheckout,
  name,
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, url, previous) => readCheckout(doc, platformVocabulary(VOCABULARY, url, doc), previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test; kept out of the adapter so the content script does not carry them. */
export const SHOPIFY_EXAMPLES: SiteExamples = {
  checkout: [
    'https://ridge-wallet.myshopify.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSjhBNVhYUEZaSkRHWlZBTkJSUDdNWE5E',
    'https://bean-box.myshopify.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkE3UTRCS1hSNkYyN0ZYR0VGTUFXTVg0?locale=en-US&skip_shop_pay=true',
    'https://tea-forte.myshopify.com/25873907/checkouts/0f3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b?step=payment_method',
    'https://tea-forte.myshopify.com/25873907/checkouts/0f3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b',
    'https://bean-box.myshopify.com/checkouts/c/6d2f1b0e7c8a9d4e3f2a1b0c9d8e7f6a/information',
  ],
  notCheckout: [
    'https://ridge-wallet.myshopify.com/products/aluminum-wallet',
    'https://ridge-wallet.myshopify.com/cart',
    'https://ridge-wallet.myshopify.com/collections/all',
    'https://ridge-wallet.myshopify.com/pages/afterpay',
    'https://ridge-wallet.myshopify.com/account/login',
    'https://bean-box.myshopify.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkE3UTRCS1hSNkYyN0ZYR0VGTUFXTVg0/thank-you',
    'https://tea-forte.myshopify.com/25873907/checkouts/0f3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b/thank_you',
    'https://tea-forte.myshopify.com/25873907/orders/0f3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b',
    'https://help.shopify.com/en/manual/payments/shop-pay-installments',
  ],
};

/** The same platform on shops' own domains (added shops). */
export const SHOPIFY_SHOP_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.ridgewallet.com/checkouts/cn/Z2NwLXVzLWVhc3QxOjAxSjhBNVhYUEZaSkRHWlZBTkJSUDdNWE5E',
    'https://shop.teaforte.com/25873907/checkouts/0f3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b?step=payment_method',
    'https://www.beanbox.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkE3UTRCS1hSNkYyN0ZYR0VGTUFXTVg0?locale=en-GB',
  ],
  notCheckout: [
    'https://www.ridgewallet.com/products/aluminum-wallet',
    'https://www.ridgewallet.com/cart',
    'https://www.ridgewallet.com/pages/klarna-financing',
    'https://www.ridgewallet.com/account/orders',
    'https://www.beanbox.com/checkouts/cn/Z2NwLXVzLWNlbnRyYWwxOjAxSkE3UTRCS1hSNkYyN0ZYR0VGTUFXTVg0/thank-you',
  ],
};
