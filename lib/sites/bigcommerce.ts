import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { isAfterOrder, isBasket, pathSegments } from './paths';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples } from './types';
import { platformVocabulary } from './web';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'bigcommerce',
  currency: 'USD',
  programs: WESTERN_PROGRAMS,
  wallets: WESTERN_WALLETS,
  words: ENGLISH,
  // Its checkout's summary as a phone draws it: a drawer whose heading is the order's total, unlabelled.
  totalSelector: '.cartDrawer-total',
};

/** The optimized one-page checkout at /checkout, and the older /checkout.php; not its confirmation. */
export function isBigCommerceCheckout(url: URL): boolean {
  const segments = pathSegments(url);
  return /^\/checkout(?:\.php)?(?:\/|$)/.test(url.pathname) && !isAfterOrder(segments) && !isBasket(segments);
}

/** BigCommerce shops, on domains of their own: read once the shopper adds the shop. */
export const bigcommerce: SiteAdapter = {
  id: 'bigcommerce',
  name: { en: 'BigCommerce shop', zh: 'BigCommerce 商店' },
  matches: [],
  isCheckout: isBigCommerceCheckout,
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, url, previous) => readCheckout(doc, platformVocabulary(VOCABULARY, url, doc), previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URL shapes for the URL table test. */
export const BIGCOMMERCE_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.trailgearoutfitters.com/checkout',
    'https://www.trailgearoutfitters.com/checkout/',
    'https://www.trailgearoutfitters.com/checkout.php?action=checkout',
  ],
  notCheckout: [
    'https://www.trailgearoutfitters.com/ultralight-tent-2p/',
    'https://www.trailgearoutfitters.com/cart.php',
    'https://www.trailgearoutfitters.com/checkout/order-confirmation',
    'https://www.trailgearoutfitters.com/finishorder.php',
    'https://www.trailgearoutfitters.com/account.php?action=order_status',
    'https://www.trailgearoutfitters.com/financing-with-affirm/',
  ],
};
