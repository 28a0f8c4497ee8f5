import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../lib/dates';
import { PROGRAM_IDS, type ProgramId } from '../../lib/ids';
import { dueZone, PROGRAMS, programById } from '../../lib/programs';
import { Program } from '../../lib/programs/schema';
import { NO_SOURCE, SEED_TEXT } from '../../lib/programs/sources';
import { buildSchedule } from '../../lib/schedule';

interface FoundFact {
  readonly path: string;
  readonly fact: Record<string, unknown>;
}

/** Every object in a program that carries a confidence, wherever it sits. */
function factsIn(value: unknown, path = ''): FoundFact[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => factsIn(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('confidence' in record) return [{ path, fact: record }];
  return Object.entries(record).flatMap(([key, item]) => factsIn(item, `${path}.${key}`));
}

describe('program registry', () => {
  it('lists every program id exactly once', () => {
    expect(PROGRAMS.map((program) => program.id).sort()).toEqual([...PROGRAM_IDS].sort());
  });

  it.each(PROGRAM_IDS)('finds %s by id', (id) => {
    expect(programById(id)?.id).toBe(id);
  });
});

describe.each(PROGRAMS.map((program) => [program.id, program] as const))('program %s', (_id, program) => {
  it('matches the schema', () => {
    expect(() => Program.parse(program)).not.toThrow();
  });

  it('gives every fact a source and a confidence', () => {
    const facts = factsIn(program);
    const optional = [program.amountLimits, program.creditCheck].filter(Boolean).length;
    const inMarkets = (program.markets ?? []).reduce(
      (count, market) =>
        count + 1 + market.overdue.length + (market.amountLimits ? 1 : 0) + (market.monthlyPlans ? 1 : 0),
      0,
    );
    const expected = program.requirements.length + program.overdue.length + 2 + optional + inMarkets;
    expect(facts).toHaveLength(expected);
    for (const { path, fact } of facts) {
      expect(fact, path).toHaveProperty('value');
      const title = (fact.source as { title?: { en?: string; zh?: string } } | undefined)?.title;
      expect(title?.en, path).toMatch(/\S/);
      expect(title?.zh, path).toMatch(/[\u4e00-\u9fff]/);
      const note = fact.note as { en?: string; zh?: string } | undefined;
      if (note) expect([note.en, note.zh], path).toEqual([expect.stringMatching(/\S/), expect.stringMatching(/\S/)]);
    }
  });

  // A shopper reads these beside each fact: they say what is known, not how we looked for it.
  it('words its sources and notes for the shopper, not as research notes', () => {
    const words = factsIn(program).flatMap(({ fact }) => {
      const source = fact.source as { title: { en: string; zh: string } };
      const note = fact.note as { en: string; zh: string } | undefined;
      return [source.title.en, source.title.zh, note?.en ?? '', note?.zh ?? ''];
    });
    for (const text of [...words, program.whereToPay.value.en, ...program.overdue.map((claim) => claim.value.en)]) {
      expect(text).not.toMatch(/content.farm|in hand|seed|assumed|unsourced|research|内容农场|尚无来源/i);
    }
  });

  it('never claims more than an unsourced or content-farm fact can bear', () => {
    for (const { path, fact } of factsIn(program)) {
      if (fact.source === NO_SOURCE || fact.source === SEED_TEXT) expect(fact.confidence, path).toBe('unverified');
    }
  });

  it('has names and texts in both languages', () => {
    for (const text of [
      program.name,
      program.provider,
      program.whereToPay.value,
      ...program.overdue.map((f) => f.value),
      ...(program.creditCheck ? [program.creditCheck.value] : []),
      ...(program.markets ?? []).flatMap((market) => [
        ...(market.name ? [market.name] : []),
        ...market.overdue.map((f) => f.value),
      ]),
    ]) {
      expect(text.en).toMatch(/\S/);
      expect(text.zh).toMatch(/\S/);
    }
  });
});

/** The providers' own sites: a fact marked official must link to one of them. */
const OWN_SITES: Partial<Record<ProgramId, RegExp>> = {
  klarna: /^https:\/\/www\.klarna\.com\//,
  // Clearpay is Afterpay in the UK; Square is Afterpay's sister company at Block, and publishes its limits.
  afterpay: /^https:\/\/(help\.afterpay\.com|www\.afterpay\.com|help\.clearpay\.co\.uk|developer\.squareup\.com)\//,
  affirm: /^https:\/\/(www\.|helpcenter\.)?affirm\.com\//,
  'paypal-pay-in-4': /^https:\/\/www\.paypal\.com\//,
  zip: /^https:\/\/(help\.us\.zip\.co|zip\.co|help\.zip\.co|help-nz\.zip\.co)\//,
  sezzle: /^https:\/\/shopper-help\.sezzle\.com\//,
  'shop-pay-installments': /^https:\/\/help\.shopify\.com\//,
};

describe.each(PROGRAMS.filter((program) => program.markets).map((program) => [program.id, program] as const))(
  'Western program %s',
  (id, program) => {
    it('calls a fact official only on the provider’s own pages', () => {
      const site = OWN_SITES[id];
      if (!site) throw new Error(`no site for ${id}`);
      for (const { path, fact } of factsIn(program)) {
        if (fact.confidence === 'official') expect((fact.source as { url?: string }).url, path).toMatch(site);
      }
    });

    it('cites every fact with a title and an address the shopper can open', () => {
      for (const { path, fact } of factsIn(program)) {
        expect((fact.source as { url?: string }).url, path).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      }
    });

    it('shows its home market’s schedule and late fees when no market applies', () => {
      const [home] = program.markets ?? [];
      expect(program.schedule).toEqual(home?.schedule);
      expect(program.overdue).toEqual(home?.overdue);
      expect(home?.currency).toBe(program.currency);
    });

    it('keeps due dates in the shopper’s own time zone', () => {
      expect(program.timeZone).toBe('shopper');
      expect(dueZone(program, 'Europe/London')).toBe('Europe/London');
    });

    it('asks for an adult', () => {
      expect(program.requirements.map((requirement) => requirement.value)).toContainEqual({
        kind: 'minimum-age',
        min: 18,
      });
    });
  },
);

it('keeps the Chinese programs’ due dates in Asia/Shanghai', () => {
  for (const program of PROGRAMS.filter((each) => !each.markets)) {
    expect(dueZone(program, 'America/Los_Angeles')).toBe('Asia/Shanghai');
  }
  expect(dueZone('jd-paylater', 'Europe/London')).toBe('Asia/Shanghai');
  expect(dueZone('klarna', 'Europe/London')).toBe('Europe/London');
});

// What each program's rule makes of one purchase: ¥/$100.01 on Friday 2026-01-30, to catch month ends.
const PURCHASED = calendarDate('2026-01-30');
const TOTAL = 10_001;

describe('each program’s schedule for a purchase on 2026-01-30', () => {
  const cases: [ProgramId, string[], number[], boolean][] = [
    // 15 days after receipt, receipt assumed on the purchase day until confirmed.
    ['jd-paylater', ['2026-02-14'], [TOTAL], true],
    ['jd-baitiao', ['2026-03-01'], [TOTAL], false],
    ['alipay-paylater', ['2026-02-06'], [TOTAL], true],
    // Statement on the 1st, due on the 9th of the same month.
    ['alipay-huabei', ['2026-02-09'], [TOTAL], false],
    ['pdd-paylater', ['2026-01-30'], [TOTAL], true],
    ['wechat-payscore', ['2026-01-30'], [TOTAL], true],
    ['meituan-monthly', ['2026-02-08'], [TOTAL], false],
    ['douyin-monthly', ['2026-02-01'], [TOTAL], false],
    ['klarna', ['2026-01-30', '2026-02-13', '2026-02-27', '2026-03-13'], [2501, 2500, 2500, 2500], true],
    ['afterpay', ['2026-01-30', '2026-02-13', '2026-02-27', '2026-03-13'], [2501, 2500, 2500, 2500], false],
    ['affirm', ['2026-01-30', '2026-02-13', '2026-02-27', '2026-03-13'], [2501, 2500, 2500, 2500], false],
    ['paypal-pay-in-4', ['2026-01-30', '2026-02-13', '2026-02-27', '2026-03-13'], [2501, 2500, 2500, 2500], false],
    ['zip', ['2026-01-30', '2026-02-13', '2026-02-27', '2026-03-13'], [2501, 2500, 2500, 2500], false],
    ['sezzle', ['2026-01-30', '2026-02-13', '2026-02-27', '2026-03-13'], [2501, 2500, 2500, 2500], false],
    [
      'shop-pay-installments',
      ['2026-01-30', '2026-02-13', '2026-02-27', '2026-03-13'],
      [2501, 2500, 2500, 2500],
      false,
    ],
  ];

  it('covers every program', () => {
    expect(cases.map(([id]) => id).sort()).toEqual([...PROGRAM_IDS].sort());
  });

  it.each(cases)('%s: due %j, amounts %j, estimated %s', (id, dues, amounts, estimated) => {
    const program = programById(id);
    if (!program) throw new Error(`no program ${id}`);
    const plan = buildSchedule(program.schedule.value, { total: TOTAL, purchased: PURCHASED });
    expect(plan.map((part) => part.due)).toEqual(dues);
    expect(plan.map((part) => part.amount)).toEqual(amounts);
    expect(plan.every((part) => part.estimated === estimated)).toBe(true);
  });
});
