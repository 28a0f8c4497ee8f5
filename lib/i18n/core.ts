// No dictionaries here, so a page can take its own words and these without every page's words.

export type Locale = 'en' | 'zh-CN';

/** The language setting's choices: the browser's, or one of ours. */
export const LANGUAGES = ['auto', 'en', 'zh-CN'] as const;

export type Params = Record<string, string | number>;

/** A message with its {placeholders} filled in; one without a value stays as written. */
export function fill(message: string, params: Params = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Picks the side of a bilingual text for the locale. */
export function localized(text: { en: string; zh: string }, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}
