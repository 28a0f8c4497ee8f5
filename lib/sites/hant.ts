/**
 * Shoppers in Hong Kong, Macau and Taiwan see Taobao's, Tmall's, Alipay's and JD's pages in
 * Traditional Chinese (先用後付, 花唄, 京東白條, 額度不足). The reader's words are Simplified: such a
 * page is read as a copy whose text is written in Simplified characters (see flat.ts), character for
 * character, so that every offset into a text stays where it was.
 */

import { once } from '../once';

/**
 * Traditional characters and the Simplified ones they are written as, in pairs: those of the
 * reader's words (lib/sites, money.ts) whose forms differ. A character outside them is kept.
 */
const PAIRS =
  '後后唄呗單单額额訂订條条東东確确寶宝優优銀银認认減减專专說说賬账帳账開开臺台餘余麼么題题問问還还貨货請请' +
  '見见薦荐滿满暫暂戶户區区買买閃闪選选詢询評评計计結结歡欢擇择動动雲云領领錢钱轉转貼贴議议補补紅红碼码時时' +
  '無无總总應应廣广幫帮幣币協协務务關关儲储從从馬马順顺頁页鋪铺遜逊過过載载資资詳详識识記记規规聯联網网紹绍' +
  '線线禮礼瑪玛貓猫測测檢检標标權权數数並并併并帶带屬属爾尔對对實实備备團团員员則则會会亞亚於于為为爲为豐丰';

/**
 * The tables, built on first use: the shops' URL-checking content scripts bundle this module's
 * importers and must not build them (nor carry them) on every page they match.
 */
const tables = /* @__PURE__ */ once(() => {
  const simplifiedOf = new Map<string, string>();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) simplifiedOf.set(PAIRS[i] as string, PAIRS[i + 1] as string);
  /** Each Simplified character's Traditional forms. */
  const traditionalOf = new Map<string, string>();
  for (const [traditional, simple] of simplifiedOf)
    traditionalOf.set(simple, (traditionalOf.get(simple) ?? '') + traditional);
  const traditionalChar = new RegExp(`[${[...simplifiedOf.keys()].join('')}]`, 'g');
  return { simplifiedOf, traditionalOf, traditionalChar };
});

/** `text` with the Traditional characters the reader knows written in Simplified: as long as `text`. */
export function simplified(text: string): string {
  const { simplifiedOf, traditionalChar } = tables();
  return text.replace(traditionalChar, (char) => simplifiedOf.get(char) ?? char);
}

/** Whether `text` holds any Traditional character the reader knows. */
export function hasTraditional(text: string): boolean {
  const { traditionalChar } = tables();
  traditionalChar.lastIndex = 0;
  return traditionalChar.test(text);
}

/**
 * `pattern` matching its words in either script: each Simplified character that has Traditional
 * forms becomes a class of them all (inside a class, they join it). Escapes are kept as they are.
 */
export function eitherScript(pattern: RegExp): RegExp {
  const { traditionalOf } = tables();
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.source.length; i++) {
    const char = pattern.source[i] as string;
    if (char === '\\') {
      source += char + (pattern.source[++i] ?? '');
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    const forms = traditionalOf.get(char);
    source += forms === undefined ? char : inClass ? char + forms : `[${char}${forms}]`;
  }
  return new RegExp(source, pattern.flags);
}
