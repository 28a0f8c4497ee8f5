import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { siteForUrl } from '../lib/sites';
import { startReader } from './content/start-reader';

/**
 * The built-in shops' checkout reader: the content script of their checkouts' addresses, and loaded
 * by their other pages' content script (loader.ts) when the page moves to a checkout by itself.
 */
export default defineUnlistedScript(() => startReader('detector', siteForUrl));
