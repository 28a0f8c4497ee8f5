import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../lib/settings';
import { SETTINGS_KEY } from '../lib/storage-keys';

/** The shopper's settings, following changes made elsewhere (another tab, the background). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(() => parseSettings(undefined));
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])));
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (SETTINGS_KEY in changes) setSettings(parseSettings(changes[SETTINGS_KEY]?.newValue));
    };
    browser.storage.local.onChanged.addListener(listener);
    return () => browser.storage.local.onChanged.removeListener(listener);
  }, []);
  return settings;
}

/**
 * Changes some sections of the settings and keeps the rest as stored, including sections other
 * parts of the extension own (the shopper's profile). The background re-plans reminders on change.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const current = stored[SETTINGS_KEY];
  const base = typeof current === 'object' && current !== null ? current : {};
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...base, ...patch } });
}
