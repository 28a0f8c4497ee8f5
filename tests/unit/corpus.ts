import { readFileSync } from 'node:fs';
import { siteForUrl } from '../../lib/sites';
import type { CheckoutReading } from '../../lib/sites/types';
import type { CorpusPage, PageState } from '../corpus/types';
import { FIXTURES_DIR } from './fixtures';
import { styledDocument } from './styled';

export type Reading = CorpusPage['expected'];

const STATES = { selectable: 'offered', unavailable: 'unavailable', unknown: 'unknown' } as const;

export function corpusDocument(page: string): Document {
  return styledDocument(readFileSync(`${FIXTURES_DIR}corpus/${page}.html`, 'utf8'));
}

/** What the reader makes of a corpus page, in the table's terms. */
export function readingOf(page: CorpusPage, doc = corpusDocument(page.page)): Reading {
  const url = new URL(page.url);
  const reading: CheckoutReading | null | undefined = siteForUrl(url)?.read(doc, url);
  if (!reading) return null;
  const programs: Partial<Record<string, PageState>> = {};
  for (const option of reading.signals.options) programs[option.program] = STATES[option.state];
  return { total: reading.signals.total ?? null, programs };
}

export const KINDS = [
  'right',
  'wrong status',
  'program missing',
  'program extra',
  'false panel',
  'missed panel',
  'wrong total',
] as const;
export type Kind = (typeof KINDS)[number];

/** How a reading differs from the expected one: empty when it is right. */
export function mistakes(expected: Reading, actual: Reading): Kind[] {
  if (expected === null) return actual === null ? [] : ['false panel'];
  if (actual === null) return ['missed panel'];
  const found: Kind[] = [];
  const programs = new Set([...Object.keys(expected.programs), ...Object.keys(actual.programs)]);
  for (const program of programs) {
    const want = expected.programs[program as keyof typeof expected.programs];
    const got = actual.programs[program as keyof typeof actual.programs];
    if (want === undefined) found.push('program extra');
    else if (got === undefined) found.push('program missing');
    else if (want !== got) found.push('wrong status');
  }
  if (expected.total !== actual.total) found.push('wrong total');
  return [...new Set(found)];
}
