import { readFileSync } from 'node:fs';
import { isBuiltInHost } from '../../lib/shops';
import { siteForUrl } from '../../lib/sites';
import { addedShopSite } from '../../lib/sites/platforms';
import type { CheckoutReading } from '../../lib/sites/types';
import type { WesternCorpusPage } from '../corpus/readings-west';
import type { CorpusPage, PageState } from '../corpus/types';
import { FIXTURES_DIR } from './fixtures';
import { styledDocument } from './styled';

/** A page of either table: the Chinese shops' (in yuan) or the Western ones' (each with its currency). */
export type AnyCorpusPage = CorpusPage | WesternCorpusPage;

export type Reading = null | {
  readonly total: number | null;
  /** The total's currency: compared on Western pages, whose expectations name it. */
  readonly currency?: string;
  readonly programs: Partial<Record<string, PageState>>;
};

const STATES = { selectable: 'offered', unavailable: 'unavailable', unknown: 'unknown' } as const;

export function corpusDocument(page: string): Document {
  return styledDocument(readFileSync(`${FIXTURES_DIR}corpus/${page}.html`, 'utf8'));
}

/** Whether the page's expected reading names its currency (the Western table does). */
const namesCurrency = (page: AnyCorpusPage) => page.expected !== null && 'currency' in page.expected;

/**
 * What the reader makes of a corpus page, in the table's terms. The page's address picks the reader
 * as the extension does: a built-in shop's checkout, else an added shop's platform (from its marks).
 */
export function readingOf(page: AnyCorpusPage, doc = corpusDocument(page.page)): Reading {
  const url = new URL(page.url);
  // A built-in shop's host is never an added shop's: there only its own checkouts are read.
  const site = siteForUrl(url) ?? (isBuiltInHost(url.hostname) ? undefined : addedShopSite(url, doc));
  const reading: CheckoutReading | null | undefined = site?.read(doc, url);
  if (!reading) return null;
  const programs: Partial<Record<string, PageState>> = {};
  for (const option of reading.signals.options) programs[option.program] = STATES[option.state];
  return {
    total: reading.signals.total ?? null,
    ...(namesCurrency(page) ? { currency: reading.signals.currency } : {}),
    programs,
  };
}

export const KINDS = [
  'right',
  'wrong status',
  'program missing',
  'program extra',
  'false panel',
  'missed panel',
  'wrong total',
  'wrong currency',
] as const;
export type Kind = (typeof KINDS)[number];

/** How a reading differs from the expected one: empty when it is right. */
export function mistakes(expected: Reading, actual: Reading): Kind[] {
  if (expected === null) return actual === null ? [] : ['false panel'];
  if (actual === null) return ['missed panel'];
  const found: Kind[] = [];
  const programs = new Set([...Object.keys(expected.programs), ...Object.keys(actual.programs)]);
  for (const program of programs) {
    const want = expected.programs[program];
    const got = actual.programs[program];
    if (want === undefined) found.push('program extra');
    else if (got === undefined) found.push('program missing');
    else if (want !== got) found.push('wrong status');
  }
  if (expected.total !== actual.total) found.push('wrong total');
  if (expected.currency !== actual.currency) found.push('wrong currency');
  return [...new Set(found)];
}
