import { z } from 'zod';
import { DEFAULT_REMINDERS } from './reminders';

export const Language = z.enum(['auto', 'en', 'zh-CN']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  language: Language.default('auto'),
  reminders: z
    .object({
      enabled: z.boolean(),
      daysBefore: z.array(z.number().int().min(0).max(30)).max(10),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      overdueDays: z.number().int().min(0).max(30),
    })
    .default({ ...DEFAULT_REMINDERS, daysBefore: [...DEFAULT_REMINDERS.daysBefore] }),
});
export type Settings = z.infer<typeof Settings>;

/** Settings as stored, or the defaults where something is missing or malformed: a bad value never locks the shopper out. */
export function parseSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}
