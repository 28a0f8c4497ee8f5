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

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;
/** How much of a page's text is looked at for its script: its first few thousand characters. */
const SCRIPT_SAMPLE = 4000;

/** Whether a page's text is mostly Chinese: a character is a word, where a Latin word takes five letters. */
function writtenInHan(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < SCRIPT_SAMPLE; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') text += (node as Text).data;
  }
  return (text.match(HAN)?.length ?? 0) * 3 > (text.match(LATIN)?.length ?? 0);
}

/**
 * The page's own language, or else its title's script; a Chinese title over a page that declares
 * another language (a template's default lang="en") counts where the page's text is Chinese too. Not
 * kept per page: a page's script may still write its title and text.
 */
export function isChinese(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang');
  if (lang && /^zh\b/i.test(lang)) return true;
  return /\p{Script=Han}/u.test(doc.title) && (!lang || writtenInHan(doc));
}

const DOLLAR_PRICES = /\$\s?\d/g;
const YUAN_PRICES = /[¥￥]\s?\d|\d\s?元/g;
const dollarPages = new WeakMap<Document, boolean>();

/** Whether a page writes more of its prices in dollars than in yuan (counted once per page that shows any). */
function writesDollars(doc: Document): boolean {
  const known = dollarPages.get(doc);
  if (known !== undefined) return known;
  const text = doc.body?.textContent ?? '';
  const dollars = text.match(DOLLAR_PRICES)?.length ?? 0;
  const yuan = text.match(YUAN_PRICES)?.length ?? 0;
  if (dollars + yuan > 0) dollarPages.set(doc, dollars > yuan);
  return dollars > yuan;
}

/**
 * What a Chinese-language page's bare "$" is: yuan's sign never, so where a shop outside China (no .cn
 * domain) prices in dollars (a Chinese-language store selling in the US, AliExpress in Chinese), its
 * country's dollars, else US dollars. Undefined where the page prices in yuan.
 */
export function chineseShopCurrency(url: URL, doc: Document): string | undefined {
  if (url.hostname.endsWith('.cn') || !writesDollars(doc)) return undefined;
  const currency = shopCurrency(url, null);
  return currency && currency !== 'CNY' ? currency : 'USD';
}
