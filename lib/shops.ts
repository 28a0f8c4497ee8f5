import { z } from 'zod';
import { SITE_MATCHES } from './sites';

// Shops the shopper adds: one https origin each, asked for by itself. A shop is its host, on any
// port, because browsers' host permissions name hosts; its origin is kept as `https://<host>`.

/** The most shops a list may hold: each is a permission and a content-script match. */
export const MAX_SHOPS = 200;

export type ShopOriginProblem = 'empty' | 'invalid' | 'not-https' | 'built-in';

export type ShopOriginResult =
  | { readonly ok: true; readonly origin: string }
  | { readonly ok: false; readonly problem: ShopOriginProblem };

/** Host patterns of the built-in content script: `*.alipay.com` or a host name. */
const BUILT_IN_HOSTS: readonly string[] = SITE_MATCHES.map((pattern) =>
  pattern.replace(/^[^:]+:\/\/([^/]+)\/.*$/, '$1'),
);

/** Whether the built-in content script already runs on this host (a second one would fight it). */
export function isBuiltInHost(hostname: string): boolean {
  return BUILT_IN_HOSTS.some((host) =>
    host.startsWith('*.') ? hostname === host.slice(2) || hostname.endsWith(host.slice(1)) : hostname === host,
  );
}

/**
 * The shop a shopper means by what they typed or the page they are on: `shop.example`,
 * `https://shop.example/checkout?x`, `SHOP.example.` all mean `https://shop.example`. Only https:
 * a checkout over plain http is no place to pay, and the extension asks for no http site.
 */
export function parseShopOrigin(input: string): ShopOriginResult {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const withScheme =
    /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:/]+:\d+(?:[/?#]|$)/.test(text) ? text : `https://${text}`;
  if (!URL.canParse(withScheme)) return { ok: false, problem: 'invalid' };
  const url = new URL(withScheme);
  if (url.protocol === 'http:') return { ok: false, problem: 'not-https' };
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return { ok: false, problem: 'invalid' };
  const hostname = url.hostname.replace(/\.$/, '');
  // An empty label (a..b) or a wildcard cannot name one shop.
  if (hostname === '' || hostname.split('.').some((label) => label === '') || hostname.includes('*'))
    return { ok: false, problem: 'invalid' };
  if (isBuiltInHost(hostname)) return { ok: false, problem: 'built-in' };
  return { ok: true, origin: `https://${hostname}` };
}

/** The host permission and content-script match for a shop: `https://<host>/*`. */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The shop a granted host permission stands for, if it names exactly one https host we do not read already. */
export function patternOrigin(pattern: string): string | undefined {
  const host = /^https:\/\/([^/*:]+)\/\*$/.exec(pattern)?.[1];
  if (!host) return undefined;
  const parsed = parseShopOrigin(`https://${host}`);
  return parsed.ok && parsed.origin === `https://${host}` ? parsed.origin : undefined;
}

/** Whether a page's address is on this shop (any path, any port). */
export function onShop(url: URL, origin: string): boolean {
  return url.protocol === 'https:' && `https://${url.hostname}` === origin;
}

// Built on first use (z.lazy), as the worker's other schemas are: not as the worker starts.
const ShopOrigin = z.lazy(() =>
  z.string().refine((origin) => {
    const parsed = parseShopOrigin(origin);
    return parsed.ok && parsed.origin === origin;
  }, 'not a shop origin'),
);

export const AddedShop = z.lazy(() =>
  z.object({ origin: ShopOrigin, addedAt: z.number().int().nonnegative() }).strict(),
);
export type AddedShop = z.infer<typeof AddedShop>;

/** Popup or dashboard → background: a shop by its origin. */
export const ShopRequest = z.lazy(() => z.object({ origin: ShopOrigin }).strict());

/** The stored list, keeping every well-formed entry once: a damaged entry never hides the others. */
export function parseAddedShops(raw: unknown): AddedShop[] {
  if (!Array.isArray(raw)) return [];
  const shops = new Map<string, AddedShop>();
  for (const entry of raw.slice(0, MAX_SHOPS)) {
    const parsed = AddedShop.safeParse(entry);
    if (parsed.success && !shops.has(parsed.data.origin)) shops.set(parsed.data.origin, parsed.data);
  }
  return [...shops.values()];
}
