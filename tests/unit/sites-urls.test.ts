import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SITE_IDS } from '../../lib/ids';
import { SITE_EXAMPLES, SITE_MATCHES, SITES, siteForUrl } from '../../lib/sites';
import * as alipay from '../../lib/sites/alipay';
import { keywords } from '../../lib/sites/dom';
import * as jd from '../../lib/sites/jd';
import { isCheckoutUrl, SITE_PAGES } from '../../lib/sites/pages';
import * as pinduoduo from '../../lib/sites/pinduoduo';
import * as taobao from '../../lib/sites/taobao';
import * as tmall from '../../lib/sites/tmall';
import { FIXTURES_DIR } from './fixtures';

// In the style of refined-github's URL detection tests: every adapter is asked about every
// example URL of every adapter, so a too-greedy adapter fails on another shop's pages.
const EVERY_URL = SITES.flatMap(({ id }) => [
  ...SITE_EXAMPLES[id].checkout.map((url) => ({ url, checkoutOf: id })),
  ...SITE_EXAMPLES[id].notCheckout.map((url) => ({ url, checkoutOf: undefined })),
]);

describe.each(SITES.map((site) => [site.id, site] as const))('%s URL detection', (_id, site) => {
  const patterns = site.matches.map((pattern) => new MatchPattern(pattern));
  const examples = SITE_EXAMPLES[site.id];

  it.each(EVERY_URL)('isCheckout($url)', ({ url, checkoutOf }) => {
    expect(site.isCheckout(new URL(url))).toBe(checkoutOf === site.id);
  });

  it.each(examples.checkout)('the content script runs on %s, over http too', (url) => {
    for (const href of [url, url.replace(/^https:/, 'http:')])
      expect(patterns.some((pattern) => pattern.includes(href))).toBe(true);
  });

  it('has example URLs of both kinds', () => {
    expect(examples.checkout.length).toBeGreaterThan(0);
    expect(examples.notCheckout.length).toBeGreaterThan(2);
  });

  it('names its hosts: no pattern matches every site', () => {
    for (const pattern of site.matches) expect(pattern).toMatch(/^\*:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\//);
  });
});

describe('site registry', () => {
  it('gives the content script every shop and its URL checks, and nothing else', () => {
    expect(SITE_PAGES.map(({ id }) => id)).toEqual(SITES.map(({ id }) => id));
    for (const [index, pages] of SITE_PAGES.entries()) {
      expect(pages.matches).toEqual(SITES[index]?.matches);
      expect(pages.isCheckout).toBe(SITES[index]?.isCheckout);
    }
    for (const { url, checkoutOf } of EVERY_URL) expect(isCheckoutUrl(new URL(url))).toBe(checkoutOf !== undefined);
  });

  it('lists each site id at most once and resolves a URL to its own adapter', () => {
    expect(new Set(SITES.map((site) => site.id)).size).toBe(SITES.length);
    for (const { url, checkoutOf } of EVERY_URL) expect(siteForUrl(new URL(url))?.id).toBe(checkoutOf);
  });

  it('has an adapter, three checkout fixtures and a negative for every site id', () => {
    for (const id of SITE_IDS) {
      expect(SITES.some((site) => site.id === id)).toBe(true);
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
