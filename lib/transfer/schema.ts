import { z } from 'zod';
import { type CalendarDate, isCalendarDate } from '../dates';
import { PROGRAM_IDS, SITE_IDS } from '../ids';
import { isCurrencyCode, MAX_MINOR_UNITS } from '../money';

// A file or a message is untrusted: every field bounded, money integer minor units, dates real dates.
// Each schema is built on first use (z.lazy): the worker starts without building any of them.

export const calendarDate = z.lazy(() =>
  z
    .string()
    .refine(isCalendarDate, 'not a calendar date (YYYY-MM-DD)')
    .transform((value) => value as CalendarDate),
);
const minorUnits = () => z.number().int().min(0).max(MAX_MINOR_UNITS);
const currency = () => z.string().refine(isCurrencyCode, 'not an ISO 4217 currency code');
const id = () => z.string().min(1).max(100);
const instant = () => z.number().int().min(0).max(8_640_000_000_000_000);

/** Where a due date comes from (lib/provenance.ts). */
const dueFromRecord = () =>
  z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('page'),
        site: z.enum(SITE_IDS),
        read: calendarDate,
        basis: z.enum(['stated', 'receipt', 'placed']),
      })
      .strict(),
    z.object({ kind: z.literal('estimate') }).strict(),
    z.object({ kind: z.literal('rule') }).strict(),
    z.object({ kind: z.literal('shopper') }).strict(),
  ]);

export const InstallmentRecord = z.lazy(() =>
  z
    .object({
      id: id(),
      billId: id(),
      program: z.enum(PROGRAM_IDS),
      sequence: z.number().int().min(1).max(120),
      amount: minorUnits(),
      currency: currency(),
      due: calendarDate,
      status: z.enum(['upcoming', 'paid', 'cancelled']),
      paidOn: calendarDate.optional(),
      estimated: z.boolean(),
      dueFrom: dueFromRecord().optional(),
      snoozedUntil: instant().optional(),
      dismissed: z.boolean().optional(),
    })
    .strict(),
);

export const BillRecord = z.lazy(() =>
  z
    .object({
      id: id(),
      site: z.enum(SITE_IDS).optional(),
      program: z.enum(PROGRAM_IDS),
      merchant: z.string().max(200).optional(),
      orderId: z.string().max(64).optional(),
      total: minorUnits(),
      currency: currency(),
      created: instant(),
      updated: instant(),
      purchased: calendarDate,
      received: calendarDate.optional(),
      awaitingReceipt: z.boolean(),
      status: z.enum(['open', 'closed']),
      notes: z.string().max(2000).optional(),
      declined: z.string().max(500).optional(),
    })
    .strict(),
);

/** A bill with its installments, checked to belong together. */
const billEntry = () =>
  z
    .object({ bill: BillRecord, installments: z.array(InstallmentRecord).max(120) })
    .superRefine(({ bill, installments }, context) => {
      installments.forEach((row, index) => {
        if (row.billId !== bill.id) {
          context.addIssue({
            code: 'custom',
            path: ['installments', index, 'billId'],
            message: 'belongs to another bill',
          });
        }
        if (row.currency !== bill.currency) {
          context.addIssue({
            code: 'custom',
            path: ['installments', index, 'currency'],
            message: 'differs from the bill',
          });
        }
      });
    });

export const MAX_IMPORT_BILLS = 20_000;
export const BillEntries = z.lazy(() => z.array(billEntry()).max(MAX_IMPORT_BILLS));
