import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'newegg',
  currency: 'USD',
  programs: WESTERN_PROGRAMS,
  wallets: WESTERN_WALLETS,
  words: ENGLISH,
};

/** Where Newegg's checkouts are: all the built-in content script carries. */
export const neweggPages: SitePages = {
  id: 'newegg',
  matches: ['*://secure.newegg.com/shop/checkout*'],
  isCheckout: (url) => url.hostname === 'secure.newegg.com' && /^\/shop\/checkout(?:\/|$)/.test(url.pathname),
};

/** Newegg's checkout on secure.newegg.com, where Affirm, Zip and PayPal Pay Later are offered. */
export const newegg: SiteAdapter = {
  ...neweggPages,
  name: { en: 'Newegg', zh: '新蛋' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const NEWEGG_EXAMPLES: SiteExamples = {
  checkout: [
    'https://secure.newegg.com/shop/checkout',
    'https://secure.newegg.com/shop/checkout?sessionId=8b6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e',
  ],
  notCheckout: [
    'https://www.newegg.com/p/N82E16819113793',
    'https://secure.newegg.com/shop/cart',
    'https://secure.newegg.com/shop/orderconfirmation?orderNumber=412345678',
    'https://secure.newegg.com/orders/list',
    'https://kb.newegg.com/knowledge-base/paying-with-affirm/',
    'https://www.newegg.com/promotions/nepro/24-0155/index.html',
  ],
};
