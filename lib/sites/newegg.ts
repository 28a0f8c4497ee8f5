import { type CheckoutVocabulary, programWords, readCheckout } from './dom';
import type { SiteAdapter, SiteExamples } from './types';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'newegg',
  currency: 'USD',
  programs: WESTERN_PROGRAMS,
  wallets: WESTERN_WALLETS,
};

/** Newegg's checkout on secure.newegg.com, where Affirm, Zip and PayPal Pay Later are offered. */
export const newegg: SiteAdapter = {
  id: 'newegg',
  name: { en: 'Newegg', zh: '新蛋' },
  matches: ['*://secure.newegg.com/shop/checkout*'],
  isCheckout: (url) => url.hostname === 'secure.newegg.com' && /^\/shop\/checkout(?:\/|$)/.test(url.pathname),
  programWords: programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
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
