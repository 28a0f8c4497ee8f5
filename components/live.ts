import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { type LensDatabase, openDatabase } from '../lib/store/db';

export type Live<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'unavailable' };

/**
 * Follows a query on the extension's database, read directly (fast, no worker wake-up; writes go
 * through the background). The database is opened first because liveQuery alone waits forever
 * when IndexedDB cannot be opened (Firefox private browsing): then this says `unavailable`.
 * A null query waits, loading, until it is given one (a read that should start later).
 */
export function useLiveQuery<T>(query: ((db: LensDatabase) => Promise<T>) | null): Live<T> {
  const [state, setState] = useState<Live<T>>({ kind: 'loading' });
  useEffect(() => {
    if (query === null) return;
    let subscription: { unsubscribe(): void } | undefined;
    let closed = false;
    const unavailable = () => setState({ kind: 'unavailable' });
    const db = openDatabase();
    db.open().then(() => {
      if (closed) return;
      subscription = liveQuery(() => query(db)).subscribe({
        next: (value) => setState({ kind: 'ready', value }),
        error: unavailable,
      });
    }, unavailable);
    return () => {
      closed = true;
      subscription?.unsubscribe();
    };
  }, [query]);
  return state;
}
