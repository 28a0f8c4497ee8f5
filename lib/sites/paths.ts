// Reading shops' addresses by their path segments, for the platforms of shops the shopper adds.

/** Lower-cased, decoded path segments: slugs in other scripts arrive percent-encoded. */
export function pathSegments(url: URL): string[] {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the raw segments are still worth a look.
  }
  return path.toLowerCase().split('/').filter(Boolean);
}

/**
 * A page after the order is placed (thank-you, order received, confirmation, Shopware's /checkout/finish,
 * a paid order's /order/paySuccess.htm), on any platform, also where the shop says thank you in its own
 * language (/checkout/danke/, /commande/merci).
 */
const AFTER_ORDER =
  /^(?:(?:checkout|order|pay|payment)[-_]?)?(?:thank[-_]?you|thanks|order[-_]received|order[-_]confirmation|success|complete|completed|finish|danke|vielen[-_]dank|bestellung[-_]erhalten|merci|gracias|grazie|obrigado|bedankt|tack|kiitos|dziekujemy|dziękujemy)$/;

export function isAfterOrder(segments: readonly string[]): boolean {
  return (
    segments.some((segment) => AFTER_ORDER.test(segment)) ||
    // A placed order's own confirmation, under its number (/checkout/order/MC-AU-104829/confirmation);
    // a confirmation step before the order is placed has none.
    (segments.at(-1) === 'confirmation' && segments.slice(0, -1).some((segment) => /\d{4,}/.test(segment)))
  );
}

const BASKET =
  /^(?:cart|basket|shopping[-_]?(?:cart|bag)|bag|warenkorb|panier|carrito|carrello|winkelwagen|koszyk|varukorg|kurv|handlekurv|ostoskori|购物车)$/;

/** Whether an address ends at the basket, also under the checkout's path (Magento's /checkout/cart/): ways to pay are picked later. */
export function isBasket(segments: readonly string[]): boolean {
  return BASKET.test(segments.at(-1) ?? '');
}
