import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedLanguage } from '../../lib/i18n';
import { LANGUAGES } from '../../lib/i18n/core';
import { parseSettings } from '../../lib/settings';

describe('the stored language, read without the settings check', () => {
  it('is what the full check reads from valid settings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), (language) => {
        const stored = { ...parseSettings(undefined), language };
        expect(storedLanguage(stored)).toBe(parseSettings(stored).language);
      }),
    );
  });

  it("is a known language, the browser's when unsure, whatever was stored", () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        expect(LANGUAGES).toContain(storedLanguage(stored));
      }),
    );
    expect(storedLanguage({ language: 'fr' })).toBe('auto');
    expect(storedLanguage(null)).toBe('auto');
    expect(storedLanguage('zh-CN')).toBe('auto');
  });
});
