import type { Locale } from '../lib/i18n';
import { localized } from '../lib/i18n';
import type { ProgramId } from '../lib/ids';
import { toDecimalString } from '../lib/money';
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
