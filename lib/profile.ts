import { z } from 'zod';
import { COUNTRY_CODES, PROGRAM_IDS } from './ids';
import { MAX_MINOR_UNITS } from './money';
import { once } from './once';
import type { Localized, Program, Requirement, ScheduleRule } from './programs/schema';

/** Credit-score bands the shopper may pick instead of giving an exact score. */
export const SCORE_BANDS = ['below-550', '550-599', '600-649', '650-699', '700-749', '750-plus'] as const;
export const ScoreBand = z.enum(SCORE_BANDS);
export type ScoreBand = z.infer<typeof ScoreBand>;

/** The lowest and highest score each band holds. */
const BAND_RANGE: Record<ScoreBand, readonly [number, number]> = {
  'below-550': [0, 549],
  '550-599': [550, 599],
  '600-649': [600, 649],
  '650-699': [650, 699],
  '700-749': [700, 749],
  '750-plus': [750, 1000],
};

export function bandRange(band: ScoreBand): readonly [number, number] {
  return BAND_RANGE[band];
}

/** Age bands: enough to check the usual minimum ages (18, 19 in some states and provinces, 21). */
export const AGE_BANDS = ['under-18', '18-20', '21-plus'] as const;
export const AgeBand = z.enum(AGE_BANDS);
export type AgeBand = z.infer<typeof AgeBand>;

const AGE_RANGE: Record<AgeBand, readonly [number, number]> = {
  'under-18': [0, 17],
  '18-20': [18, 20],
  '21-plus': [21, 150],
};

export function ageRange(band: AgeBand): readonly [number, number] {
  return AGE_RANGE[band];
}

/** Where the shopper lives: one of the countries the programs' terms are known for, or another. */
export const ResidenceCountry = z.enum([...COUNTRY_CODES, 'other']);
export type ResidenceCountry = z.infer<typeof ResidenceCountry>;

/** What the shopper chose to tell us about themselves. Every answer is optional and stays local. */
export const profileObject = once(() =>
  z
    .object({
      realName: z.boolean().optional(),
      jdPlus: z.boolean().optional(),
      goodCredit: z.boolean().optional(),
      boundCard: z.boolean().optional(),
      sesameScore: ScoreBand.optional(),
      payScore: ScoreBand.optional(),
      /** Since the Western programs: where the shopper lives, which picks a program's terms. */
      country: ResidenceCountry.optional(),
      /** Since the Western programs: the shopper's age band, for minimum ages. */
      age: AgeBand.optional(),
    })
    .strict(),
);
/** Built on first use, as the worker's other schemas are: not as the worker starts. */
export const Profile = z.lazy(profileObject);
export type Profile = z.infer<typeof Profile>;
export type ProfileKey = keyof Profile;

export interface ProfileQuestion {
  readonly key: ProfileKey;
  readonly answer: 'yes-no' | 'band' | 'age' | 'country';
  readonly question: Localized;
  readonly why: Localized;
}

/** The questions, in the order the options page asks them, each saying why it is asked. */
export const PROFILE_QUESTIONS: readonly ProfileQuestion[] = [
  {
    key: 'country',
    answer: 'country',
    question: { en: 'Which country do you live in?', zh: '你住在哪个国家或地区？' },
    why: {
      en: 'Klarna, Afterpay, PayPal and the others have different limits, schedules and late fees in each country, and some serve only a few countries.',
      zh: 'Klarna、Afterpay、PayPal 等在各国的额度、还款安排和滞纳金不同，有些只在少数国家提供。',
    },
  },
  {
    key: 'age',
    answer: 'age',
    question: { en: 'How old are you?', zh: '你的年龄？' },
    why: {
      en: 'Klarna, Afterpay, Affirm, PayPal, Zip, Sezzle and Shop Pay Installments are for adults: 18 or over, 19 in some places.',
      zh: 'Klarna、Afterpay、Affirm、PayPal、Zip、Sezzle 和 Shop Pay 分期仅面向成年人：18 岁及以上，部分地区为 19 岁。',
    },
  },
  {
    key: 'realName',
    answer: 'yes-no',
    question: { en: 'Have you completed real-name verification?', zh: '你是否已完成实名认证？' },
    why: {
      en: 'A guide says JD Pay Later needs it (JD has not confirmed it).',
      zh: '有攻略称京东先用后付需要实名认证（京东未证实）。',
    },
  },
  {
    key: 'jdPlus',
    answer: 'yes-no',
    question: { en: 'Are you a JD PLUS member?', zh: '你是京东 PLUS 会员吗？' },
    why: {
      en: 'Guides say JD Pay Later needs PLUS membership (JD has not confirmed it).',
      zh: '有攻略称京东先用后付需要 PLUS 会员（京东未证实）。',
    },
  },
  {
    key: 'goodCredit',
    answer: 'yes-no',
    question: {
      en: 'Is your credit record clean, with no overdue bills or loans right now?',
      zh: '你的信用记录良好吗（目前没有逾期的账单或贷款）？',
    },
    why: {
      en: 'Guides say JD Pay Later needs good credit (JD has not confirmed it).',
      zh: '有攻略称京东先用后付需要良好的信用（京东未证实）。',
    },
  },
  {
    key: 'boundCard',
    answer: 'yes-no',
    question: { en: 'Have you bound a bank card to your payment account?', zh: '你的支付账户是否绑定了银行卡？' },
    why: {
      en: 'Douyin Monthly Pay is said to debit the bound card.',
      zh: '据称抖音月付从绑定的银行卡扣款。',
    },
  },
  {
    key: 'sesameScore',
    answer: 'band',
    question: { en: 'Your Sesame Credit score (芝麻分)', zh: '你的芝麻分' },
    why: {
      en: 'Alipay admits shoppers to Sesame Pay Later on their Sesame Credit; a 2019 report put the bar at 650.',
      zh: '芝麻先用后付依据芝麻信用准入；2019 年的报道称门槛为 650 分。',
    },
  },
  {
    key: 'payScore',
    answer: 'band',
    question: { en: 'Your WeChat Pay Score (微信支付分)', zh: '你的微信支付分' },
    why: {
      en: 'WeChat’s and Pinduoduo’s pay-later run on it. Neither publishes a minimum score, so for now no verdict depends on it.',
      zh: '微信和拼多多的先用后付依托于它。二者都未公布最低分数，因此暂时不影响任何判断。',
    },
  },
];

/** The range each of the shopper's whole-number overrides may take. */
export const OVERRIDE_BOUNDS = {
  days: [0, 365],
  expectedDeliveryDays: [0, 60],
  statementDay: [1, 31],
  dueDay: [1, 31],
} as const;

const bounded = ([min, max]: readonly [number, number]) => z.number().int().min(min).max(max).optional();

/** The shopper's own numbers for a program, replacing the rule's where given. */
export const programOverrideObject = once(() =>
  z
    .object({
      days: bounded(OVERRIDE_BOUNDS.days),
      expectedDeliveryDays: bounded(OVERRIDE_BOUNDS.expectedDeliveryDays),
      statementDay: bounded(OVERRIDE_BOUNDS.statementDay),
      dueDay: bounded(OVERRIDE_BOUNDS.dueDay),
      /** The credit the shopper has left with this program, in minor units of its currency. */
      creditLimit: z.number().int().min(0).max(MAX_MINOR_UNITS).optional(),
    })
    .strict(),
);
export const ProgramOverride = z.lazy(programOverrideObject);
export type ProgramOverride = z.infer<typeof ProgramOverride>;

export const ProgramOverrides = z.lazy(() => z.partialRecord(z.enum(PROGRAM_IDS), ProgramOverride));
export type ProgramOverrides = z.infer<typeof ProgramOverrides>;

/**
 * A stored profile, answer by answer: one that is malformed, or from a later version, is dropped and
 * the others kept. No answer is a fine answer.
 */
export function parseProfile(raw: unknown): Profile {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const profile: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(profileObject().shape)) {
    const parsed = field.safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) profile[key] = parsed.data;
  }
  return profile as Profile;
}

export function parseOverrides(raw: unknown): ProgramOverrides {
  const parsed = ProgramOverrides.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}

/** Which override fields make sense for a rule: a day count, a delivery estimate, statement days. */
export function overridableFields(rule: ScheduleRule): readonly (keyof ProgramOverride)[] {
  switch (rule.kind) {
    case 'days-after-purchase':
      return ['days', 'creditLimit'];
    case 'days-after-receipt':
      return ['days', 'expectedDeliveryDays', 'creditLimit'];
    case 'monthly-statement':
      return ['statementDay', 'dueDay', 'creditLimit'];
    case 'installments':
    case 'monthly-installments':
      return ['creditLimit'];
  }
}

/**
 * A schedule rule (the program's own, unless the order's market has another) with the shopper's
 * numbers in it.
 */
export function effectiveRule(
  program: Program,
  override: ProgramOverride | undefined,
  rule: ScheduleRule = program.schedule.value,
): ScheduleRule {
  if (!override) return rule;
  switch (rule.kind) {
    case 'days-after-purchase':
      return { ...rule, days: override.days ?? rule.days };
    case 'days-after-receipt':
      return {
        ...rule,
        days: override.days ?? rule.days,
        expectedDeliveryDays: override.expectedDeliveryDays ?? rule.expectedDeliveryDays,
      };
    case 'monthly-statement':
      return {
        ...rule,
        statementDay: override.statementDay ?? rule.statementDay,
        dueDay: override.dueDay ?? rule.dueDay,
      };
    case 'installments':
    case 'monthly-installments':
      return rule;
  }
}

/** Whether the shopper's numbers change the schedule (the credit limit does not). */
export function overridesSchedule(program: Program, override: ProgramOverride | undefined): boolean {
  return JSON.stringify(effectiveRule(program, override)) !== JSON.stringify(program.schedule.value);
}

/** Which profile answer a requirement is checked against. */
export function profileKeyFor(requirement: Requirement): ProfileKey {
  switch (requirement.kind) {
    case 'real-name':
      return 'realName';
    case 'jd-plus':
      return 'jdPlus';
    case 'good-credit':
      return 'goodCredit';
    case 'bound-card':
      return 'boundCard';
    case 'sesame-score':
      return 'sesameScore';
    case 'payscore':
      return 'payScore';
    case 'minimum-age':
      return 'age';
    case 'residence':
      return 'country';
  }
}
