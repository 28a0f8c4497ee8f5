import { alipayPages } from './alipay';
import { amazonPages } from './amazon';
import { jdPages } from './jd';
import { neweggPages } from './newegg';
import { pinduoduoPages } from './pinduoduo';
import { shopifyPages } from './shopify';
import { taobaoPages } from './taobao';
import { targetPages } from './target';
import { tmallPages } from './tmall';
import type { SitePages } from './types';
import { walmartPages } from './walmart';

/**
 * Where every shop's checkouts are, and nothing else: the content script declared for the shops'
 * pages imports this alone, and loads the reader only on a checkout. Kept in step with SITES by a
 * unit test.
 */
export const SITE_PAGES: readonly SitePages[] = [
  jdPages,
  taobaoPages,
  tmallPages,
  alipayPages,
  pinduoduoPages,
  shopifyPages,
  amazonPages,
  walmartPages,
  targetPages,
  neweggPages,
];

export function isCheckoutUrl(url: URL): boolean {
  return SITE_PAGES.some((site) => site.isCheckout(url));
}
