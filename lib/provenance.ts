import type { CalendarDate } from './dates';
import type { SiteId } from './ids';

/**
 * Where a due date came from, kept with it and shown beside it:
 * - `page`: the shop's or provider's own order page, read on `read` — a deadline the page states,
 *   or computed by the program's rule from the receipt or order date the page states;
 * - `estimate`: the program's rule from a guess (the goods assumed received the day they were bought);
 * - `rule`: the program's rule from known dates (the purchase, a receipt the shopper confirmed);
 * - `shopper`: entered or corrected by the shopper.
 */
export type DueFrom =
  | { readonly kind: 'page'; readonly site: SiteId; readonly read: CalendarDate; readonly basis: PageBasis }
  | { readonly kind: 'estimate' }
  | { readonly kind: 'rule' }
  | { readonly kind: 'shopper' };

export type PageBasis = 'stated' | 'receipt' | 'placed';

export const ESTIMATE: DueFrom = { kind: 'estimate' };
export const RULE: DueFrom = { kind: 'rule' };
export const SHOPPER: DueFrom = { kind: 'shopper' };

/**
 * How far a due date's source outranks another's: a date the provider states beats the shopper's
 * own correction, which beats a date computed from a page's dates, which beats the rule and the guess.
 */
export function dueRank(from: DueFrom | undefined): number {
  if (!from) return 0;
  switch (from.kind) {
    case 'estimate':
      return 0;
    case 'rule':
      return 1;
    case 'page':
      return from.basis === 'stated' ? 4 : 2;
    case 'shopper':
      return 3;
  }
}

/** The same source, whatever day the page was read. */
export function sameSource(a: DueFrom | undefined, b: DueFrom | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== 'page' || b.kind !== 'page') return a.kind === b.kind;
  return a.site === b.site && a.basis === b.basis;
}

/** Compact text form for spreadsheets: `page:jd:stated:2026-12-02`, `estimate`, `rule`, `shopper`. */
export function dueFromText(from: DueFrom | undefined): string {
  if (!from) return '';
  return from.kind === 'page' ? `page:${from.site}:${from.basis}:${from.read}` : from.kind;
}

/** Reads `dueFromText`'s form back; undefined for an empty cell, null for one that is not that form. */
export function parseDueFromText(text: string): DueFrom | undefined | null {
  if (text === '') return undefined;
  if (text === 'estimate' || text === 'rule' || text === 'shopper') return { kind: text };
  const match = /^page:([a-z]+):(stated|receipt|placed):(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (!match) return null;
  const [, site, basis, read] = match;
  return { kind: 'page', site, basis, read } as DueFrom;
}
