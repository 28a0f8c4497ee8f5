import { afterAll, describe, expect, it } from 'vitest';
import { orderReaderFor } from '../../lib/orders';
import { interpretOrder } from '../../lib/orders/interpret';
import { READINGS } from '../corpus/readings';
import { READINGS_WEST } from '../corpus/readings-west';
import { type AnyCorpusPage, corpusDocument, KINDS, type Kind, mistakes, readingOf } from './corpus';

/** The Chinese shops' pages and the Western ones', in one table. */
const PAGES: readonly AnyCorpusPage[] = [...READINGS, ...READINGS_WEST];

const table = new Map<string, Record<Kind, number>>();

function count(site: string, kinds: readonly Kind[]): void {
  const row = table.get(site) ?? (Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>);
  if (kinds.length === 0) row.right++;
  for (const kind of kinds) row[kind]++;
  table.set(site, row);
}

describe('detection corpus', () => {
  afterAll(() => {
    const lines = [`| site | pages | ${KINDS.join(' | ')} |`, `|---|---|${KINDS.map(() => '---').join('|')}|`];
    for (const [site, row] of table) {
      const pages = PAGES.filter((page) => page.site === site).length;
      lines.push(`| ${site} | ${pages} | ${KINDS.map((kind) => row[kind]).join(' | ')} |`);
    }
    console.log(
      `Detection corpus, ${PAGES.length} pages (late pages as served, before their script):\n${lines.join('\n')}`,
    );
  });

  it.each(PAGES.map((page) => [page.page, page] as const))('%s', (_name, page) => {
    // A late page as served has no payment step yet: whatever else it mentions, no panel.
    const expected = page.kind === 'late' ? null : page.expected;
    const actual = readingOf(page);
    const found = mistakes(expected, actual);
    count(page.site, found);
    expect({ found, actual }).toEqual({ found: [], actual: expected });
  });
});

describe('corpus pages at an order page’s address', () => {
  const atOrderPage = PAGES.filter((page) => orderReaderFor(new URL(page.url)));

  it('are the pages that say which orders they show, and no others', () => {
    expect(PAGES.filter((page) => 'orders' in page).map(({ page }) => page)).toEqual(
      atOrderPage.map(({ page }) => page),
    );
  });

  // The orders panel reads them: exactly the pay-later orders the page shows.
  it.each(atOrderPage.map((page) => [page.page, page] as const))('%s', (_name, page) => {
    const url = new URL(page.url);
    const reader = orderReaderFor(url);
    const now = Date.parse('2026-12-07T08:00:00+08:00');
    const orders = (reader?.read(corpusDocument(page.page), url).orders ?? []).flatMap((facts) => {
      const order = reader && interpretOrder(reader.site, facts, now);
      return order ? [{ order: order.orderId, program: order.program, amount: order.amount ?? null }] : [];
    });
    expect(orders).toEqual('orders' in page ? page.orders : undefined);
  });
});
