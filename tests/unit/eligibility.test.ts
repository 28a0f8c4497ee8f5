import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type EligibilityInput, evaluate } from '../../lib/eligibility';
import type { PROGRAM_IDS } from '../../lib/ids';
import { AGE_BANDS, type Profile, profileKeyFor, ResidenceCountry, SCORE_BANDS } from '../../lib/profile';
import { PROGRAMS, programById } from '../../lib/programs';
import type { Program } from '../../lib/programs/schema';
import { SEED_TEXT } from '../../lib/programs/sources';
import type { DetectedOption } from '../../lib/sites/types';

function program(id: (typeof PROGRAM_IDS)[number]): Program {
  const found = programById(id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
}

const silent = (id: Program['id']): DetectedOption => ({ program: id, label: id, state: 'unknown' });

function input(partial: Partial<EligibilityInput> & { program: Program }): EligibilityInput {
  return { option: silent(partial.program.id), currency: partial.program.currency, profile: {}, ...partial };
}

describe('the page decides when it says', () => {
  it('an unavailable option is ineligible, with the page’s words', () => {
    const verdict = evaluate(
      input({
        program: program('jd-paylater'),
        option: { program: 'jd-paylater', label: '先用后付', state: 'unavailable', reason: '暂不可用：信用评估未通过' },
        profile: { jdPlus: true, realName: true, goodCredit: true },
      }),
    );
    expect(verdict.status).toBe('ineligible');
    expect(verdict.reasons).toEqual([
      expect.objectContaining({ outcome: 'fail', confidence: 'page', pageText: '暂不可用：信用评估未通过' }),
    ]);
  });

  it('a selectable option is eligible even when the profile and the limits say no', () => {
    const verdict = evaluate(
      input({
        program: program('paypal-pay-in-4'),
        option: { program: 'paypal-pay-in-4', label: 'Pay in 4', state: 'selectable' },
        total: 999_999,
        override: { creditLimit: 1 },
      }),
    );
    expect(verdict.status).toBe('eligible');
    expect(verdict.reasons).toEqual([expect.objectContaining({ outcome: 'pass', confidence: 'page' })]);
  });
});

describe('when the page does not say', () => {
  it('leaves every requirement the profile does not answer unknown, and the verdict unknown', () => {
    const verdict = evaluate(input({ program: program('jd-paylater') }));
    expect(verdict.status).toBe('unknown');
    const checklist = verdict.reasons.filter((reason) => reason.confidence === 'unverified');
    expect(checklist).toHaveLength(3);
    for (const reason of checklist) {
      expect(reason.outcome).toBe('unknown');
      expect(reason.source).toBe(SEED_TEXT);
      expect(reason.text.en).toContain('not answered');
    }
  });

  it('shows a failed unverified requirement without calling the program ineligible', () => {
    const verdict = evaluate(input({ program: program('jd-paylater'), profile: { jdPlus: false } }));
    expect(verdict.status).toBe('unknown');
    expect(verdict.reasons).toContainEqual(
      expect.objectContaining({
        outcome: 'fail',
        confidence: 'unverified',
        text: expect.objectContaining({ zh: expect.stringContaining('PLUS') }),
      }),
    );
  });

  it.each([
    ['600-649', 'fail', 'ineligible'],
    ['650-699', 'pass', 'unknown'],
    ['750-plus', 'pass', 'unknown'],
    [undefined, 'unknown', 'unknown'],
  ] as const)('芝麻分 band %s against a reported 650: %s, %s', (band, outcome, status) => {
    const profile: Profile = band ? { sesameScore: band } : {};
    const verdict = evaluate(input({ program: program('alipay-paylater'), profile }));
    expect(verdict.status).toBe(status);
    expect(verdict.reasons[0]).toMatchObject({ outcome, confidence: 'reported' });
  });

  it('cannot place a band that straddles the minimum', () => {
    const straddled: Program = {
      ...program('alipay-paylater'),
      requirements: program('alipay-paylater').requirements.map((fact) => ({
        ...fact,
        value: { kind: 'sesame-score', min: 620 },
      })),
    };
    expect(evaluate(input({ program: straddled, profile: { sesameScore: '600-649' } })).reasons[0]?.outcome).toBe(
      'unknown',
    );
  });

  it.each([
    [2_999, 'ineligible', 'fail'],
    [3_000, 'unknown', 'pass'],
    [150_000, 'unknown', 'pass'],
    [150_001, 'ineligible', 'fail'],
  ] as const)('PayPal Pay in 4 for %i cents: %s', (total, status, outcome) => {
    const verdict = evaluate(input({ program: program('paypal-pay-in-4'), total }));
    expect(verdict.status).toBe(status);
    expect(verdict.reasons[0]).toMatchObject({ outcome, confidence: 'official' });
    expect(verdict.reasons[0]?.text.en).toContain('$1,500.00');
  });

  it('does not compare limits with a total in another currency', () => {
    const noMarket = evaluate(input({ program: program('paypal-pay-in-4'), total: 999_999, currency: 'JPY' }));
    expect(noMarket.status).toBe('unknown');
    expect(noMarket.reasons.some((reason) => reason.text.en.includes('limits'))).toBe(false);
    const elsewhere = evaluate(
      input({ program: program('paypal-pay-in-4'), total: 999_999, currency: 'GBP', profile: { country: 'US' } }),
    );
    expect(elsewhere.status).toBe('unknown');
    expect(elsewhere.reasons[0]).toMatchObject({
      outcome: 'unknown',
      confidence: 'official',
      text: { en: 'Its limits where you live are in USD; this order is in GBP.' },
    });
  });

  it('compares the total with the credit the shopper says is left', () => {
    const over = evaluate(
      input({ program: program('jd-baitiao'), total: 5_299_900, override: { creditLimit: 1_000_000 } }),
    );
    expect(over.status).toBe('ineligible');
    expect(over.reasons[0]).toMatchObject({ outcome: 'fail', confidence: 'shopper' });
    expect(over.reasons[0]?.text.zh).toContain('¥10,000.00');
    const within = evaluate(
      input({ program: program('jd-baitiao'), total: 99_900, override: { creditLimit: 1_000_000 } }),
    );
    expect(within.status).toBe('unknown');
  });
});

describe('Western programs', () => {
  it('checks the order against its own country’s limits, named in its own currency', () => {
    const uk = evaluate(input({ program: program('paypal-pay-in-4'), total: 250_000, currency: 'GBP' }));
    expect(uk.status).toBe('ineligible');
    expect(uk.reasons[0]).toMatchObject({ outcome: 'fail', confidence: 'official' });
    expect(uk.reasons[0]?.text.en).toBe('The order amount is outside the limits (from £30.00 up to £2,000.00).');
    expect(uk.reasons[0]?.source?.url).toContain('paypal.com/uk');
    const us = evaluate(input({ program: program('paypal-pay-in-4'), total: 24_900, currency: 'USD' }));
    expect(us.reasons[0]?.text.en).toBe('The order amount is within the limits (from $30.00 up to $1,500.00).');
    expect(us.status).toBe('unknown');
  });

  it('asks for the shopper’s country where the currency does not tell the terms', () => {
    const euro = evaluate(input({ program: program('paypal-pay-in-4'), total: 10_000, currency: 'EUR' }));
    expect(euro.reasons[0]).toMatchObject({ outcome: 'unknown', confidence: 'shopper' });
    expect(euro.reasons[0]?.text.en).toContain('add yours in your profile');
    const french = evaluate(
      input({ program: program('paypal-pay-in-4'), total: 250_000, currency: 'EUR', profile: { country: 'FR' } }),
    );
    expect(french.status).toBe('ineligible');
    expect(french.reasons[0]?.text.zh).toContain('€2,000.00');
  });

  it.each([
    ['under-18', 'fail', 'ineligible'],
    ['18-20', 'pass', 'unknown'],
    ['21-plus', 'pass', 'unknown'],
    [undefined, 'unknown', 'unknown'],
  ] as const)('checks the minimum age: %s → %s, %s', (age, outcome, status) => {
    const verdict = evaluate(input({ program: program('afterpay'), profile: age ? { age } : {} }));
    expect(verdict.status).toBe(status);
    expect(verdict.reasons).toContainEqual(
      expect.objectContaining({
        outcome,
        confidence: 'official',
        text: expect.objectContaining({ en: expect.stringContaining('At least 18') }),
      }),
    );
  });

  it('fails a program not sold where the shopper lives, naming where it is sold', () => {
    const verdict = evaluate(input({ program: program('sezzle'), profile: { country: 'GB' } }));
    expect(verdict.status).toBe('ineligible');
    const residence = verdict.reasons.find((reason) => reason.text.en.startsWith('Lives in'));
    expect(residence).toMatchObject({ outcome: 'fail', confidence: 'reported' });
    expect(residence?.text.en).toBe('Lives in: United States, Canada (your profile says no)');
    expect(residence?.text.zh).toBe('居住在：美国、加拿大（个人资料显示不满足）');
    const other = evaluate(input({ program: program('afterpay'), profile: { country: 'other' } }));
    expect(other.status).toBe('ineligible');
    const home = evaluate(input({ program: program('afterpay'), profile: { country: 'NZ' } }));
    expect(home.status).toBe('unknown');
  });

  it('leaves a program with no residence rule to the page, wherever the shopper lives', () => {
    expect(evaluate(input({ program: program('klarna'), profile: { country: 'SE', age: '21-plus' } })).status).toBe(
      'unknown',
    );
  });
});

// Properties over every program, page state, total, profile and override.

const yesNo = fc.option(fc.boolean(), { nil: undefined });
const band = fc.option(fc.constantFrom(...SCORE_BANDS), { nil: undefined });
const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    realName: yesNo,
    jdPlus: yesNo,
    goodCredit: yesNo,
    boundCard: yesNo,
    sesameScore: band,
    payScore: band,
    country: fc.option(fc.constantFrom(...ResidenceCountry.options), { nil: undefined }),
    age: fc.option(fc.constantFrom(...AGE_BANDS), { nil: undefined }),
  })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Profile);
const programArb = fc.constantFrom(...PROGRAMS);
const currencyArb = fc.constantFrom('CNY', 'USD', 'GBP', 'EUR', 'AUD', 'CAD', 'NZD', 'JPY');
const totalArb = fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined });
const overrideArb = fc.option(fc.record({ creditLimit: fc.integer({ min: 0, max: 10_000_000 }) }), { nil: undefined });

function inputOf(
  prog: Program,
  state: DetectedOption['state'],
  total: number | undefined,
  profile: Profile,
  override: { creditLimit: number } | undefined,
  currency: string = prog.currency,
): EligibilityInput {
  return {
    program: prog,
    option: { program: prog.id, label: prog.name.zh, state },
    currency,
    profile,
    ...(total !== undefined ? { total } : {}),
    ...(override ? { override } : {}),
  };
}

describe('eligibility properties', () => {
  it('the page’s state always wins', () => {
    fc.assert(
      fc.property(
        programArb,
        fc.constantFrom('selectable' as const, 'unavailable' as const),
        totalArb,
        profileArb,
        overrideArb,
        (prog, state, total, profile, override) => {
          const verdict = evaluate(inputOf(prog, state, total, profile, override));
          expect(verdict.status).toBe(state === 'selectable' ? 'eligible' : 'ineligible');
          expect(verdict.reasons.every((reason) => reason.confidence === 'page')).toBe(true);
        },
      ),
    );
  });

  it('without the page’s word, nothing is eligible, and an unanswered requirement never passes', () => {
    fc.assert(
      fc.property(programArb, totalArb, profileArb, overrideArb, (prog, total, profile, override) => {
        const verdict = evaluate(inputOf(prog, 'unknown', total, profile, override));
        expect(verdict.status).not.toBe('eligible');
        const requirementReasons = verdict.reasons.slice(verdict.reasons.length - 1 - prog.requirements.length, -1);
        prog.requirements.forEach((requirement, index) => {
          const key = profileKeyFor(requirement.value);
          if (profile[key] === undefined) expect(requirementReasons[index]?.outcome).toBe('unknown');
        });
      }),
    );
  });

  it('is ineligible exactly when a check resting on more than hearsay fails', () => {
    fc.assert(
      fc.property(
        programArb,
        totalArb,
        profileArb,
        overrideArb,
        currencyArb,
        (prog, total, profile, override, currency) => {
          const verdict = evaluate(inputOf(prog, 'unknown', total, profile, override, currency));
          const hardFail = verdict.reasons.some(
            (reason) => reason.outcome === 'fail' && reason.confidence !== 'unverified',
          );
          expect(verdict.status).toBe(hardFail ? 'ineligible' : 'unknown');
        },
      ),
    );
  });

  it('an empty profile never turns a program ineligible', () => {
    fc.assert(
      fc.property(programArb, (prog) => {
        expect(evaluate(inputOf(prog, 'unknown', undefined, {}, undefined)).status).toBe('unknown');
      }),
    );
  });
});
