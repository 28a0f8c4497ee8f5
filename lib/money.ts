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

const fractionDigitsCache = new Map<string, number>();

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

/**
 * Reads a price such as `￥2,399.00`, `¥ 89.90`, `1299.00元` or `¥19.9` as integer minor units.
 * Returns null when the text holds no price, more than one number, or an implausible one: a page
 * that confuses us must give no total rather than a wrong one.
 */
export function parsePrice(text: string, currency = 'CNY'): number | null {
  if (text.length > 200) return null;
  // NFKC folds full-width digits, commas, points and the full-width yen sign.
  const normalised = text.normalize('NFKC').replace(/\s+/g, '');
  const numbers = normalised.match(NUMBER_IN_TEXT);
  if (numbers?.length !== 1) return null;
  const [literal] = numbers;
  if (literal === undefined) return null;
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
