import type { Locale } from '../lib/i18n';
import { localized } from '../lib/i18n';
import type { ProgramId } from '../lib/ids';
import { parseMoney, toDecimalString } from '../lib/money';
import { programById } from '../lib/programs';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * formatMoney, with one Intl formatter per locale and currency: building a formatter per row is
 * what makes a list of thousands slow.
 */
export function money(amount: number, currency: string, locale: Locale): string {
  const key = `${locale}|${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, format);
  }
  // A decimal string is formatted exactly, without passing through a float.
  return format.format(toDecimalString({ amount, currency }) as unknown as number);
}

export function programName(id: ProgramId, locale: Locale): string {
  const program = programById(id);
  return program ? localized(program.name, locale) : id;
}

/**
 * An amount the shopper types for `currency`, as they would write it: "62.25", "62,25",
 * "1.234,56", "$62.25", "¥2,399". Null for anything else, a sign or another currency.
 */
export function parseTypedAmount(text: string, currency: string): number | null {
  const parsed = parseMoney(text.trim(), { defaultCurrency: currency, unmarked: true });
  return parsed && parsed.currency === currency && parsed.amount >= 0 ? parsed.amount : null;
}
