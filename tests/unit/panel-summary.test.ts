import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { panelTranslator } from '../../lib/i18n/panel';
import { PROGRAM_IDS } from '../../lib/ids';
import { parseOpenDetails, withDetails } from '../../lib/panel-details';
import { dayWords, scheduleSummary } from '../../lib/panel-summary';

const en = panelTranslator('en');
const zh = panelTranslator('zh-CN');
const TODAY = '2026-11-21';

describe('the collapsed row’s due words', () => {
  it.each([
    ['2026-11-21', 'today', '今天'],
    ['2026-11-22', 'tomorrow', '明天'],
    ['2026-12-06', 'Dec 6', '12月6日'],
    ['2027-01-09', 'Jan 9, 2027', '2027年1月9日'],
  ])('%s reads “%s” and “%s”', (date, english, chinese) => {
    expect(dayWords(date, TODAY, 'en', en)).toBe(english);
    expect(dayWords(date, TODAY, 'zh-CN', zh)).toBe(chinese);
  });

  it('names the day in UTC arithmetic, whatever the machine’s zone (a month end, a leap day)', () => {
    expect(dayWords('2028-03-01', '2028-02-29', 'en', en)).toBe('tomorrow');
    expect(dayWords('2026-03-09', '2026-03-08', 'en', en)).toBe('tomorrow');
  });
});

describe('the collapsed row’s schedule summary', () => {
  it('gives one payment’s amount and day', () => {
    const plan = [{ due: '2026-12-06', amount: 239_900 }];
    expect(scheduleSummary(plan, TODAY, 'CNY', 'en', en)).toBe('CN¥2,399.00 due Dec 6');
    expect(scheduleSummary(plan, TODAY, 'CNY', 'zh-CN', zh)).toBe('¥2,399.00，12月6日到期');
  });

  it('gives pay-in-4 as “4 × amount, first today”', () => {
    const plan = ['2026-11-21', '2026-12-05', '2026-12-19', '2027-01-02'].map((due) => ({ due, amount: 6_225 }));
    expect(scheduleSummary(plan, TODAY, 'USD', 'en', en)).toBe('4 × $62.25, first today');
    expect(scheduleSummary(plan, TODAY, 'USD', 'zh-CN', zh)).toBe('4 期 × US$62.25，首期今天');
  });

  it('gives the first part of an uneven plan on its own', () => {
    const plan = [2_501, 2_500, 2_500, 2_500].map((amount, index) => ({ due: `2026-12-0${index + 1}`, amount }));
    expect(scheduleSummary(plan, TODAY, 'USD', 'en', en)).toBe('4 payments, first Dec 1: $25.01');
  });

  it('says nothing without a schedule', () => {
    expect(scheduleSummary([], TODAY, 'CNY', 'en', en)).toBe('');
  });
});

describe('the programs whose details stay open', () => {
  it('keeps only known program ids, once each', () => {
    expect(parseOpenDetails(['klarna', 'nonsense', 3, 'klarna', 'jd-baitiao'])).toEqual(['klarna', 'jd-baitiao']);
    expect(parseOpenDetails('jd-baitiao')).toEqual([]);
    expect(parseOpenDetails(undefined)).toEqual([]);
  });

  it('opens and closes one program without touching the others', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...PROGRAM_IDS)),
        fc.constantFrom(...PROGRAM_IDS),
        fc.boolean(),
        (list, program, open) => {
          const next = withDetails(list, program, open);
          expect(next.includes(program)).toBe(open);
          expect(next.filter((id) => id !== program)).toEqual(list.filter((id) => id !== program));
          expect(parseOpenDetails(next)).toEqual(next);
        },
      ),
    );
  });
});
