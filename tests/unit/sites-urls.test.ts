import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SITE_IDS } from '../../lib/ids';
import {
  SHOP_EXAMPLES,
  SITE_CHECKOUT_MATCHES,
  SITE_EXAMPLES,
  SITE_LOADER_EXCLUDES,
  SITE_LOADER_MATCHES,
  SITE_MATCHES,
  SITES,
  siteById,
  siteForUrl,
} from '../../lib/sites';
import * as alipay from '../../lib/sites/alipay';
import * as amazon from '../../lib/sites/amazon';
import * as bigcommerce from '../../lib/sites/bigcommerce';
import { keywords } from '../../lib/sites/dom';
import * as jd from '../../lib/sites/jd';
import * as newegg from '../../lib/sites/newegg';
import { isCheckoutUrl, SITE_PAGES } from '../../lib/sites/pages';
import * as pinduoduo from '../../lib/sites/pinduoduo';
import { SHOP_PLATFORMS } from '../../lib/sites/platforms';
import { SHOP_CHECKOUT_CHECKS } from '../../lib/sites/shop-pages';
import * as shopify from '../../lib/sites/shopify';
import * as taobao from '../../lib/sites/taobao';
import * as target from '../../lib/sites/target';
import * as tmall from '../../lib/sites/tmall';
import * as walmart from '../../lib/sites/walmart';
import * as web from '../../lib/sites/web';
import * as woocommerce from '../../lib/sites/woocommerce';
import { FIXTURES_DIR } from './fixtures';

// In the style of refined-github's URL detection tests: every adapter is asked about every
// example URL of every adapter, so a too-greedy adapter fails on another shop's pages.
const BUILT_IN_URLS = SITES.flatMap(({ id }) => [
  ...SITE_EXAMPLES[id].checkout.map((url) => ({ url, checkoutOf: id })),
  ...SITE_EXAMPLES[id].notCheckout.map((url) => ({ url, checkoutOf: undefined })),
]);

/** Added shops' pages, on the shops' own domains, by the platform whose checkout each is. */
const SHOP_URLS = SHOP_PLATFORMS.flatMap(({ id }) => [
  ...(SHOP_EXAMPLES[id]?.checkout ?? []).map((url) => ({ url, checkoutOf: id })),
  ...(SHOP_EXAMPLES[id]?.notCheckout ?? []).map((url) => ({ url, checkoutOf: undefined })),
]);

describe.each(SITES.map((site) => [site.id, site] as const))('%s URL detection', (_id, site) => {
  const patterns = site.matches.map((pattern) => new MatchPattern(pattern));
  const examples = SITE_EXAMPLES[site.id];

  it.each(BUILT_IN_URLS)('isCheckout($url)', ({ url, checkoutOf }) => {
    expect(site.isCheckout(new URL(url))).toBe(checkoutOf === site.id);
  });

  // Shops' own domains are never a built-in shop, not even Shopify's checkout path off myshopify.com.
  it.each(SHOP_URLS)('is no checkout of $url', ({ url }) => {
    expect(site.isCheckout(new URL(url))).toBe(false);
  });

  it.each(examples.checkout)('the content script runs on %s, over http too', (url) => {
    for (const href of [url, url.replace(/^https:/, 'http:')])
      expect(patterns.some((pattern) => pattern.includes(href))).toBe(true);
  });

  const checkoutPatterns = (site.checkouts ?? site.matches).map((pattern) => new MatchPattern(pattern));

  it.each(examples.checkout)('its reader is declared on %s, over http too', (url) => {
    for (const href of [url, url.replace(/^https:/, 'http:')])
      expect(checkoutPatterns.some((pattern) => pattern.includes(href))).toBe(true);
  });

  it('has example URLs of both kinds', () => {
    expect(examples.checkout.length).toBeGreaterThan(0);
    expect(examples.notCheckout.length).toBeGreaterThan(2);
  });

  it('names its hosts: no pattern matches every site', () => {
    for (const pattern of site.matches) expect(pattern).toMatch(/^\*:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\//);
  });
});

describe.each(SHOP_PLATFORMS.map((platform) => [platform.id, platform] as const))(
  'added %s shops: URL detection',
  (id, platform) => {
    const examples = SHOP_EXAMPLES[id];

    // A platform reads only shops it recognised, so another platform's checkout address may look
    // like its own (WooCommerce and BigCommerce both use /checkout). But no platform's product,
    // cart, help or thank-you page is a checkout on any; and `web`, the fallback for shops on no
    // platform we know, takes every platform's checkout.
    it.each(SHOP_URLS.filter(({ checkoutOf }) => checkoutOf === undefined || checkoutOf === id || id === 'web'))(
      'isCheckout($url)',
      ({ url, checkoutOf }) => {
        expect(platform.isCheckout(new URL(url))).toBe(checkoutOf !== undefined);
      },
    );

    it('has example URLs of both kinds, and no built-in hosts of its own', () => {
      expect(examples?.checkout.length).toBeGreaterThan(2);
      expect(examples?.notCheckout.length).toBeGreaterThan(2);
      expect(platform.matches).toEqual([]);
    });
  },
);

describe('site registry', () => {
  it('gives the content script every built-in shop and its URL checks, and nothing else', () => {
    expect(SITE_PAGES.map(({ id }) => id)).toEqual(SITES.map(({ id }) => id));
    for (const [index, pages] of SITE_PAGES.entries()) {
      expect(pages.matches).toEqual(SITES[index]?.matches);
      expect(pages.checkouts).toEqual(SITES[index]?.checkouts);
      expect(pages.isCheckout).toBe(SITES[index]?.isCheckout);
    }
    for (const { url, checkoutOf } of BUILT_IN_URLS) expect(isCheckoutUrl(new URL(url))).toBe(checkoutOf !== undefined);
    for (const { url } of SHOP_URLS) expect(isCheckoutUrl(new URL(url))).toBe(false);
  });

  it('declares the reader on checkouts and the URL check on the other matched pages, never both', () => {
    const anyOf = (patterns: readonly string[]) => {
      const compiled = patterns.map((pattern) => new MatchPattern(pattern));
      return (url: string) => compiled.some((pattern) => pattern.includes(url));
    };
    const [reader, loader, excluded, matched] = [
      anyOf(SITE_CHECKOUT_MATCHES),
      anyOf(SITE_LOADER_MATCHES),
      anyOf(SITE_LOADER_EXCLUDES),
      anyOf(SITE_MATCHES),
    ];
    const scriptsOn = (url: string) =>
      [reader(url) && 'reader', loader(url) && !excluded(url) && 'loader'].filter(Boolean);
    for (const { url, checkoutOf } of BUILT_IN_URLS) {
      if (checkoutOf) expect(scriptsOn(url), url).toEqual(['reader']);
      // Every matched page gets one of the two, so an in-page move to a checkout is followed.
      else expect(scriptsOn(url), url).toHaveLength(matched(url) ? 1 : 0);
    }
    // A shop that lists its checkouts apart has other matched pages: those get the URL check.
    for (const site of SITES.filter(({ checkouts }) => checkouts)) {
      const others = SITE_EXAMPLES[site.id].notCheckout.filter(matched);
      expect(others.length, site.id).toBeGreaterThan(0);
      for (const url of others) expect(scriptsOn(url), url).toEqual(['loader']);
    }
  });

  it('gives the added shops’ content script every platform’s checkout check, and nothing else', () => {
    expect(SHOP_CHECKOUT_CHECKS).toHaveLength(SHOP_PLATFORMS.length);
    for (const [index, isCheckout] of SHOP_CHECKOUT_CHECKS.entries())
      expect(isCheckout).toBe(SHOP_PLATFORMS[index]?.isCheckout);
  });

  it('lists each built-in site once and resolves a URL to its own adapter', () => {
    expect(new Set(SITES.map((site) => site.id)).size).toBe(SITES.length);
    for (const { url, checkoutOf } of BUILT_IN_URLS) expect(siteForUrl(new URL(url))?.id).toBe(checkoutOf);
    for (const { url } of SHOP_URLS) expect(siteForUrl(new URL(url))).toBeUndefined();
  });

  it('has an adapter, three checkout fixtures and a negative for every site id', () => {
    for (const id of SITE_IDS) {
      expect(siteById(id)?.id).toBe(id);
      const files = readdirSync(`${FIXTURES_DIR}${id}`);
      expect(files.filter((file) => /^(?:checkout|cashier)-/.test(file)).length, id).toBeGreaterThanOrEqual(3);
      expect(files.filter((file) => !/^(?:checkout|cashier)-/.test(file)).length, id).toBeGreaterThan(0);
    }
  });

  it('matches no other pages of the shops than the content script needs', () => {
    expect(SITE_MATCHES).not.toContain('<all_urls>');
    expect(SITE_MATCHES.every((pattern) => !pattern.startsWith('*://*/'))).toBe(true);
  });
});

describe.each([jd, taobao, tmall, alipay, pinduoduo].map(({ VOCABULARY }) => [VOCABULARY.site, VOCABULARY] as const))(
  '%s vocabulary',
  (_site, vocabulary) => {
    it('is made of plain words, so a page can be searched for them quickly', () => {
      for (const word of keywords(vocabulary)) expect(word).toMatch(/^[\p{Script=Han}A-Za-z0-9]+$/u);
    });
  },
);

// English names are phrases ("Pay over time"): words and the spaces between them, nothing else
// (German, French and Czech headings and labels have their letters: Banküberweisung, Způsob platby;
// Greek ones theirs: Τρόπος πληρωμής).
describe.each(
  [shopify, amazon, walmart, target, newegg, woocommerce, bigcommerce]
    .map(({ VOCABULARY }) => VOCABULARY)
    .concat([web.VOCABULARY_ZH, web.VOCABULARY_EN])
    .map((vocabulary) => [`${vocabulary.site} ${vocabulary.currency}`, vocabulary] as const),
)('%s vocabulary', (_site, vocabulary) => {
  it('is made of plain words and phrases', () => {
    for (const word of keywords(vocabulary))
      expect(word).toMatch(
        /^[\p{Script=Han}\p{Script=Latin}\p{Script=Greek}0-9]+(?: [\p{Script=Latin}\p{Script=Greek}0-9]+)*$/u,
      );
  });

  it('names no program twice under different ids', () => {
    const words = vocabulary.programs.flatMap(({ program, pattern }) =>
      pattern.source
        .replace(/\(\?!.*?\)/g, '')
        .split('|')
        .map((word) => [word, program] as const),
    );
    expect(new Map(words).size).toBe(words.length);
  });
});
