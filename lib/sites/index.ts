import type { SiteId } from '../ids';
import { ALIPAY_EXAMPLES, alipay } from './alipay';
import { AMAZON_EXAMPLES, amazon } from './amazon';
import { BIGCOMMERCE_EXAMPLES } from './bigcommerce';
import { JD_EXAMPLES, jd } from './jd';
import { NEWEGG_EXAMPLES, newegg } from './newegg';
import { PINDUODUO_EXAMPLES, pinduoduo } from './pinduoduo';
import { SHOP_PLATFORMS } from './platforms';
import { SHOPIFY_EXAMPLES, SHOPIFY_SHOP_EXAMPLES, shopify } from './shopify';
import { TAOBAO_EXAMPLES, taobao } from './taobao';
import { TARGET_EXAMPLES, target } from './target';
import { TMALL_EXAMPLES, tmall } from './tmall';
import type { SiteAdapter, SiteExamples } from './types';
import { WALMART_EXAMPLES, walmart } from './walmart';
import { WEB_EXAMPLES } from './web';
import { WOOCOMMERCE_EXAMPLES } from './woocommerce';

/**
 * Every shop we read on its own hosts, matched by the built-in content script. Adding a shop: its
 * adapter file, its fixtures, its URL table, and one line here. (Shops the shopper adds are read
 * by platform: SHOP_PLATFORMS in platforms.ts.)
 */
export const SITES: readonly SiteAdapter[] = [
  jd,
  taobao,
  tmall,
  alipay,
  pinduoduo,
  shopify,
  amazon,
  walmart,
  target,
  newegg,
];

/**
 * Each site's example URLs (tests, benchmark): a platform's own hosts, or for platforms that live
 * only on shops' own domains, those. Unused by the content script, so not in its bundle.
 */
export const SITE_EXAMPLES: Readonly<Record<SiteId, SiteExamples>> = {
  jd: JD_EXAMPLES,
  taobao: TAOBAO_EXAMPLES,
  tmall: TMALL_EXAMPLES,
  alipay: ALIPAY_EXAMPLES,
  pinduoduo: PINDUODUO_EXAMPLES,
  shopify: SHOPIFY_EXAMPLES,
  amazon: AMAZON_EXAMPLES,
  walmart: WALMART_EXAMPLES,
  target: TARGET_EXAMPLES,
  newegg: NEWEGG_EXAMPLES,
  woocommerce: WOOCOMMERCE_EXAMPLES,
  bigcommerce: BIGCOMMERCE_EXAMPLES,
  web: WEB_EXAMPLES,
};

/** Each platform's example URLs on shops' own domains (added shops). */
export const SHOP_EXAMPLES: Readonly<Partial<Record<SiteId, SiteExamples>>> = {
  shopify: SHOPIFY_SHOP_EXAMPLES,
  woocommerce: WOOCOMMERCE_EXAMPLES,
  bigcommerce: BIGCOMMERCE_EXAMPLES,
  web: WEB_EXAMPLES,
};

export function siteForUrl(url: URL): SiteAdapter | undefined {
  return SITES.find((site) => site.isCheckout(url));
}

/** A site by id: a built-in shop, or a platform of shops the shopper adds. */
export function siteById(id: SiteId): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id) ?? SHOP_PLATFORMS.find((site) => site.id === id);
}

/** Every page a content script of the built-in shops runs on: the union of every adapter's. */
export const SITE_MATCHES: readonly string[] = [...new Set(SITES.flatMap((site) => site.matches))];

/** The checkouts, where the reader is the declared content script. */
export const SITE_CHECKOUT_MATCHES: readonly string[] = [
  ...new Set(SITES.flatMap((site) => site.checkouts ?? site.matches)),
];

/** The other matched pages, where the loader checks the URL: the shops' with pages beside their checkouts… */
export const SITE_LOADER_MATCHES: readonly string[] = [
  ...new Set(SITES.flatMap((site) => (site.checkouts ? site.matches : []))),
];

/** …but for those checkouts, where the reader is declared. */
export const SITE_LOADER_EXCLUDES: readonly string[] = [...new Set(SITES.flatMap((site) => site.checkouts ?? []))];

/** Origin patterns of the same hosts (web_accessible_resources accept no narrower path). */
export const SITE_ORIGINS: readonly string[] = /* @__PURE__ */ originsOf(SITE_MATCHES);

/** The hosts whose loader imports the reader, which must be web-accessible there and nowhere else. */
export const SITE_LOADER_ORIGINS: readonly string[] = /* @__PURE__ */ originsOf(SITE_LOADER_MATCHES);

// Pure, so bundles that never use SITE_ORIGINS (the content script) leave it out.
function originsOf(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}
