import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'target',
  currency: 'USD',
  programs: WESTERN_PROGRAMS,
  wallets: WESTERN_WALLETS,
  words: ENGLISH,
};

const AFTER_ORDER = /\/(?:thank-?you|order-confirmation)(?:\/|$)/;
/** The checkout, and the review and payment pages of its older flow (co-review, beside co-cart). */
const CHECKOUT_PATH = /^\/(?:checkout|co-review|co-payment)(?:\/|$)/;

/** Where Target's checkouts are: all the built-in content script carries. */
export const targetPages: SitePages = {
  id: 'target',
  matches: ['*://www.target.com/checkout*', '*://www.target.com/co-review*', '*://www.target.com/co-payment*'],
  isCheckout: (url) =>
    url.hostname === 'www.target.com' && CHECKOUT_PATH.test(url.pathname) && !AFTER_ORDER.test(url.pathname),
};

/** Target's checkout (/checkout, /checkout/start, /checkout/payment, /co-review), where Affirm and PayPal are offered. */
export const target: SiteAdapter = {
  ...targetPages,
  name: { en: 'Target', zh: 'Target' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const TARGET_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.target.com/checkout',
    'https://www.target.com/checkout/start',
    'https://www.target.com/checkout/payment',
    'https://www.target.com/co-review',
    'https://www.target.com/co-payment',
  ],
  notCheckout: [
    'https://www.target.com/p/apple-airpods-pro-2nd-generation/-/A-85978612',
    'https://www.target.com/cart',
    'https://www.target.com/co-cart',
    'https://www.target.com/checkout/thank-you?order_id=912000000001',
    'https://help.target.com/help/subcategoryarticle?childcat=Affirm&parentcat=Payment+Methods',
    'https://www.target.com/account/orders',
    'https://www.target.com/circle/card',
  ],
};
