import { type LensDatabase, openDatabase } from '../../lib/store/db';

let database: LensDatabase | undefined;

/** The one database handle of this worker; opened lazily so a wake-up that needs none opens none. */
export function db(): LensDatabase {
  database ??= openDatabase();
  return database;
}
