import { browser } from 'wxt/browser';
import { type Locale, resolveLocale } from '../../lib/i18n';
import { parseSettings, type Settings } from '../../lib/settings';
import { SETTINGS_KEY } from '../../lib/storage-keys';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** The language the shopper chose in the options, or the browser's. */
export async function loadLocale(): Promise<Locale> {
  return resolveLocale((await loadSettings()).language, browser.i18n.getUILanguage());
}
