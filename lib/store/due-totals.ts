import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { CalendarDate } from '../dates';
import type { ProgramId } from '../ids';
import type { Installment } from './db';

// The popup's totals and group sizes need the amount of every unpaid row due within 30 days, and
// IndexedDB reads rows (even index keys) one by one: thousands of them cost tens of milliseconds.
// These per-day sums hold the same in a few hundred rows for years of bills. Every write to
// installments keeps them in step, in its own transaction, through the middleware below, so no
// code path (tracking, payments, edits, imports, deletion, tests seeding rows) can forget them.
// As with Dexie's own hooks, a write is placed only once the rows it replaces are read: within a
// transaction, await a write before reading what it wrote (the store's code does).

/** Unpaid installments due on one day, of one program, in one currency. */
export interface DueTotal {
  due: CalendarDate;
  program: ProgramId;
  currency: string;
  /** How many (never 0: the row is deleted instead). */
  count: number;
  /** Their amounts added up, minor units. */
  amount: number;
}

export const DUE_TOTALS_TABLE = 'dueTotals';
const INSTALLMENTS_TABLE = 'installments';

type TotalKey = [CalendarDate, ProgramId, string];

interface Change {
  key: TotalKey;
  count: number;
  amount: number;
}

/** Net changes to the totals, by day, program and currency. */
class Changes {
  readonly byKey = new Map<string, Change>();

  add(row: Installment | undefined, sign: 1 | -1): void {
    if (row?.status !== 'upcoming') return;
    const id = `${row.due}\n${row.program}\n${row.currency}`;
    let change = this.byKey.get(id);
    if (!change) {
      change = { key: [row.due, row.program, row.currency], count: 0, amount: 0 };
      this.byKey.set(id, change);
    }
    change.count += sign;
    change.amount += sign * row.amount;
  }
}

/** The totals of these rows, as the stored ones must be for the rows stored. */
export function dueTotalsOf(rows: Iterable<Installment>): DueTotal[] {
  const changes = new Changes();
  for (const row of rows) changes.add(row, 1);
  return [...changes.byKey.values()].map(({ key: [due, program, currency], count, amount }) => ({
    due,
    program,
    currency,
    count,
    amount,
  }));
}

async function apply(totals: DBCoreTable, trans: DBCoreTransaction, changes: Changes): Promise<void> {
  const changed = [...changes.byKey.values()].filter((change) => change.count !== 0 || change.amount !== 0);
  if (changed.length === 0) return;
  const current: (DueTotal | undefined)[] = await totals.getMany({ trans, keys: changed.map((change) => change.key) });
  const puts: DueTotal[] = [];
  const deletes: TotalKey[] = [];
  for (const [index, { key, count, amount }] of changed.entries()) {
    const before = current[index];
    const total = { due: key[0], program: key[1], currency: key[2], count, amount };
    if (before) {
      total.count += before.count;
      total.amount += before.amount;
    }
    if (total.count === 0) deletes.push(key);
    else puts.push(total);
  }
  if (puts.length > 0) await totals.mutate({ trans, type: 'put', values: puts });
  if (deletes.length > 0) await totals.mutate({ trans, type: 'delete', keys: deletes });
}

/** A write to installments, then the matching change to the totals. */
async function mutateWithTotals(
  installments: DBCoreTable,
  totals: DBCoreTable,
  request: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = request;
  if (request.type === 'deleteRange') {
    // Dexie's clear(): every row goes, and every total with them, without reading the rows.
    if (request.range.type === 3 /* DBCoreRangeType.Any */) {
      const response = await installments.mutate(request);
      await totals.mutate({ trans, type: 'deleteRange', range: request.range });
      return response;
    }
    const { result } = await installments.query({
      trans,
      values: true,
      query: { index: installments.schema.primaryKey, range: request.range },
    });
    const response = await installments.mutate(request);
    const changes = new Changes();
    for (const row of result as Installment[]) changes.add(row, -1);
    await apply(totals, trans, changes);
    return response;
  }
  const values = request.type === 'delete' ? undefined : (request.values as readonly Installment[]);
  const keys: unknown[] =
    request.type === 'delete'
      ? request.keys
      : (request.keys ?? (values ?? []).map((row) => installments.schema.primaryKey.extractKey?.(row)));
  const before: (Installment | undefined)[] = await installments.getMany({ trans, keys });
  const response = await installments.mutate(request);
  // Row by row, as the store applied them: one request may write a key twice.
  const latest = new Map<unknown, Installment | undefined>();
  const changes = new Changes();
  for (const [index, key] of keys.entries()) {
    if (response.failures[index]) continue;
    changes.add(latest.has(key) ? latest.get(key) : before[index], -1);
    const after = values?.[index];
    changes.add(after, 1);
    latest.set(key, after);
  }
  await apply(totals, trans, changes);
  return response;
}

function hasTotals(trans: DBCoreTransaction): boolean {
  // False only inside the upgrade to a version older than the one that created the table (whose
  // own upgrade then computes every total from the rows).
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(DUE_TOTALS_TABLE);
}

/** Writes within one transaction update the totals one after another, so none is lost. */
const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();

function inTurn<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
  const result = (queues.get(trans) ?? Promise.resolve()).then(work);
  queues.set(
    trans,
    result.catch(() => undefined),
  );
  return result;
}

export const dueTotalsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DueTotals',
  create(down) {
    const enabled = down.schema.tables.some((table) => table.name === DUE_TOTALS_TABLE);
    if (!enabled) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(INSTALLMENTS_TABLE) && !stores.includes(DUE_TOTALS_TABLE);
        return down.transaction(widen ? [...stores, DUE_TOTALS_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== INSTALLMENTS_TABLE) return table;
        const totals = down.table(DUE_TOTALS_TABLE);
        return {
          ...table,
          mutate: (request) =>
            hasTotals(request.trans)
              ? inTurn(request.trans, () => mutateWithTotals(table, totals, request))
              : table.mutate(request),
        };
      },
    };
  },
};
