import { type CheckoutVocabulary, programWords, readCheckout } from './dom';
import type { SiteAdapter, SiteExamples } from './types';
import { MONTHLY_PAYMENTS, WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'walmart',
  currency: 'USD',
  programs: [...WESTERN_PROGRAMS, MONTHLY_PAYMENTS],
  wallets: WESTERN_WALLETS,
};

// /checkout, /checkout/review-order, and the hash-routed /checkout/#/payment; the order's
// confirmation is under the same path.
const AFTER_ORDER = /\/(?:thankyou|order-confirmation)(?:\/|$)/;

/** Walmart's checkout, where Affirm ("pay over time") and Klarna are offered. */
export const walmart: SiteAdapter = {
  id: 'walmart',
  name: { en: 'Walmart', zh: '沃尔玛' },
  matches: ['*://www.walmart.com/checkout*'],
  isCheckout: (url) =>
    url.hostname === 'www.walmart.com' && /^\/checkout(?:\/|$)/.test(url.pathname) && !AFTER_ORDER.test(url.pathname),
  programWords: programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
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
