import { type CheckoutVocabulary, programWords, readCheckout } from './dom';
import type { SiteAdapter, SiteExamples } from './types';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'target',
  currency: 'USD',
  programs: WESTERN_PROGRAMS,
  wallets: WESTERN_WALLETS,
};

const AFTER_ORDER = /\/(?:thank-?you|order-confirmation)(?:\/|$)/;

/** Target's checkout (/checkout, /checkout/start, /checkout/payment), where Affirm and PayPal are offered. */
export const target: SiteAdapter = {
  id: 'target',
  name: { en: 'Target', zh: 'Target' },
  matches: ['*://www.target.com/checkout*'],
  isCheckout: (url) =>
    url.hostname === 'www.target.com' && /^\/checkout(?:\/|$)/.test(url.pathname) && !AFTER_ORDER.test(url.pathname),
  programWords: programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const TARGET_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.target.com/checkout',
    'https://www.target.com/checkout/start',
    'https://www.target.com/checkout/payment',
  ],
  notCheckout: [
    'https://www.target.com/p/apple-airpods-pro-2nd-generation/-/A-85978612',
    'https://www.target.com/cart',
    'https://www.target.com/checkout/thank-you?order_id=912000000001',
    'https://help.target.com/help/subcategoryarticle?childcat=Affirm&parentcat=Payment+Methods',
    'https://www.target.com/account/orders',
    'https://www.target.com/circle/card',
  ],
};
