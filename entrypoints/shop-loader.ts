import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isShopCheckoutUrl } from '../lib/sites/shop-pages';
import { loadReaderOnCheckouts } from './content/load-reader';

/**
 * The content script of the shops the shopper added, which the background registers for their
 * origins alone (background/shops.ts): on an address that could be some platform's checkout it
 * loads their reader, shop-reader.js, which tells the platform from the page.
 */
export default defineUnlistedScript(() =>
  loadReaderOnCheckouts(
    isShopCheckoutUrl,
    (extension) => import(/* @vite-ignore */ extension.runtime.getURL('/shop-reader.js')),
  ),
);
