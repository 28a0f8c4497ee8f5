import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { type LensDatabase, openDatabase } from '../../lib/store/db';

// Imported by a test file, this closes and deletes every database the file's test opened here.

const opened: Dexie[] = [];
let counter = 0;

/** Dexie keeps the indexedDB it saw at import: each test gets its own database name instead. */
export function freshDatabaseName(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** Opens (or reopens) a database that is closed and deleted after the test. */
export function openTestDatabase(name: string, options?: Parameters<typeof openDatabase>[1]): LensDatabase {
  const db = openDatabase(name, options);
  opened.push(db);
  return db;
}

afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const name of new Set(dbs.map((db) => db.name))) await Dexie.delete(name);
});
