import { type CheckoutVocabulary, programsOf, programWords, readCheckout } from './dom';
import { isAfterOrder, isBasket, pathSegments } from './paths';
import { stepReport } from './report';
import type { SiteAdapter, SiteExamples } from './types';
import { platformVocabulary } from './web';
import { WESTERN_PROGRAMS, WESTERN_WALLETS } from './western';
import { ENGLISH } from './words';

/** Exported for the tests of the vocabularies. */
export const VOCABULARY: CheckoutVocabulary = {
  site: 'woocommerce',
  currency: 'USD',
  programs: WESTERN_PROGRAMS,
  wallets: WESTERN_WALLETS,
  words: ENGLISH,
};

/**
 * The checkout page's slug as WooCommerce names it when it installs in the site's language (en,
 * de/da/nb, fr, es/pt, it, nl, sv/fi, pl, cs, tr, hu, ro), and the endpoint where a shopper pays for an
 * order the shop created (…/order-pay/<id>/).
 */
const CHECKOUT_SEGMENTS = new Set([
  'checkout',
  'kasse',
  'commande',
  'finalizar-compra',
  'pagamento',
  'afrekenen',
  'kassa',
  'zamowienie',
  'pokladna',
  'odeme',
  'penztar',
  'finalizare-comanda',
  'order-pay',
]);
/** A WooCommerce shop's checkout: its checkout page (in the shop's language) or an order's pay page. */
export function isWooCommerceCheckout(url: URL): boolean {
  const segments = pathSegments(url);
  // The order's thank-you page (…/checkout/order-received/<id>/) is under the checkout's own path.
  return segments.some((segment) => CHECKOUT_SEGMENTS.has(segment)) && !isAfterOrder(segments) && !isBasket(segments);
}

/** WooCommerce shops, always on domains of their own: read once the shopper adds the shop. */
export const woocommerce: SiteAdapter = {
  id: 'woocommerce',
  name: { en: 'WooCommerce shop', zh: 'WooCommerce 商店' },
  matches: [],
  isCheckout: isWooCommerceCheckout,
  programWords: /* @__PURE__ */ programWords(VOCABULARY),
  read: (doc, url, previous) => readCheckout(doc, platformVocabulary(VOCABULARY, url, doc), previous),
  programs: /* @__PURE__ */ programsOf(VOCABULARY),
  report: (reading) => stepReport(reading, VOCABULARY),
};

/** Real URL shapes for the URL table test. */
export const WOOCOMMERCE_EXAMPLES: SiteExamples = {
  checkout: [
    'https://www.northshorecoffee.com/checkout/',
    'https://www.northshorecoffee.com/checkout/order-pay/4821/?pay_for_order=true&key=wc_order_aBcD1234EfGh5',
    'https://www.kaffeeroesterei-beispiel.de/kasse/',
    'https://www.konyha-pelda.hu/penztar/',
    'https://www.cafea-exemplu.ro/finalizare-comanda/',
    'https://www.boutique-exemple.fr/commande/',
    'https://www.tienda-ejemplo.es/finalizar-compra/',
    'https://www.winkel-voorbeeld.nl/afrekenen/',
    'https://shop.example.org/en/checkout/',
  ],
  notCheckout: [
    'https://www.northshorecoffee.com/product/ethiopia-yirgacheffe/',
    'https://www.northshorecoffee.com/cart/',
    'https://www.northshorecoffee.com/shop/',
    'https://www.northshorecoffee.com/checkout/order-received/4821/?key=wc_order_aBcD1234EfGh5',
    'https://www.northshorecoffee.com/my-account/orders/',
    'https://www.northshorecoffee.com/faq/pay-later-with-klarna/',
  ],
};
