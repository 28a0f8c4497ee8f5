import type { ProgramId } from './ids';
import { formatMoney } from './money';
import { bandRange, type Profile, type ProgramOverride, profileKeyFor } from './profile';
import type { Confidence, Localized, Program, Requirement, Source } from './programs/schema';
import type { DetectedOption } from './sites/types';

export type Status = 'eligible' | 'ineligible' | 'unknown';

/** Where a reason comes from: a program fact, the page itself, or the shopper's own answers. */
export type Basis = Confidence | 'page' | 'shopper';

export interface Reason {
  readonly outcome: 'pass' | 'fail' | 'unknown';
  readonly text: Localized;
  readonly confidence: Basis;
  /** The fact's source, for reasons that rest on a program rule. */
  readonly source?: Source;
  /** What is uncertain about that rule, in plain words. */
  readonly note?: Localized;
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
  /** Minor units of `currency`. */
  readonly total?: number;
  readonly currency: string;
  readonly profile: Profile;
  readonly override?: ProgramOverride;
}

/** A failed check makes the verdict `ineligible` only when it rests on more than hearsay. */
function isHard(basis: Basis): boolean {
  return basis !== 'unverified';
}

const REQUIREMENT_TEXT: Record<Requirement['kind'], Localized> = {
  'real-name': { en: 'Real-name verification', zh: '已实名认证' },
  'jd-plus': { en: 'JD PLUS membership', zh: '京东 PLUS 会员' },
  'good-credit': { en: 'Good credit, nothing overdue', zh: '信用良好，无逾期' },
  'bound-card': { en: 'A bank card bound to the account', zh: '账户已绑定银行卡' },
  'sesame-score': { en: 'Sesame Credit score of at least {min}', zh: '芝麻分不低于 {min}' },
  payscore: { en: 'WeChat Pay Score of at least {min}', zh: '微信支付分不低于 {min}' },
};

const UNANSWERED: Localized = { en: ' (not answered in your profile)', zh: '（个人资料中未回答）' };
const YOU_SAID_NO: Localized = { en: ' (your profile says no)', zh: '（个人资料显示不满足）' };

function requirementText(requirement: Requirement): Localized {
  const text = REQUIREMENT_TEXT[requirement.kind];
  if (!('min' in requirement)) return text;
  const min = String(requirement.min);
  return { en: text.en.replace('{min}', min), zh: text.zh.replace('{min}', min) };
}

function withSuffix(text: Localized, suffix: Localized): Localized {
  return { en: text.en + suffix.en, zh: text.zh + suffix.zh };
}

/** One checklist line for a requirement, from the shopper's answer or its absence. */
export function checkRequirement(requirement: Requirement, profile: Profile): Reason['outcome'] {
  const answer = profile[profileKeyFor(requirement)];
  if (answer === undefined) return 'unknown';
  if (typeof answer === 'boolean') return answer ? 'pass' : 'fail';
  const [low, high] = bandRange(answer);
  if (!('min' in requirement)) return 'unknown';
  if (low >= requirement.min) return 'pass';
  return high < requirement.min ? 'fail' : 'unknown';
}

function amountReasons(input: EligibilityInput): Reason[] {
  const { program, total, currency, override } = input;
  if (total === undefined) return [];
  const reasons: Reason[] = [];
  const limits = program.amountLimits;
  // Limits are in the program's currency; another currency's total cannot be compared.
  if (limits && currency === program.currency) {
    const { min, max } = limits.value;
    const money = (amount: number) => formatMoney({ amount, currency }, 'en');
    const moneyZh = (amount: number) => formatMoney({ amount, currency }, 'zh-CN');
    const range: Localized = {
      en: [min !== undefined ? `from ${money(min)}` : '', max !== undefined ? `up to ${money(max)}` : '']
        .join(' ')
        .trim(),
      zh: [min !== undefined ? `最低 ${moneyZh(min)}` : '', max !== undefined ? `最高 ${moneyZh(max)}` : '']
        .join('，')
        .replace(/^，|，$/g, ''),
    };
    const inside = (min === undefined || total >= min) && (max === undefined || total <= max);
    reasons.push({
      outcome: inside ? 'pass' : 'fail',
      confidence: limits.confidence,
      source: limits.source,
      ...(limits.note ? { note: limits.note } : {}),
      text: inside
        ? { en: `The order amount is within the limits (${range.en}).`, zh: `订单金额在额度范围内（${range.zh}）。` }
        : { en: `The order amount is outside the limits (${range.en}).`, zh: `订单金额超出额度范围（${range.zh}）。` },
    });
  }
  if (override?.creditLimit !== undefined && currency === program.currency) {
    const left = { amount: override.creditLimit, currency };
    const enough = total <= override.creditLimit;
    reasons.push({
      outcome: enough ? 'pass' : 'fail',
      confidence: 'shopper',
      text: enough
        ? {
            en: `Within the credit you have left (${formatMoney(left, 'en')}).`,
            zh: `在你的剩余额度内（${formatMoney(left, 'zh-CN')}）。`,
          }
        : {
            en: `More than the credit you have left (${formatMoney(left, 'en')}).`,
            zh: `超出你的剩余额度（${formatMoney(left, 'zh-CN')}）。`,
          },
    });
  }
  return reasons;
}

function requirementReasons({ program, profile }: EligibilityInput): Reason[] {
  return program.requirements.map(({ value, confidence, source, note }) => {
    const outcome = checkRequirement(value, profile);
    const text = requirementText(value);
    return {
      outcome,
      confidence,
      source,
      ...(note ? { note } : {}),
      text:
        outcome === 'unknown'
          ? withSuffix(text, UNANSWERED)
          : outcome === 'fail'
            ? withSuffix(text, YOU_SAID_NO)
            : text,
    };
  });
}

/**
 * What the page shows beats every rule. Otherwise the amount limits and the shopper's profile
 * make a checklist: a failure resting on more than hearsay makes it `ineligible`; anything else
 * stays `unknown`, since only the page can say yes for this order.
 */
export function evaluate(input: EligibilityInput): Verdict {
  const { program, option } = input;
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
  const checklist = [...amountReasons(input), ...requirementReasons(input)];
  const failed = checklist.some((reason) => reason.outcome === 'fail' && isHard(reason.confidence));
  const pageSilent: Reason = {
    outcome: 'unknown',
    confidence: 'page',
    text: { en: 'The page does not say whether it is available.', zh: '页面未说明此方式是否可用。' },
  };
  return { program: program.id, status: failed ? 'ineligible' : 'unknown', reasons: [...checklist, pageSilent] };
}
