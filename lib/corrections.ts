import { z } from 'zod';
import { PROGRAM_IDS, type ProgramId, type Read, SHOWN, type Shown, SITE_IDS } from './ids';
import { once } from './once';
import type { CheckoutSignals, DetectedOption } from './sites/types';

export { type Read, SHOWN, type Shown } from './ids';

/** Built on first use, as the worker's other schemas are: not as the worker starts. */
export const correctionObject = once(() =>
  z
    .object({
      /** The checkout's origin: corrections belong to one shop. */
      shop: z
        .string()
        .max(200)
        .regex(/^https?:\/\/[^/?#\s]+$/, 'not an origin'),
      site: z.enum(SITE_IDS),
      program: z.enum(PROGRAM_IDS),
      shows: z.enum(SHOWN),
      read: z.enum([...SHOWN, 'unknown']),
      at: z.number().int().nonnegative(),
    })
    .strict(),
);
export const Correction = z.lazy(correctionObject);
export type Correction = z.infer<typeof Correction>;

/** Enough for every program of every shop a shopper uses, and a bound on what storage holds. */
export const MAX_CORRECTIONS = 300;

/** The stored corrections; an unreadable one is dropped, never the others. */
export function parseCorrections(raw: unknown): Correction[] {
  if (!Array.isArray(raw)) return [];
  return raw.slice(0, MAX_CORRECTIONS).flatMap((item) => {
    const parsed = Correction.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** How a checkout's reading presents a program. */
export function readOf(signals: CheckoutSignals, program: ProgramId): Read {
  const option = signals.options.find((candidate) => candidate.program === program);
  if (!option) return 'absent';
  return option.state === 'selectable' ? 'offered' : option.state === 'unavailable' ? 'unavailable' : 'unknown';
}

/** The list with this correction in place of any earlier one for the same shop and program. */
export function withCorrection(list: readonly Correction[], correction: Correction): Correction[] {
  const others = list.filter((item) => item.shop !== correction.shop || item.program !== correction.program);
  // Saying what the page already reads is no correction: it takes the earlier one back.
  const same = correction.shows === correction.read;
  return [...(same ? [] : [correction]), ...others].slice(0, MAX_CORRECTIONS);
}

export function withoutCorrection(list: readonly Correction[], shop: string, program: ProgramId): Correction[] {
  return list.filter((item) => item.shop !== shop || item.program !== program);
}

/**
 * The checkout as the shopper says it is: each of this shop's corrections applies while the page
 * still reads that program as it did when the shopper corrected it. Once the page's own reading
 * changes, the page is believed again.
 */
export function applyCorrections(
  signals: CheckoutSignals,
  shop: string,
  corrections: readonly Correction[],
): { signals: CheckoutSignals; corrected: Partial<Record<ProgramId, Shown>> } {
  const corrected: Partial<Record<ProgramId, Shown>> = {};
  let options: DetectedOption[] = [...signals.options];
  for (const correction of corrections) {
    if (correction.shop !== shop || correction.site !== signals.site) continue;
    if (readOf(signals, correction.program) !== correction.read) continue;
    corrected[correction.program] = correction.shows;
    const others = options.filter((option) => option.program !== correction.program);
    if (correction.shows === 'absent') {
      options = others;
      continue;
    }
    const existing = options.find((option) => option.program === correction.program);
    options = [
      ...others,
      {
        program: correction.program,
        label: existing?.label ?? '',
        state: correction.shows === 'offered' ? 'selectable' : 'unavailable',
        corrected: true,
      },
    ];
  }
  return { signals: { ...signals, options }, corrected };
}
