import { z } from 'zod';
import { LANGUAGES } from './i18n/core';
import { isCurrencyCode, MAX_MINOR_UNITS } from './money';
import { once } from './once';
import { DEFAULT_REMINDERS } from './reminders';

export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

const clockTime = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/**
 * The settings' object schema, whose fields sync takes apart. Built on first use, as the worker's
 * other schemas are: not as the worker starts.
 */
export const settingsObject = once(() =>
  z.object({
    language: Language.default('auto'),
    reminders: z
      .object({
        enabled: z.boolean(),
        daysBefore: z.array(z.number().int().min(0).max(30)).max(10),
        time: clockTime(),
        overdueDays: z.number().int().min(0).max(30),
        // Settings saved before quiet hours existed get the default.
        quietHours: z
          .object({ enabled: z.boolean(), start: clockTime(), end: clockTime() })
          .default({ ...DEFAULT_REMINDERS.quietHours }),
      })
      .default({
        ...DEFAULT_REMINDERS,
        daysBefore: [...DEFAULT_REMINDERS.daysBefore],
        quietHours: { ...DEFAULT_REMINDERS.quietHours },
      }),
    /** Warn when pay-later debt due in the next 14 days, in this currency, exceeds this many minor units. */
    budget: z
      .object({ amount: z.number().int().min(0).max(MAX_MINOR_UNITS), currency: z.string().refine(isCurrencyCode) })
      .nullable()
      .default(null),
  }),
);
export const Settings = z.lazy(settingsObject);
export type Settings = z.infer<typeof Settings>;

/** Settings as stored, or the defaults where something is missing or malformed: a bad value never locks the shopper out. */
export function parseSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}
