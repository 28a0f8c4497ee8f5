/**
 * Money is an integer count of minor units (fen, cents) plus an ISO 4217 code. Never a float of
 * yuan: 0.1 + 0.2 is not a price.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** Above this many minor units (10 million in major units) a "price" on a page is a parsing accident. */
export const MAX_MINOR_UNITS = 1_000_000_000;

// Seeded with the currencies the checkouts we read use: loading Intl's currency data costs a content
// script tens of milliseconds on its first price.
const fractionDigitsCache = new Map(
  'CNY USD EUR GBP AUD CAD NZD SEK NOK DKK CHF PLN CZK HUF RON MXN'.split(' ').map((code) => [code, 2]),
);

/** Minor-unit exponent of a currency (CNY 2, JPY 0), as the platform's Intl data says. */
export function fractionDigits(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

export function isCurrencyCode(value: string): boolean {
  if (!/^[A-Z]{3}$/.test(value)) return false;
  try {
    fractionDigits(value);
    return true;
  } catch {
    return false;
  }
}

export function isMinorAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_MINOR_UNITS;
}

const NUMBER_IN_TEXT = /\d[\d,]*(?:\.\d+)?/g;
/** A minus sign before the price, perhaps with a currency sign between: "-¥50", "¥ −50". */
const NEGATIVE = /[-\u2012\u2013\u2212][¥￥$€£\s]*$/;

/**
 * Folds full-width ASCII (digits, comma, point, minus) to ASCII. Not NFKC: that also turns
 * superscripts and circled digits (a footnote mark "¹", "①") into digits of the price.
 */
function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * Reads a price such as `￥2,399.00`, `¥ 89.90`, `1299.00元` or `¥19.9` as integer minor units.
 * Returns null when the text holds no price, more than one number, another currency's mark, a
 * negative or otherwise implausible one: a page that confuses us must give no total rather than a wrong one.
 */
export function parsePrice(text: string, currency = 'CNY'): number | null {
  if (text.length > 200) return null;
  // Spaces go, except between digits: "2 99.00" is two numbers, not 299.
  const normalised = foldFullWidth(text).replace(/\s+/g, (space, at: number, whole: string) =>
    /\d/.test(whole[at - 1] ?? '') && /\d/.test(whole[at + space.length] ?? '') ? ' ' : '',
  );
  const numbers = [...normalised.matchAll(NUMBER_IN_TEXT)];
  if (numbers.length !== 1) return null;
  const [match] = numbers;
  if (match === undefined) return null;
  const literal = match[0];
  // "-¥50", ".5": reading on would drop the sign or the leading point and give a wrong amount.
  const before = normalised.slice(0, match.index);
  if (NEGATIVE.test(before) || /[.,]$/.test(before)) return null;
  const [integerPart = '', fraction = ''] = literal.split('.');
  if (integerPart.includes(',') && !/^\d{1,3}(?:,\d{3})+$/.test(integerPart)) return null;
  const minor = minorUnits(integerPart.replaceAll(',', ''), fraction, currency);
  // "HK$89.90", "US$12" or "€5" is no price in yuan.
  return currencyOf(normalised, { defaultCurrency: currency, unmarked: true }) === currency ? minor : null;
}

/** Whole and fraction digits as minor units; null past the currency's fraction digits or any plausible price. */
function minorUnits(integer: string, fraction: string, currency: string): number | null {
  const digits = fractionDigits(currency);
  if (fraction.length > digits || integer.length > 12) return null;
  const minor = Number(integer) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return isMinorAmount(minor) ? minor : null;
}

/** A price read from a page: integer minor units, negative for a discount or refund line. */
export interface ParsedMoney {
  readonly amount: number;
  readonly currency: string;
}

export interface MoneyOptions {
  /**
   * The page's own currency. A bare "$" (or "¥") means it when it is a dollar (or yen/yuan)
   * currency; any other bare symbol or a clash gives no price: a currency is never guessed.
   */
  readonly defaultCurrency?: string;
  /** A number with no currency mark at all is in `defaultCurrency` (the caller knows the field). */
  readonly unmarked?: boolean;
}

/**
 * Marks written beside a price, longest first so that "A$" is not read as "$": a dollar with its
 * country before or after it (US$, A$, CA$, $CA, NZ$, HK$, NT$, S$, R$, …), £, €, yen or yuan, zł, "$", the Nordic
 * crowns' "kr" (kr., Kr., and Dkr, Nkr, Skr as Swedish writes the others'), the Czech crown's Kč, the
 * forint's Ft, the leu's lei, or three capitals.
 */
const CURRENCY_MARK =
  /(?<![A-Za-z])(US|AU|CA|NZ|HK|NT|SG|MX|[ACRS])\$|\$ ?(US|AU|CA|NZ|HK|SG|MX)\b|(CN|JP)?¥|[£€元]|zł|\$|(?<![A-Za-z])([DNS])?[Kk]r\.?(?![A-Za-z])|(?<![A-Za-z])(?:Kč|Ft\.?|lei)(?![A-Za-z])|\b[A-Z]{3}(?=[Kk]r\b|(?![A-Za-z]))/g;

/** The ISO code a dollar's country letters make where it is not the letters and D: "A" → AUD, "NT" → TWD. */
const DOLLAR_CURRENCY: Record<string, string> = { A: 'AUD', C: 'CAD', S: 'SGD', NT: 'TWD', MX: 'MXN', R: 'BRL' };
const SIGN_CURRENCY: Record<string, string> = {
  '£': 'GBP',
  '€': 'EUR',
  元: 'CNY',
  zł: 'PLN',
  Kč: 'CZK',
  Ft: 'HUF',
  'Ft.': 'HUF',
  lei: 'RON',
};
/** The crown a country letter before "kr" makes: "Dkr" → DKK. */
const CROWN_COUNTRY: Record<string, string> = { D: 'DKK', N: 'NOK', S: 'SEK' };
/** ISO codes read as a currency beside a price; other capitals (TAX, VAT, QTY) are words. */
const CODES = 'USD GBP EUR AUD CAD NZD CNY JPY SEK NOK DKK CHF PLN CZK HUF RON HKD TWD SGD MXN BRL';
/** Currencies a bare "$", "¥" or "kr" may stand for, when the page's currency is one of them. */
const BARE: Record<string, string> = { $: 'USD AUD CAD NZD HKD SGD MXN', '¥': 'CNY JPY', kr: 'SEK NOK DKK ISK' };

/** A mark's ISO code, a key of BARE for a bare one, or undefined for capitals that are no currency. */
function markCurrency([mark, before, after, yen, crown]: RegExpExecArray | RegExpMatchArray): string | undefined {
  const country = before ?? after;
  if (country) return DOLLAR_CURRENCY[country] ?? `${country}D`;
  if (yen) return yen === 'CN' ? 'CNY' : 'JPY';
  if (crown) return CROWN_COUNTRY[crown];
  if (/^kr\.?$/i.test(mark)) return 'kr';
  if (mark in SIGN_CURRENCY) return SIGN_CURRENCY[mark];
  if (mark.length < 3) return mark;
  // Renminbi, as Apple's Chinese store and others write the yuan: RMB 9,999.
  if (mark === 'RMB') return 'CNY';
  return CODES.includes(mark) ? mark : undefined;
}

/**
 * A price in one of the ways shops write it: grouped by comma, point, space (U+00A0, U+202F) or
 * apostrophe in threes, with a point or comma for the fraction (`1,234.56`, `1.234,56`,
 * `1 234,56`, `1'234.56`), or ungrouped (`1234,56`). A lone separator before exactly three digits
 * groups (`$1,000`, `1.234 €`): no two-decimal currency has three.
 */
const AMOUNT = /\d{1,3}([,. '’])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?/g;

/**
 * Reads a payable amount as Western shops write it (`$1,234.56`, `US$ 1,234.56`, `£1,234.56`,
 * `1.234,56 €`, `1 234,56 €`, `USD 1,234.56`, `-A$5.00`, `(C$5.00)`) as integer minor units and
 * the ISO currency. Null when the text holds no price, more than one number, currencies that
 * disagree, a mark that cannot be resolved, or an implausible amount: no total beats a wrong one.
 */
export function parseMoney(text: string, options: MoneyOptions = {}): ParsedMoney | null {
  if (text.length > 200) return null;
  // Dashes and the minus sign as "-", every space (U+00A0, U+202F, …) as " ", "￥" as "¥".
  const normal = foldFullWidth(text)
    .replace(/[\u2012-\u2014\u2212\ufe63]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\uffe5/g, '¥');
  const found = [...normal.matchAll(AMOUNT)];
  const match = found[0];
  if (found.length !== 1 || match === undefined) return null;
  const before = normal.slice(0, match.index);
  const after = normal.slice(match.index + match[0].length);
  const currency = currencyOf(`${before} ${after}`, options);
  if (currency === undefined) return null;
  const signs = before.replace(CURRENCY_MARK, '').trimEnd();
  // ".5": reading on would drop the leading point.
  if (/[.,]$/.test(signs)) return null;
  const [literal, group] = match;
  const decimalAt = Math.max(literal.lastIndexOf('.'), literal.lastIndexOf(','));
  const hasFraction = decimalAt >= 0 && literal[decimalAt] !== group;
  const integer = (hasFraction ? literal.slice(0, decimalAt) : literal).replace(/\D/g, '');
  // "0.500" is no grouping.
  const minor =
    group && integer[0] === '0' ? null : minorUnits(integer, hasFraction ? literal.slice(decimalAt + 1) : '', currency);
  if (!minor) return minor === 0 ? { amount: 0, currency } : null;
  const negative = /-$/.test(signs) || (/\($/.test(signs) && /^ *\)/.test(after.replace(CURRENCY_MARK, '')));
  return { amount: negative ? -minor : minor, currency };
}

/** The one currency the marks around a price name, resolving a bare "$" or "¥" to the page's. */
function currencyOf(marks: string, { defaultCurrency, unmarked }: MoneyOptions): string | undefined {
  let named: string | undefined;
  const bare: string[] = [];
  for (const found of marks.matchAll(CURRENCY_MARK)) {
    const code = markCurrency(found);
    if (code !== undefined && code in BARE) bare.push(code);
    else if (code === undefined) continue;
    else if (named !== undefined && named !== code) return undefined;
    else named = code;
  }
  const candidate = named ?? (bare.length > 0 || unmarked ? defaultCurrency : undefined);
  return candidate && bare.every((symbol) => BARE[symbol]?.includes(candidate)) ? candidate : undefined;
}

/** The amount as an exact decimal string in major units: 239900 CNY → "2399.00". */
export function toDecimalString(money: Money): string {
  const digits = fractionDigits(money.currency);
  if (digits === 0) return String(money.amount);
  const padded = String(money.amount).padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/**
 * Formatters by locale and currency: building one costs about a hundred times formatting with it,
 * and a panel or a list formats many amounts.
 */
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    moneyFormats.set(key, format);
  }
  // Intl accepts a decimal string and formats it exactly, without passing through a float.
  return format.format(toDecimalString(money) as unknown as number);
}

/**
 * Splits a total into `count` parts of integer minor units that add up exactly: equal parts, the
 * first carrying what does not divide ($249.01 in 4: $62.26, then 3 × $62.25), as providers
 * show a plan whose first payment is taken at checkout.
 */
export function splitEvenly(total: number, count: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('total must be a non-negative integer');
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const base = Math.floor(total / count);
  return Array.from({ length: count }, (_, index) => (index === 0 ? total - base * (count - 1) : base));
}

/** Adds amounts per currency. */
export function sumByCurrency(items: Iterable<Money>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amount);
  return totals;
}
