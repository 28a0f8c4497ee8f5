import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded once `wanted` turns true, so that its code and everything it imports (zod, the
 * shop list and its reader) is not parsed before what must paint first.
 */
export function useLoadedWhen<T>(wanted: boolean, load: () => Promise<T>): T | undefined {
  const [loaded, setLoaded] = useState<{ value: T }>();
  const done = loaded !== undefined;
  useEffect(() => {
    if (!wanted || done) return;
    let current = true;
    void load().then((value) => {
      if (current) setLoaded({ value });
    });
    return () => {
      current = false;
    };
  }, [wanted, done, load]);
  return loaded?.value;
}
