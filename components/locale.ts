import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type Locale, resolveLocale, storedLanguage } from '../lib/i18n';
import { SETTINGS_KEY } from '../lib/storage-keys';

function browserLanguage(): string {
  return browser.i18n?.getUILanguage?.() ?? navigator.language;
}

/** The shopper's chosen language (or the browser's), following changes made in the options. */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(() => resolveLocale('auto', browserLanguage()));
  useEffect(() => {
    const apply = (raw: unknown) => setLocale(resolveLocale(storedLanguage(raw), browserLanguage()));
    void browser.storage.local.get(SETTINGS_KEY).then((stored) => apply(stored[SETTINGS_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      if (SETTINGS_KEY in changes) apply(changes[SETTINGS_KEY]?.newValue);
    };
    browser.storage.local.onChanged.addListener(listener);
    return () => browser.storage.local.onChanged.removeListener(listener);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return locale;
}
