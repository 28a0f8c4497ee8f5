import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, MAX_MINOR_UNITS, parsePrice, splitEvenly, toDecimalString } from '../../lib/money';

describe('parsePrice', () => {
  it.each([
    ['￥2,399.00', 239900],
    ['¥ 89.90', 8990],
    ['1299.00元', 129900],
    ['¥19.9', 1990],
    ['￥２，３９９．００', 239900],
    ['应付总额：￥2,399.00', 239900],
    ['¥0.01', 1],
    ['¥ 1299', 129900],
  ])('reads %s as %i fen', (text, fen) => {
    expect(parsePrice(text)).toBe(fen);
  });

  it.each([
    ['', 'no number'],
    ['暂无报价', 'no number'],
    ['¥1,29,9.00', 'misplaced separators'],
    ['¥12.345', 'three decimals'],
    ['¥99999999999.00', 'absurdly large'],
    ['￥1,899.00 ￥2,199.00', 'two prices'],
    ['x'.repeat(500), 'too long'],
  ])('gives no total for %j (%s)', (text) => {
    expect(parsePrice(text)).toBeNull();
  });

  it('round-trips every plausible amount through its printed form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR_UNITS }), fc.constantFrom('￥', '¥', '', '¥ '), (fen, sign) => {
        const printed = `${sign}${toDecimalString({ amount: fen, currency: 'CNY' })}`;
        expect(parsePrice(printed)).toBe(fen);
      }),
    );
  });

  it('never throws and never returns a non-integer for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const result = parsePrice(text);
        expect(result === null || (Number.isSafeInteger(result) && result >= 0 && result <= MAX_MINOR_UNITS)).toBe(
          true,
        );
      }),
    );
  });
});

describe('splitEvenly', () => {
  it('adds up exactly and differs by at most one minor unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR_UNITS }), fc.integer({ min: 1, max: 60 }), (total, count) => {
        const parts = splitEvenly(total, count);
        expect(parts).toHaveLength(count);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('formats without floating-point drift', () => {
    expect(formatMoney({ amount: 239900, currency: 'CNY' }, 'zh-CN')).toBe('¥2,399.00');
    expect(formatMoney({ amount: 1001, currency: 'USD' }, 'en')).toBe('$10.01');
    expect(formatMoney({ amount: 500, currency: 'JPY' }, 'en')).toBe('¥500');
  });
});
