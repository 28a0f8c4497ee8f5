import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isBuiltInHost,
  MAX_SHOPS,
  onShop,
  originPattern,
  parseAddedShops,
  parseShopOrigin,
  patternOrigin,
} from '../../lib/shops';

describe('the shop a shopper means', () => {
  it.each([
    ['www.chayuan-tea.example', 'https://www.chayuan-tea.example'],
    ['  https://www.chayuan-tea.example/checkout?step=2#pay ', 'https://www.chayuan-tea.example'],
    ['HTTPS://WWW.Chayuan-Tea.Example/', 'https://www.chayuan-tea.example'],
    ['www.chayuan-tea.example.', 'https://www.chayuan-tea.example'],
    ['www.chayuan-tea.example:8443/shop', 'https://www.chayuan-tea.example'],
    ['bücher.example', 'https://xn--bcher-kva.example'],
    ['localhost', 'https://localhost'],
  ])('%s is %s', (input, origin) => {
    expect(parseShopOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://www.chayuan-tea.example', 'not-https'],
    ['ftp://www.chayuan-tea.example', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['https://user:pass@www.chayuan-tea.example', 'invalid'],
    ['https://*.example', 'invalid'],
    ['https://a..example', 'invalid'],
    ['https://exa mple.com', 'invalid'],
    ['https://trade.jd.com/shopping/order/getOrderInfo.action', 'built-in'],
    ['www.amazon.com', 'built-in'],
    ['ridge-wallet.myshopify.com', 'built-in'],
    ['cashier.alipay.com', 'built-in'],
  ])('%j is refused: %s', (input, problem) => {
    expect(parseShopOrigin(input)).toEqual({ ok: false, problem });
  });

  it('gives an origin that parses back to itself, or a reason, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (input) => {
        const parsed = parseShopOrigin(input);
        if (!parsed.ok) return;
        expect(parsed.origin).toMatch(/^https:\/\/[^/:*?#@\s]+$/);
        expect(parseShopOrigin(parsed.origin)).toEqual(parsed);
        expect(patternOrigin(originPattern(parsed.origin))).toBe(parsed.origin);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('host permissions and shops', () => {
  it('names one https host per shop, and takes back only such patterns', () => {
    expect(originPattern('https://www.chayuan-tea.example')).toBe('https://www.chayuan-tea.example/*');
    for (const pattern of [
      'https://*/*',
      '<all_urls>',
      '*://www.chayuan-tea.example/*',
      'http://www.chayuan-tea.example/*',
      'https://*.chayuan-tea.example/*',
      'https://www.chayuan-tea.example/checkout/*',
      'https://www.amazon.com/*',
    ])
      expect(patternOrigin(pattern), pattern).toBeUndefined();
  });

  it('knows the hosts the built-in content script runs on, wildcards included', () => {
    expect(isBuiltInHost('trade.jd.com')).toBe(true);
    expect(isBuiltInHost('excashier.alipay.com')).toBe(true);
    expect(isBuiltInHost('alipay.com')).toBe(true);
    expect(isBuiltInHost('notalipay.com')).toBe(false);
    expect(isBuiltInHost('item.jd.com')).toBe(false);
  });

  it('puts a page on a shop by its host, over https, on any port', () => {
    const shop = 'https://www.chayuan-tea.example';
    expect(onShop(new URL('https://www.chayuan-tea.example/checkout'), shop)).toBe(true);
    expect(onShop(new URL('https://www.chayuan-tea.example:8443/checkout'), shop)).toBe(true);
    expect(onShop(new URL('http://www.chayuan-tea.example/checkout'), shop)).toBe(false);
    expect(onShop(new URL('https://chayuan-tea.example/checkout'), shop)).toBe(false);
  });
});

describe('the stored list', () => {
  it('keeps each well-formed shop once, and drops the rest', () => {
    expect(
      parseAddedShops([
        { origin: 'https://a.example', addedAt: 1 },
        { origin: 'https://a.example', addedAt: 2 },
        { origin: 'https://a.example/', addedAt: 3 },
        { origin: 'http://b.example', addedAt: 3 },
        { origin: 'https://b.example', addedAt: -1 },
        { origin: 'https://c.example', addedAt: 4, extra: true },
        { origin: 'https://d.example', addedAt: 5 },
        null,
        'https://e.example',
      ]),
    ).toEqual([
      { origin: 'https://a.example', addedAt: 1 },
      { origin: 'https://d.example', addedAt: 5 },
    ]);
    expect(parseAddedShops(undefined)).toEqual([]);
    expect(parseAddedShops({ origin: 'https://a.example', addedAt: 1 })).toEqual([]);
  });

  it('reads no more than the most shops a list may hold', () => {
    const many = Array.from({ length: MAX_SHOPS + 50 }, (_, i) => ({ origin: `https://s${i}.example`, addedAt: i }));
    expect(parseAddedShops(many)).toHaveLength(MAX_SHOPS);
  });
});
