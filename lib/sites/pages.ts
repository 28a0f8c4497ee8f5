import { alipayPages } from './alipay';
import { jdPages } from './jd';
import { pinduoduoPages } from './pinduoduo';
import { taobaoPages } from './taobao';
import { tmallPages } from './tmall';
import type { SitePages } from './types';

/**
 * Where every shop's checkouts are, and nothing else: the content script declared for the shops'
 * pages imports this alone, and loads the reader only on a checkout. Kept in step with SITES by a
 * unit test.
 */
export const SITE_PAGES: readonly SitePages[] = [jdPages, taobaoPages, tmallPages, alipayPages, pinduoduoPages];

export function isCheckoutUrl(url: URL): boolean {
  return SITE_PAGES.some((site) => site.isCheckout(url));
}
