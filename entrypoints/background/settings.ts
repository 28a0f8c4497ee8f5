import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../../lib/settings';
import { SETTINGS_KEY } from '../../lib/storage-keys';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}
