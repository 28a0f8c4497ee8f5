import { browser } from 'wxt/browser';
import { type Locale, resolveLocale } from '../../lib/i18n';
import { parseSettings, type Settings } from '../../lib/settings';
import { SETTINGS_KEY } from '../../lib/storage-keys';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/**
 * The language the shopper chose in the options, or the browser's: from storage.local's entries
 * (SETTINGS_KEY among them).
 */
export function localeFrom(stored: Record<string, unknown>): Locale {
  return resolveLocale(parseSettings(stored[SETTINGS_KEY]).language, browser.i18n.getUILanguage());
}
