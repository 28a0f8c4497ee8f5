import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../../lib/settings';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}
