import { Dexie } from 'dexie';
import { DATABASE_NAME, type LensDatabase, openDatabase } from '../../lib/store/db';

let database: LensDatabase | undefined;

/** The one database handle of this worker; opened lazily so a wake-up that needs none opens none. */
export function db(): LensDatabase {
  database ??= openDatabase();
  return database;
}

/** Deletes the database; open extension pages close their handles when asked (Dexie does on versionchange). */
export async function deleteDatabase(): Promise<void> {
  database?.close();
  database = undefined;
  await Dexie.delete(DATABASE_NAME);
}
