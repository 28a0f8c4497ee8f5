import { countryList } from './countries';
import type { ProgramId } from './ids';
import { formatMoney } from './money';
import { ageRange, bandRange, type Profile, type ProgramOverride, profileKeyFor } from './profile';
import type { Confidence, Localized, Program, Requirement, Source } from './programs/schema';
import { termsFor } from './programs/terms';
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
  'minimum-age': { en: 'At least {min} years old', zh: '年满 {min} 周岁' },
  residence: { en: 'Lives in: {countries}', zh: '居住在：{countries}' },
};

const UNANSWERED: Localized = { en: ' (not answered in your profile)', zh: '（个人资料中未回答）' };
const YOU_SAID_NO: Localized = { en: ' (your profile says no)', zh: '（个人资料显示不满足）' };

function requirementText(requirement: Requirement): Localized {
  const text = REQUIREMENT_TEXT[requirement.kind];
  if (requirement.kind === 'residence') {
    return {
      en: text.en.replace('{countries}', countryList(requirement.countries, 'en')),
      zh: text.zh.replace('{countries}', countryList(requirement.countries, 'zh-CN')),
    };
  }
  if (!('min' in requirement)) return text;
  const min = String(requirement.min);
  return { en: text.en.replace('{min}', min), zh: text.zh.replace('{min}', min) };
}

function withSuffix(text: Localized, suffix: Localized): Localized {
  return { en: text.en + suffix.en, zh: text.zh + suffix.zh };
}

/** Whether a range of whole numbers (a band) is all at least `min`, all below it, or straddles it. */
function atLeast([low, high]: readonly [number, number], min: number): Reason['outcome'] {
  if (low >= min) return 'pass';
  return high < min ? 'fail' : 'unknown';
}

/** One checklist line for a requirement, from the shopper's answer or its absence. */
export function checkRequirement(requirement: Requirement, profile: Profile): Reason['outcome'] {
  switch (requirement.kind) {
    case 'residence':
      if (profile.country === undefined) return 'unknown';
      return requirement.countries.some((code) => code === profile.country) ? 'pass' : 'fail';
    case 'minimum-age':
      return profile.age === undefined ? 'unknown' : atLeast(ageRange(profile.age), requirement.min);
    case 'sesame-score':
    case 'payscore': {
      const band = profile[profileKeyFor(requirement)] as Profile['sesameScore'];
      return band === undefined ? 'unknown' : atLeast(bandRange(band), requirement.min);
    }
    default: {
      const answer = profile[profileKeyFor(requirement)];
      if (typeof answer !== 'boolean') return 'unknown';
      return answer ? 'pass' : 'fail';
    }
  }
}

function amountReasons(input: EligibilityInput): Reason[] {
  const { program, total, currency, override, profile } = input;
  if (total === undefined) return [];
  const reasons: Reason[] = [];
  const terms = termsFor(program, { currency, total, ...(profile.country ? { country: profile.country } : {}) });
  const limits = terms.limits;
  if (terms.unresolved === 'country-needed') {
    reasons.push({
      outcome: 'unknown',
      confidence: 'shopper',
      text: {
        en: 'Its limits differ by country: add yours in your profile to check this order against them.',
        zh: '其额度因国家或地区而异：请在个人资料中填写您所在的国家或地区，以便核对本单。',
      },
    });
  } else if (limits && limits.currency !== currency) {
    // The shopper's own market sets its limits in another currency: this order cannot be compared.
    reasons.push({
      outcome: 'unknown',
      confidence: limits.fact.confidence,
      source: limits.fact.source,
      text: {
        en: `Its limits where you live are in ${limits.currency}; this order is in ${currency}.`,
        zh: `其在您所在地的额度以 ${limits.currency} 计，本单为 ${currency}。`,
      },
    });
  } else if (limits) {
    const { min, max } = limits.fact.value;
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
      confidence: limits.fact.confidence,
      source: limits.fact.source,
      ...(limits.fact.note ? { note: limits.fact.note } : {}),
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
        option.corrected
          ? {
              outcome: 'pass',
              confidence: 'shopper',
              text: { en: 'You said the checkout offers it.', zh: '你说明结算页提供此方式。' },
            }
          : {
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
        option.corrected
          ? {
              outcome: 'fail',
              confidence: 'shopper',
              text: { en: 'You said the checkout shows it as unavailable.', zh: '你说明结算页显示此方式不可用。' },
            }
          : {
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
