import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

// Sync needs to know which bills changed here, and when, whatever code path changed them (tracking,
// payments, edits, imports, an order page's update, deletion). This middleware notes the bill's id
// and the time in `syncDirty` in the same transaction as every write to bills or installments,
// whether sync is on or not: turned on later, the changes made meanwhile carry their real time.
// Clearing a whole table is "delete everything", which clears the sync tables too: not noted.

export const SYNC_DIRTY_TABLE = 'syncDirty';
const WATCHED = new Set(['bills', 'installments']);

/** A bill changed here at `at` (epoch ms) that sync has not yet taken in. */
export interface DirtyMark {
  id: string;
  at: number;
}

/** The bill an installment id belongs to: ids are `${billId}#${sequence}` (only such bills sync). */
function billOfInstallment(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const hash = id.lastIndexOf('#');
  return hash > 0 ? id.slice(0, hash) : undefined;
}

function billsOf(table: DBCoreTable, keys: readonly unknown[]): string[] {
  return keys.map((key) => (table.name === 'installments' ? billOfInstallment(key) : key)).filter(isId);
}

function isId(value: unknown): value is string {
  return typeof value === 'string';
}

/**
 * The bills a write changes. Chained with then(), never awaited: Dexie keeps its transaction's
 * zone through then() on the requests below, not through an await in between.
 */
function changedBills(table: DBCoreTable, request: DBCoreMutateRequest): Promise<string[]> {
  switch (request.type) {
    case 'add':
    case 'put':
      return Promise.resolve(
        request.values
          .map((row: { id?: unknown; billId?: unknown }) => (table.name === 'installments' ? row.billId : row.id))
          .filter(isId),
      );
    case 'delete':
      return Promise.resolve(billsOf(table, request.keys));
    case 'deleteRange':
      if (request.range.type === 3 /* DBCoreRangeType.Any */) return Promise.resolve([]);
      return table
        .query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } })
        .then(({ result }) => billsOf(table, result));
  }
}

function hasDirtyTable(trans: DBCoreTransaction): boolean {
  // False inside the upgrades to versions older than the one that created the table.
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(SYNC_DIRTY_TABLE);
}

/** Bills already noted in a transaction: one write of bill and rows (tracking writes four) notes it once. */
const noted = new WeakMap<DBCoreTransaction, Set<string>>();

function notYetNoted(trans: DBCoreTransaction, ids: readonly string[]): string[] {
  let seen = noted.get(trans);
  if (!seen) {
    seen = new Set();
    noted.set(trans, seen);
  }
  const fresh: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    fresh.push(id);
  }
  return fresh;
}

export function syncDirtyMiddleware(now: () => number = Date.now): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'SyncDirty',
    create(down) {
      if (!down.schema.tables.some((table) => table.name === SYNC_DIRTY_TABLE)) return down;
      return {
        ...down,
        transaction(stores, mode, options) {
          const widen =
            mode === 'readwrite' && stores.some((name) => WATCHED.has(name)) && !stores.includes(SYNC_DIRTY_TABLE);
          return down.transaction(widen ? [...stores, SYNC_DIRTY_TABLE] : stores, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!WATCHED.has(name)) return table;
          const dirty = down.table(SYNC_DIRTY_TABLE);
          return {
            ...table,
            mutate: (request) => {
              if (!hasDirtyTable(request.trans)) return table.mutate(request);
              return changedBills(table, request).then((ids) =>
                table.mutate(request).then((response) => {
                  const at = now();
                  const values = notYetNoted(request.trans, ids).map((id) => ({ id, at }));
                  if (values.length === 0) return response;
                  return dirty.mutate({ trans: request.trans, type: 'put', values }).then(() => response);
                }),
              );
            },
          };
        },
      };
    },
  };
}
