import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, calendarDate, daysBetween } from '../../lib/dates';
import type { ScheduleRule } from '../../lib/programs/schema';
import { buildSchedule, type PlannedInstallment, statementDate } from '../../lib/schedule';

const d = calendarDate;
const dues = (plan: PlannedInstallment[]) => plan.map((part) => part.due);

describe('days after purchase', () => {
  it.each([
    ['2026-12-25', 15, '2027-01-09'],
    ['2024-02-15', 15, '2024-03-01'],
    ['2023-02-15', 15, '2023-03-02'],
    ['2026-03-01', 0, '2026-03-01'],
  ])('%s + %i days → %s', (purchased, days, due) => {
    expect(dues(buildSchedule({ kind: 'days-after-purchase', days }, { total: 100, purchased: d(purchased) }))).toEqual(
      [due],
    );
  });
});

describe('days after receipt', () => {
  const rule: ScheduleRule = { kind: 'days-after-receipt', days: 15, expectedDeliveryDays: 3 };

  it('estimates receipt from the expected delivery until it is confirmed', () => {
    const [part] = buildSchedule(rule, { total: 100, purchased: d('2026-11-21') });
    expect(part).toEqual({ sequence: 1, due: '2026-12-09', amount: 100, estimated: true });
  });

  it('counts from the confirmed receipt once there is one', () => {
    const [part] = buildSchedule(rule, { total: 100, purchased: d('2026-11-21'), received: d('2026-11-28') });
    expect(part).toEqual({ sequence: 1, due: '2026-12-13', amount: 100, estimated: false });
  });
});

describe('monthly statement', () => {
  it.each([
    // 花呗: statement on the 1st, due on the 9th.
    [1, 9, '2026-11-21', '2026-12-09'],
    [1, 9, '2026-12-31', '2027-01-09'],
    // A purchase on the statement day itself goes on the next statement.
    [1, 9, '2026-12-01', '2027-01-09'],
    // 美团月付: the 1st and the 8th.
    [1, 8, '2026-01-31', '2026-02-08'],
    // A card-like cycle: statement on the 20th, due on the 10th of the month after.
    [20, 10, '2026-11-19', '2026-12-10'],
    [20, 10, '2026-11-20', '2027-01-10'],
    // Statement day 31 falls on the month's last day; due day 30 clamps to February's end.
    [31, 30, '2026-02-27', '2026-03-30'],
    [31, 30, '2026-01-31', '2026-03-30'],
    [28, 30, '2024-01-29', '2024-02-29'],
    [28, 30, '2023-01-29', '2023-02-28'],
    // Debited on the statement day itself (抖音月付: the start of next month).
    [1, 1, '2026-11-21', '2026-12-01'],
  ])('statement day %i, due day %i: bought %s → due %s', (statementDay, dueDay, purchased, due) => {
    const plan = buildSchedule(
      { kind: 'monthly-statement', statementDay, dueDay },
      { total: 5, purchased: d(purchased) },
    );
    expect(dues(plan)).toEqual([due]);
  });

  it('puts each of a plan’s parts on a statement of its own (花呗分期 3期), the odd fen on the first', () => {
    const plan = buildSchedule(
      { kind: 'monthly-statement', statementDay: 1, dueDay: 9, count: 3 },
      { total: 128_800, purchased: d('2026-11-30') },
    );
    expect(plan.map(({ due, amount }) => [due, amount])).toEqual([
      ['2026-12-09', 42_934],
      ['2027-01-09', 42_933],
      ['2027-02-09', 42_933],
    ]);
    // A card's statement on the 20th, due the 10th after it: each part a month after the last.
    const card = buildSchedule(
      { kind: 'monthly-statement', statementDay: 20, dueDay: 10, count: 2 },
      { total: 100, purchased: d('2026-01-25') },
    );
    expect(dues(card)).toEqual(['2026-03-10', '2026-04-10']);
  });

  it('puts February purchases on a leap-year statement day that exists', () => {
    expect(statementDate(d('2024-02-28'), 31)).toBe('2024-02-29');
    expect(statementDate(d('2024-02-29'), 31)).toBe('2024-03-31');
  });
});

describe('installments', () => {
  it('splits pay-in-4 into equal parts every two weeks, the first carrying the odd cents', () => {
    const plan = buildSchedule(
      { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
      { total: 24_903, purchased: d('2026-11-21') },
    );
    expect(plan.map((part) => part.amount)).toEqual([6228, 6225, 6225, 6225]);
    expect(dues(plan)).toEqual(['2026-11-21', '2026-12-05', '2026-12-19', '2027-01-02']);
  });

  it('gives 4 × $62.25 for $249.00', () => {
    const plan = buildSchedule(
      { kind: 'installments', count: 4, intervalDays: 14, first: 'purchase' },
      { total: 24_900, purchased: d('2026-11-21') },
    );
    expect(plan.map((part) => part.amount)).toEqual([6225, 6225, 6225, 6225]);
  });

  it('starts one interval after purchase when the rule says so', () => {
    const plan = buildSchedule(
      { kind: 'installments', count: 3, intervalDays: 30, first: 'one-interval' },
      { total: 300, purchased: d('2024-01-31') },
    );
    expect(dues(plan)).toEqual(['2024-03-01', '2024-03-31', '2024-04-30']);
    expect(plan.some((part) => part.estimated)).toBe(false);
  });

  it('marks a plan that starts at shipment as estimated', () => {
    const plan = buildSchedule(
      { kind: 'installments', count: 4, intervalDays: 14, first: 'shipment' },
      { total: 400, purchased: d('2026-11-21') },
    );
    expect(plan.every((part) => part.estimated)).toBe(true);
  });
});

describe('monthly installments', () => {
  it.each([
    // PayPal Pay in 3: today, then the same day of the next two months.
    ['purchase', 3, '2026-05-05', ['2026-05-05', '2026-06-05', '2026-07-05']],
    // A day the month lacks falls on its last day, and the next month is back on the 31st.
    ['purchase', 4, '2026-01-31', ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']],
    ['purchase', 2, '2024-01-31', ['2024-01-31', '2024-02-29']],
    ['one-month', 3, '2026-12-30', ['2027-01-30', '2027-02-28', '2027-03-30']],
    ['one-month', 1, '2026-08-31', ['2026-09-30']],
  ] as const)('first at %s, %i payments from %s: %j', (first, count, purchased, expected) => {
    const plan = buildSchedule(
      { kind: 'monthly-installments', count, first },
      { total: 10_001, purchased: d(purchased) },
    );
    expect(dues(plan)).toEqual(expected);
    expect(plan.reduce((sum, part) => sum + part.amount, 0)).toBe(10_001);
    expect(plan.every((part) => !part.estimated)).toBe(true);
  });

  it('puts the odd cents on the first of 3 monthly payments', () => {
    const plan = buildSchedule(
      { kind: 'monthly-installments', count: 3, first: 'purchase' },
      { total: 10_000, purchased: d('2026-05-05') },
    );
    expect(plan.map((part) => part.amount)).toEqual([3334, 3333, 3333]);
  });
});

// Properties over any rule and purchase.

const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10) as CalendarDate);

const ruleArb: fc.Arbitrary<ScheduleRule> = fc.oneof(
  fc.record({ kind: fc.constant('days-after-purchase' as const), days: fc.integer({ min: 0, max: 365 }) }),
  fc.record({
    kind: fc.constant('days-after-receipt' as const),
    days: fc.integer({ min: 0, max: 365 }),
    expectedDeliveryDays: fc.integer({ min: 0, max: 365 }),
  }),
  fc.record(
    {
      kind: fc.constant('monthly-statement' as const),
      statementDay: fc.integer({ min: 1, max: 31 }),
      dueDay: fc.integer({ min: 1, max: 31 }),
      count: fc.integer({ min: 1, max: 60 }),
    },
    { requiredKeys: ['kind', 'statementDay', 'dueDay'] },
  ),
  fc.record({
    kind: fc.constant('installments' as const),
    count: fc.integer({ min: 1, max: 60 }),
    intervalDays: fc.integer({ min: 1, max: 92 }),
    first: fc.constantFrom('purchase' as const, 'shipment' as const, 'one-interval' as const),
  }),
  fc.record({
    kind: fc.constant('monthly-installments' as const),
    count: fc.integer({ min: 1, max: 60 }),
    first: fc.constantFrom('purchase' as const, 'one-month' as const),
  }),
);

const inputArb = fc.record({
  total: fc.integer({ min: 0, max: 1_000_000_000 }),
  purchased: dateArb,
  receivedAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

function build(
  rule: ScheduleRule,
  input: { total: number; purchased: CalendarDate; receivedAfter?: number | undefined },
) {
  const received = input.receivedAfter === undefined ? undefined : addDays(input.purchased, input.receivedAfter);
  return buildSchedule(rule, { total: input.total, purchased: input.purchased, ...(received ? { received } : {}) });
}

/** The latest a rule can put its last payment, counted from the purchase. */
function latestDay(rule: ScheduleRule, receivedAfter: number | undefined): number {
  switch (rule.kind) {
    case 'days-after-purchase':
      return rule.days;
    case 'days-after-receipt':
      return (receivedAfter ?? rule.expectedDeliveryDays) + rule.days;
    case 'monthly-statement':
      // Next month's statement, then at most one month more to the due day; a month more for each later part.
      return 31 + 31 + ((rule.count ?? 1) - 1) * 31;
    case 'installments':
      return (rule.first === 'one-interval' ? rule.count : rule.count - 1) * rule.intervalDays;
    case 'monthly-installments':
      return (rule.first === 'one-month' ? rule.count : rule.count - 1) * 31;
  }
}

describe('schedule properties', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('adds up exactly to the total, in non-negative whole minor units', () => {
    fc.assert(
      fc.property(ruleArb, inputArb, (rule, input) => {
        const plan = build(rule, input);
        expect(plan.reduce((sum, part) => sum + part.amount, 0)).toBe(input.total);
        for (const part of plan) expect(Number.isSafeInteger(part.amount) && part.amount >= 0).toBe(true);
        expect(plan.map((part) => part.sequence)).toEqual(plan.map((_, index) => index + 1));
      }),
    );
  });

  it('puts what does not divide on the first payment: every later one is equal and none is more', () => {
    fc.assert(
      fc.property(ruleArb, inputArb, (rule, input) => {
        const [first, ...rest] = build(rule, input).map((part) => part.amount);
        if (first === undefined) throw new Error('an empty plan');
        for (const amount of rest) {
          expect(amount).toBe(rest[0]);
          expect(first - amount).toBeGreaterThanOrEqual(0);
          expect(first - amount).toBeLessThan(rest.length + 1);
        }
      }),
    );
  });

  it('gives real dates, strictly ascending, from the purchase to the rule’s latest day', () => {
    fc.assert(
      fc.property(ruleArb, inputArb, (rule, input) => {
        const plan = build(rule, input);
        const offsets = plan.map((part) => daysBetween(input.purchased, part.due));
        expect(offsets.every((offset, index) => index === 0 || offset > (offsets[index - 1] ?? 0))).toBe(true);
        expect(Math.min(...offsets)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...offsets)).toBeLessThanOrEqual(latestDay(rule, input.receivedAfter));
      }),
    );
  });

  it('keeps monthly payments on the purchase day of each month, or the month’s last day when it is shorter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('purchase' as const, 'one-month' as const),
        dateArb,
        (count, first, purchased) => {
          const plan = buildSchedule({ kind: 'monthly-installments', count, first }, { total: 10_000, purchased });
          const day = Number(purchased.slice(8));
          plan.forEach((part, index) => {
            const [year, month] = part.due.split('-').map(Number) as [number, number];
            const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
            expect(Number(part.due.slice(8))).toBe(Math.min(day, lastDay));
            const months = (year - Number(purchased.slice(0, 4))) * 12 + month - Number(purchased.slice(5, 7));
            expect(months).toBe(index + (first === 'one-month' ? 1 : 0));
          });
        },
      ),
    );
  });

  it('gives the same plan whatever time zone the process runs in', () => {
    fc.assert(
      fc.property(ruleArb, inputArb, (rule, input) => {
        const plans = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'America/Santiago'].map(
          (timeZone) => {
            process.env.TZ = timeZone;
            return build(rule, input);
          },
        );
        for (const plan of plans) expect(plan).toEqual(plans[0]);
      }),
      { numRuns: 200 },
    );
  });
});
