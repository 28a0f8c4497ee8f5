import type { ProgramId } from './ids';
import type { Confidence, Localized, Program } from './programs/schema';
import type { DetectedOption } from './sites/types';

export type Status = 'eligible' | 'ineligible' | 'unknown';

export interface Reason {
  readonly outcome: 'pass' | 'fail' | 'unknown';
  readonly text: Localized;
  readonly confidence: Confidence | 'page';
  /** The page's own words, when the page said it. Plain text. */
  readonly pageText?: string;
}

export interface Verdict {
  readonly program: ProgramId;
  readonly status: Status;
  readonly reasons: readonly Reason[];
}

export interface EligibilityInput {
  readonly program: Program;
  readonly option: DetectedOption;
  readonly total?: number;
}

/** What the page shows beats every rule; otherwise the program's limits decide, or we cannot tell. */
export function evaluate({ program, option, total }: EligibilityInput): Verdict {
  if (option.state === 'selectable') {
    return {
      program: program.id,
      status: 'eligible',
      reasons: [
        {
          outcome: 'pass',
          confidence: 'page',
          text: { en: 'The checkout offers it for this order.', zh: '结算页为本单提供此方式。' },
        },
      ],
    };
  }
  if (option.state === 'unavailable') {
    return {
      program: program.id,
      status: 'ineligible',
      reasons: [
        {
          outcome: 'fail',
          confidence: 'page',
          text: { en: 'The checkout shows it as unavailable.', zh: '结算页显示此方式不可用。' },
          ...(option.reason ? { pageText: option.reason } : {}),
        },
      ],
    };
  }
  const limits = program.amountLimits;
  if (limits && total !== undefined) {
    const { min, max } = limits.value;
    if ((min !== undefined && total < min) || (max !== undefined && total > max)) {
      return {
        program: program.id,
        status: 'ineligible',
        reasons: [
          {
            outcome: 'fail',
            confidence: limits.confidence,
            text: { en: 'The order amount is outside the program’s limits.', zh: '订单金额超出此方式的额度范围。' },
          },
        ],
      };
    }
  }
  return {
    program: program.id,
    status: 'unknown',
    reasons: [{ outcome: 'unknown', confidence: 'page', text: { en: 'The page does not say.', zh: '页面未说明。' } }],
  };
}
