import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { eitherScript, hasTraditional, simplified } from '../../lib/sites/hant';
import { jd } from '../../lib/sites/jd';
import { taobao } from '../../lib/sites/taobao';

const page = (lang: string, body: string) =>
  parseHTML(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`).document as unknown as Document;

/** Characters a test string is made of: Traditional ones with their Simplified forms, and others. */
const CHARS = [...'後后唄呗條条東东額额實实應应總总暫暂寶宝先用付花白京分期每元¥ 0123456789abc.|()[]'];

describe('Traditional Chinese, written in Simplified characters', () => {
  it('writes each known character in Simplified, one for one', () => {
    expect(simplified('先用後付 花唄分期 京東白條 額度不足 實付款 應付總額')).toBe(
      '先用后付 花呗分期 京东白条 额度不足 实付款 应付总额',
    );
    expect(hasTraditional('先用后付')).toBe(false);
    expect(hasTraditional('先用後付')).toBe(true);
  });

  it('keeps every text as long as it was, so that offsets into it stay true', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(simplified(text)).toHaveLength(text.length);
        expect(hasTraditional(simplified(text))).toBe(false);
      }),
    );
  });

  it('makes a pattern of Simplified words match them in either script', () => {
    const words = eitherScript(/先用后付|花呗(?!分期)|[后]付|京东\s*白条/i);
    for (const text of ['先用後付', '先用后付', '花唄', '後付', '京東 白條', '京东白條'])
      expect(words.test(text)).toBe(true);
    expect(words.test('花唄分期')).toBe(false);
    expect(words.flags).toBe('i');
    // Escapes are kept as written.
    expect(eitherScript(/\d+元/).test('12元')).toBe(true);
  });

  it('matches any text with the pattern of its Simplified form', () => {
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(eitherScript(new RegExp(`^${literal(simplified(text))}$`)).test(text)).toBe(true);
      }),
    );
  });

  it('reads a checkout shown in Traditional Chinese, with the page’s own elements', () => {
    const doc = page(
      'zh-HK',
      `<div id="shipping">收貨地址：香港九龍</div>
       <h3>支付方式</h3>
       <ul class="payment-list">
         <li class="item"><input type="radio" name="pay" id="p1" checked><label for="p1">在線支付</label></li>
         <li class="item"><input type="radio" name="pay" id="p2"><label for="p2">京東白條</label><span>每期 ¥300.00 起</span></li>
         <li class="item"><input type="radio" name="pay" id="p3" disabled><label for="p3">先用後付</label><span class="tip">額度不足</span></li>
       </ul>
       <div class="trade-foot">應付總額：<span id="sumPayPriceId">￥3,599.00</span></div>`,
    );
    const reading = jd.read(doc, new URL('https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1'));
    expect(reading?.signals).toMatchObject({ total: 359900, currency: 'CNY' });
    const states = Object.fromEntries(reading?.signals.options.map(({ program, state }) => [program, state]) ?? []);
    expect(states).toEqual({ 'jd-baitiao': 'selectable', 'jd-paylater': 'unavailable' });
    // The panel shows the page's own words, not the copy's.
    const paylater = reading?.signals.options.find(({ program }) => program === 'jd-paylater');
    expect(paylater?.reason).toContain('額度不足');
    expect(reading?.signals.options.find(({ program }) => program === 'jd-baitiao')?.label).toContain('京東白條');
    expect(reading?.paymentStep.ownerDocument).toBe(doc);
    expect(doc.contains(reading?.paymentStep ?? null)).toBe(true);
    // Read again with the last reading, as the content script does while the page changes.
    expect(
      jd.read(doc, new URL('https://trade.jd.com/shopping/order/getOrderInfo.action?rid=1'), reading)?.signals,
    ).toEqual(reading?.signals);
  });

  it('tells a late step named in Traditional Chinese to the content script', () => {
    expect(taobao.programWords.test('花唄分期')).toBe(true);
    expect(taobao.programWords.test('先用後付')).toBe(true);
  });

  it('leaves a Simplified page with a Traditional word elsewhere to the usual read', () => {
    // A Hong Kong seller's goods title (體驗裝) on a page whose ways to pay are in Simplified.
    const doc = page(
      'zh-CN',
      `<p>純棉T恤 體驗裝 後背包</p><h3>付款方式</h3><ul><li><input type="radio" name="p" checked>支付宝</li><li><input type="radio" name="p">花呗分期</li></ul><p>实付款：¥99.00</p>`,
    );
    const reading = taobao.read(doc, new URL('https://buy.taobao.com/auction/confirm_order.htm'));
    expect(reading?.signals.options.map(({ program }) => program)).toEqual(['alipay-huabei']);
    expect(reading?.signals.options[0]?.label).toContain('花呗');
  });
});
