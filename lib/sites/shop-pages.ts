import { isBigCommerceCheckout } from './bigcommerce';
import { isShopifyCheckout } from './shopify';
import { isWebCheckout } from './web';
import { isWooCommerceCheckout } from './woocommerce';

/**
 * Each shop platform's checkout addresses, in SHOP_PLATFORMS' order, and nothing else: the added
 * shops' content script imports this alone, and loads their reader only where one matches. Kept in
 * step with SHOP_PLATFORMS by a unit test.
 */
export const SHOP_CHECKOUT_CHECKS: readonly ((url: URL) => boolean)[] = [
  isShopifyCheckout,
  isWooCommerceCheckout,
  isBigCommerceCheckout,
  isWebCheckout,
];

/** Whether an added shop's address could be a checkout on some platform; which one, the page tells. */
export function isShopCheckoutUrl(url: URL): boolean {
  return SHOP_CHECKOUT_CHECKS.some((isCheckout) => isCheckout(url));
}
