import { COUNTRY_CURRENCY, countryList } from '../countries';
import { COUNTRY_CODES, type CountryCode } from '../ids';
import { formatMoney } from '../money';
import type { AmountLimits, Fact, Localized, Market, MonthlyPlans, Program, ScheduleRule } from './schema';

/** A program's terms for one order: its market's where one applies, else the home market's. */
export interface Terms {
  /** The market whose terms these are; absent for a program with one market, or when none applies. */
  readonly market?: Market;
  readonly name: Localized;
  readonly schedule: Fact<ScheduleRule>;
  /** Limits with the currency they are in. */
  readonly limits?: { readonly fact: Fact<AmountLimits>; readonly currency: string };
  readonly overdue: readonly Fact<Localized>[];
  readonly monthlyPlans?: { readonly fact: Fact<MonthlyPlans>; readonly currency: string };
  /**
   * Why no market's terms apply: the order's currency is used in countries with different terms
   * and the shopper's country is not known (`country-needed`), or none is sold for it (`no-market`).
   */
  readonly unresolved?: 'country-needed' | 'no-market';
  /** Said beside the schedule when it is not this order's own, plain: what is shown instead. */
  readonly note?: Localized;
}

export interface Order {
  /** The currency the checkout charges in. */
  readonly currency: string;
  /** Minor units of `currency`, when the page shows the total. */
  readonly total?: number;
  /** Where the shopper lives, from their profile. */
  readonly country?: CountryCode | 'other';
  /** The option's words on the page: "Monthly payments … as low as $71/mo" asks for the monthly plans. */
  readonly label?: string;
}

/** Words of a monthly plan (Affirm's "Monthly payments" on Amazon, PayPal's "Pay Monthly", "$71/mo"). */
const MONTHLY =
  /\bmonthly\b|\/\s?mo(?:nth)?\b|\b(?:per|a) month\b|\bmonatlich|\bMonatsraten|\bpar mois\b|\bmensualit|\bal mes\b|\bmensual(?:es|idades)?\b|\bal mese\b|\bmensil/i;
/** Words of the short plan beside them ("Pay in 4 or as low as $40/mo"): then the label does not choose. */
const SHORT_PLAN =
  /\bpay in [2-4]\b|\b[2-4] (?:interest[- ]free )?(?:payments|installments|instalments)\b|\bin [2-4] (?:Raten|rate|plazos)\b|\ben [2-4] (?:fois|versements)\b|\b[2-4]X\b|\b30 (?:days|Tage|jours|d[ií]as|giorni)\b/i;

/** A number of periods the option's words state: 3期, 分12期, 12 months, 12 monthly payments, 24 Monatsraten. */
const PERIODS =
  /(?<!不)(?:分\s*)?(\d{1,2})\s*(?:期|个月)|(\d{1,2})[\s-]*(?:months?\b|monthly (?:payments|installments|instalments)|Monat(?:e|sraten)\b|mois\b|meses\b|mesi\b|rate mensili\b)/gi;

/**
 * The one number of periods an option's words state (花呗分期 3期免息，每期 ¥429.33; $43/mo for 12
 * months). None where they state several (a picker of 3, 6 and 12): which one is chosen is not said.
 */
export function statedPeriods(label: string): number | undefined {
  // A promotion's most (最高可享12期免息, up to 24 months) is no plan chosen.
  if (/最高|最长|最多|\bup to\b/i.test(label)) return undefined;
  const counts = new Set<number>();
  for (const match of label.normalize('NFKC').matchAll(PERIODS)) counts.add(Number(match[1] ?? match[2]));
  const [count] = counts;
  return counts.size === 1 && count !== undefined && count >= 2 ? count : undefined;
}

/** Whether an option's words offer only the monthly plans. */
export function offersMonthly(label: string): boolean {
  return MONTHLY.test(label) && !SHORT_PLAN.test(label);
}

/**
 * The market for an order: the shopper's own country's (whatever the order's currency: its limits
 * then do not apply), else, with the country not known, the one market selling in every country
 * that pays in the order's currency (USD: the US; EUR: only a market for the whole euro area).
 */
export function marketFor(program: Program, { currency, country }: Order): Market | 'country-needed' | undefined {
  const markets = program.markets ?? [];
  if (country !== undefined) return markets.find((market) => market.countries.some((code) => code === country));
  const payers = COUNTRY_CODES.filter((code) => COUNTRY_CURRENCY[code] === currency);
  const selling = markets.filter((market) => market.currency === currency);
  if (selling.length === 0) return undefined;
  const whole = selling.find((market) => payers.every((code) => market.countries.includes(code)));
  return whole ?? 'country-needed';
}

function within(total: number, limits: AmountLimits): boolean {
  return (limits.min === undefined || total >= limits.min) && (limits.max === undefined || total <= limits.max);
}

/**
 * What applies to this order. With no market for it, the home market's (the first's) schedule and
 * late fees stand in, the schedule marked unverified and a note saying so: they may not be this
 * order's terms. Past the orders its main plan is for, the shortest monthly plan is shown.
 */
export function termsFor(program: Program, order: Order): Terms {
  const base = { name: program.name, overdue: program.overdue };
  if (!program.markets) {
    const terms = {
      ...base,
      schedule: program.schedule,
      ...(program.amountLimits ? { limits: { fact: program.amountLimits, currency: program.currency } } : {}),
    };
    const rule = program.schedule.value;
    const count = order.label === undefined ? undefined : statedPeriods(order.label);
    if (rule.kind !== 'monthly-statement' || count === undefined) return terms;
    // The page's own plan (花呗分期 3期): its parts, one on each statement, before any fee.
    return {
      ...terms,
      schedule: { ...program.schedule, value: { ...rule, count } },
      note: {
        en: `The page offers ${count} installments: shown as ${count} equal parts, one on each statement, before any fees.`,
        zh: `本页选择的是 ${count} 期分期：以下按每期账单平均分 ${count} 期计算，未含手续费。`,
      },
    };
  }
  const market = marketFor(program, order);
  if (market === undefined || market === 'country-needed') {
    const home = countryList(program.markets[0]?.countries ?? [], 'en');
    const homeZh = countryList(program.markets[0]?.countries ?? [], 'zh-CN');
    return {
      ...base,
      name: program.familyName ?? program.name,
      // The home market's plan stands in: it may not be this order's.
      schedule: { ...program.schedule, confidence: 'unverified' },
      unresolved: market === undefined ? 'no-market' : 'country-needed',
      note:
        market === undefined
          ? {
              en: `These are its ${home} terms; yours may differ.`,
              zh: `以下为其在${homeZh}的条款，您的条款可能不同。`,
            }
          : {
              en: `These are its ${home} terms; they differ by country. Add your country in your profile.`,
              zh: `以下为其在${homeZh}的条款，各国条款不同。请在个人资料中填写您所在的国家或地区。`,
            },
    };
  }
  const terms: Terms = {
    market,
    name: market.name ?? program.name,
    schedule: market.schedule,
    overdue: market.overdue,
    ...(market.amountLimits ? { limits: { fact: market.amountLimits, currency: market.currency } } : {}),
    ...(market.monthlyPlans ? { monthlyPlans: { fact: market.monthlyPlans, currency: market.currency } } : {}),
  };
  const { total } = order;
  const plans = market.monthlyPlans;
  if (!plans) return terms;
  const months = plans.value.months.min;
  const monthly = (count: number): Fact<ScheduleRule> => ({
    value: { kind: 'monthly-installments', count, first: 'one-month' },
    confidence: 'unverified',
    source: plans.source,
  });
  const shortest = monthly(months);
  if (order.label !== undefined && offersMonthly(order.label)) {
    // The plan the page states ($43/mo for 12 months), where it is one the program has.
    const stated = statedPeriods(order.label);
    if (stated !== undefined && stated >= months && stated <= plans.value.months.max)
      return {
        ...terms,
        schedule: monthly(stated),
        note: {
          en: `The page offers ${stated} monthly payments: shown before any interest.`,
          zh: `本页提供的是 ${stated} 个月的按月付款：以下未含利息。`,
        },
      };
    return {
      ...terms,
      schedule: shortest,
      note: {
        en: `The page offers monthly payments: shown as the shortest plan, ${months} months, before any interest.`,
        zh: `本页提供的是按月付款：以下按最短的 ${months} 个月计算，未含利息。`,
      },
    };
  }
  if (total === undefined || !market.scheduleLimits || order.currency !== market.currency) return terms;
  if (within(total, market.scheduleLimits)) return terms;
  const limit = market.scheduleLimits.max ?? market.scheduleLimits.min ?? 0;
  const money = (locale: string) => formatMoney({ amount: limit, currency: market.currency }, locale);
  return {
    ...terms,
    schedule: shortest,
    note: {
      en: `Past ${money('en')} it is paid monthly: shown as the shortest plan, ${months} months, before any interest.`,
      zh: `超过 ${money('zh-CN')} 需按月付款：以下按最短的 ${months} 个月计算，未含利息。`,
    },
  };
}

function percent(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** Monthly plans in plain words: "Monthly plans of 3 to 24 months, 9.99–35.99 % APR, for orders of $49.00 to $10,000.00." */
export function describeMonthlyPlans({ fact, currency }: NonNullable<Terms['monthlyPlans']>): Fact<Localized> {
  const { months, apr, amountLimits } = fact.value;
  const money = (amount: number, locale: string) => formatMoney({ amount, currency }, locale);
  const span = (min: number, max: number, en: boolean) =>
    min === max ? `${min}` : en ? `${min} to ${max}` : `${min}–${max}`;
  const en = [`Monthly plans of ${span(months.min, months.max, true)} months`];
  const zh = [`按月分期 ${span(months.min, months.max, false)} 个月`];
  if (apr) {
    en.push(apr.max === 0 ? 'interest-free' : `${percent(apr.min, 'en')}–${percent(apr.max, 'en')} APR`);
    zh.push(apr.max === 0 ? '免息' : `年利率 ${percent(apr.min, 'zh-CN')}–${percent(apr.max, 'zh-CN')}`);
  }
  if (amountLimits?.min !== undefined && amountLimits.max !== undefined) {
    en.push(`for orders of ${money(amountLimits.min, 'en')} to ${money(amountLimits.max, 'en')}`);
    zh.push(`适用于 ${money(amountLimits.min, 'zh-CN')}–${money(amountLimits.max, 'zh-CN')} 的订单`);
  } else if (amountLimits?.min !== undefined) {
    en.push(`for orders from ${money(amountLimits.min, 'en')}`);
    zh.push(`适用于 ${money(amountLimits.min, 'zh-CN')} 起的订单`);
  }
  return {
    value: { en: `${en.join(', ')}.`, zh: `${zh.join('，')}。` },
    confidence: fact.confidence,
    source: fact.source,
  };
}
