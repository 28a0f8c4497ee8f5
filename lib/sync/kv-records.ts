import { z } from 'zod';
import { Correction, correctionObject, parseCorrections } from '../corrections';
import { PROGRAM_IDS } from '../ids';
import { once } from '../once';
import {
  Profile,
  type ProgramOverride,
  ProgramOverrides,
  parseOverrides,
  parseProfile,
  profileObject,
  programOverrideObject,
} from '../profile';
import { parseSettings, Settings, settingsObject } from '../settings';
import { CORRECTIONS_KEY, OVERRIDES_KEY, PROFILE_KEY, SETTINGS_KEY } from '../storage-keys';
import { canonical, type Json } from './doc';

// The shopper's settings, rule overrides and (only with its own switch) profile answers, as synced
// facts: one record each, a field per setting, so a change to the reminder time on one device and
// to the budget on another both survive.

export interface KvRecord {
  /** Its item's key in sync storage, and its record's id in the local sync table (with a "~"). */
  readonly item: 's' | 'o' | 'p' | 'c';
  /** Where the extension keeps it in storage.local. */
  readonly storageKey: string;
  /** What a synced field's value must be; undefined for a field this version does not know. */
  schemaOf(path: string): z.ZodType | undefined;
  /** Whether a field name is one this version could ever write (others are unreadable). */
  validPath(path: string): boolean;
  /** The synced values of what is stored; defaults are left out. */
  values(stored: unknown): Map<string, Json>;
  /** What to store for these values, keeping whatever else is stored; undefined when they do not make a valid whole. */
  build(values: ReadonlyMap<string, Json>, stored: unknown): unknown;
}

interface SettingField {
  readonly path: string;
  readonly schema: z.ZodType;
  get(settings: Settings): unknown;
  set(settings: Settings, value: unknown): Settings;
}

// Built on first use, as the schemas they hold are: not as the worker starts.
const defaultSettings = once(() => parseSettings(undefined));
const settingFields = once((): readonly SettingField[] => {
  const shape = settingsObject().shape;
  const reminders = shape.reminders.unwrap();
  return [
    {
      path: 'l',
      schema: shape.language.unwrap(),
      get: (s) => s.language,
      set: (s, v) => ({ ...s, language: v as Settings['language'] }),
    },
    {
      path: 're',
      schema: z.boolean(),
      get: (s) => s.reminders.enabled,
      set: (s, v) => ({ ...s, reminders: { ...s.reminders, enabled: v as boolean } }),
    },
    {
      path: 'rd',
      schema: reminders.shape.daysBefore,
      get: (s) => s.reminders.daysBefore,
      set: (s, v) => ({ ...s, reminders: { ...s.reminders, daysBefore: v as number[] } }),
    },
    {
      path: 'rt',
      schema: reminders.shape.time,
      get: (s) => s.reminders.time,
      set: (s, v) => ({ ...s, reminders: { ...s.reminders, time: v as string } }),
    },
    {
      path: 'ro',
      schema: reminders.shape.overdueDays,
      get: (s) => s.reminders.overdueDays,
      set: (s, v) => ({ ...s, reminders: { ...s.reminders, overdueDays: v as number } }),
    },
    {
      path: 'rq',
      schema: reminders.shape.quietHours.unwrap(),
      get: (s) => s.reminders.quietHours,
      set: (s, v) => ({ ...s, reminders: { ...s.reminders, quietHours: v as Settings['reminders']['quietHours'] } }),
    },
    {
      path: 'b',
      schema: shape.budget.unwrap().unwrap(),
      get: (s) => s.budget,
      set: (s, v) => ({ ...s, budget: v as Settings['budget'] }),
    },
  ];
});
const settingByPath = once(() => new Map(settingFields().map((field) => [field.path, field])));
const SHORT_PATH = /^[a-z]{1,3}$/;

function asObject(stored: unknown): Record<string, unknown> {
  return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
    ? (stored as Record<string, unknown>)
    : {};
}

export const SETTINGS_RECORD: KvRecord = {
  item: 's',
  storageKey: SETTINGS_KEY,
  schemaOf: (path) => settingByPath().get(path)?.schema,
  validPath: (path) => SHORT_PATH.test(path),
  values(stored) {
    const settings = parseSettings(stored);
    const values = new Map<string, Json>();
    for (const field of settingFields()) {
      const value = field.get(settings) as Json;
      // A setting at its default is not set: a new device's defaults never outvote a choice.
      if (canonical(value) !== canonical(field.get(defaultSettings()) as Json)) values.set(field.path, value);
    }
    return values;
  },
  build(values, stored) {
    let settings = defaultSettings();
    for (const field of settingFields()) {
      const value = values.get(field.path);
      if (value !== undefined) settings = field.set(settings, value);
    }
    const parsed = Settings.safeParse(settings);
    return parsed.success ? { ...asObject(stored), ...parsed.data } : undefined;
  },
};

const overrideFields = once(() => Object.keys(programOverrideObject().shape) as (keyof ProgramOverride)[]);
const OVERRIDE_PATH = /^([a-z0-9-]{1,40})\.([A-Za-z]{1,40})$/;

export const OVERRIDES_RECORD: KvRecord = {
  item: 'o',
  storageKey: OVERRIDES_KEY,
  schemaOf(path) {
    const [, program, field] = OVERRIDE_PATH.exec(path) ?? [];
    if (!(PROGRAM_IDS as readonly string[]).includes(program ?? '')) return undefined;
    return (programOverrideObject().shape as Record<string, z.ZodOptional<z.ZodNumber>>)[field ?? '']?.unwrap();
  },
  validPath: (path) => OVERRIDE_PATH.test(path),
  values(stored) {
    const values = new Map<string, Json>();
    for (const [program, override] of Object.entries(parseOverrides(stored))) {
      for (const field of overrideFields()) {
        const value = override?.[field];
        if (value !== undefined) values.set(`${program}.${field}`, value);
      }
    }
    return values;
  },
  build(values) {
    const overrides: Record<string, Record<string, Json>> = {};
    for (const [path, value] of values) {
      const [, program, field] = OVERRIDE_PATH.exec(path) ?? [];
      if (program === undefined || field === undefined || this.schemaOf(path) === undefined) continue;
      overrides[program] = { ...overrides[program], [field]: value };
    }
    const parsed = ProgramOverrides.safeParse(overrides);
    return parsed.success ? parsed.data : undefined;
  },
};

export const PROFILE_RECORD: KvRecord = {
  item: 'p',
  storageKey: PROFILE_KEY,
  schemaOf: (path) => (profileObject().shape as Record<string, z.ZodOptional<z.ZodType>>)[path]?.unwrap(),
  validPath: (path) => /^[A-Za-z]{1,40}$/.test(path),
  values(stored) {
    return new Map(Object.entries(parseProfile(stored)).filter(([, value]) => value !== undefined) as [string, Json][]);
  },
  build(values) {
    const profile: Record<string, Json> = {};
    for (const [path, value] of values) if (this.schemaOf(path) !== undefined) profile[path] = value;
    const parsed = Profile.safeParse(profile);
    return parsed.success ? parsed.data : undefined;
  },
};

/** The shopper's corrections of checkouts ("Not right?"): a field per shop and program. */
const CORRECTION_PATH = /^([a-z0-9-]{1,40})@(https?:\/\/[^/?#\s]{1,200})$/;
const CorrectionValue = z.lazy(() => correctionObject().omit({ shop: true, program: true }));

export const CORRECTIONS_RECORD: KvRecord = {
  item: 'c',
  storageKey: CORRECTIONS_KEY,
  schemaOf(path) {
    const [, program] = CORRECTION_PATH.exec(path) ?? [];
    return (PROGRAM_IDS as readonly string[]).includes(program ?? '') ? CorrectionValue : undefined;
  },
  validPath: (path) => CORRECTION_PATH.test(path),
  values(stored) {
    return new Map(
      parseCorrections(stored).map(({ shop, program, ...value }) => [`${program}@${shop}`, value as Json] as const),
    );
  },
  build(values) {
    const corrections = [...values].flatMap(([path, value]) => {
      const [, program, shop] = CORRECTION_PATH.exec(path) ?? [];
      const parsed = Correction.safeParse({ ...(value as object), program, shop });
      return parsed.success ? [parsed.data] : [];
    });
    // Newest first, as the panel adds them.
    return corrections.sort((a, b) => b.at - a.at);
  },
};

export const KV_RECORDS: readonly KvRecord[] = [SETTINGS_RECORD, OVERRIDES_RECORD, PROFILE_RECORD, CORRECTIONS_RECORD];
