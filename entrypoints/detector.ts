import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { siteForUrl } from '../lib/sites';
import { startReader } from './content/start-reader';

/** The built-in shops' checkout reader, loaded by their content script (loader.ts) on a checkout. */
export default defineUnlistedScript(() => startReader('detector', siteForUrl));
