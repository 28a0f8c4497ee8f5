import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ORDER_MATCHES, ORDER_ORIGINS, ORDER_PAGE_EXAMPLES, ORDER_READERS, orderReaderFor } from '../../lib/orders';
import { PLACEMENT_EXAMPLES, PLACEMENT_MATCHES, placedOrder } from '../../lib/orders/placement';
import { SITE_EXAMPLES, SITES, siteForUrl } from '../../lib/sites';
import { FIXTURES_DIR } from './fixtures';

// As for the checkout adapters (sites-urls.test.ts): every order-page reader is asked about every
// example URL of every reader, of every checkout adapter and of the pages after placing an order,
// so that no reader claims another's page, a checkout, or a shop's other pages.

/** The checkout adapters' examples of a shop's other pages that are order pages. */
const SITE_ORDER_PAGES: Readonly<Record<string, string>> = {
  'https://order.jd.com/center/list.action': 'jd-list',
  'https://details.jd.com/normal/item.action?orderid=290000000001': 'jd-details',
  'https://trade.m.jd.com/order/orderlist_jdm.shtml?sceneval=2&orderType=all': 'jd-phone-list',
  'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm': 'taobao-list',
  'https://mobile.yangkeduo.com/orders.html?type=0': 'pinduoduo-list',
  'https://mobile.yangkeduo.com/order.html?order_sn=231121-000000000000001': 'pinduoduo-details',
};

const EVERY_URL = [
  ...ORDER_READERS.flatMap(({ id }) => [
    ...(ORDER_PAGE_EXAMPLES[id]?.pages ?? []).map((url) => ({ url, pageOf: id })),
    ...(ORDER_PAGE_EXAMPLES[id]?.notPages ?? []).map((url) => ({ url, pageOf: undefined })),
  ]),
  ...SITES.flatMap(({ id }) =>
    [...SITE_EXAMPLES[id].checkout, ...SITE_EXAMPLES[id].notCheckout].map((url) => ({
      url,
      pageOf: SITE_ORDER_PAGES[url],
    })),
  ),
  ...[...PLACEMENT_EXAMPLES.pages, ...PLACEMENT_EXAMPLES.notPages].map((url) => ({ url, pageOf: undefined })),
];

describe.each(ORDER_READERS.map((reader) => [reader.id, reader] as const))('%s URL detection', (id, reader) => {
  const patterns = reader.matches.map((pattern) => new MatchPattern(pattern));
  const examples = ORDER_PAGE_EXAMPLES[id];

  it.each(EVERY_URL)('isOrderPage($url)', ({ url, pageOf }) => {
    expect(reader.isOrderPage(new URL(url))).toBe(pageOf === id);
  });

  it.each(examples?.pages ?? [])('the content script runs on %s, over http too', (url) => {
    for (const href of [url, url.replace(/^https:/, 'http:')])
      expect(patterns.some((pattern) => pattern.includes(href))).toBe(true);
  });

  it('has example URLs of both kinds, named for its id', () => {
    // JD's phone pages have readers of their own: jd-phone-list beside jd-list.
    expect(id).toMatch(new RegExp(`^${reader.site}-(?:[a-z]+-)?${reader.kind}$`));
    expect(examples?.pages.length).toBeGreaterThan(1);
    expect(examples?.notPages.length).toBeGreaterThan(2);
  });

  it('names its hosts and paths: no pattern matches a whole site', () => {
    for (const pattern of reader.matches) expect(pattern).toMatch(/^\*:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[a-z]/);
  });

  it('has at least three fixture pages of its own', () => {
    const prefix = reader.kind === 'list' ? /^(?:orders|bought)-|^order-list/ : /^order-details/;
    const files = readdirSync(`${FIXTURES_DIR}${reader.site}`).filter((file) => prefix.test(file));
    expect(files.length, reader.id).toBeGreaterThanOrEqual(3);
  });
});

describe('order-page registry', () => {
  it('lists each reader once and resolves each URL to its own reader', () => {
    expect(new Set(ORDER_READERS.map((reader) => reader.id)).size).toBe(ORDER_READERS.length);
    expect(Object.keys(ORDER_PAGE_EXAMPLES).sort()).toEqual(ORDER_READERS.map((reader) => reader.id).sort());
    for (const { url, pageOf } of EVERY_URL) expect(orderReaderFor(new URL(url))?.id).toBe(pageOf);
  });

  it('never takes an order page for a checkout', () => {
    for (const examples of Object.values(ORDER_PAGE_EXAMPLES)) {
      for (const url of examples.pages) expect(siteForUrl(new URL(url)), url).toBeUndefined();
    }
  });

  it('matches only the order pages and the pages after placing an order', () => {
    expect(new Set(ORDER_MATCHES)).toEqual(
      new Set([...ORDER_READERS.flatMap((reader) => reader.matches), ...PLACEMENT_MATCHES]),
    );
    expect(ORDER_MATCHES.every((pattern) => !pattern.includes('<all_urls>') && !pattern.startsWith('*://*/'))).toBe(
      true,
    );
    expect(ORDER_ORIGINS).toEqual([
      '*://order.jd.com/*',
      '*://details.jd.com/*',
      '*://trade.m.jd.com/*',
      '*://buyertrade.taobao.com/*',
      '*://trade.taobao.com/*',
      '*://trade.tmall.com/*',
      '*://mobile.yangkeduo.com/*',
    ]);
  });
});

describe('pages after placing an order', () => {
  const patterns = PLACEMENT_MATCHES.map((pattern) => new MatchPattern(pattern));

  it.each(PLACEMENT_EXAMPLES.pages)('%s names the order placed', (url) => {
    expect(placedOrder(new URL(url))).toMatchObject({ site: 'jd', orderId: expect.stringMatching(/^\d{11,12}$/) });
    expect(patterns.some((pattern) => pattern.includes(url))).toBe(true);
  });

  it.each(EVERY_URL.filter(({ url }) => !(PLACEMENT_EXAMPLES.pages as readonly string[]).includes(url)))(
    '$url names none',
    ({ url }) => {
      expect(placedOrder(new URL(url))).toBeUndefined();
    },
  );
});
