import type { SiteId } from '../ids';
import { bigcommerce } from './bigcommerce';
import { isShopCheckoutUrl } from './shop-pages';
import { shopifyShop } from './shopify';
import type { SiteAdapter } from './types';
import { web } from './web';
import { woocommerce } from './woocommerce';

// Shops the shopper adds live on their own domains. Which platform runs one is told by the marks
// the platform leaves in every page it serves; the checkout is then found by that platform's
// addresses. A shop on none we know is `web`.

/** The adapters that read added shops, one per platform, `web` last. */
export const SHOP_PLATFORMS: readonly SiteAdapter[] = [shopifyShop, woocommerce, bigcommerce, web];

/**
 * Marks Shopify leaves: the storefront's meta tags and feature script, assets from its CDN
 * (cdn.shopify.com, or /cdn/shop/ and /cdn/shopifycloud/ on the shop's own domain), which the
 * one-page checkout loads too.
 */
const SHOPIFY_MARKS =
  'meta[name="shopify-checkout-api-token"],meta[name="shopify-digital-wallet"],script#shopify-features,' +
  '[src*="cdn.shopify.com"],[href*="cdn.shopify.com"],[src*="/shopifycloud/"],[href*="/shopifycloud/"],[href*="/cdn/shop/"]';
/** Shopify's pages set `window.Shopify` in an inline script (the page's world, which a content script cannot see). */
const SHOPIFY_INLINE = /\bShopify\.(?:shop|theme|locale|routes)\b|cdn\.shopify\.com/;
/** How many of the head's inline scripts are worth a look: the platform's own come early. */
const MAX_INLINE_SCRIPTS = 40;

/** WooCommerce's body classes, its checkout forms (classic and blocks), its generator tag and plugin assets. */
const WOOCOMMERCE_MARKS =
  'body.woocommerce-checkout,body.woocommerce-page,body.woocommerce,form.woocommerce-checkout,.wc-block-checkout,' +
  'meta[name="generator"][content^="WooCommerce"],[src*="/plugins/woocommerce/"],[href*="/plugins/woocommerce/"]';

/** BigCommerce's platform tag, Stencil's stylesheet marks, the checkout's mount point and its CDN. */
const BIGCOMMERCE_MARKS =
  'meta[name="platform"][content^="bigcommerce"],link[data-stencil-stylesheet],#checkout-app,' +
  '[src*=".bigcommerce.com/"],[href*=".bigcommerce.com/"]';

function looksShopify(doc: Document): boolean {
  if (doc.querySelector(SHOPIFY_MARKS)) return true;
  const inline = doc.head?.querySelectorAll('script:not([src])') ?? [];
  for (let i = 0; i < Math.min(inline.length, MAX_INLINE_SCRIPTS); i++)
    if (SHOPIFY_INLINE.test(inline[i]?.textContent ?? '')) return true;
  return false;
}

/** The platform a page of an added shop runs on, from the page's own marks. */
export function recognisePlatform(doc: Document): SiteAdapter {
  if (looksShopify(doc)) return shopifyShop;
  if (doc.querySelector(WOOCOMMERCE_MARKS)) return woocommerce;
  if (doc.querySelector(BIGCOMMERCE_MARKS)) return bigcommerce;
  return web;
}

/**
 * The adapter for a page of an added shop, if its address is a checkout. Other pages cost a URL
 * check only: the page's marks are read once an address could be some platform's checkout.
 */
export function addedShopSite(url: URL, doc: Document): SiteAdapter | undefined {
  if (!isShopCheckoutUrl(url)) return undefined;
  const platform = recognisePlatform(doc);
  if (platform.isCheckout(url)) return platform;
  // Marks can mislead (#checkout-app is any app's mount point): a checkout by its address is still read.
  return web.isCheckout(url) ? web : undefined;
}

/** The adapter that reads an added shop of this platform (the background checks reports with it). */
export function shopPlatformById(id: SiteId): SiteAdapter | undefined {
  return SHOP_PLATFORMS.find((platform) => platform.id === id);
}
