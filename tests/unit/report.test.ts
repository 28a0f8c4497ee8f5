import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inCurrency, readCheckout } from '../../lib/sites/dom';
import { stepReport } from '../../lib/sites/report';
import { VOCABULARY } from '../../lib/sites/taobao';
import { VOCABULARY_EN } from '../../lib/sites/web';

const PERSONAL = [
  '张伟',
  '13812345678',
  '138****5678',
  'zhangwei@example.com',
  '浙江省杭州市西湖区文三路 478 号',
  '订单号 3300000000000001',
  '3300000000000001',
  '招商银行尾号 8812',
  '8812',
  '330106199001011234',
];

// A checkout whose payment step itself is full of the shopper's personal data: in labels, notes,
// attributes (ids, titles, values, data-*), and beside the options.
const PAGE = `<!doctype html><html><body>
  <div class="addr">收货人：张伟 13812345678 浙江省杭州市西湖区文三路 478 号</div>
  <section id="pay-zhangwei" data-user="zhangwei@example.com">
    <h3 title="张伟的支付方式">支付方式</h3>
    <div role="radiogroup" aria-label="张伟 138****5678">
      <label for="r-3300000000000001" class="item_3xQ selected"><span>花呗</span><em>可用额度 ¥3,000.00，张伟</em></label>
      <input type="radio" id="r-3300000000000001" name="pay" value="330106199001011234" checked>
      <div class="item_3xQ is-disabled" aria-disabled="true" aria-describedby="why-8812">
        <span>先用后付</span><span id="why-8812">额度不足 订单号 3300000000000001</span>
      </div>
      <label class="item_3xQ"><input type="radio" name="pay" data-card="8812"> 招商银行尾号 8812 储蓄卡</label>
    </div>
  </section>
  <p>实付款：<b>¥89.90</b> zhangwei@example.com</p>
</body></html>`;

describe('stepReport', () => {
  const doc = parseHTML(PAGE).document as unknown as Document;
  const reading = readCheckout(doc, VOCABULARY);
  const report = reading ? stepReport(reading, VOCABULARY) : '';

  it('keeps how the step is built: tags, roles, states, references as tokens, program words, price shapes', () => {
    expect(reading?.signals.options.map(({ program, state }) => [program, state])).toEqual([
      ['alipay-huabei', 'selectable'],
      ['alipay-paylater', 'unavailable'],
    ]);
    expect(report).toContain('role="radiogroup"');
    expect(report).toMatch(/<label for="id\d+" class="c\d+ selected">/);
    expect(report).toMatch(/<input type="radio" id="id\d+" checked>/);
    expect(report).toContain('aria-disabled="true"');
    expect(report).toMatch(/class="c\d+ is-disabled"/);
    expect(report).toContain('"花呗"');
    expect(report).toContain('"先用后付"');
    expect(report).toContain('额度不足');
    expect(report).toContain('¥#,###.##');
    expect(report).toContain('储蓄卡');
  });

  it('leaves out every personal text, attribute value and number', () => {
    for (const personal of PERSONAL) expect(report).not.toContain(personal);
    expect(report).not.toMatch(/zhangwei|example\.com|data-|value=|title=|name=/);
    // No run of digits survives: prices keep their shape only.
    expect(report).not.toMatch(/\d{2,}/);
  });
});

describe('stepReport, a Nordic checkout', () => {
  const page = `<!doctype html><html lang="sv"><body>
    <fieldset><legend>Betalning</legend>
      <label><input type="radio" name="pay" checked> Klarna – Betala senare <small>0 kr i dag</small></label>
      <label><input type="radio" name="pay"> Kort <small>Anna Lindqvist, 0701234567</small></label>
    </fieldset>
    <dl><dt>Att betala</dt><dd>1 595,00 kr</dd><dt>varav moms</dt><dd>kr 319,00</dd><dt>Frakt</dt><dd>SEK 49</dd></dl>
  </body></html>`;
  const doc = parseHTML(page).document as unknown as Document;
  const reading = readCheckout(doc, inCurrency(VOCABULARY_EN, 'SEK'));
  const report = reading ? stepReport(reading, VOCABULARY_EN) : '';

  it('keeps the shape of prices in kronor, digits grouped by spaces, the unit before or after', () => {
    expect(reading?.signals.options.map(({ program }) => program)).toEqual(['klarna']);
    expect(report).toContain('# ###,## kr');
    expect(report).toContain('kr ###,##');
    expect(report).toContain('SEK ##');
    expect(report).not.toMatch(/Anna|Lindqvist|\d/);
  });
});
