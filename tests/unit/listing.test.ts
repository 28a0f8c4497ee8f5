import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORDER_MATCHES } from '../../lib/orders';
import { SITE_MATCHES, SITES } from '../../lib/sites';
import { PERMISSIONS } from '../../wxt.config';

// The store listings (store/listing/*.md) are what a reviewer and a shopper read before installing:
// within each store's limits, the same as the extension's own name and description, and with a
// reason for every permission the manifest asks for.

const LISTINGS = [
  { language: 'en', locale: 'en', file: 'store/listing/en.md' },
  { language: 'zh-CN', locale: 'zh_CN', file: 'store/listing/zh-CN.md' },
] as const;

const SECTIONS = [
  'Name',
  'Short description',
  'Single purpose',
  'Permissions',
  'Remote code',
  'Data use',
  'Category',
  'Long description',
];

/** Limits of the Chrome Web Store (manifest name and description, description) and of addons.mozilla.org (summary). */
const LIMITS = { name: 45, shortChrome: 132, summaryAmo: 250, long: 16_000 };

function sections(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    found.set(heading.trim(), body.join('\n').trim());
  }
  return found;
}

function messages(locale: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8'));
}

/** Hosts as a shopper reads them: "pay.jd.com", "alipay.com" for "*.alipay.com". */
const PATTERNS = [...SITE_MATCHES, ...ORDER_MATCHES];
/** The hosts the listing names: a wildcard's domain (alipay.com) stands for its hosts (mclient.alipay.com). */
const WILDCARDS = PATTERNS.flatMap((pattern) => /^[^:]+:\/\/\*\.([^/]+)\//.exec(pattern)?.[1] ?? []);
const HOSTS = [...new Set(PATTERNS.map((pattern) => pattern.replace(/^[^:]+:\/\/(\*\.)?([^/]+)\/.*$/, '$2')))].filter(
  (host) => !WILDCARDS.some((domain) => host.endsWith(`.${domain}`)),
);

describe.each(LISTINGS)('the $language store listing', ({ language, locale, file }) => {
  const listing = sections(readFileSync(file, 'utf8'));
  const own = messages(locale);

  it('has every section, each filled in', () => {
    expect([...listing.keys()]).toEqual(SECTIONS);
    for (const [heading, body] of listing) expect(body, heading).toMatch(/\S/);
  });

  it('names and describes the extension as its manifest does, within the stores’ limits', () => {
    expect(listing.get('Name')).toBe(own.extName?.message);
    expect(listing.get('Short description')).toBe(own.extDescription?.message);
    expect([...(listing.get('Name') ?? '')].length).toBeLessThanOrEqual(LIMITS.name);
    const short = [...(listing.get('Short description') ?? '')].length;
    expect(short).toBeLessThanOrEqual(Math.min(LIMITS.shortChrome, LIMITS.summaryAmo));
    expect([...(listing.get('Long description') ?? '')].length).toBeLessThanOrEqual(LIMITS.long);
    expect(listing.get('Single purpose')?.split('\n')).toHaveLength(1);
  });

  it('gives one sentence of reason for every permission and for its access to the shops', () => {
    const reasons = new Map(
      (listing.get('Permissions') ?? '').split('\n').map((line) => {
        const match = /^- `([^`]+)`[:：]\s*(.+)$/.exec(line);
        if (!match?.[1] || !match[2]) throw new Error(`not a permission line: ${line}`);
        return [match[1], match[2]] as const;
      }),
    );
    expect([...reasons.keys()].sort()).toEqual([...PERMISSIONS, 'host access'].sort());
    for (const [permission, reason] of reasons) {
      // One sentence: one full stop, at its end (host names' dots aside).
      const stops = reason.replace(/[\w-]+(\.[\w-]+)+/g, 'host').match(/[.。!?！？]/g);
      expect(stops, permission).toHaveLength(1);
      expect(reason, permission).toMatch(/[.。]$/);
    }
    for (const host of HOSTS) expect(reasons.get('host access')).toContain(host);
  });

  it('names every shop it reads in its long description', () => {
    const long = listing.get('Long description') ?? '';
    for (const site of SITES) {
      const name = language === 'en' ? site.name.en : site.name.zh;
      // "JD.com" is JD, "the Alipay cashier" Alipay.
      expect(long).toContain(name.replace(/\.com$/, '').replace(/ ?(cashier|收银台)$/, ''));
    }
  });
});

describe('the privacy policy', () => {
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('says what the README’s “Security and your data” says, word for word', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf('## Security and your data');
    expect(start).toBeGreaterThan(0);
    const rest = readme.slice(start).split('\n').slice(1).join('\n');
    const section = rest.split(/^## /m)[0] ?? '';
    expect(words(section).length).toBeGreaterThan(500);
    expect(words(readFileSync('PRIVACY.md', 'utf8'))).toContain(words(section));
  });
});
