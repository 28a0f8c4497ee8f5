import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples, SitePages } from './types';
import { WESTERN_PROGRAMS_MONTHLY, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'amazon',
  currency: 'USD',
  programs: WESTERN_PROGRAMS_MONTHLY,
  wallets: WESTERN_WALLETS,
  words: ENGLISH,
};

// The older checkout under /gp/buy/ (spc, payselect, …) and the newer /checkout/p/<purchase id>/…;
// both end on a thank-you page, which is no checkout.
const CHECKOUT_PATH = /^\/(?:gp\/buy|checkout)\//;
const THANK_YOU = /thankyou/i;

/** Where Amazon's checkouts are: all the built-in content script carries. */
export const amazonPages: SitePages = {
  id: 'amazon',
  matches: ['*://www.amazon.com/gp/buy/*', '*://www.amazon.com/checkout/*'],
  isCheckout: (url) =>
    url.hostname === 'www.amazon.com' && CHECKOUT_PATH.test(url.pathname) && !THANK_YOU.test(url.pathname),
};

/** Amazon's US checkout, where Affirm's monthly payments are offered. */
export const amazon: SiteAdapter = {
  ...amazonPages,
  name: { en: 'Amazon', zh: '亚马逊' },
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, _url, previous) => readCheckout(doc, VOCABULARY, previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URLs for the URL table test and the benchmark; kept out of the adapter so the content script does not carry them. */
export const AMAZON_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.amazon.com/gp/buy/spc/handlers/display.html?hasWorkingJavascript=1',
    'https://www.amazon.com/gp/buy/payselect/handlers/display.html?hasWorkingJavascript=1',
    'https://www.amazon.com/checkout/p/p-106-8712704-0157058/spc?pipelineType=Chewbacca&referrer=spc',
    'https://www.amazon.com/checkout/p/p-106-8712704-0157058/pay?pipelineType=Chewbacca&referrer=pay',
    'https://www.amazon.com/checkout/entry/cart?proceedToRetailCheckout=Proceed+to+checkout',
  ],
  notCheckout: [
    'https://www.amazon.com/dp/B08N5WRWNW',
    'https://www.amazon.com/Apple-MacBook-Chip-13-inch-256GB/dp/B08N5WRWNW/ref=sr_1_3',
    'https://www.amazon.com/gp/cart/view.html?ref_=nav_cart',
    'https://www.amazon.com/gp/buy/thankyou/handlers/display.html?purchaseId=106-8712704-0157058',
    'https://www.amazon.com/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV',
    'https://www.amazon.com/gp/css/order-history?ref_=nav_orders_first',
    'https://www.amazon.com/your-orders/orders',
    'https://www.amazon.com/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.com%2Fgp%2Fbuy%2Fspc',
    'https://pay.amazon.com/shop',
  ],
};
