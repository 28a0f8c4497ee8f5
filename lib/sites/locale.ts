import { type CheckoutVocabulary, inCurrency } from './dom';

// What a bare "$" or "kr" means on a shop outside the US: the shop's own currency, told by its
// country. Shops in Australia, Canada or Sweden write "$" and "kr" with nothing else on the page.

/** Currencies by country code, as a domain ends (shop.com.au) or a language tag's region says (en-AU). */
const BY_COUNTRY: Readonly<Record<string, string>> = {
  us: 'USD',
  au: 'AUD',
  nz: 'NZD',
  ca: 'CAD',
  uk: 'GBP',
  gb: 'GBP',
  se: 'SEK',
  no: 'NOK',
  dk: 'DKK',
  ch: 'CHF',
  pl: 'PLN',
  cz: 'CZK',
  hu: 'HUF',
  ro: 'RON',
  mx: 'MXN',
  cn: 'CNY',
  hk: 'HKD',
  sg: 'SGD',
  ...Object.fromEntries(
    'ie de fr nl fi at be es it pt lu ee lv lt sk si gr cy mt hr'.split(' ').map((c) => [c, 'EUR']),
  ),
};

/** Languages spoken in one currency's country only: a Swedish page prices in kronor, a Polish one in złoty, a Czech one in koruny. */
const BY_LANGUAGE: Readonly<Record<string, string>> = {
  sv: 'SEK',
  nb: 'NOK',
  nn: 'NOK',
  no: 'NOK',
  da: 'DKK',
  pl: 'PLN',
  cs: 'CZK',
  hu: 'HUF',
};

/**
 * The currency a shop prices in, by its domain's country (shop.com.au, butik.se), else its page's
 * language tag (en-AU, sv): undefined where neither says (a .com shop in English).
 */
export function shopCurrency(url: URL, lang: string | null | undefined): string | undefined {
  const country = url.hostname.split('.').at(-1)?.toLowerCase() ?? '';
  const [language = '', region = ''] = (lang ?? '').toLowerCase().split(/[-_]/);
  return BY_COUNTRY[country] ?? BY_COUNTRY[region] ?? BY_LANGUAGE[language];
}

/** A Western vocabulary as a shop in its own country reads it: its bare "$" or "kr" is its currency. */
export function localVocabulary(vocabulary: CheckoutVocabulary, url: URL, doc: Document): CheckoutVocabulary {
  return inCurrency(vocabulary, shopCurrency(url, doc.documentElement?.getAttribute('lang')));
}
