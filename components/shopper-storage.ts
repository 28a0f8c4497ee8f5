import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** A value kept in storage.local, parsed on every read and following changes made elsewhere. */
export function useStoredValue<T>(key: string, parse: (raw: unknown) => T): T {
  const [value, setValue] = useState<T>(() => parse(undefined));
  useEffect(() => {
    void browser.storage.local.get(key).then((stored) => setValue(parse(stored[key])));
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) setValue(parse(changes[key]?.newValue));
    };
    browser.storage.local.onChanged.addListener(listener);
    return () => browser.storage.local.onChanged.removeListener(listener);
  }, [key, parse]);
  return value;
}

/** Reads the stored value, changes it and writes it back: edits made elsewhere since are kept. */
export async function updateStoredValue<T>(
  key: string,
  parse: (raw: unknown) => T,
  change: (current: T) => T,
): Promise<void> {
  const stored = await browser.storage.local.get(key);
  await browser.storage.local.set({ [key]: change(parse(stored[key])) });
}
