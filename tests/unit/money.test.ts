import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, MAX_MINOR_UNITS, parseMoney, parsePrice, splitEvenly, toDecimalString } from '../../lib/money';

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
    ['HK$89.90', 'Hong Kong dollars'],
    ['NT$1,290', 'Taiwan dollars'],
    ['US$12.00', 'US dollars'],
    ['$12.00', 'a bare dollar'],
    ['€5,00', 'euros'],
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
  it('adds up exactly: equal parts, and the first carries what does not divide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR_UNITS }), fc.integer({ min: 1, max: 60 }), (total, count) => {
        const parts = splitEvenly(total, count);
        expect(parts).toHaveLength(count);
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        const [first = 0, ...rest] = parts;
        for (const part of rest) expect(first - part).toBe(total % count);
      }),
    );
  });

  it('gives 4 × $62.25 for $249.00 and $62.26 first for $249.01', () => {
    expect(splitEvenly(24_900, 4)).toEqual([6225, 6225, 6225, 6225]);
    expect(splitEvenly(24_901, 4)).toEqual([6226, 6225, 6225, 6225]);
    expect(splitEvenly(24_903, 4)).toEqual([6228, 6225, 6225, 6225]);
  });
});

describe('formatMoney', () => {
  it('formats without floating-point drift', () => {
    expect(formatMoney({ amount: 239900, currency: 'CNY' }, 'zh-CN')).toBe('¥2,399.00');
    expect(formatMoney({ amount: 1001, currency: 'USD' }, 'en')).toBe('$10.01');
    expect(formatMoney({ amount: 500, currency: 'JPY' }, 'en')).toBe('¥500');
  });

  it('builds one formatter per locale and currency, however many amounts it formats', () => {
    const { NumberFormat } = Intl;
    let built = 0;
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        built += 1;
      }
    } as typeof NumberFormat;
    try {
      const amounts = Array.from({ length: 20 }, (_, amount) => formatMoney({ amount, currency: 'CHF' }, 'de-CH'));
      expect(amounts[19]).toBe('CHF\u00a00.19');
      expect(formatMoney({ amount: 5, currency: 'CHF' }, 'fr-CH')).toBe('0.05\u00a0CHF');
      expect(built).toBe(2);
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });
});

describe('parseMoney', () => {
  const NARROW_NBSP = '\u202f';
  const NBSP = '\u00a0';

  it.each([
    ['$1,234.56', 'USD', 123456, 'USD'],
    ['US$1,234.56', undefined, 123456, 'USD'],
    ['US$ 62.25', 'AUD', 6225, 'USD'],
    ['£1,234.56', undefined, 123456, 'GBP'],
    ['€1,234.56', undefined, 123456, 'EUR'],
    ['A$1,234.56', undefined, 123456, 'AUD'],
    ['AU$1,234.56', undefined, 123456, 'AUD'],
    ['$1,234.56', 'AUD', 123456, 'AUD'],
    ['C$1,234.56', undefined, 123456, 'CAD'],
    ['CA$1,234.56', undefined, 123456, 'CAD'],
    ['NZ$1,234.56', undefined, 123456, 'NZD'],
    ['USD 1,234.56', undefined, 123456, 'USD'],
    ['1,234.56 USD', undefined, 123456, 'USD'],
    ['1.234,56 EUR', undefined, 123456, 'EUR'],
    ['EUR 1.234,56', undefined, 123456, 'EUR'],
    ['1.234,56 €', undefined, 123456, 'EUR'],
    [`1${NARROW_NBSP}234,56${NBSP}€`, undefined, 123456, 'EUR'],
    [`1${NBSP}234,56 €`, undefined, 123456, 'EUR'],
    ['1 234,56 €', undefined, 123456, 'EUR'],
    [`1${NARROW_NBSP}234,56${NBSP}$CA`, undefined, 123456, 'CAD'],
    ["CHF 1'234.56", undefined, 123456, 'CHF'],
    // The Nordic crowns: "kr" is the page's crown, as a bare "$" is the page's dollar.
    ['1 595,00 kr', 'SEK', 159500, 'SEK'],
    ['kr 2 499,00', 'NOK', 249900, 'NOK'],
    ['1.234,56 kr.', 'DKK', 123456, 'DKK'],
    ['Kr. 899,95', 'DKK', 89995, 'DKK'],
    ['DKK 899,95', undefined, 89995, 'DKK'],
    ['SEK 1 595,00 kr', 'USD', 159500, 'SEK'],
    ['1 595,00 kr', 'USD', null, null],
    ['1 234,50 Dkr', 'SEK', 123450, 'DKK'],
    // Shopify's Norwegian total draws its code apart (<abbr>NOK</abbr><strong>kr 1 249,00</strong>).
    ['NOKkr 1 249,00', 'USD', 124900, 'NOK'],
    // The złoty, written after the amount.
    ['649,00 zł', undefined, 64900, 'PLN'],
    [`1${NBSP}299,00${NBSP}zł`, 'USD', 129900, 'PLN'],
    // Klarna's later markets: the Czech crown, the forint and the leu, each written after the amount.
    ['2 490 Kč', undefined, 249000, 'CZK'],
    [`1${NBSP}299,90${NBSP}Kč`, 'EUR', 129990, 'CZK'],
    ['12 990 Ft', undefined, 1299000, 'HUF'],
    ['12.990 Ft.', undefined, 1299000, 'HUF'],
    ['349,99 lei', undefined, 34999, 'RON'],
    ['RON 349,99', undefined, 34999, 'RON'],
    ['CZK 2 490', undefined, 249000, 'CZK'],
    ['$1,499.00 MXN', 'USD', 149900, 'MXN'],
    // "lei" inside a word is no leu.
    ['Leica 12 Ft', undefined, 1200, 'HUF'],
    ["$1'234.56", 'USD', 123456, 'USD'],
    ['1234,56 €', undefined, 123456, 'EUR'],
    ['12,5 €', undefined, 1250, 'EUR'],
    // One separator before exactly three digits can only group thousands in a two-decimal currency.
    ['1.234 €', undefined, 123400, 'EUR'],
    ['$1,000', 'USD', 100000, 'USD'],
    ['€12', undefined, 1200, 'EUR'],
    ['Total USD $249.00', 'USD', 24900, 'USD'],
    ['Order total: £0.50', undefined, 50, 'GBP'],
    ['Estimated total $1,000', 'USD', 100000, 'USD'],
    ['￥2,399.00', 'CNY', 239900, 'CNY'],
    ['1299.00元', undefined, 129900, 'CNY'],
    ['¥1,299', 'JPY', 1299, 'JPY'],
    // A dollar that names its country is that country's, whatever the page's dollar.
    ['HK$1,299.00', 'USD', 129900, 'HKD'],
    ['HK$ 1,299', 'CNY', 129900, 'HKD'],
    ['NT$1,290', 'CNY', 129000, 'TWD'],
    ['S$89.90', 'AUD', 8990, 'SGD'],
    ['R$ 1.234,56', undefined, 123456, 'BRL'],
    ['MX$499.00', 'USD', 49900, 'MXN'],
    ['$ 1,299', 'CNY', null, null],
  ])('reads %j (page currency %s) as %i %s', (text, defaultCurrency, amount, currency) => {
    const parsed = parseMoney(text, defaultCurrency ? { defaultCurrency } : {});
    expect(parsed).toEqual(amount === null ? null : { amount, currency });
  });

  it.each([
    ['-$5.00', -500, 'USD'],
    ['−$5.00', -500, 'USD'],
    ['– £5.00', -500, 'GBP'],
    ['Discount: -€12,50', -1250, 'EUR'],
    ['-12,50 €', -1250, 'EUR'],
    ['($5.00)', -500, 'USD'],
    ['(5,00 €)', -500, 'EUR'],
    ['$-5.00', -500, 'USD'],
    ['US$ -5.00', -500, 'USD'],
    ['Sub-total $5.00', 500, 'USD'],
  ])('keeps the sign of %j', (text, amount, currency) => {
    expect(parseMoney(text, { defaultCurrency: 'USD' })).toEqual({ amount, currency });
  });

  it.each([
    ['$12.00', {}, 'a bare $ with no page currency'],
    ['$12.00', { defaultCurrency: 'GBP' }, 'a bare $ on a pound page'],
    ['¥12', { defaultCurrency: 'USD' }, 'a bare ¥ on a dollar page'],
    ['12.00', { defaultCurrency: 'USD' }, 'no mark, and the caller did not allow it'],
    ['USD £12.00', {}, 'two currencies'],
    ['€ $12.00', { defaultCurrency: 'USD' }, 'a euro sign beside a dollar'],
    ['4 × $62.25', { defaultCurrency: 'USD' }, 'two numbers'],
    ['$1,899.00 $2,199.00', { defaultCurrency: 'USD' }, 'two prices'],
    ['$12.3456', { defaultCurrency: 'USD' }, 'four decimals'],
    ['$1,234.567', { defaultCurrency: 'USD' }, 'three decimals after a grouping'],
    ['€1.234.5', {}, 'a broken grouping'],
    ['€0.500', {}, 'a grouping after zero'],
    ['$.50', { defaultCurrency: 'USD' }, 'a leading point'],
    ['$99,999,999,999.00', { defaultCurrency: 'USD' }, 'absurdly large'],
    ['ZAR 100', { defaultCurrency: 'USD' }, 'an unknown currency code and no permission for unmarked'],
    ['2 490 Kč €', {}, 'crowns beside a euro sign'],
    ['12 Ft lei', {}, 'forints beside lei'],
    ['€ 12,00 kr', { defaultCurrency: 'SEK' }, 'a euro sign beside a crown'],
    ['x'.repeat(300), { defaultCurrency: 'USD', unmarked: true }, 'too long'],
    ['', { defaultCurrency: 'USD', unmarked: true }, 'nothing'],
  ] as const)('gives no price for %j (%s)', (text, options, _why) => {
    expect(parseMoney(text, options)).toBeNull();
  });

  it('reads RMB as the yuan, as Apple’s Chinese store writes it, and never as a dollar', () => {
    expect(parseMoney('RMB 9,999', { defaultCurrency: 'CNY' })).toEqual({ amount: 999900, currency: 'CNY' });
    expect(parsePrice('总计 RMB 416.63', 'CNY')).toBe(41663);
    expect(parseMoney('RMB 9,999', { defaultCurrency: 'USD' })).toEqual({ amount: 999900, currency: 'CNY' });
    expect(parsePrice('RMB 9,999', 'USD')).toBeNull();
    // parsePrice drops the space: the code still stands before the digits.
    expect(parsePrice('EUR 12.00', 'USD')).toBeNull();
  });

  it('reads an unmarked number in the page currency only when the caller says so', () => {
    expect(parseMoney('1,234.56', { defaultCurrency: 'USD', unmarked: true })).toEqual({
      amount: 123456,
      currency: 'USD',
    });
    expect(parseMoney('TAX 1.00', { defaultCurrency: 'USD', unmarked: true })).toEqual({
      amount: 100,
      currency: 'USD',
    });
    expect(parseMoney('1,234.56', { unmarked: true })).toBeNull();
  });

  const LOCALES = [
    'en-US',
    'en-GB',
    'de-DE',
    'fr-FR',
    'en-AU',
    'en-CA',
    'fr-CA',
    'en-NZ',
    'en-IE',
    'nl-NL',
    'de-CH',
    'sv-SE',
    'nb-NO',
    'da-DK',
    'fi-FI',
  ];
  const CURRENCIES = ['USD', 'GBP', 'EUR', 'AUD', 'CAD', 'NZD', 'SEK', 'NOK', 'DKK', 'CHF'];

  it('reads back every amount Intl formats, in every locale and currency listed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_MINOR_UNITS, max: MAX_MINOR_UNITS }),
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom<'symbol' | 'narrowSymbol' | 'code'>('symbol', 'narrowSymbol', 'code'),
        (amount, locale, currency, currencyDisplay) => {
          const format = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay });
          const decimal = toDecimalString({ amount: Math.abs(amount), currency });
          const printed = format.format(`${amount < 0 ? '-' : ''}${decimal}` as unknown as number);
          // A bare "$" (en-US USD, en-CA CAD, any narrow symbol) names its currency only through the
          // page's; any other mark must win over the page's currency, here always USD.
          const bareDollar = printed.includes('$') && !/[A-Z]\$|\$ ?[A-Z]/.test(printed);
          // So does a bare "kr" (sv-SE, nb-NO, da-DK, and any locale's narrow crown).
          const bareCrown = /(?<![A-Za-z])kr/i.test(printed);
          const parsed = parseMoney(printed, { defaultCurrency: bareDollar || bareCrown ? currency : 'USD' });
          expect(parsed, printed).toEqual({ amount, currency });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('also reads accounting-style negatives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_MINOR_UNITS }), fc.constantFrom(...CURRENCIES), (amount, currency) => {
        const printed = new Intl.NumberFormat('en-US', {
          style: 'currency',
          currency,
          currencySign: 'accounting',
        }).format(`-${toDecimalString({ amount, currency })}` as unknown as number);
        expect(parseMoney(printed, { defaultCurrency: currency }), printed).toEqual({ amount: -amount, currency });
      }),
    );
  });

  it('never throws, and answers integer minor units within bounds or nothing, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom(undefined, 'USD', 'EUR', 'CNY'),
        fc.boolean(),
        (text, defaultCurrency, unmarked) => {
          const parsed = parseMoney(text, { ...(defaultCurrency ? { defaultCurrency } : {}), unmarked });
          if (parsed === null) return;
          expect(Number.isSafeInteger(parsed.amount)).toBe(true);
          expect(Math.abs(parsed.amount)).toBeLessThanOrEqual(MAX_MINOR_UNITS);
          expect(parsed.currency).toMatch(/^[A-Z]{3}$/);
        },
      ),
    );
  });

  it('reads every price of the kinds parsePrice reads on Chinese pages the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR_UNITS }), fc.constantFrom('￥', '¥', '¥ '), (fen, sign) => {
        const printed = `${sign}${toDecimalString({ amount: fen, currency: 'CNY' })}`;
        expect(parseMoney(printed, { defaultCurrency: 'CNY' })).toEqual({ amount: fen, currency: 'CNY' });
        expect(parsePrice(printed)).toBe(fen);
      }),
    );
  });
});
