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

// Seeded with the currency every Chinese checkout uses: loading Intl's currency data costs a content
// script tens of milliseconds on its first price.
const fractionDigitsCache = new Map<string, number>([['CNY', 2]]);

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
 * Returns null when the text holds no price, more than one number, a negative or otherwise
 * implausible one: a page that confuses us must give no total rather than a wrong one.
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
  const digits = fractionDigits(currency);
  if (fraction.length > digits) return null;
  const integer = integerPart.replaceAll(',', '');
  if (integer.length > 12) return null;
  const minor = Number(integer) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return isMinorAmount(minor) ? minor : null;
}

/** The amount as an exact decimal string in major units: 239900 CNY → "2399.00". */
export function toDecimalString(money: Money): string {
  const digits = fractionDigits(money.currency);
  if (digits === 0) return String(money.amount);
  const padded = String(money.amount).padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

export function formatMoney(money: Money, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  // Intl accepts a decimal string and formats it exactly, without passing through a float.
  return format.format(toDecimalString(money) as unknown as number);
}

/**
 * Splits a total into `count` parts of integer minor units that add up exactly; the first
 * parts carry the remainder, as providers do when a total does not divide evenly.
 */
export function splitEvenly(total: number, count: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('total must be a non-negative integer');
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const base = Math.floor(total / count);
  const remainder = total - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** Adds amounts per currency. */
export function sumByCurrency(items: Iterable<Money>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amount);
  return totals;
}
