import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOP_SCRIPT_FILE } from '../../entrypoints/background/shops';
import { ORDER_MATCHES, ORDER_ORIGINS } from '../../lib/orders';
import {
  SITE_CHECKOUT_MATCHES,
  SITE_LOADER_EXCLUDES,
  SITE_LOADER_MATCHES,
  SITE_LOADER_ORIGINS,
  SITE_ORIGINS,
} from '../../lib/sites';
import { MINIMUM_CHROME_VERSION } from '../../wxt.config';

// The built manifests, against an explicit allow-list: a new permission, host or exposed file is a
// deliberate change to this file, never a side effect of a dependency or a config tweak.

const OUTPUT = resolve(process.env.WXT_OUT_DIR ?? '.output');

// scripting registers the content script for shops the shopper adds; activeTab lets the popup see
// the page it was opened on, to offer reading that shop.
const PERMISSIONS = ['activeTab', 'alarms', 'notifications', 'scripting', 'storage'];

/** The only optional host permission: any https shop may be asked for, one origin at a time, never granted at install. */
const OPTIONAL_ORIGINS = ['https://*/*'];

/** Every shop host the extension may run on, by name. A pattern for any other host fails. */
const SHOP_HOSTS = new Set([
  'trade.jd.com',
  // JD International's checkout.
  'trade.jd.hk',
  // JD's checkout and cashier for phone browsers.
  'trade.m.jd.com',
  'p.m.jd.com',
  'pay.m.jd.com',
  'pay.jd.com',
  'pcashier.jd.com',
  'buy.taobao.com',
  'buy.tmall.com',
  // Taobao's and Tmall's order confirmation for phone browsers.
  'main.m.taobao.com',
  'buy.m.tmall.com',
  '*.alipay.com',
  // The Alipay cashier for phone browsers.
  'mclient.alipay.com',
  'mobile.yangkeduo.com',
  '*.myshopify.com',
  'www.amazon.com',
  'www.walmart.com',
  'www.target.com',
  'secure.newegg.com',
  // Order pages (我的订单, order details) and JD's page after placing an order.
  'order.jd.com',
  'details.jd.com',
  'success.jd.com',
  'buyertrade.taobao.com',
  'trade.taobao.com',
  'trade.tmall.com',
]);

/** Extension pages may not run anything but our own files, nor reach the network. */
const REQUIRED_CSP: Readonly<Record<string, readonly string[]>> = {
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'connect-src': ["'none'"],
  'base-uri': ["'none'"],
};

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: {
    matches: string[];
    exclude_matches?: string[];
    js?: string[];
    all_frames?: boolean;
    world?: string;
  }[];
  web_accessible_resources?: (
    | string
    | { resources: string[]; matches?: string[]; extension_ids?: string[]; use_dynamic_url?: boolean }
  )[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[]; persistent?: boolean };
  [key: string]: unknown;
}

function manifest(target: 'chrome-mv3' | 'firefox-mv2'): Manifest {
  return JSON.parse(readFileSync(join(OUTPUT, target, 'manifest.json'), 'utf8')) as Manifest;
}

/** The host part of a match pattern, checked to be a plain scheme-and-host pattern. */
function hostOf(pattern: string): string {
  const match = /^(\*|https?):\/\/([^/]+)\/.*$/.exec(pattern);
  if (!match?.[2]) throw new Error(`not a host pattern: ${pattern}`);
  return match[2];
}

function cspDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words): words is [string, ...string[]] => words[0] !== undefined && words[0] !== '')
      .map(([name, ...values]) => [name, values]),
  );
}

describe.each(['chrome-mv3', 'firefox-mv2'] as const)('the %s manifest', (target) => {
  const built = manifest(target);

  it('asks only for the permissions on the allow-list, and for no host beyond its content scripts', () => {
    expect([...(built.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    expect(built.host_permissions ?? []).toEqual([]);
    // MV2 lists optional hosts among optional permissions; MV3 apart.
    if (built.manifest_version === 2) {
      expect(built.optional_permissions).toEqual(OPTIONAL_ORIGINS);
      expect(built.optional_host_permissions).toBeUndefined();
    } else {
      expect(built.optional_permissions ?? []).toEqual([]);
      expect(built.optional_host_permissions).toEqual(OPTIONAL_ORIGINS);
    }
    expect(JSON.stringify(built)).not.toContain('<all_urls>');
    // No web page or other extension may message the background.
    expect(built.externally_connectable).toBeUndefined();
  });

  it('ships the added shops’ content script for the background to register, declared for no host', () => {
    expect(existsSync(join(OUTPUT, target, SHOP_SCRIPT_FILE))).toBe(true);
    for (const script of built.content_scripts ?? []) expect(script.js).not.toContain(SHOP_SCRIPT_FILE);
  });

  it('runs its content scripts only on the listed shop hosts, in the top frame, in their isolated world', () => {
    const scripts = built.content_scripts ?? [];
    // The checkouts' reader, the URL check on the shops' other pages, and the order pages' own.
    expect(scripts).toHaveLength(3);
    const declared = (file: string) => scripts.find((script) => script.js?.includes(file));
    expect(declared('detector.js')?.matches).toEqual([...SITE_CHECKOUT_MATCHES]);
    expect(declared('loader.js')?.matches).toEqual([...SITE_LOADER_MATCHES]);
    expect(declared('loader.js')?.exclude_matches).toEqual([...SITE_LOADER_EXCLUDES]);
    expect(new Set(declared('content-scripts/orders.js')?.matches)).toEqual(new Set(ORDER_MATCHES));
    for (const script of scripts) {
      for (const pattern of script.matches) {
        expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
        expect(SHOP_HOSTS).toContain(hostOf(pattern));
      }
      expect(script.all_frames ?? false).toBe(false);
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });

  it('exposes only the panel page (checkouts, order pages; elsewhere in Chrome only by a per-session address) and the checkout readers (where a loader imports one; added shops by that address)', () => {
    const resources = built.web_accessible_resources ?? [];
    if (built.manifest_version === 2) {
      expect(resources).toEqual(['panel.html', 'detector.js', 'shop-reader.js']);
      return;
    }
    const origins = [...new Set([...SITE_ORIGINS, ...ORDER_ORIGINS])];
    expect(resources).toEqual([
      { resources: ['panel.html'], matches: origins },
      // Only where the loader imports it: on checkouts it is declared.
      { resources: ['detector.js'], matches: [...SITE_LOADER_ORIGINS] },
      // Added shops frame it and load their reader; any other https page that tried would need the session's random address.
      { resources: ['panel.html', 'shop-reader.js'], matches: OPTIONAL_ORIGINS, use_dynamic_url: true },
    ]);
    for (const origin of origins) expect(SHOP_HOSTS).toContain(hostOf(origin));
  });

  it('gives extension pages a Content Security Policy at least as strict as the MV3 default', () => {
    const csp = built.content_security_policy;
    const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
    expect(typeof csp === 'string').toBe(built.manifest_version === 2);
    const directives = cspDirectives(policy ?? '');
    for (const [name, values] of Object.entries(REQUIRED_CSP)) expect(directives.get(name), name).toEqual(values);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Nothing anywhere in the policy reopens what the MV3 default keeps shut.
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|blob:|wasm-unsafe-eval/);
  });

  it('states the oldest browser it runs in, each in its own key', () => {
    const gecko = (built.browser_specific_settings as { gecko?: { strict_min_version?: string } } | undefined)?.gecko;
    if (target === 'chrome-mv3') {
      expect(built.minimum_chrome_version).toBe(MINIMUM_CHROME_VERSION);
    } else {
      expect(built.minimum_chrome_version).toBeUndefined();
      expect(gecko?.strict_min_version).toBe('140.0');
    }
  });

  it('has a background that is only our own packaged script', () => {
    const background = built.background ?? {};
    const scripts = background.service_worker ? [background.service_worker] : (background.scripts ?? []);
    expect(scripts).toEqual(['background.js']);
  });
});
