import type { SiteId } from '../ids';
import { ALIPAY_EXAMPLES, alipay } from './alipay';
import { JD_EXAMPLES, jd } from './jd';
import { PINDUODUO_EXAMPLES, pinduoduo } from './pinduoduo';
import { TAOBAO_EXAMPLES, taobao } from './taobao';
import { TMALL_EXAMPLES, tmall } from './tmall';
import type { SiteAdapter, SiteExamples } from './types';

/** Every shop we read. Adding a shop: its adapter file, its fixtures, its URL table, and one line here. */
export const SITES: readonly SiteAdapter[] = [jd, taobao, tmall, alipay, pinduoduo];

/** Each site's example URLs (tests, benchmark). Unused by the content script, so not in its bundle. */
export const SITE_EXAMPLES: Readonly<Record<SiteId, SiteExamples>> = {
  jd: JD_EXAMPLES,
  taobao: TAOBAO_EXAMPLES,
  tmall: TMALL_EXAMPLES,
  alipay: ALIPAY_EXAMPLES,
  pinduoduo: PINDUODUO_EXAMPLES,
};

export function siteForUrl(url: URL): SiteAdapter | undefined {
  return SITES.find((site) => site.isCheckout(url));
}

export function siteById(id: SiteId): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id);
}

/** The content script's match patterns: the union of every adapter's. */
export const SITE_MATCHES: readonly string[] = [...new Set(SITES.flatMap((site) => site.matches))];

/** Origin patterns of the same hosts (web_accessible_resources accept no narrower path). */
export const SITE_ORIGINS: readonly string[] = /* @__PURE__ */ originsOf(SITE_MATCHES);

// Pure, so bundles that never use SITE_ORIGINS (the content script) leave it out.
function originsOf(patterns: readonly string[]): string[] {
  return [...new Set(patterns.map((pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))];
}
