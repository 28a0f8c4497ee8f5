import type { CountryCode } from './ids';

const names = new Map<string, Intl.DisplayNames>();

/** A country's name in the shopper's language, from the platform's own data: "United States", "美国". */
export function countryName(code: CountryCode, locale: 'en' | 'zh-CN'): string {
  let display = names.get(locale);
  if (!display) {
    display = new Intl.DisplayNames([locale], { type: 'region' });
    names.set(locale, display);
  }
  return display.of(code) ?? code;
}

/** Several countries' names as one phrase: "the United States, Canada", "美国、加拿大". */
export function countryList(codes: readonly CountryCode[], locale: 'en' | 'zh-CN'): string {
  return codes.map((code) => countryName(code, locale)).join(locale === 'zh-CN' ? '、' : ', ');
}

/** The currency each country's shops charge in, to tell whether an order's currency names its country. */
export const COUNTRY_CURRENCY: Record<CountryCode, string> = {
  CN: 'CNY',
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  IE: 'EUR',
  AU: 'AUD',
  NZ: 'NZD',
  FR: 'EUR',
  DE: 'EUR',
  AT: 'EUR',
  BE: 'EUR',
  NL: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  SE: 'SEK',
};
