import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CURRENCY } from '../../lib/countries';
import { calendarDate, daysBetween, instantAt, todayIn } from '../../lib/dates';
import { COUNTRY_CODES, type ProgramId } from '../../lib/ids';
import { dueZone, PROGRAMS, programById } from '../../lib/programs';
import type { Program } from '../../lib/programs/schema';
import { describeMonthlyPlans, marketFor, statedPeriods, termsFor } from '../../lib/programs/terms';
import { buildSchedule } from '../../lib/schedule';

function program(id: ProgramId): Program {
  const found = programById(id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
}

const dues = (id: ProgramId, currency: string, total: number, purchased: string, country?: 'GB' | 'FR' | 'US') => {
  const terms = termsFor(program(id), { currency, total, ...(country ? { country } : {}) });
  return buildSchedule(terms.schedule.value, { total, purchased: calendarDate(purchased) }).map((part) => [
    part.due,
    part.amount,
  ]);
};

describe('the terms for an order', () => {
  it('follow the order’s country: PayPal is Pay in 3 monthly in the UK, Pay in 4X monthly in France', () => {
    expect(termsFor(program('paypal-pay-in-4'), { currency: 'GBP' }).name.en).toBe('PayPal Pay in 3');
    expect(dues('paypal-pay-in-4', 'GBP', 10_000, '2026-01-31')).toEqual([
      ['2026-01-31', 3334],
      ['2026-02-28', 3333],
      ['2026-03-31', 3333],
    ]);
    expect(dues('paypal-pay-in-4', 'EUR', 10_001, '2026-01-31', 'FR')).toEqual([
      ['2026-01-31', 2501],
      ['2026-02-28', 2500],
      ['2026-03-31', 2500],
      ['2026-04-30', 2500],
    ]);
    expect(dues('paypal-pay-in-4', 'USD', 24_900, '2026-01-31')).toEqual([
      ['2026-01-31', 6225],
      ['2026-02-14', 6225],
      ['2026-02-28', 6225],
      ['2026-03-14', 6225],
    ]);
  });

  it('call Afterpay Clearpay in the UK, with the UK’s fees', () => {
    const terms = termsFor(program('afterpay'), { currency: 'GBP' });
    expect(terms.name.en).toBe('Clearpay');
    expect(terms.overdue[0]?.value.en).toContain('£6');
    expect(terms.limits).toMatchObject({ currency: 'GBP', fact: { value: { max: 100_000 } } });
  });

  it('take the shopper’s country over the currency, and then compare no limits across currencies', () => {
    const terms = termsFor(program('klarna'), { currency: 'USD', country: 'GB' });
    expect(terms.name.en).toBe('Klarna Pay in 3');
    expect(terms.limits).toBeUndefined();
    expect(marketFor(program('afterpay'), { currency: 'USD', country: 'GB' })).toMatchObject({ currency: 'GBP' });
  });

  it('need the country where several countries pay in the currency, and say so plainly', () => {
    const terms = termsFor(program('paypal-pay-in-4'), { currency: 'EUR' });
    expect(terms.unresolved).toBe('country-needed');
    expect(terms.schedule.confidence).toBe('unverified');
    expect(terms.note?.en).toBe(
      'These are its United States terms; they differ by country. Add your country in your profile.',
    );
    expect(terms.note?.zh).toContain('美国');
  });

  it('name a plan sold in one market by its family where no market applies', () => {
    const czech = termsFor(program('klarna'), { currency: 'CZK', total: 249_000 });
    expect(czech.unresolved).toBe('no-market');
    expect(czech.name).toEqual({ en: 'Klarna', zh: 'Klarna' });
    expect(czech.note?.en).toBe('These are its United States terms; yours may differ.');
    expect(termsFor(program('paypal-pay-in-4'), { currency: 'EUR' }).name.en).toBe('PayPal Pay Later');
    expect(termsFor(program('klarna'), { currency: 'USD' }).name.en).toBe('Klarna Pay in 4');
    expect(termsFor(program('sezzle'), { currency: 'JPY' }).name.en).toBe('Sezzle');
  });

  it('show the home market’s plan, unverified, for a currency no market charges in', () => {
    const terms = termsFor(program('sezzle'), { currency: 'JPY' });
    expect(terms.unresolved).toBe('no-market');
    expect(terms.schedule.value).toEqual(program('sezzle').schedule.value);
    expect(terms.schedule.confidence).toBe('unverified');
    expect(terms.limits).toBeUndefined();
    const abroad = termsFor(program('sezzle'), { currency: 'USD', country: 'other' });
    expect(abroad.unresolved).toBe('no-market');
  });

  it('show Shop Pay Installments past $999.99 as its shortest monthly plan', () => {
    const small = termsFor(program('shop-pay-installments'), { currency: 'USD', total: 99_999 });
    expect(small.schedule.value).toMatchObject({ kind: 'installments', count: 4 });
    const large = termsFor(program('shop-pay-installments'), { currency: 'USD', total: 150_000 });
    expect(large.schedule).toMatchObject({
      value: { kind: 'monthly-installments', count: 3, first: 'one-month' },
      confidence: 'unverified',
    });
    expect(large.note?.en).toBe(
      'Past $999.99 it is paid monthly: shown as the shortest plan, 3 months, before any interest.',
    );
  });

  it('show the shortest monthly plan where the option’s own words offer only monthly payments', () => {
    const amazon = 'Monthly payments As low as $71/mo at 0% APR Subject to eligibility check.';
    const monthly = termsFor(program('affirm'), { currency: 'USD', total: 84_615, label: amazon });
    expect(monthly.schedule).toMatchObject({
      value: { kind: 'monthly-installments', count: 3, first: 'one-month' },
      confidence: 'unverified',
    });
    expect(monthly.note?.en).toBe(
      'The page offers monthly payments: shown as the shortest plan, 3 months, before any interest.',
    );
    expect(
      buildSchedule(monthly.schedule.value, { total: 84_615, purchased: calendarDate('2026-01-31') }).map(
        (part) => part.due,
      ),
    ).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    for (const label of [
      'Pay in 4 interest-free payments or as low as $40/mo',
      'Affirm: 4 interest-free payments of $211.54',
      'Affirm',
    ]) {
      expect(termsFor(program('affirm'), { currency: 'USD', total: 84_615, label }).schedule.value).toMatchObject({
        kind: 'installments',
        count: 4,
      });
    }
    for (const label of ['Pay Monthly with PayPal', 'Financing: from $52 per month', 'PayPal Monatsraten']) {
      expect(termsFor(program('paypal-pay-in-4'), { currency: 'USD', total: 84_615, label }).schedule.value.kind).toBe(
        'monthly-installments',
      );
    }
    // Afterpay has no monthly plans to show: its own schedule stays.
    expect(
      termsFor(program('afterpay'), { currency: 'USD', total: 20_000, label: 'Afterpay $50/mo' }).schedule.value,
    ).toMatchObject({ kind: 'installments', count: 4 });
  });

  it('show the plan the option’s words state: 花呗分期 3期 on three statements, Affirm for 12 months', () => {
    const huabei = termsFor(program('alipay-huabei'), {
      currency: 'CNY',
      total: 128_800,
      label: '花呗分期 3期免息，每期 ¥429.33',
    });
    expect(huabei.schedule.value).toEqual({ kind: 'monthly-statement', statementDay: 1, dueDay: 9, count: 3 });
    expect(huabei.schedule.confidence).toBe(program('alipay-huabei').schedule.confidence);
    expect(huabei.note?.zh).toBe('本页选择的是 3 期分期：以下按每期账单平均分 3 期计算，未含手续费。');
    // A picker of several, or a promotion's most, chooses none: one payment, as before.
    for (const label of ['花呗分期 ¥429.33×3期 ¥216.71×6期', '花呗 最高可享12期免息', '花呗'])
      expect(termsFor(program('alipay-huabei'), { currency: 'CNY', total: 128_800, label }).schedule.value).toEqual(
        program('alipay-huabei').schedule.value,
      );
    const affirm = termsFor(program('affirm'), {
      currency: 'USD',
      total: 51_600,
      label: 'Affirm Monthly payments: $43/mo for 12 months at 0% APR',
    });
    expect(affirm.schedule.value).toEqual({ kind: 'monthly-installments', count: 12, first: 'one-month' });
    expect(affirm.note?.en).toBe('The page offers 12 monthly payments: shown before any interest.');
    // A term the program has no plan for stays the shortest plan's.
    expect(
      termsFor(program('affirm'), { currency: 'USD', total: 51_600, label: 'Monthly payments for 99 months' }).schedule
        .value,
    ).toMatchObject({ count: 3 });
  });

  it.each([
    ['花呗分期 3期免息，每期 ¥429.33', 3],
    ['分12期 每期¥108.25 含手续费', 12],
    ['白条 ６期', 6],
    ['$43/mo for 12 months', 12],
    ['24 monthly payments of $45', 24],
    ['24 Monatsraten à 45 €', 24],
    ['不分期', undefined],
    ['3期 6期 12期', undefined],
    ['Pay in 4', undefined],
    ['up to 36 months', undefined],
    ['1期', undefined],
  ])('read the number of periods %s states as %s', (label, count) => {
    expect(statedPeriods(label)).toBe(count);
  });

  it('keep the Chinese programs as they were', () => {
    for (const each of PROGRAMS.filter((candidate) => !candidate.markets)) {
      const terms = termsFor(each, { currency: 'CNY', total: 100 });
      expect(terms.schedule).toBe(each.schedule);
      expect(terms.overdue).toBe(each.overdue);
      expect(terms.note).toBeUndefined();
    }
  });

  it('give every Western program one market per country it names, and an answer for every order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROGRAMS.filter((each) => each.markets)),
        fc.constantFrom(...COUNTRY_CODES, 'other' as const, undefined),
        fc.constantFrom(...new Set(Object.values(COUNTRY_CURRENCY)), 'JPY'),
        (each, country, currency) => {
          const terms = termsFor(each, { currency, ...(country ? { country } : {}) });
          if (terms.market) {
            expect(country === undefined || terms.market.countries.some((code) => code === country)).toBe(true);
            if (country === undefined) expect(terms.market.currency).toBe(currency);
          } else {
            expect(terms.unresolved).toBeDefined();
            expect(terms.note?.en).toMatch(/\S/);
          }
        },
      ),
    );
  });
});

describe('monthly plans in words', () => {
  it('name the terms, the APR range and the amounts, in both languages', () => {
    const terms = termsFor(program('paypal-pay-in-4'), { currency: 'USD' });
    if (!terms.monthlyPlans) throw new Error('no monthly plans');
    const described = describeMonthlyPlans(terms.monthlyPlans);
    expect(described.value.en).toBe(
      'Monthly plans of 3 to 24 months, 9.99%–35.99% APR, for orders of $49.00 to $10,000.00.',
    );
    expect(described.value.zh).toBe('按月分期 3–24 个月，年利率 9.99%–35.99%，适用于 US$49.00–US$10,000.00 的订单。');
    expect(described).toMatchObject({ confidence: 'official', source: terms.monthlyPlans.fact.source });
  });
});

describe('due dates in the shopper’s own zone', () => {
  const zones = ['America/New_York', 'America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'Pacific/Auckland'];

  it('start on the shopper’s own day and stay 14 calendar days apart across daylight-saving changes', () => {
    fc.assert(
      fc.property(
        // Around the 2026 changes in both hemispheres.
        fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 10, 30) }),
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 1_000_000 }),
        (now, zone, total) => {
          const paypal = program('paypal-pay-in-4');
          const purchased = todayIn(dueZone(paypal, zone), now);
          const plan = buildSchedule(paypal.schedule.value, { total, purchased });
          plan.forEach((part, index) => {
            expect(daysBetween(purchased, part.due)).toBe(14 * index);
            // The shopper's 09:00 on each due day comes later each time, whatever the clocks did.
            const previous = plan[index - 1];
            if (previous)
              expect(instantAt(part.due, '09:00', zone)).toBeGreaterThan(instantAt(previous.due, '09:00', zone));
          });
        },
      ),
    );
  });

  it('take the day the shopper sees: late on 2026-03-07 in Los Angeles is already the 8th in London', () => {
    const now = Date.UTC(2026, 2, 8, 7, 30); // 23:30 on the 7th in Los Angeles, 07:30 on the 8th in London
    expect(todayIn(dueZone('klarna', 'America/Los_Angeles'), now)).toBe('2026-03-07');
    expect(todayIn(dueZone('klarna', 'Europe/London'), now)).toBe('2026-03-08');
    expect(todayIn(dueZone('jd-paylater', 'America/Los_Angeles'), now)).toBe('2026-03-08');
  });
});
