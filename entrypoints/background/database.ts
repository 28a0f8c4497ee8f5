import { type LensDatabase, openDatabase } from '../../lib/store/db';

let database: LensDatabase | undefined;

/** The one database handle of this worker; opened lazily so a wake-up that needs none opens none. */
export function db(): LensDatabase {
  database ??= openDatabase();
  return database;
}

/**
 * Empties every table in one transaction. Not a deletion of the database: that waits until every
 * open page lets go of its handle, and was seen to stall under load; empty tables hold nothing either.
 */
export async function clearDatabase(): Promise<void> {
  const database = db();
  await database.transaction('rw', database.tables, () => Promise.all(database.tables.map((table) => table.clear())));
}
