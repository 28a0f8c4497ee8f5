import { z } from 'zod';
import { PROGRAM_IDS } from '../ids';

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
    })
    .strict(),
  z
    .object({
      kind: z.literal('installments'),
      count: z.number().int().min(1).max(60),
      intervalDays: z.number().int().min(1).max(92),
      /**
       * When the first part falls due: at purchase (Afterpay), when the merchant ships (Klarna:
       * estimated as the purchase day, the earliest it can be) or one interval after purchase.
       */
      first: z.enum(['purchase', 'shipment', 'one-interval']),
      /** The first part's share of the total in basis points (2500 = 25 %); even split when absent. */
      upFrontBasisPoints: z.number().int().min(1).max(10_000).optional(),
    })
    .strict(),
]);
export type ScheduleRule = z.infer<typeof ScheduleRule>;

/** A credit score such as 芝麻分 (350–950) or 微信支付分 (300–850). */
const score = z.number().int().min(0).max(1000);

/** Something the provider is said to require of the shopper; each maps to one profile question. */
export const Requirement = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('real-name') }).strict(),
  z.object({ kind: z.literal('jd-plus') }).strict(),
  z.object({ kind: z.literal('good-credit') }).strict(),
  z.object({ kind: z.literal('bound-card') }).strict(),
  z.object({ kind: z.literal('sesame-score'), min: score }).strict(),
  z.object({ kind: z.literal('payscore'), min: score }).strict(),
]);
export type Requirement = z.infer<typeof Requirement>;

export const AmountLimits = z
  .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(1).optional() })
  .strict()
  .refine((limits) => limits.min !== undefined || limits.max !== undefined, 'a limit needs a bound')
  .refine((limits) => (limits.min ?? 0) <= (limits.max ?? Number.MAX_SAFE_INTEGER), 'min above max');
export type AmountLimits = z.infer<typeof AmountLimits>;

export const Program = z
  .object({
    id: z.enum(PROGRAM_IDS),
    name: Localized,
    provider: Localized,
    /** The currency the limits are in and the program's home market charges in. */
    currency: z.string().regex(/^[A-Z]{3}$/),
    /** Due dates are calendar dates here, whatever zone the browser runs in. */
    timeZone: z.string().refine(isTimeZone, 'not an IANA time zone'),
    requirements: z.array(fact(Requirement)),
    /** Order amounts in minor units of `currency`; absent when no source gives any. */
    amountLimits: fact(AmountLimits).optional(),
    schedule: fact(ScheduleRule),
    /** What being late costs: one fact per claim, since the claims come from different sources. */
    overdue: z.array(fact(Localized)).min(1),
    whereToPay: fact(Localized),
  })
  .strict();
export type Program = z.infer<typeof Program>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
