// Plain constants (no zod) because the content script imports them and must stay small.

export const SITE_IDS = [
  'jd',
  'taobao',
  'tmall',
  'alipay',
  'pinduoduo',
  'shopify',
  'woocommerce',
  'bigcommerce',
  'amazon',
  'walmart',
  'target',
  'newegg',
  'web',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

export const PROGRAM_IDS = [
  'jd-paylater',
  'jd-baitiao',
  'alipay-paylater',
  'alipay-huabei',
  'pdd-paylater',
  'wechat-payscore',
  'meituan-monthly',
  'douyin-monthly',
  'klarna',
  'afterpay',
  'affirm',
  'paypal-pay-in-4',
  'zip',
  'sezzle',
  'shop-pay-installments',
] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

/** What the shopper says a checkout shows of a program. (Here, not in corrections.ts, so the panel loads no zod.) */
export const SHOWN = ['offered', 'unavailable', 'absent'] as const;
export type Shown = (typeof SHOWN)[number];
/** What the extension read of it: the shopper's word stands while the page reads the same. */
export type Read = Shown | 'unknown';

/**
 * Countries the programs' terms are known for (ISO 3166-1 alpha-2), the ones a shopper may give as
 * theirs. Others are "another country" in the profile.
 */
export const COUNTRY_CODES = [
  'CN',
  'US',
  'CA',
  'GB',
  'IE',
  'AU',
  'NZ',
  'FR',
  'DE',
  'AT',
  'BE',
  'NL',
  'ES',
  'IT',
  'SE',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** Ordinary ways to pay shown beside the pay-later options: recognised, never given a status. */
export const WALLET_IDS = [
  'jd-pay',
  'wechat-pay',
  'alipay',
  'unionpay-quickpass',
  'paypal',
  'apple-pay',
  'google-pay',
  'shop-pay',
  'amazon-pay',
  'card',
] as const;
export type WalletId = (typeof WALLET_IDS)[number];

export function isProgramId(value: unknown): value is ProgramId {
  return typeof value === 'string' && (PROGRAM_IDS as readonly string[]).includes(value);
}

export function isSiteId(value: unknown): value is SiteId {
  return typeof value === 'string' && (SITE_IDS as readonly string[]).includes(value);
}
