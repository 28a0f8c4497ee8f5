import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';
import { WESTERN_PROGRAMS_MONTHLY, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'walmart',
  currency: 'USD',
  programs: WESTERN_PROGRAMS_MONTHLY,
  wallets: WESTERN_WALLETS,
  words: ENGLISH,
};

// /checkout, /checkout/review-order, and the hash-routed /checkout/#/payment; the order's
// confirmation is under the same path.
const AFTER_ORDER = /\/(?:thankyou|order-confirmation)(?:\/|$)/;

/** Where Walmart's checkouts are: all the built-in content script carries. */
export const walmartPages: SitePages = {
  id: 'walmart',
  matches: ['*://www.walmart.com/checkout*'],
  isCheckout: (url) =>
    url.hostname === 'www.walmart.com' && /^\/checkout(?:\/|$)/.test(url.pathname) && !AFTER_ORDER.test(url.pathname),
};

/** Walmart's checkout, where Affirm ("pay over time") and Klarna are offered. */
export const walmart: SiteAdapter = {
  ...walmartPages,
  name: { en: 'Walmart', zh: '沃尔玛' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const WALMART_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.walmart.com/checkout',
    'https://www.walmart.com/checkout/review-order?cartId=4f1e5c2a-8b3d-4e6f-9a7b-0c1d2e3f4a5b',
    'https://www.walmart.com/checkout/#/payment',
  ],
  notCheckout: [
    'https://www.walmart.com/ip/Apple-AirPods-Pro-2nd-Generation/1752657021',
    'https://www.walmart.com/cart',
    'https://www.walmart.com/checkout/thankyou?version=v3',
    'https://www.walmart.com/checkout/order-confirmation',
    'https://www.walmart.com/help/article/affirm-payment-option/7b9a8d2c5e1f4a3b9c8d7e6f5a4b3c2d',
    'https://www.walmart.com/orders',
    'https://www.walmart.com/account/profile',
  ],
};
