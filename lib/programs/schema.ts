import { z } from 'zod';
import { COUNTRY_CODES, PROGRAM_IDS } from '../ids';
import { SHOPPER_ZONE } from './zone';

export const Localized = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
export type Localized = z.infer<typeof Localized>;

/** How far a fact can be trusted: the provider's own word, a reputable report, or hearsay. */
export const Confidence = z.enum(['official', 'reported', 'unverified']);
export type Confidence = z.infer<typeof Confidence>;

/** Where a fact comes from, in words a shopper can weigh, and the page to check it on where there is one. */
export const Source = z.object({ title: Localized, url: z.url().optional() }).strict();
export type Source = z.infer<typeof Source>;

/**
 * A claim about a program together with where it comes from and how sure we are. `note` says in
 * plain words what is uncertain about it ("guides disagree; most say 15 days"), shown beside it.
 */
export function fact<T extends z.ZodType>(value: T) {
  return z.object({ value, confidence: Confidence, source: Source, note: Localized.optional() }).strict();
}

export interface Fact<T> {
  readonly value: T;
  readonly confidence: Confidence;
  readonly source: Source;
  readonly note?: Localized;
}

const day = z.number().int().min(0).max(365);
const dayOfMonth = z.number().int().min(1).max(31);

export const ScheduleRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days-after-purchase'), days: day }).strict(),
  z
    .object({
      kind: z.literal('days-after-receipt'),
      days: day,
      /** Days from purchase to receipt assumed until the shopper confirms receipt. */
      expectedDeliveryDays: day,
    })
    .strict(),
  z
    .object({
      kind: z.literal('monthly-statement'),
      /** Purchases before this day are on this month's statement; from it on, on next month's. */
      statementDay: dayOfMonth,
      /** Due on this day: in the statement's month if not before the statement day, else the month after. */
      dueDay: dayOfMonth,
      /** Paid over this many statements, one part on each (花呗分期 3期); one when absent. */
      count: z.number().int().min(1).max(60).optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('installments'),
      count: z.number().int().min(1).max(60),
      /** Days between payments: 14 for pay-in-4 every two weeks. */
      intervalDays: z.number().int().min(1).max(92),
      /**
       * When the first part falls due: at purchase (Afterpay), when the merchant ships (Klarna:
       * estimated as the purchase day, the earliest it can be) or one interval after purchase.
       */
      first: z.enum(['purchase', 'shipment', 'one-interval']),
    })
    .strict(),
  z
    .object({
      kind: z.literal('monthly-installments'),
      count: z.number().int().min(1).max(60),
      /**
       * The first part at purchase (PayPal Pay in 3: then on the same day each following month) or
       * a month after it (a monthly loan).
       */
      first: z.enum(['purchase', 'one-month']),
    })
    .strict(),
]);
export type ScheduleRule = z.infer<typeof ScheduleRule>;

/** A credit score such as 芝麻分 (350–950) or 微信支付分 (300–850). */
const score = z.number().int().min(0).max(1000);

export const CountryCode = z.enum(COUNTRY_CODES);

/** Something the provider is said to require of the shopper; each maps to one profile question. */
export const Requirement = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('real-name') }).strict(),
  z.object({ kind: z.literal('jd-plus') }).strict(),
  z.object({ kind: z.literal('good-credit') }).strict(),
  z.object({ kind: z.literal('bound-card') }).strict(),
  z.object({ kind: z.literal('sesame-score'), min: score }).strict(),
  z.object({ kind: z.literal('payscore'), min: score }).strict(),
  z.object({ kind: z.literal('minimum-age'), min: z.number().int().min(13).max(25) }).strict(),
  /** The shopper must live in one of these countries: only where every country it is sold in is listed. */
  z.object({ kind: z.literal('residence'), countries: z.array(CountryCode).min(1) }).strict(),
]);
export type Requirement = z.infer<typeof Requirement>;

export const AmountLimits = z
  .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(1).optional() })
  .strict()
  .refine((limits) => limits.min !== undefined || limits.max !== undefined, 'a limit needs a bound')
  .refine((limits) => (limits.min ?? 0) <= (limits.max ?? Number.MAX_SAFE_INTEGER), 'min above max');
export type AmountLimits = z.infer<typeof AmountLimits>;

const currencyCode = z.string().regex(/^[A-Z]{3}$/);
/** An APR in basis points: 3599 is 35.99 %. */
const apr = z.number().int().min(0).max(10_000);

/** Longer plans some providers offer beside their main one: monthly terms, usually with interest. */
export const MonthlyPlans = z
  .object({
    /** The shortest and longest terms on offer, in months. */
    months: z
      .object({ min: z.number().int().min(1).max(60), max: z.number().int().min(1).max(60) })
      .strict()
      .refine((range) => range.min <= range.max, 'min above max'),
    /** The APR range, in basis points; absent when no source gives it. */
    apr: z
      .object({ min: apr, max: apr })
      .strict()
      .refine((range) => range.min <= range.max, 'min above max')
      .optional(),
    /** Order amounts these plans are for, in minor units of the market's currency. */
    amountLimits: AmountLimits.optional(),
  })
  .strict();
export type MonthlyPlans = z.infer<typeof MonthlyPlans>;

/**
 * The program's terms in one market: the countries and currency they apply to and what differs
 * there. A market states its own schedule and late fees, so no country is shown another's.
 */
export const Market = z
  .object({
    countries: z.array(CountryCode).min(1),
    currency: currencyCode,
    /** The name the program goes by there: Clearpay in the UK, PayPal Pay in 3. */
    name: Localized.optional(),
    /** Order amounts in minor units of `currency`; absent when no source gives any. */
    amountLimits: fact(AmountLimits).optional(),
    schedule: fact(ScheduleRule),
    /** The orders `schedule` is for, when only the monthly plans serve the rest (minor units of `currency`). */
    scheduleLimits: AmountLimits.optional(),
    overdue: z.array(fact(Localized)).min(1),
    monthlyPlans: fact(MonthlyPlans).optional(),
  })
  .strict();
export type Market = z.infer<typeof Market>;

export const Program = z
  .object({
    id: z.enum(PROGRAM_IDS),
    name: Localized,
    /**
     * Its name where no market's terms apply, when `name` is one market's plan (Klarna, not
     * "Klarna Pay in 4", on a Czech order paid in 30 days).
     */
    familyName: Localized.optional(),
    provider: Localized,
    /** The home market's currency: the limits below and the shopper's own credit limit are in it. */
    currency: currencyCode,
    /**
     * Due dates are calendar dates here, whatever zone the browser runs in (Asia/Shanghai for the
     * Chinese programs); `shopper` for the shopper's own zone.
     */
    timeZone: z.union([z.literal(SHOPPER_ZONE), z.string().refine(isTimeZone, 'not an IANA time zone')]),
    requirements: z.array(fact(Requirement)),
    /** Order amounts in minor units of `currency`; absent when no source gives any. */
    amountLimits: fact(AmountLimits).optional(),
    /** The home market's schedule: the one shown when no market's terms apply. */
    schedule: fact(ScheduleRule),
    /** What being late costs: one fact per claim, since the claims come from different sources. */
    overdue: z.array(fact(Localized)).min(1),
    whereToPay: fact(Localized),
    /** Whether and how the provider checks the shopper's credit. */
    creditCheck: fact(Localized).optional(),
    /** Where it is sold and on what terms; absent for a program with one market (the Chinese ones). */
    markets: z.array(Market).min(1).optional(),
  })
  .strict()
  .refine(
    (program) =>
      new Set(program.markets?.flatMap((market) => market.countries)).size ===
      (program.markets?.reduce((count, market) => count + market.countries.length, 0) ?? 0),
    'a country in two markets',
  );
export type Program = z.infer<typeof Program>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
