import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  type Correction,
  MAX_CORRECTIONS,
  parseCorrections,
  readOf,
  withCorrection,
  withoutCorrection,
} from '../../lib/corrections';
import type { CheckoutSignals } from '../../lib/sites/types';

const SHOP = 'https://trade.jd.com';
const SIGNALS: CheckoutSignals = {
  site: 'jd',
  currency: 'CNY',
  total: 239900,
  options: [
    { program: 'jd-paylater', label: '先用后付', state: 'selectable' },
    { program: 'jd-baitiao', label: '京东白条', state: 'unavailable', reason: '额度不足' },
  ],
  wallets: [],
};

const said = (correction: Partial<Correction>): Correction => ({
  shop: SHOP,
  site: 'jd',
  program: 'jd-paylater',
  shows: 'unavailable',
  read: 'offered',
  at: 1,
  ...correction,
});

describe('corrections', () => {
  it('say what the page shows while the page reads as it did when corrected', () => {
    const { signals, corrected } = applyCorrections(SIGNALS, SHOP, [
      said({ program: 'jd-paylater', shows: 'unavailable', read: 'offered' }),
      said({ program: 'jd-baitiao', shows: 'absent', read: 'unavailable' }),
    ]);
    expect(signals.options).toEqual([
      { program: 'jd-paylater', label: '先用后付', state: 'unavailable', corrected: true },
    ]);
    expect(corrected).toEqual({ 'jd-paylater': 'unavailable', 'jd-baitiao': 'absent' });
  });

  it('add a program the reader missed', () => {
    const missing = { ...SIGNALS, options: [] };
    const { signals } = applyCorrections(missing, SHOP, [said({ shows: 'offered', read: 'absent' })]);
    expect(signals.options).toEqual([{ program: 'jd-paylater', label: '', state: 'selectable', corrected: true }]);
  });

  it('stand aside once the page reads differently, and on other shops', () => {
    const correction = said({ shows: 'unavailable', read: 'offered' });
    const changed = { ...SIGNALS, options: [{ ...SIGNALS.options[0], state: 'unavailable' as const }] };
    expect(applyCorrections(changed as CheckoutSignals, SHOP, [correction]).corrected).toEqual({});
    expect(applyCorrections(SIGNALS, 'https://pcashier.jd.com', [correction]).signals).toEqual(SIGNALS);
  });

  it('keep one per shop and program, and drop one that says what the page already reads', () => {
    let list = withCorrection([], said({ shows: 'unavailable' }));
    list = withCorrection(list, said({ shows: 'absent' }));
    expect(list).toEqual([said({ shows: 'absent' })]);
    expect(withCorrection(list, said({ shows: 'offered', read: 'offered' }))).toEqual([]);
    expect(withoutCorrection(list, SHOP, 'jd-paylater')).toEqual([]);
  });

  it('read the page as it is', () => {
    expect(readOf(SIGNALS, 'jd-paylater')).toBe('offered');
    expect(readOf(SIGNALS, 'jd-baitiao')).toBe('unavailable');
    expect(readOf(SIGNALS, 'alipay-huabei')).toBe('absent');
  });

  it('drop what storage holds that is not a correction, and keep every one that is, in order', () => {
    const valid = fc.record({
      shop: fc.constantFrom(SHOP, 'https://buy.taobao.com', 'http://shop.example'),
      site: fc.constantFrom('jd' as const, 'taobao' as const),
      program: fc.constantFrom('jd-paylater' as const, 'alipay-huabei' as const),
      shows: fc.constantFrom('offered' as const, 'unavailable' as const, 'absent' as const),
      read: fc.constantFrom('offered' as const, 'unknown' as const, 'absent' as const),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), valid), { maxLength: 400 }), (raw) => {
        const kept = raw.slice(0, MAX_CORRECTIONS).filter((item) => valid.canShrinkWithoutContext(item));
        expect(parseCorrections(raw)).toEqual(kept);
      }),
    );
    expect(parseCorrections('not a list')).toEqual([]);
    expect(parseCorrections([{ ...said({}), shop: 'javascript:alert(1)' }, said({})])).toEqual([said({})]);
  });
});

describe('corrections in sync', () => {
  it('go to sync storage and come back as they were', async () => {
    const { CORRECTIONS_RECORD } = await import('../../lib/sync/kv-records');
    const list = [
      said({ at: 30 }),
      said({ program: 'jd-baitiao', shows: 'absent', read: 'unavailable', at: 20 }),
      said({ shop: 'https://pcashier.jd.com', at: 10 }),
    ];
    const values = CORRECTIONS_RECORD.values(list);
    for (const path of values.keys()) {
      expect(CORRECTIONS_RECORD.validPath(path)).toBe(true);
      expect(CORRECTIONS_RECORD.schemaOf(path)?.safeParse(values.get(path)).success).toBe(true);
    }
    expect(CORRECTIONS_RECORD.build(values, undefined)).toEqual(list);
    expect(CORRECTIONS_RECORD.schemaOf('bogus@https://x.example')).toBeUndefined();
  });
});
