import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addedShopSite } from '../lib/sites/platforms';
import { startReader } from './content/start-reader';

/**
 * The added shops' checkout reader, loaded by their content script (shop-loader.ts) where an address
 * could be a checkout: the page's marks tell which platform it runs on, and so whether it is one.
 */
export default defineUnlistedScript(() => startReader('shop-reader', (url) => addedShopSite(url, document)));
