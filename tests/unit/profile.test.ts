import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  ageRange,
  bandRange,
  effectiveRule,
  overridableFields,
  overridesSchedule,
  PROFILE_QUESTIONS,
  parseOverrides,
  parseProfile,
  profileKeyFor,
  profileObject,
  SCORE_BANDS,
} from '../../lib/profile';
import { PROGRAMS, programById } from '../../lib/programs';
import { Requirement } from '../../lib/programs/schema';

function program(id: Parameters<typeof programById>[0]) {
  const found = programById(id);
  if (!found) throw new Error(`no program ${id}`);
  return found;
}

describe('profile', () => {
  it('asks one question per answer, each saying why in both languages', () => {
    expect(PROFILE_QUESTIONS.map((question) => question.key).sort()).toEqual(Object.keys(profileObject().shape).sort());
    for (const question of PROFILE_QUESTIONS) {
      for (const text of [question.question, question.why]) expect(text.en && text.zh).toMatch(/\S/);
    }
  });

  it('has a question for every kind of requirement', () => {
    const asked = new Set(PROFILE_QUESTIONS.map((question) => question.key));
    for (const option of Requirement.options) {
      const kind = option.shape.kind.value;
      const requirement = (
        kind === 'sesame-score' || kind === 'payscore' ? { kind, min: 600 } : { kind }
      ) as Requirement;
      expect(asked.has(profileKeyFor(requirement))).toBe(true);
    }
  });

  it('reads a malformed or missing profile as no answers', () => {
    expect(parseProfile(undefined)).toEqual({});
    expect(parseProfile('yes')).toEqual({});
    expect(parseProfile([true])).toEqual({});
    expect(parseProfile({ jdPlus: 'yes' })).toEqual({});
    expect(parseProfile({ jdPlus: true, sesameScore: '650-699' })).toEqual({ jdPlus: true, sesameScore: '650-699' });
  });

  it('keeps every good answer when another is malformed or unknown, as a profile from another version may be', () => {
    expect(parseProfile({ jdPlus: true, country: 'Atlantis', age: 42, future: 'answer' })).toEqual({ jdPlus: true });
    expect(parseProfile({ country: 'GB', age: '18-20' })).toEqual({ country: 'GB', age: '18-20' });
    expect(parseProfile({ country: 'other' })).toEqual({ country: 'other' });
  });

  it('has age bands that tile the ages without gaps', () => {
    AGE_BANDS.forEach((band, index) => {
      const next = AGE_BANDS[index + 1];
      if (next) expect(ageRange(next)[0]).toBe(ageRange(band)[1] + 1);
    });
    expect(ageRange('under-18')[0]).toBe(0);
  });

  it('has bands that tile the score range without gaps', () => {
    SCORE_BANDS.forEach((band, index) => {
      const next = SCORE_BANDS[index + 1];
      if (next) expect(bandRange(next)[0]).toBe(bandRange(band)[1] + 1);
    });
  });
});

describe('program overrides', () => {
  it('rejects impossible numbers and keeps good ones', () => {
    expect(parseOverrides({ 'jd-paylater': { days: -1 } })).toEqual({});
    expect(parseOverrides({ 'not-a-program': { days: 3 } })).toEqual({});
    expect(parseOverrides({ 'alipay-huabei': { dueDay: 10 } })).toEqual({ 'alipay-huabei': { dueDay: 10 } });
  });

  it('replaces the rule’s numbers with the shopper’s', () => {
    expect(effectiveRule(program('jd-paylater'), { days: 7, expectedDeliveryDays: 2 })).toEqual({
      kind: 'days-after-receipt',
      days: 7,
      expectedDeliveryDays: 2,
    });
    expect(effectiveRule(program('jd-baitiao'), { days: 20 })).toEqual({ kind: 'days-after-purchase', days: 20 });
    expect(effectiveRule(program('alipay-huabei'), { dueDay: 10 })).toEqual({
      kind: 'monthly-statement',
      statementDay: 1,
      dueDay: 10,
    });
    expect(effectiveRule(program('klarna'), { days: 3 })).toEqual(program('klarna').schedule.value);
  });

  it('tells a schedule override from a credit limit', () => {
    expect(overridesSchedule(program('jd-baitiao'), { days: 20 })).toBe(true);
    expect(overridesSchedule(program('jd-baitiao'), { days: 30 })).toBe(false);
    expect(overridesSchedule(program('jd-baitiao'), { creditLimit: 100 })).toBe(false);
    expect(overridesSchedule(program('jd-baitiao'), undefined)).toBe(false);
  });

  it.each(PROGRAMS.map((p) => [p.id, p] as const))('offers only fields that change %s', (_id, p) => {
    for (const field of overridableFields(p.schedule.value)) {
      if (field === 'creditLimit') continue;
      expect(overridesSchedule(p, { [field]: 29 })).toBe(true);
    }
  });
});
