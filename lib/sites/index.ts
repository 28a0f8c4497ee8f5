import type { SiteId } from '../ids';
import { alipay } from './alipay';
import { jd } from './jd';
import { pinduoduo } from './pinduoduo';
import { taobao } from './taobao';
import { tmall } from './tmall';
import type { SiteAdapter } from './types';

/** Every shop we read. Adding a shop: its adapter file, its fixtures, its URL table, and one line here. */
export const SITES: readonly SiteAdapter[] = [jd, taobao, tmall, alipay, pinduoduo];

export function siteForUrl(url: URL): SiteAdapter | undefined {
  return SITES.find((site) => site.isCheckout(url));
}

export function siteById(id: SiteId): SiteAdapter | undefined {
  return SITES.find((site) => site.id === id);
}

/** The content script's match patterns: the union of every adapter's. */
export const SITE_MATCHES: readonly string[] = [...new Set(SITES.flatMap((site) => site.matches))];

/** Origin patterns of the same hosts (web_accessible_resources accept no narrower path). */
export const SITE_ORIGINS: readonly string[] = [
  ...new Set(SITE_MATCHES.map((pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'))),
];
