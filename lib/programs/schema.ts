import { z } from 'zod';
import { PROGRAM_IDS } from '../ids';

export const Localized = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
export type Localized = z.infer<typeof Localized>;

/** How far a fact can be trusted: the provider's own word, a reputable report, or hearsay. */
export const Confidence = z.enum(['official', 'reported', 'unverified']);
export type Confidence = z.infer<typeof Confidence>;

export const Source = z.object({ title: z.string().min(1), url: z.url().optional() }).strict();
export type Source = z.infer<typeof Source>;

/** A claim about a program together with where it comes from and how sure we are. */
export function fact<T extends z.ZodType>(value: T) {
  return z.object({ value, confidence: Confidence, source: Source }).strict();
}

const day = z.number().int().min(0).max(365);
const dayOfMonth = z.number().int().min(1).max(31);

export const ScheduleRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('days-after-purchase'), days: day }).strict(),
  z.object({ kind: z.literal('days-after-receipt'), days: day, expectedDeliveryDays: day }).strict(),
  z
    .object({
      kind: z.literal('monthly-statement'),
      /** Purchases up to and including this day are on this month's statement. */
      statementDay: dayOfMonth,
      /** The statement is due on this day of the following month. */
      dueDay: dayOfMonth,
    })
    .strict(),
  z
    .object({
      kind: z.literal('installments'),
      count: z.number().int().min(1).max(60),
      intervalDays: z.number().int().min(1).max(92),
      /** Whether the first part is paid at purchase (Afterpay) or one interval later. */
      firstAtPurchase: z.boolean(),
    })
    .strict(),
]);
export type ScheduleRule = z.infer<typeof ScheduleRule>;

export const Program = z
  .object({
    id: z.enum(PROGRAM_IDS),
    name: Localized,
    provider: Localized,
    currency: z.string().regex(/^[A-Z]{3}$/),
    timeZone: z.string().min(1),
    schedule: fact(ScheduleRule),
    amountLimits: fact(
      z.object({ min: z.number().int().min(0).optional(), max: z.number().int().min(1).optional() }).strict(),
    ).optional(),
    whereToPay: fact(Localized),
  })
  .strict();
export type Program = z.infer<typeof Program>;
