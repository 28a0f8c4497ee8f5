import type { Locale } from '../lib/i18n';
import { localized } from '../lib/i18n';
import type { ProgramId } from '../lib/ids';
import { formatMoney, parseMoney } from '../lib/money';
import { programById } from '../lib/programs';

export function money(amount: number, currency: string, locale: Locale): string {
  return formatMoney({ amount, currency }, locale);
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
