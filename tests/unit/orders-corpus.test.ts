import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderReaderFor } from '../../lib/orders';
import { interpretOrder } from '../../lib/orders/interpret';
import { FIXTURES_DIR } from './fixtures';
import { styledDocument } from './styled';

// Order pages written by helpers who never saw the readers, each beside what a shopper reads on it
// (<name>.json: only the pay-later orders, interpreted). The readers must give exactly that.

const DIR = `${FIXTURES_DIR}orders-corpus/`;
/** The day the pages were written for: their countdowns (剩余5天) count from it. */
const NOW = Date.parse('2026-12-05T08:00:00+08:00');

interface Expected {
  readonly url: string;
  readonly orders: readonly {
    readonly orderId: string;
    readonly program: string;
    readonly amount: number | null;
    readonly state: string;
    readonly settled: boolean;
    readonly placed: string | null;
    readonly deadline: string | null;
  }[];
}

const PAGES = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(DIR + file, 'utf8')) as Expected),
  }));

describe.each(PAGES)('$name', ({ name, url, orders }) => {
  it('gives exactly the pay-later orders a shopper reads on it', () => {
    const address = new URL(url);
    const reader = orderReaderFor(address);
    const doc = styledDocument(readFileSync(`${DIR}${name}.html`, 'utf8'));
    const read = (reader?.read(doc, address).orders ?? []).map((facts) => {
      const order = reader ? interpretOrder(reader.site, facts, NOW) : undefined;
      return {
        orderId: facts.orderId,
        program: order?.program,
        amount: order?.amount ?? null,
        state: order?.state,
        settled: order?.settled,
        placed: order?.placed ?? null,
        deadline: order?.deadline ?? null,
      };
    });
    expect(read).toEqual(orders);
  });
});
