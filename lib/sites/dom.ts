import type { ProgramId, SiteId, WalletId } from '../ids';
import { parseMoney } from '../money';
import { flatDocument, liveNode, mayDrawInShadow, pageText } from './flat';
import { eitherScript, hasTraditional, simplified } from './hant';
import { keywordPattern, NOT_TEXT, textsWith } from './text';
import type { CheckoutReading, DetectedOption, OptionState } from './types';
import { CHINESE, type PageWords } from './words';

export { textsWith } from './text';

/** Longest page text we keep for a label or reason: enough to read, too short to smuggle much. */
const MAX_LABEL = 80;
/** An option's words are longer: the plan it states ("… with 0% APR for 12 months") often comes last. */
const MAX_OPTION_LABEL = 160;

/** Text with whitespace collapsed and bounded. */
function bounded(text: string, max = MAX_LABEL): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

export interface ProgramPattern {
  readonly program: ProgramId;
  readonly pattern: RegExp;
  /**
   * A plan a wallet offers inside its own option (PayPal's Pay in 4, Shop Pay's installments): these
   * words name the program only where the shopper sees them in that wallet's option.
   */
  readonly within?: WalletId;
  /**
   * A kind of plan several programs offer (先用后付 on a shop of no platform we know): named beside one
   * of these, in the option's own text (由微信支付分提供, 微信支付分 | 先享后付), it is that program's.
   */
  readonly offeredBy?: readonly ProgramId[];
  /**
   * The currencies the program trades in, where another company's product goes by the same name
   * elsewhere (Riverty's AfterPay, an invoice in the euro and Nordic markets): on a checkout in any
   * other currency the name is not this program's.
   */
  readonly currencies?: readonly string[];
  /**
   * The provider's own way to pay at once, named in the option's line ("Klarna – Sofort bezahlen",
   * Lastschrift): an option so named is not this program's, unless its line also names a deferred plan
   * ("Sofort oder später bezahlen").
   */
  readonly payNow?: { readonly words: RegExp; readonly unless: RegExp };
}

export interface WalletPattern {
  readonly wallet: WalletId;
  readonly pattern: RegExp;
}

/** What one shop calls its ways to pay. Everything else about reading a checkout is shared. */
export interface CheckoutVocabulary {
  readonly site: SiteId;
  readonly currency: string;
  readonly programs: readonly ProgramPattern[];
  readonly wallets: readonly WalletPattern[];
  /** The language the shop's pages are written in: Chinese unless said otherwise. */
  readonly words?: PageWords;
  /** Elements known to hold the payable total on this shop, tried before the generic labels. */
  readonly totalSelector?: string;
  /** A cashier: it shows the amount to pay on its own, above the ways to pay, often with no label. */
  readonly standaloneTotal?: boolean;
}

const inCurrencies = new WeakMap<CheckoutVocabulary, Map<string, CheckoutVocabulary>>();

/**
 * The vocabulary of a shop that prices in `currency` (an Australian shop's bare "$"), made once per
 * currency so that its patterns are compiled once.
 */
export function inCurrency(vocabulary: CheckoutVocabulary, currency: string | undefined): CheckoutVocabulary {
  if (!currency || currency === vocabulary.currency) return vocabulary;
  const byCurrency = inCurrencies.get(vocabulary) ?? new Map<string, CheckoutVocabulary>();
  inCurrencies.set(vocabulary, byCurrency);
  const local = byCurrency.get(currency) ?? { ...vocabulary, currency };
  byCurrency.set(currency, local);
  return local;
}

/** The programs a vocabulary names, each once. */
export function programsOf(vocabulary: CheckoutVocabulary): ProgramId[] {
  return [...new Set(vocabulary.programs.map(({ program }) => program))];
}

/** One pattern matching any of the vocabulary's program names. */
function programNames(vocabulary: CheckoutVocabulary): RegExp {
  return new RegExp(vocabulary.programs.map(({ pattern }) => pattern.source).join('|'), 'i');
}

/** One pattern matching any of the vocabulary's program names, in Simplified or Traditional Chinese. */
export function programWords(vocabulary: CheckoutVocabulary): RegExp {
  return eitherScript(programNames(vocabulary));
}

/** A program, a wallet or another ordinary way to pay (a bank card): what an option is named after. */
interface Name {
  readonly pattern: RegExp;
  readonly program?: ProgramId;
  readonly wallet?: WalletId;
  readonly offeredBy?: readonly ProgramId[];
  readonly currencies?: readonly string[];
  readonly payNow?: ProgramPattern['payNow'];
}

/** Lengths of Chinese text; a language whose words run longer scales them (PageWords.length). */
interface Limits {
  readonly heading: number;
  readonly label: number;
  readonly name: number;
  readonly row: number;
}

interface Compiled {
  readonly words: PageWords;
  readonly limits: Limits;
  readonly programs: RegExp;
  /** The same names as plain words (see keywordPattern), for `textsWith`. */
  readonly programKeywords: RegExp;
  readonly keywords: RegExp;
  readonly names: readonly Name[];
  /** The same names anchored at a text's end: what a list join ("[Zip] or") follows. */
  readonly endingNames: readonly RegExp[];
  /** Plans inside a wallet's option, by wallet. */
  readonly plans: readonly (ProgramPattern & { readonly within: WalletId })[];
}

/**
 * Patterns built once per vocabulary, and once more for pages with broken words (see INSIDE_WORD):
 * a content script's reads run cold, so every step saved counts.
 */
const compiled = new WeakMap<CheckoutVocabulary, Compiled>();
const compiledThroughBreaks = new WeakMap<CheckoutVocabulary, Compiled>();

/**
 * What a page may leave inside a word that a shopper never sees, or reads through: soft hyphens,
 * zero-width spaces and joiners, word joiners (After&#8203;pay, Später be&shy;zahlen), and an
 * ideographic space between two Chinese characters (花　呗分期).
 */
const INSIDE_WORD = '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff\\u3000]?';
/** Runs of those characters, to look at what stands on either side. */
const WORD_BREAKS = /[\u00ad\u200b-\u200d\u2060\ufeff]+|\u3000/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const HAN = /\p{sc=Han}/u;

/**
 * Whether `text` holds a word broken by such characters. One native scan for them, then a look at
 * each one's neighbours: an emoji's joiner stands between no letters. A pattern for the whole
 * (letter, break, letter) cost 25 ms on a long Chinese page; this costs its scan. Chinese pages that
 * space out words with ideographic spaces (李昊然　北京) are read through them too (56 of the
 * corpus's 891 pages): the patterns then run about a third slower, and read those pages the same.
 */
function breaksWords(text: string): boolean {
  WORD_BREAKS.lastIndex = 0;
  for (let found = WORD_BREAKS.exec(text); found; found = WORD_BREAKS.exec(text)) {
    const before = text[found.index - 1] ?? '';
    const after = text[found.index + found[0].length] ?? '';
    const letter = found[0] === '\u3000' ? HAN : WORD_CHAR;
    if (letter.test(before) && letter.test(after)) return true;
  }
  return false;
}

/**
 * A pattern whose spaces also match the no-break spaces shops put between a name's words, so that it
 * is never broken across lines (Später&nbsp;bezahlen, Pay&nbsp;in&nbsp;4). A space inside a class stays.
 * `throughBreaks`: its words also match where INSIDE_WORD's characters break them (two letters
 * written side by side in the pattern take one between them).
 */
function spaced(pattern: RegExp, throughBreaks = false): RegExp {
  let source = '';
  let inClass = false;
  const from = pattern.source;
  for (let index = 0; index < from.length; index++) {
    const char = from[index] as string;
    if (char === '\\') {
      // An escape is copied whole: \u00a0, \u{…}, \p{…}, \x41, \d.
      const kind = from[index + 1] ?? '';
      const braced = from[index + 2] === '{' && 'upP'.includes(kind);
      const end = braced ? from.indexOf('}', index) + 1 : index + ({ u: 6, x: 4, c: 3 }[kind] ?? 2);
      source += from.slice(index, end);
      index = end - 1;
      continue;
    }
    if (char === '{' && !inClass) {
      // A quantifier's counts: {1,3}.
      const end = from.indexOf('}', index) + 1;
      source += from.slice(index, end);
      index = end - 1;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    source += char === ' ' && !inClass ? '[ \\u00a0\\u202f]' : char;
    if (throughBreaks && !inClass && WORD_CHAR.test(char) && WORD_CHAR.test(from[index + 1] ?? ''))
      source += INSIDE_WORD;
  }
  return source === pattern.source ? pattern : new RegExp(source, pattern.flags);
}

function spacedWords(words: PageWords, throughBreaks: boolean): PageWords {
  return Object.fromEntries(
    Object.entries(words).map(([key, value]) => {
      // A price's digits are read as written: a broken amount is no amount.
      const through = throughBreaks && key !== 'price';
      return [
        key,
        value instanceof RegExp
          ? spaced(value, through)
          : Array.isArray(value)
            ? value.map((one) => spaced(one, through))
            : value,
      ];
    }),
  ) as unknown as PageWords;
}

function compile(given: CheckoutVocabulary, throughBreaks = false): Compiled {
  const cache = throughBreaks ? compiledThroughBreaks : compiled;
  const known = cache.get(given);
  if (known) return known;
  const vocabulary = {
    ...given,
    programs: given.programs.map((name) => ({ ...name, pattern: spaced(name.pattern, throughBreaks) })),
    wallets: given.wallets.map((name) => ({ ...name, pattern: spaced(name.pattern, throughBreaks) })),
  };
  const words = spacedWords(vocabulary.words ?? CHINESE, throughBreaks);
  const plans = vocabulary.programs.filter((plan): plan is ProgramPattern & { within: WalletId } => !!plan.within);
  const names: Name[] = [
    ...vocabulary.programs.filter(({ within }) => !within),
    ...vocabulary.wallets,
    { pattern: words.methods },
  ];
  const scale = (length: number) => Math.round(length * words.length);
  const patterns = {
    words,
    limits: { heading: scale(HEADING_TEXT), label: scale(LABEL_TEXT), name: scale(NAME_TEXT), row: scale(ROW_TEXT) },
    programs: programNames(vocabulary),
    programKeywords: keywordPattern(vocabulary.programs.map(({ pattern }) => pattern)),
    keywords: keywordPattern(searched(names, words)),
    names: names.map((name) => ({ ...name, pattern: new RegExp(name.pattern.source, 'i') })),
    endingNames: names.map(({ pattern }) => new RegExp(`(?:${pattern.source})$`, 'i')),
    plans: plans.map((plan) => ({ ...plan, pattern: new RegExp(plan.pattern.source, 'i') })),
  };
  cache.set(given, patterns);
  return patterns;
}

/** What a page's text is searched for at once: the names of ways to pay, headings, total labels. */
function searched(names: readonly Name[], words: PageWords): RegExp[] {
  return [...names.map(({ pattern }) => pattern), words.heading, words.otherHeading, ...words.totals];
}

/**
 * The words any text worth reading contains, as the vocabulary writes them (plain words: see
 * keywordPattern); the reader's own patterns also take a no-break space for a space.
 */
export function keywords(vocabulary: CheckoutVocabulary): string[] {
  const words = vocabulary.words ?? CHINESE;
  const names = [
    ...vocabulary.programs.filter(({ within }) => !within),
    ...vocabulary.wallets,
    { pattern: words.methods },
  ];
  return keywordPattern(searched(names, words)).source.split('|');
}

// Controls a shopper picks an option with, whatever framework drew them (a <select>'s options too,
// the summaries of an exclusive accordion, <details name>, which open one option at a time, and the
// radios uni-app and Taro draw on phone pages as elements of their own, with no input inside).
const PRIMARY_CONTROL =
  'input[type=radio],input[type=checkbox],[role=radio],[role=switch],[role=checkbox],[role=option],[role=menuitemradio],[role=tab],select option,details[name] > summary,uni-radio,uni-checkbox,taro-radio-core,taro-checkbox-core';
/** Those framework radios: their state is in their drawing's classes (uni-radio-input-checked). */
const DRAWN_CONTROL = /^(?:uni|taro)-/;
/** Rows that carry a state of their own (installment periods as pressed buttons, selectable rows). */
const STATEFUL = '[aria-checked],[aria-selected],[aria-pressed]';
const CHOICE = `${PRIMARY_CONTROL},${STATEFUL}`;
/** What an option's text may label from afar (aria-labelledby): something the shopper picks with. */
const LABELLED_CONTROL = `${CHOICE},input,select,button,[role=button]`;
/** Elements whose text is a choice's own label (not a button's: "Continue to Affirm" goes on with it). */
const LABELLING = 'label,[role=radio],[role=option],[role=tab],[role=menuitemradio]';
const NAVIGATING_LINK = 'a[href]:not([href^="#"]):not([href^="javascript"])';
// Pages built of divs name their footer all the same (<div id="footer">, JD's #footer-2017, .site-footer).
const LANDMARK =
  'nav,header,footer,[role=navigation],[role=banner],[role=contentinfo],[id^=footer],.footer,.site-footer,.page-footer,.global-footer';
const HEADING_ELEMENT = 'h1,h2,h3,h4,h5,h6,legend,caption,dt,th,[role=heading]';
/** Headings are short; a sentence naming 支付方式 is prose. */
const HEADING_TEXT = 16;
/** Punctuation that ends a clause, not a list's comma. */
const CLAUSE_END = /[；。;!?！？]/;
/** Punctuation between clauses: a text holding it is a sentence, and heads nothing. */
const CLAUSE_BREAK = /[，。；！？,;!?]/;
/** A "more ways to pay" toggle names the step but starts no new one. */
const QUESTIONS = /\bFAQs?\b|\bquestions?\b|Frequently asked|常见问题/i;
const MORE_TOGGLE = /更多|其他|其它|展开|收起|全部|查看|more|other|show/i;
/** Text longer than this is prose, not a total's label. */
const LABEL_TEXT = 40;
/** A name in a text longer than this is prose (a goods title, a help text), not an option's name. */
const NAME_TEXT = 30;
/** An option's block holds its name, notes and installment plans, and no more than this. */
const ROW_TEXT = 80;
const MAX_ROW_ELEMENTS = 40;
/** Neighbouring names this close to their shared ancestor belong to one list, however it is drawn. */
const NEAR_DEPTH = 4;
/** Or, deeper down, when that ancestor is small: a list of a few options in wrappers upon wrappers. */
const NEAR_FAR_DEPTH = 10;
const SMALL_BLOCK = 250;
/** A heading governs the options below it when they share an ancestor this close, or a small one. */
const HEADING_DEPTH = 5;
const HEADING_BLOCK = 600;

// Case matters: camelCase class names (originPrice) end a word at a capital; a digit does not (a
// hashed class such as _del2g is no struck price).
const STRUCK_CLASS = /(?:^|[-_\s])(?:[Dd]el|[Oo]rigin(?:al)?|[Ss]trike)(?![a-z0-9])/;
/** Nodes looked at after a total label: a price follows its label closely. */
const MAX_PRICE_STEPS = 100;
const BARE_NUMBER = /^[:\s]*(\d[\d,]*(?:\.\d+)?)(?![\d.,])/;

const DISABLED_CLASS = /disabl|unavailable|forbid|invalid|(?:^|[-_\s])dis(?:$|[-_\s])/i;
/**
 * A class that greys an option out (gray, item-grey). Weaker than the words above: utility classes
 * that only colour a border, a background or text (b--light-gray, border-gray-200, font-gray) are
 * on options that can be chosen.
 */
const GREYED_CLASS = /(?:^|[-_\s])(?:gray|grey)(?:$|[-_\s])/i;
const COLOUR_CLASS =
  /(?:^|[-_])(?:b|bg|border|text|font|color|fill|stroke|ring|outline|divide|shadow|light|mid|dark|near|moon|hover|focus)[-_]+(?:gray|grey)|(?:gray|grey)[-_]\d/i;

function greyed(className: string): boolean {
  return className.split(/\s+/).some((name) => GREYED_CLASS.test(name) && !COLOUR_CLASS.test(name));
}
const SELECTED_CLASS = /(?<!un)(?:selected|checked)|(?<!in)active|(?:^|[-_\s])(?:on|cur|current)(?:$|[-_\s])/i;

function textOf(node: Text | Element): string {
  return (node.nodeType === 3 ? (node as Text).data : node.textContent) ?? '';
}

/** The nearest element holding all of `elements`. */
function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  let candidate: Element | null = first ?? null;
  while (candidate && !rest.every((element) => candidate?.contains(element))) candidate = candidate.parentElement;
  return candidate;
}

/** How many levels above `element` its ancestor `ancestor` is; Infinity if not within `limit`. */
function depthBelow(element: Element, ancestor: Element, limit: number): number {
  let current: Element | null = element;
  for (let depth = 0; current && depth <= limit; depth++, current = current.parentElement)
    if (current === ancestor) return depth;
  return Number.POSITIVE_INFINITY;
}

/** Whether two places are near enough to be parts of one list or section. */
function near(a: Element, b: Element, depth: number, farDepth: number, block: number): boolean {
  const shared = commonAncestor([a, b]);
  if (!shared || shared.tagName === 'BODY' || shared.tagName === 'HTML') return false;
  const deepest = Math.max(depthBelow(a, shared, farDepth), depthBelow(b, shared, farDepth));
  return deepest <= depth || (deepest <= farDepth && shared.querySelectorAll('*').length <= block);
}

/** The open modal of the document being read, looked up once per read (readCheckout clears it). */
let openModal: { readonly doc: Document; readonly modal: Element | null } | undefined;

function modalOf(doc: Document): Element | null {
  if (openModal?.doc !== doc) openModal = { doc, modal: doc.querySelector('[aria-modal=true],dialog[open]') };
  return openModal.modal;
}

/**
 * Whether an element is hidden from screen readers only because a modal dialog is open over it
 * (react-modal and others set aria-hidden on the app's root): the shopper still sees it, dimmed.
 */
function behindModal(unspoken: Element): boolean {
  const modal = modalOf(unspoken.ownerDocument);
  if (!modal || unspoken.contains(modal)) return false;
  // The page beside the dialog (through wrappers that hold it alone), not an icon marked aria-hidden within either.
  let box = unspoken;
  for (let parent = box.parentElement; parent && !parent.contains(modal); parent = box.parentElement) {
    if (parent.children.length !== 1) return false;
    box = parent;
  }
  return box.parentElement !== null;
}

/** The page's style of an element (of the live one, for a flat tree's copy): computed where the DOM computes it, else inline. */
function styleOf(element: Element): CSSStyleDeclaration | undefined {
  const live = liveNode(element);
  const view = live.ownerDocument.defaultView;
  return view?.getComputedStyle ? view.getComputedStyle(live) : (live as HTMLElement).style;
}

/**
 * Whether a shopper cannot see `element`: hidden by attribute, by style (where the browser computes
 * it), or inside a box with no room (a collapsed section).
 */
function hidden(element: Element): boolean {
  if (element.closest('[hidden],template,dialog:not([open]),details:not([open]) > :not(summary)')) return true;
  // A logo drawn as an SVG in an option's label is hidden from screen readers as decoration, not
  // from the eye (<label><svg aria-hidden="true"><text>affirm</text></svg>): what hides it is an
  // element around the drawing. Elsewhere (a footer's badges) such lettering stays unread.
  let unspoken = element.closest('[aria-hidden=true]');
  while (unspoken?.closest('svg') && unspoken.closest(LABELLING))
    unspoken = unspoken.closest('svg')?.parentElement?.closest('[aria-hidden=true]') ?? null;
  if (unspoken && !behindModal(unspoken)) return true;
  // A closed <select>'s options have no box: the shopper sees them where the select shows.
  const select = element.closest('select');
  if (select && select !== element) {
    for (let part: Element | null = element; part && part !== select; part = part.parentElement)
      if (styleOf(part)?.display === 'none') return true;
    return hidden(select);
  }
  // Boxes and styles are the page's: a flat tree's copy has none.
  const live = liveNode(element);
  const check = (live as { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    if (!check.call(live, { visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: true })) return true;
    // A section collapsed to no height (or width) hides what it holds without hiding it by style.
    for (let box: Element | null = element; box && box.tagName !== 'BODY'; box = box.parentElement) {
      const { width, height } = liveNode(box).getBoundingClientRect();
      if (width === 0 || height === 0) {
        const { overflowX, overflowY } = getComputedStyle(liveNode(box));
        if (overflowX !== 'visible' || overflowY !== 'visible' || box === element) return true;
      }
    }
    return false;
  }
  // No layout here (a parsed fixture): styles as computed, where the DOM computes them, else inline.
  for (let box: Element | null = element; box; box = box.parentElement) {
    const style = styleOf(box);
    if (style?.display === 'none' || (box === element && style?.visibility === 'hidden')) return true;
    const collapsed = /^0(?:px)?$/.test(style?.height ?? '') || /^0(?:px)?$/.test(style?.maxHeight ?? '');
    if (collapsed && (style?.overflowY ?? 'visible') !== 'visible') return true;
    if (/display:\s*none|visibility:\s*hidden/.test(box.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** Classes that keep text for screen readers only (WooCommerce's "Total price for … item: $229.00"). */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:screen-reader-text|screen-reader-only|sr-only|visually-hidden|visuallyhidden|a11y-hidden)(?:\s|$)/;

/** A box clipped to a pixel or less, as screen-reader text is: by its layout where there is one, else its style. */
function clippedToPixel(box: Element): boolean {
  const live = liveNode(box);
  const style = styleOf(box);
  if (!style || style.overflowX === 'visible') return false;
  if (typeof (live as { checkVisibility?: unknown }).checkVisibility !== 'function')
    return /^[01](?:px)?$/.test(style.width) && /^[01](?:px)?$/.test(style.height);
  const { width, height } = live.getBoundingClientRect();
  return width <= 1 && height <= 1;
}

/** Whether text is there for screen readers only: by its class, or in a box clipped to a pixel. */
function forScreenReaders(element: Element): boolean {
  for (let box: Element | null = element, depth = 0; box && depth < 3; box = box.parentElement, depth++)
    if (SCREEN_READER_ONLY.test(box.getAttribute('class') ?? '') || clippedToPixel(box)) return true;
  return false;
}

interface NameHit {
  readonly node: Text | Element;
  readonly element: Element;
  readonly name: Name;
  /** A promotion's words share the name's text: an option only where a control makes it one. */
  readonly weak: boolean;
  readonly hidden: boolean;
}

interface HeadingHit {
  readonly element: Element;
  readonly payment: boolean;
}

/** A heading the reader has no words for (确认订单信息, Billing address): it still ends a section. */
interface SectionHit {
  readonly element: Element;
  readonly rank: number;
}

type Hit =
  | ({ readonly kind: 'name' } & NameHit)
  | ({ readonly kind: 'heading' } & HeadingHit)
  | ({ readonly kind: 'section' } & SectionHit);

const RANKED_HEADING = 'h1,h2,h3,h4,h5,h6';

/** A heading element's rank (h3: 3); none for a block that only looks like a heading. */
function rankOf(element: Element): number | undefined {
  const heading = element.closest(RANKED_HEADING);
  return heading ? Number(heading.tagName[1]) : undefined;
}

/**
 * The hits with the page's other headings in document order: those that name nothing the reader
 * looks for. Both lists are in document order already, so they merge in one pass.
 */
function withSections(hits: readonly Hit[], body: Element, compiled: Compiled): Hit[] {
  // An accordion's header (<h3><button aria-expanded>) heads its own panel, one of the options, not a
  // section of the page: 携程礼品卡 among the ways to pay.
  const sections = [...body.querySelectorAll(RANKED_HEADING)].filter(
    (element) => !compiled.keywords.test(element.textContent ?? '') && !element.querySelector('[aria-expanded]'),
  );
  if (sections.length === 0) return [...hits];
  const merged: Hit[] = [];
  let next = 0;
  for (const hit of hits) {
    for (; next < sections.length && order(sections[next] as Element, hit.element) < 0; next++) {
      const element = sections[next] as Element;
      merged.push({ kind: 'section', element, rank: Number(element.tagName[1]) });
    }
    merged.push(hit);
  }
  return merged;
}

/** The name a text starts with, if it names one as an option would (not 由微信支付分提供, not a goods title). */
function nameIn(
  text: string,
  own: string,
  compiled: Compiled,
  labelled = false,
): { name: Name; weak: boolean } | undefined {
  let best: Name | undefined;
  let index = Number.POSITIVE_INFINITY;
  let length = 0;
  for (const name of compiled.names) {
    const match = name.pattern.exec(text);
    if (match && (match.index < index || (match.index === index && match[0].length > length))) {
      best = name;
      index = match.index;
      length = match[0].length;
    }
  }
  // A program named after the wallet it is a service of (支付宝先用后付, 支付宝 花呗) is that program.
  const named = best?.wallet && programAfter(text, best.wallet, index + length, compiled);
  if (named) {
    best = named.name;
    length = named.end - index;
  }
  // A control's own short label names its option however it leads up to it (Pay later with Klarna,
  // Pay in 4 with Klarna, and Adyen's "Pay later with Klarna." with its full stop), unless it is a
  // sentence or a message with amounts (4 payments of $62.25 with Afterpay).
  const labelsIt =
    labelled &&
    own.length <= compiled.limits.name &&
    !/[.,;:]/.test(withoutSloganCommas(own).replace(/\.\s*$/, '')) &&
    !compiled.words.price.test(own);
  // A name first met in brackets after Chinese words glosses what those words name (企业月结（先用后付）:
  // a seller's monthly account, described so).
  const glossed = /\p{Script=Han}\s*[（(]\s*$/u.test(text.slice(Math.max(0, index - 3), index));
  if (!best || /[?？]/.test(own) || glossed || mentioned(text, index, length, compiled, !labelsIt)) return undefined;
  // Prose names things in passing; a label starts with the name, whatever description follows it. A
  // node that starts with the name but goes on with a sentence before it (…myös <span>Klarnalla…</span>) is prose.
  const label = best.pattern.exec(own)?.index === 0 && !/[\p{L},、]\s*$/u.test(text.slice(0, index));
  // Measured as a shopper reads it: a template's indentation is no text.
  if (text.replace(/\s+/g, ' ').length > compiled.limits.name && !label) return undefined;
  // A text naming two ways to pay (a goods title: 先用后付 爆款T恤 花呗分期) is no option's name; a
  // second name in a note (先用后付（由微信支付分提供）) is.
  for (const name of compiled.names) {
    if (name === best) continue;
    const other = name.pattern.exec(text);
    // A shorter name inside the name itself (PayPal in "PayPal Pay in 3") is that name.
    const within = other && other.index >= index && other.index + other[0].length <= index + length;
    // Two names of one program (Affirm · Monthly payments), or a kind of plan beside the program
    // offering it (微信支付分 | 先享后付), are one name.
    const same =
      best.program !== undefined && (name.program === best.program || offers(name, best) || offers(best, name));
    // The wallet that provides the program, after its name (花呗分期 · 支付宝花呗), is its provider line.
    const provider =
      other !== null &&
      other.index > index &&
      !!name.wallet &&
      !!best.program &&
      providerOf(best.program) === name.wallet;
    if (other && !within && !same && !provider && !mentioned(text, other.index, other[0].length, compiled))
      return undefined;
  }
  return { name: best, weak: compiled.words.promotion.test(text) };
}

/** A program of `wallet` named right after its name (支付宝 | 先用后付), and where its name ends. */
function programAfter(
  text: string,
  wallet: WalletId,
  from: number,
  compiled: Compiled,
): { name: Name; end: number } | undefined {
  for (const name of compiled.names) {
    if (!name.program || providerOf(name.program) !== wallet) continue;
    const found = name.pattern.exec(text.slice(from));
    if (found && found.index <= 1 && text.slice(from, from + found.index).trim() === '')
      return { name, end: from + found.index + found[0].length };
  }
  return undefined;
}

/** The wallet a program is a service of: 花呗 is Alipay's, 白条 JD's, Pay in 4 PayPal's. */
const PROVIDERS: Readonly<Partial<Record<WalletId, readonly ProgramId[]>>> = {
  alipay: ['alipay-huabei', 'alipay-paylater'],
  'jd-pay': ['jd-baitiao', 'jd-paylater'],
  'wechat-pay': ['wechat-payscore'],
  paypal: ['paypal-pay-in-4'],
  'shop-pay': ['shop-pay-installments'],
};
const providerOf = (program: ProgramId): WalletId | undefined =>
  (Object.keys(PROVIDERS) as WalletId[]).find((wallet) => PROVIDERS[wallet]?.includes(program));

/** Whether `kind` is a kind of plan that `program` offers. */
function offers(kind: Name, program: Name): boolean {
  return !!program.program && !!kind.offeredBy?.includes(program.program);
}

/** Inline elements that only style a part of a sentence: with no attributes, they do not end it. */
const PLAIN_INLINE = new Set(['SPAN', 'EM', 'B', 'I', 'STRONG', 'FONT', 'SMALL', 'U', 'MARK']);
/** A mini-program framework's text element (uni-app's <uni-text>, Taro's <taro-text-core>): a span by another name. */
const FRAMEWORK_TEXT = /^[A-Z][A-Z\d]*-(?:[A-Z\d-]*-)?(?:TEXT|SPAN)(?:-CORE)?$/;
const plainTag = (tag: string) => PLAIN_INLINE.has(tag) || FRAMEWORK_TEXT.test(tag);

function plainInline(node: Node): boolean {
  return node.nodeType === 3 || (plainTag((node as Element).tagName) && (node as Element).attributes.length === 0);
}

/**
 * The run of text a name stands in: its node with the text beside it that only plain inline markup
 * separates (先用后付<span>款</span>, a notice split across spans). A label has a run of its own.
 */
function runOf(node: Text | Element): string {
  let part: Node = node;
  while (part.parentElement && plainInline(part.parentElement) && part.parentElement.tagName !== 'BODY')
    part = part.parentElement;
  // Text beside it, and plain inline markup beside such text; not two sibling labels (<span>京东支付</span><span>储蓄卡</span>).
  const joins = (next: Node, from: Node) =>
    next.nodeType === 3 || (plainInline(next) && from.nodeType === 3 && (from.textContent ?? '').trim() !== '');
  // And a caption before it that ends in a colon, whatever its attributes ("<strong class=…>Mode de paiement
  // actuel :</strong> Klarna"): a caption and its value are one line.
  const captions = (previous: Node, from: Node) =>
    from.nodeType === 3 &&
    (from.textContent ?? '').trim() !== '' &&
    previous.nodeType === 1 &&
    plainTag((previous as Element).tagName) &&
    /[:：]\s*$/.test(previous.textContent ?? '');
  let text = part.textContent ?? '';
  for (
    let at: Node = part, before = part.previousSibling;
    before && (joins(before, at) || captions(before, at));
    at = before, before = before.previousSibling
  )
    text = (before.textContent ?? '') + text;
  for (let at: Node = part, after = part.nextSibling; after && joins(after, at); at = after, after = after.nextSibling)
    text += after.textContent ?? '';
  return text.trim();
}

/**
 * What an element adds to a line of text: its text, or, where it has none, its logos' names (a logo,
 * or a wrapper around one).
 */
function lineText(node: Node): string {
  if (node.nodeType !== 1) return node.textContent ?? '';
  const element = node as Element;
  if (element.matches(LOGO_ELEMENT)) return logoName(element);
  const text = element.textContent ?? '';
  if (text.trim() !== '') return text;
  return [...element.querySelectorAll(LOGO_ELEMENT)].map(logoName).join(' ');
}

/** Whether `parent` holds nothing but `part` (and blank text). */
function onlyHolds(parent: Element, part: Node): boolean {
  for (const child of parent.childNodes)
    if (child !== part && (child.nodeType !== 3 || (child.textContent ?? '').trim() !== '')) return false;
  return true;
}

/**
 * The line of text a logo stands in: out of the inline wrappers that hold only it, then the text,
 * plain inline markup and other logos (wrapped or not) beside it, read with logos as their names.
 * Anything with text of its own (an option's name in a span, a note) ends the line, as it ends a run
 * of text (see runOf). `at` is where the logo's name starts in the line.
 */
function lineAround(logo: Element, name: string): { line: string; at: number } {
  let part: Element = logo;
  for (
    let parent = part.parentElement;
    parent &&
    parent.tagName !== 'BODY' &&
    inlineTag(parent.tagName) &&
    (plainInline(parent) || onlyHolds(parent, part));
    parent = part.parentElement
  )
    part = parent;
  const joins = (node: Node) =>
    node.nodeType === 3 ||
    plainInline(node) ||
    (node.nodeType === 1 &&
      ((node as Element).matches(LOGO_ELEMENT) ||
        (inlineTag((node as Element).tagName) && (node.textContent ?? '').trim() === '')));
  // Inline markup with text of its own joins where a word runs on across it (wit<span class=…>h </span>).
  const runsAcross = (node: Node, left: Node | null, right: Node | null) =>
    node.nodeType === 1 &&
    inlineTag((node as Element).tagName) &&
    ((left !== null && runsOn(lineText(left), lineText(node))) ||
      (right !== null && runsOn(lineText(node), lineText(right))));
  let before = '';
  for (
    let at = part.previousSibling, next: Node = part;
    at && (joins(at) || runsAcross(at, at.previousSibling, next === part ? null : next));
    next = at, at = at.previousSibling
  )
    before = lineText(at) + before;
  let after = '';
  for (
    let at = part.nextSibling, previous: Node = part;
    at && (joins(at) || runsAcross(at, previous === part ? null : previous, at.nextSibling));
    previous = at, at = at.nextSibling
  )
    after += lineText(at);
  before = before.replace(/^\s+/, '');
  return { line: (before + name + after).replace(/\s+/g, ' ').trimEnd(), at: before.replace(/\s+/g, ' ').length };
}

/** Other names listed before a name (with [Zip] or [Klarna], 用花呗、白条): the list is what a mention word governs. */
const LIST_JOIN = /(?:,|、|&|\bor|\band|或|和|及)\s*$/i;

/**
 * Whether a logo stands in a sentence as a mention, read as a name written there would be: "or 4
 * payments of $12.50 with [Afterpay]", "Split purchases with [Zip] or [Klarna] in our store".
 */
function logoMentioned(logo: Element, name: string, compiled: Compiled): boolean {
  const { line, at } = lineAround(logo, name);
  // A control's own short label names its option however it leads up to it (Pay later with [Klarna]).
  if (
    logo.closest(LABELLING) !== null &&
    line.length <= compiled.limits.name &&
    !/[\d.,;:]/.test(withoutSloganCommas(line))
  )
    return false;
  if (at > 0 && line.length > compiled.limits.name) return true;
  let before = line.slice(0, at).trimEnd();
  for (let join = LIST_JOIN.exec(before); join; join = LIST_JOIN.exec(before)) {
    before = before.slice(0, join.index).trimEnd();
    const previous = compiled.endingNames.map((ending) => ending.exec(before)).find((match) => match !== null);
    if (!previous) break;
    before = before.slice(0, previous.index).trimEnd();
  }
  return mentioned(`${before} ${line.slice(at)}`, before.length + 1, name.length, compiled);
}

/** A logo's name: its text alternative. */
/** A logo's or a labelled control's name: its text alternative, its aria-label, an icon's title. */
export function logoName(element: Element): string {
  return element.getAttribute('alt') ?? element.getAttribute('aria-label') ?? element.getAttribute('title') ?? '';
}

/** Elements that flow within a line: a word may run on across them. */
const INLINE = new Set([...PLAIN_INLINE, 'BDI', 'A', 'LABEL', 'ABBR', 'SUP', 'SUB', 'S', 'DEL', 'INS', 'CODE']);
const inlineTag = (tag: string) => INLINE.has(tag) || FRAMEWORK_TEXT.test(tag);

function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && inlineTag(element.tagName)) element = element.parentElement;
  return element;
}

const LETTER = /^\p{L}$/u;

/**
 * Whether a letter ends `left` and another starts `right`: a word runs on across the seam. Only the
 * seam's two characters are tested (an end-anchored pattern would scan the whole text, and Chinese
 * runs on across every seam), with one pattern (a letter class takes a while to compile).
 */
export function runsOn(left: string, right: string): boolean {
  const last = left.codePointAt(left.length - 1);
  const before = left.codePointAt(left.length - 2);
  // A character outside the BMP ends in its second half: the code point starts one unit earlier.
  const end = before !== undefined && before > 0xffff ? before : last;
  const start = right.codePointAt(0);
  return (
    end !== undefined &&
    start !== undefined &&
    LETTER.test(String.fromCodePoint(end)) &&
    LETTER.test(String.fromCodePoint(start))
  );
}

/**
 * The word a text continues across inline markup, whatever its attributes: "Su" + <span class=…>btotal</span>
 * is "Subtotal". Letters on both sides of the seam, in the same block, make one word.
 */
function wordOf(node: Text): string {
  const block = blockOf(node);
  if (!block) return node.data;
  let word = node.data;
  for (const forward of [false, true])
    for (let leaf = leafBeside(node, block, forward); leaf?.nodeType === 3; leaf = leafBeside(leaf, block, forward)) {
      const data = (leaf as Text).data;
      if (blockOf(leaf) !== block || !(forward ? runsOn(word, data) : runsOn(data, word))) break;
      word = forward ? word + data : data + word;
    }
  return word;
}

/** An element's leading text, on across inline children while letters meet letters (as wordOf). */
function wordsIn(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType !== 1 && child.nodeType !== 3) continue;
    const part = child.textContent ?? '';
    const inline = child.nodeType === 3 || inlineTag((child as Element).tagName);
    if (text.trim() !== '' && (!inline || !runsOn(text, part))) break;
    text += part;
  }
  return text.trim();
}

const TEXT_FIELD = 'input:not([type]),input[type=text],input[type=tel],input[type=number],input[type=email],textarea';

/** Whether an element is (in) the label of a field the shopper types into. */
function labelsTextField(element: Element): boolean {
  const label = element.closest('label');
  if (!label) return false;
  const id = label.getAttribute('for');
  const control = id ? label.ownerDocument.getElementById(id) : label.querySelector('input,select,textarea');
  return !!control?.matches(TEXT_FIELD);
}

/** The text just before the inline markup a text (or element) opens, where a text comes before it in its line. */
function textBefore(node: Node): string {
  let part: Node = node;
  while (!part.previousSibling && part.parentElement && inlineTag(part.parentElement.tagName))
    part = part.parentElement;
  const before = part.previousSibling;
  return before?.nodeType === 3 ? (before as Text).data : '';
}

/** The innermost node just before (or after) `node` inside `root`, in document order. */
function leafBeside(node: Node, root: Node, forward: boolean): Node | null {
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    let leaf: Node | null = forward ? current.nextSibling : current.previousSibling;
    if (!leaf) continue;
    for (let inner = leaf.firstChild && (forward ? leaf.firstChild : leaf.lastChild); inner; )
      [leaf, inner] = [inner, forward ? inner.firstChild : inner.lastChild];
    return leaf;
  }
  return null;
}

/**
 * The run of text a name split across an element's children stands in (京东白<span>条</span><em>推荐</em>):
 * the element's leading text and plain inline markup, up to the first marked-up part after the name.
 */
function splitRun(element: Element, keywords: RegExp): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType !== 1 && child.nodeType !== 3) continue;
    if (child.nodeType === 1 && !plainInline(child) && keywords.test(text)) break;
    text += child.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A name read again in the word it runs on into across markup: a longer name there is the name
 * (微信支付<span class=…>分 | 先享后付</span> is 微信支付分, not 微信支付), and words that make it a mention
 * there make it none (先用后付说<span class=…>明</span> is 先用后付说明).
 */
function acrossMarkup(
  word: string,
  run: string,
  named: { name: Name; weak: boolean },
  compiled: Compiled,
  labelled: boolean,
): { name: Name; weak: boolean } | undefined {
  // Only a word that goes on from the run the name was read in (not the run's own text, nor a piece of it).
  if (word.trim() === run || !word.includes(run)) return named;
  // The shorter name may not match at all where the longer one goes on (微信支付(?!分)).
  const shorter = named.name.pattern.exec(word);
  if (shorter && compiled.words.mentionAfter.test(word.slice(shorter.index + shorter[0].length).slice(0, 12)))
    return undefined;
  const longer = nameIn(word, word, compiled, labelled);
  const match = longer && longer.name !== named.name ? longer.name.pattern.exec(word) : null;
  if (!longer || !match) return named;
  const covers =
    !shorter || (match.index <= shorter.index && match.index + match[0].length >= shorter.index + shorter[0].length);
  return covers ? longer : named;
}

/** "Buy now, pay later" is a slogan, one phrase: its comma (kept as a space, so positions hold) parts no clauses. */
const SLOGAN_COMMA =
  /\b(buy now|jetzt kaufen|achetez maintenant),(?= (?:pay later|später bezahlen|payez plus tard)\b)/gi;
const withoutSloganCommas = (text: string) => text.replace(SLOGAN_COMMA, '$1 ');

/** Whether the name at `index` is mentioned in passing (由微信支付分提供, 花呗说明), not a name a list shows. */
function mentioned(text: string, index: number, length: number, { words }: Compiled, before = true): boolean {
  return (
    // A name in a later clause of a sentence (确认收货后再付款，到期自动从支付宝扣款) is not what the sentence is about.
    /[，,。；;：:]/.test(withoutSloganCommas(text.slice(0, index))) ||
    // A name in quotation marks is talked about (带有“先用后付”标识的商品, 《花呗用户服务合同》).
    /[“「『《‘"]\s*$/.test(text.slice(Math.max(0, index - 2), index)) ||
    (before && words.mentionBefore.test(text.slice(Math.max(0, index - 16), index))) ||
    words.mentionAfter.test(text.slice(index + length, index + length + 12))
  );
}

/**
 * Whether a short text naming a section is that section's heading: a heading element, or a block
 * that stands alone or tops the section's options. A label with its value beside it (平台优惠 -¥2.00,
 * 订单备注 …) heads nothing.
 */
function isHeading(element: Element, text: string, compiled: Compiled): boolean {
  if (element.closest(HEADING_ELEMENT)) return true;
  if ((element.textContent ?? '').trim() !== text) return false;
  let block = element;
  while (block.parentElement && (block.parentElement.textContent ?? '').trim() === text) block = block.parentElement;
  if (block.matches(HEADING_ELEMENT)) return true;
  const around = (block.parentElement?.textContent ?? '').trim();
  return around === text || compiled.names.some(({ pattern }) => pattern.test(around));
}

/** A step's number written apart from its title: "3" + ". Payment Method", <span>Step 3</span> Payment. */
const STEP_NUMBER = /^(?:step\s*)?\d{1,2}\s*[.、:：)]?\s*$/i;

/**
 * The title a text is part of, where the rest is its step's number before it or the rest of a word it
 * ends in the middle of ("Pay" + "ment"); else the text alone. Not a value after it (店铺优惠 -¥10.00).
 */
function titleAround(text: string, element: Element): string {
  const whole = (element.textContent ?? '').trim();
  const at = whole.indexOf(text);
  if (at < 0 || whole === text) return text;
  const before = whole.slice(0, at);
  const after = whole.slice(at + text.length);
  const numbered = before === '' || STEP_NUMBER.test(before);
  const wordGoesOn = after === '' || (/[A-Za-z]$/.test(text) && /^[a-z]/.test(after));
  return numbered && wordGoesOn ? whole : text;
}

/** Whether a box stands apart from the line it is written in: floated, or placed out of the flow. */
function setApart(element: Element): boolean {
  const live = liveNode(element);
  const style = live.ownerDocument.defaultView?.getComputedStyle?.(live);
  return !!style && ((style.float || 'none') !== 'none' || style.position === 'absolute' || style.position === 'fixed');
}

/** An element's text less what stands apart from its line, however deep. */
function lineOf(element: Element): string {
  let text = '';
  for (const child of element.childNodes)
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !setApart(child as Element)) text += lineOf(child as Element);
  return text;
}

/**
 * Whether a text is another section's heading that names a way to pay only in passing (猜你喜欢 ·
 * 先用后付专区): read whole, a heading element's text, else its words across markup (专<span>区</span>).
 */
function namesInPassing(node: Text | Element, run: string, compiled: Compiled): boolean {
  const element = node.nodeType === 3 ? node.parentElement : (node as Element);
  const whole =
    element?.closest(HEADING_ELEMENT)?.textContent?.trim() ?? (node.nodeType === 3 ? wordOf(node as Text).trim() : run);
  return compiled.words.otherHeading.test(whole) && !nameIn(whole, whole, compiled);
}

/** The page's telling texts in document order: names of ways to pay and section headings; and total labels. */
function hitsIn(
  roots: readonly Element[],
  compiled: Compiled,
  bodyText?: string,
): { hits: Hit[]; labels: (Text | Element)[] } {
  const hits: Hit[] = [];
  const labels: (Text | Element)[] = [];
  for (const root of roots) {
    const rootText = bodyText !== undefined && root.tagName === 'BODY' ? bodyText : undefined;
    for (const node of textsWith(root, compiled.keywords, rootText)) {
      const element = node.nodeType === 3 ? node.parentElement : (node as Element);
      if (!element || element.closest(NAVIGATING_LINK)) continue;
      const text = textOf(node).trim();
      if (
        text.length <= compiled.limits.label &&
        compiled.words.totals.some((label) => label.test(text)) &&
        !hidden(element)
      )
        labels.push(node);
      const run = node.nodeType === 3 ? runOf(node) : splitRun(node as Element, compiled.keywords);
      // A text that names a way to pay is that option's name, whatever else it says (Monthly payments),
      // unless it heads another section and names one only in passing (猜你喜欢 · 先用后付专区).
      const names = compiled.names.some(({ pattern }) => pattern.test(text)) && !namesInPassing(node, run, compiled);
      // A piece of a sentence split across markup (…avec Pa<span>yPal : 4 paiements de</span> …) heads nothing.
      // So is a piece of a clause (白条额度不足，请选择其他<span>支付方式</span>).
      // A heading element may say more (Before you go — how did you hear about us?) than a block that only looks like one.
      const headingLength = element.closest(HEADING_ELEMENT) ? compiled.limits.heading * 2 : compiled.limits.heading;
      // A heading's secondary text in <small> (押金方式 <small>租车押金 ¥3,000</small>) is no part of its title.
      const titleRun = node.nextSibling?.nodeName === 'SMALL' && element.closest(HEADING_ELEMENT) ? text : run;
      const inSentence = () =>
        node.nodeType === 3 &&
        (titleRun.length > headingLength ||
          // A question's own mark ends it (How did you hear about us?): no clause follows.
          CLAUSE_BREAK.test(titleRun.replace(/[?？!！]\s*$/, '')) ||
          wordOf(node as Text).trim().length > headingLength);
      // A title with an aside floated to its right (送货清单 … 配送方式：顺丰) is a heading all the same.
      // Only a short block is looked into: a title and its aside, not a section.
      const whole = (element.textContent ?? '').trim();
      const titleLine = () => (whole.length <= compiled.limits.row ? lineOf(element).trim() : whole);
      const line = node.nodeType === 1 && text.length > headingLength ? titleLine() : text;
      if (line.length <= headingLength && !names && !element.closest(`${PRIMARY_CONTROL},label,button`)) {
        // A plan's line ("4 interest-free payments of $78.00") holds the word, and an amount: no heading.
        // Questions about paying (Payment FAQs, 支付常见问题) head answers, not ways to pay.
        const namesPayment =
          compiled.words.heading.test(line) &&
          !MORE_TOGGLE.test(run) &&
          !compiled.words.price.test(line) &&
          !QUESTIONS.test(line);
        // A question of the shop's own about ways to pay heads a survey, not a step (Kurze Umfrage:
        // Welche Zahlungsart würdest du dir wünschen?); "How would you like to pay?" holds no survey's words.
        const other = (!namesPayment || /[?？]\s*$/.test(line)) && compiled.words.otherHeading.test(line);
        const payment = namesPayment && !other;
        const titled = (payment || other) && whole !== line && titleLine() === line;
        const heading = node.nodeType === 3 ? titleAround(text, element) : text;
        // The title a split word goes on into may be a whole notice (Coupon code applied succ<span>essfully: …).
        const short = heading.length <= headingLength;
        if (
          (payment || other) &&
          (titled || (short && !inSentence() && isHeading(element, heading, compiled))) &&
          !namesByLogo(element, compiled)
        ) {
          if (!hidden(element)) hits.push({ kind: 'heading', element, payment });
          continue;
        }
      }
      const labelled = element.closest(LABELLING) !== null;
      // The address form's "ZIP" labels a field to type in, no way to pay.
      if (labelsTextField(element)) continue;
      // A name in a badge of its own is read in its line all the same: "Paid with <span class=…>afterpay</span>".
      const saidOf = !labelled && compiled.words.mentionBefore.test(textBefore(node));
      const found = !saidOf && nameIn(run, node.nodeType === 3 ? text : run, compiled, labelled);
      const named =
        found &&
        acrossMarkup(
          node.nodeType === 3 ? wordOf(node as Text) : wordsIn(node as Element) || run,
          run,
          found,
          compiled,
          labelled,
        );
      // The button that places the order, named for the way it pays (先用后付 0元下单), is no option.
      if (named && !(ORDER_BUTTON_TEXT.test(run) && element.closest('button,[role=button]')))
        hits.push({ kind: 'name', node, element, ...named, hidden: hidden(element) });
    }
    // Western checkouts name providers by their logos: an image's text alternative is its name.
    const { logos: images, controls } = namedIn(root, compiled);
    if (images.length > 0) {
      for (const image of images) {
        const named = nameIn(image.alt, image.alt, compiled);
        if (named && !logoMentioned(image.element, image.alt, compiled))
          hits.push({
            kind: 'name',
            node: image.element,
            element: image.element,
            ...named,
            hidden: logoHidden(image.element),
          });
      }
      hits.sort((a, b) => order(a.element, b.element));
    }
    // A control named by its own aria-label (an icon and a slogan drawn, 先享后付 read out) is named so.
    const labelled = controls.filter(({ element }) => !hits.some((hit) => element.contains(hit.element)));
    if (labelled.length > 0) {
      for (const { element, alt: label } of labelled) {
        const named = nameIn(label, label, compiled, true);
        if (named) hits.push({ kind: 'name', node: element, element, ...named, hidden: hidden(element) });
      }
      hits.sort((a, b) => order(a.element, b.element));
    }
    const planned = plansByLabel(root, compiled, hits);
    if (planned.length > 0) {
      hits.push(...planned);
      hits.sort((a, b) => order(a.element, b.element));
    }
  }
  return { hits: withoutChoiceSummaries(hits), labels };
}

/** A line that sums up the choice beside the step's title: 已选 京东白条, 当前选择：花呗. */
const CHOICE_SUMMARY = /^(?:已选(?:择)?|当前选择|已选支付方式)\s*[:：]?\s*/;

/**
 * A summary of the chosen way to pay names the option a list below shows too: the list's row is the
 * option, and the summary no row of its own. Where the list is folded away, the summary is all there is.
 */
function withoutChoiceSummaries(hits: Hit[]): Hit[] {
  const shown = (hit: Hit, program: ProgramId | undefined) =>
    hit.kind === 'name' && !hit.hidden && hit.name.program !== undefined && hit.name.program === program;
  return hits.filter(
    (hit) =>
      hit.kind !== 'name' ||
      hit.hidden ||
      !CHOICE_SUMMARY.test(`${textBefore(hit.node)}${textOf(hit.node)}`.trimStart()) ||
      !hits.some((other) => other !== hit && shown(other, hit.name.program) && !hit.element.contains(other.element)),
  );
}

/**
 * Whether a block names a program by a logo as well as by its words: a fold's title with the way
 * chosen (<summary>Payment <img alt="Afterpay"></summary>) is that way's line, as it is in words.
 */
function namesByLogo(element: Element, { programs }: Compiled): boolean {
  for (const logo of element.querySelectorAll(LOGO_ELEMENT)) if (programs.test(logoName(logo))) return true;
  return false;
}

/** The block around a control's label holding that control and no other: its option, details and all. */
function itemOf(label: Element): Element {
  let item = label;
  for (let depth = 0; depth < 5 && item.parentElement && item.parentElement.tagName !== 'BODY'; depth++) {
    if (item.parentElement.querySelectorAll(PRIMARY_CONTROL).length > 1) break;
    item = item.parentElement;
  }
  return item;
}

/** The text of the element a label's first words are in, a logo's lettering aside. */
function leadOf(label: Element): string {
  const walker = label.ownerDocument.createTreeWalker(label, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || element.closest('svg') || (node as Text).data.trim() === '') continue;
    return (element === label ? (node as Text).data : (element.textContent ?? '')).replace(/\s+/g, ' ').trim();
  }
  return '';
}

/** The mark that ends a question: a FAQ's title (What about PayPal Pay in 3?) asks about a plan, offers none. */
const QUESTION_END = /[?？]\s*$/;

/**
 * A plan a wallet offers, named alone by an option's own label, with the wallet named only elsewhere
 * in that option (BigCommerce's PayPal "Pay Later", its logo's text and name both "Pay Later", "… with
 * PayPal." in its message): the plan, as inside the wallet's own option.
 */
function plansByLabel(root: Element, { plans, names, limits }: Compiled, hits: readonly Hit[]): Hit[] {
  if (plans.length === 0) return [];
  const found: Hit[] = [];
  for (const label of root.querySelectorAll(LABELLING)) {
    const whole = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A label that goes on to describe the plan is named by its lead
    // (<strong>Später Bezahlen</strong><p>… Ein Angebot von PayPal.</p>).
    const text = whole.length > limits.name ? leadOf(label) : whole;
    if (text.length === 0 || text.length > limits.name) continue;
    const plan = QUESTION_END.test(text) ? undefined : plans.find(({ pattern }) => pattern.test(text));
    // A logo hidden from screen readers inside the label ("PayPal" drawn before "Später bezahlen") names no option.
    if (
      !plan ||
      hits.some(
        (hit) => !(hit.kind === 'name' && hit.hidden) && (label.contains(hit.element) || hit.element.contains(label)),
      )
    )
      continue;
    const wallet = names.find((name) => name.wallet === plan.within)?.pattern;
    const item = itemOf(label);
    // The wallet's logo: an image's text alternative, or lettering drawn for the eye alone (aria-hidden).
    const alts = [...item.querySelectorAll('img[alt],[aria-hidden=true]')]
      .map((logo) => (logo.localName === 'img' ? logo.getAttribute('alt') : logo.textContent))
      .join(' ');
    // A term's option goes on in its descriptions (<dt>Später bezahlen</dt><dd>… mit PayPal bezahlen</dd>).
    const descriptions: Element[] = [];
    for (
      let next = item.nextElementSibling;
      item.localName === 'dt' && next?.localName === 'dd';
      next = next.nextElementSibling
    )
      descriptions.push(next);
    if (!wallet?.test(`${[item, ...descriptions].map(visibleText).join(' ')} ${alts}`)) continue;
    found.push({ kind: 'name', node: label, element: label, name: plan, weak: false, hidden: hidden(label) });
  }
  return found;
}

/** Document order of two elements: negative when `a` comes first (an element before what it holds). */
function order(a: Element, b: Element): number {
  if (a === b) return 0;
  const chain = (element: Element) => {
    const found: Element[] = [];
    for (let at: Element | null = element; at; at = at.parentElement) found.unshift(at);
    return found;
  };
  const ours = chain(a);
  const theirs = chain(b);
  let depth = 0;
  while (depth < ours.length && depth < theirs.length && ours[depth] === theirs[depth]) depth++;
  const mine = ours[depth];
  const other = theirs[depth];
  if (!mine) return -1;
  if (!other) return 1;
  for (let sibling = mine.nextElementSibling; sibling; sibling = sibling.nextElementSibling)
    if (sibling === other) return -1;
  return 1;
}

/**
 * Images a shopper sees as words, with a name to read: `img[alt]`, and elements drawn as images with
 * an accessible name (`svg[aria-label]`, `[role=img][aria-label]`).
 */
const LOGO_ELEMENT = 'img,svg,[role=img]';
// An icon font's glyph is named by its title, its only text to a screen reader (<i class="icon-clearpay" title="Clearpay">).
const IMAGE_LOGO = 'img[alt]:not([alt=""]),i[title]:not([title=""]):empty';
const ARIA_NAMED = '[aria-label]:not([aria-label=""])';
/** Controls whose aria-label, their name to a screen reader, names their option where they draw an icon (a radio's too). */
const LABELLED_ROLES = new Set(['radio', 'option', 'menuitemradio']);

/**
 * The logos in and under `root`, and the controls named by their aria-label, in no particular order.
 * Two queries, each element sorted once: a selector list makes the browser test every element
 * against each of its parts (the bench's 19,000-element checkout: one list for three roles 0.8 ms,
 * `[aria-label]` 0.27). A long checkout's goods images carry an empty alt: left to the selectors,
 * they never cost a wrapper in the content script's world.
 */
export function namedUnder(root: Element): { logos: Element[]; controls: Element[] } {
  const logos: Element[] = [];
  const controls: Element[] = [];
  const sort = (element: Element) => {
    const role = element.getAttribute('role');
    if (
      element.localName === 'svg' ||
      (role === 'img' && !(element.localName === 'img' && element.hasAttribute('alt')))
    )
      logos.push(element);
    else if (
      (role !== null && LABELLED_ROLES.has(role)) ||
      (element.localName === 'input' && element.getAttribute('type')?.toLowerCase() === 'radio')
    )
      controls.push(element);
  };
  if (root.matches(IMAGE_LOGO)) logos.push(root);
  if (root.matches(ARIA_NAMED)) sort(root);
  // Most of what a live page adds is a leaf: a price, a line of text.
  if (root.firstElementChild !== null) {
    const images = root.querySelectorAll(IMAGE_LOGO);
    for (let i = 0; i < images.length; i++) logos.push(images[i] as Element);
    const named = root.querySelectorAll(ARIA_NAMED);
    for (let i = 0; i < named.length; i++) sort(named[i] as Element);
  }
  return { logos, controls };
}

export function logosUnder(root: Element): Element[] {
  return namedUnder(root).logos;
}

/**
 * Whether a shopper cannot see a logo: hidden itself by style, or inside something hidden. Its own
 * box is no sign: an image not yet loaded has no size, and is read before its load changes nothing.
 */
function logoHidden(logo: Element): boolean {
  const live = liveNode(logo);
  const check = (live as { checkVisibility?: (options: object) => boolean }).checkVisibility;
  const style = live.ownerDocument.defaultView?.getComputedStyle?.(live);
  const itself =
    typeof check === 'function'
      ? !check.call(live, { visibilityProperty: true, checkVisibilityCSS: true, opacityProperty: true })
      : style?.display === 'none' || style?.visibility === 'hidden';
  return itself || (logo.parentElement !== null && hidden(logo.parentElement));
}

interface Named {
  readonly element: Element;
  readonly alt: string;
}

/** The logos under `root` whose text alternative names a way to pay, and the controls so labelled. */
function namedIn(root: Element, compiled: Compiled): { logos: Named[]; controls: Named[] } {
  const { logos, controls } = namedUnder(root);
  const naming = (elements: readonly Element[]) => {
    const found: Named[] = [];
    for (const element of elements) {
      const alt = bounded(logoName(element));
      if (alt && compiled.keywords.test(alt)) found.push({ element, alt });
    }
    return found;
  };
  return { logos: naming(logos), controls: naming(controls) };
}

/** One option of a payment step: its block, the controls it is picked with, its notes beside it. */
interface Row {
  readonly element: Element;
  readonly hit: NameHit;
  /** Elements beside the row that belong to it (a note after it, before the next option). */
  readonly beside: readonly Element[];
  readonly hidden: boolean;
  /** The list's item the row was found in, when the item is a group of rows (PayPal's option and its buttons). */
  readonly item?: Element;
}

/**
 * Splits a list's block into its options. The block's children that hold names are its items; an
 * item holding names of two ways to pay that each lead a child of it is a list itself (a group of
 * options under a sub-heading), while an item with one name and notes (由微信支付分提供, 推荐) is one
 * option, named by its first. `names` are all the page's names: an item's notes end at one.
 */
function rowsOf(container: Element, hits: readonly NameHit[], names: readonly NameHit[]): Row[] {
  const byChild = new Map<Element, NameHit[]>();
  const children = [...container.children];
  for (const hit of hits) {
    const child = children.find((candidate) => candidate.contains(hit.element));
    if (!child) continue;
    byChild.set(child, [...(byChild.get(child) ?? []), hit]);
  }
  const rows: Row[] = [];
  const items = [...byChild.keys()];
  for (const [index, child] of items.entries()) {
    const held = withoutSubheading(byChild.get(child) ?? []);
    const shown = held.filter((hit) => !hit.hidden);
    const named = new Set(shown.map(({ name }) => name));
    // A group's options are drawn alike; an option's name and its note (支付宝 · 账户余额 ¥2,031) are not.
    if (named.size > 1 && child.children.length > 0 && shown.some(({ element }) => element !== child)) {
      const inner = rowsOf(child, held, names);
      // Alike blocks naming the same way to pay (its logo, and its name drawn as a logo) are one option;
      // so are a kind of plan and the program offering it (先享后付 · 微信支付分).
      const group = inner.some((row) =>
        inner.some(
          (other) =>
            other !== row &&
            other.hit.name !== row.hit.name &&
            !offers(row.hit.name, other.hit.name) &&
            !offers(other.hit.name, row.hit.name) &&
            drawnAlike(row, other),
        ),
      );
      if (group) {
        // One provider's group (PayPal's option with its own buttons) is where that provider's plans show.
        const providers = new Set(shown.flatMap(({ name }) => name.program ?? name.wallet ?? []));
        rows.push(...(providers.size === 1 ? inner.map((row) => ({ ...row, item: row.item ?? child })) : inner));
        continue;
      }
    }
    const [first] = shown.length > 0 ? shown : held;
    if (!first) continue;
    // What stands between this item and the next is this item's (a note beside it, 额度不足), up to
    // what names another way to pay: an option of another candidate step, drawn in the same list.
    const beside: Element[] = [];
    const next = items[index + 1];
    for (let sibling = child.nextElementSibling; sibling && sibling !== next; sibling = sibling.nextElementSibling) {
      if (byChild.has(sibling)) continue;
      const current = sibling;
      if (names.some(({ element }) => current.contains(element))) break;
      // A row drawn as the items are (淘金币 under the ways to pay) is a line of the list, no note,
      // wrapped or not.
      if (unwrapped(sibling).some((layer) => unwrapped(child).some((item) => alike(layer, item)))) break;
      beside.push(sibling);
    }
    rows.push({ element: child, hit: first, beside, hidden: shown.length === 0 });
  }
  return rows;
}

/**
 * A group's hits less its sub-heading's: a heading that names the provider of the programs under it
 * (<legend>京东支付（本单暂不可用）</legend> over 京东白条) is no option of its own.
 */
function withoutSubheading(hits: readonly NameHit[]): readonly NameHit[] {
  const title = hits[0]?.name.wallet ? hits[0].element.closest(HEADING_ELEMENT) : null;
  if (!title || title.querySelector(CHOICE)) return hits;
  const under = hits.filter(({ element }) => !title.contains(element));
  return under.some(({ name, hidden }) => name.program && !hidden) ? under : hits;
}

/** An element's classes but those that show a state (selected, disabled): options differ in those. */
function classesOf(element: Element): string[] {
  return (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => name && !SELECTED_CLASS.test(name) && !DISABLED_CLASS.test(name) && !greyed(name));
}

/** Two blocks drawn alike: a class in common, or no class and the same tag and role. */
function alike(a: Element, b: Element): boolean {
  const theirs = classesOf(b);
  const ours = classesOf(a);
  if (ours.some((name) => theirs.includes(name))) return true;
  return (
    ours.length === 0 &&
    theirs.length === 0 &&
    a.tagName === b.tagName &&
    a.getAttribute('role') === b.getAttribute('role')
  );
}

/** The blocks from a row down to its name: a wrapper around one option hides how it is drawn. */
function layers(row: Row): Element[] {
  const found: Element[] = [];
  for (let layer: Element | null = row.hit.element; layer; layer = layer.parentElement) {
    found.push(layer);
    if (layer === row.element) break;
  }
  return found;
}

/**
 * Whether an option is drawn faded and deaf to the pointer (style="opacity:.4; pointer-events:none"):
 * greyed out by style, whatever its control says. Faded alone is a look; unclickable alone, a custom
 * control's icon.
 */
function fadedByStyle(row: Row): boolean {
  if (styleOf(row.hit.element)?.pointerEvents !== 'none') return false;
  const around = layers(row);
  // The option's own wrapper may fade it: a block above it that holds no other option's control.
  for (
    let above = row.element.parentElement;
    above && around.length < MAX_FADE_LAYERS && above.querySelectorAll(PRIMARY_CONTROL).length <= 1;
    above = above.parentElement
  )
    around.push(above);
  return around.some((layer) => Number.parseFloat(styleOf(layer)?.opacity ?? '1') < FADED);
}

/** Below this opacity an option is drawn greyed out. */
const FADED = 0.6;
const MAX_FADE_LAYERS = 12;

/** Two rows of one list: drawn alike, or items of the same list (<li>s of one <ul>). */
function oneList(a: Row, b: Row): boolean {
  const { element } = a;
  // Items of one list, not any two siblings of a tag: a promotion's logo in a span beside its sentence's span.
  return (
    drawnAlike(a, b) ||
    (element.tagName === b.element.tagName &&
      element.parentElement === b.element.parentElement &&
      element.matches(LIST_ITEM))
  );
}

const LIST_ITEM = 'li,tr,dt,dd,option,[role=listitem],[role=option],[role=radio],[role=row],[role=menuitemradio]';

/** Two rows drawn alike, at some depth below any wrappers. */
function drawnAlike(a: Row, b: Row): boolean {
  const theirs = layers(b);
  return layers(a).some((layer) => theirs.some((other) => alike(layer, other)));
}

/**
 * Options of one list are drawn alike. A block unlike every other (the goods line whose title
 * starts with 先用后付, beside the list of ways to pay) is no option, unless it holds one drawn like
 * the others (an option in a wrapper of its own) or a control of its own makes it one.
 */
function alikeRows(rows: readonly Row[], hits: readonly NameHit[], limits: Limits): Row[] {
  // Another option is drawn as its block, or as what its wrappers hold (one option wrapped, the next not).
  const others = (row: Row) => rows.filter((other) => other !== row).flatMap(({ element }) => unwrapped(element));
  // A block that big is a section holding an option, not the option: take the option's own block,
  // around the name a control goes with (Payer par carte bancaire), not a card form's field (Numéro de carte).
  const own = (row: Row): Row => {
    if ((row.element.textContent ?? '').replace(/\s+/g, '').length <= limits.row) return row;
    const blocks = hits
      .filter((hit) => hit.name === row.hit.name && !hit.hidden && row.element.contains(hit.element))
      .map((hit) => rowAround(hit, hits, limits));
    return blocks.find(({ element }) => holdsControl(element, PRIMARY_CONTROL)) ?? rowAround(row.hit, hits, limits);
  };
  if (!rows.some((row) => others(row).some((other) => unwrapped(row.element).some((layer) => alike(layer, other))))) {
    // Nothing drawn alike: where some are picked with controls, the others are something else (an advert).
    const picked = rows.filter(({ element }) => holdsControl(element, CHOICE) || picksPeriodsBelow(element));
    return (picked.length > 0 ? picked : rows).map(own);
  }
  const kept = rows.map((row): Row | undefined => {
    const elsewhere = others(row);
    if (elsewhere.some((other) => alike(row.element, other))) return row;
    // The highest block drawn like another option is this option's; those below it are its parts
    // (its name's span, drawn like the other options' names), which leave out its notes.
    let option: Element | undefined;
    for (let inner = row.hit.element; inner !== row.element; inner = inner.parentElement ?? row.element)
      if (elsewhere.some((other) => alike(inner, other))) option = inner;
    if (option) return { ...row, element: option, beside: notesAround(option, row.element, limits) };
    return holdsControl(row.element, PRIMARY_CONTROL) ||
      holdsPeriodPicker(row.element) ||
      picksPeriodsBelow(row.element)
      ? own(row)
      : undefined;
  });
  return withNotes(rows, kept, limits);
}

/** Items of a period picker a block may hold, at most: 不分期 · 3期 · 6期 · 12期 · 24期. */
const PICKER_ITEMS = 12;

/**
 * Whether a block holds a picker of its own amounts drawn without controls (京东白条's 不分期 · ¥1099.67×3期
 * · ¥549.83×6期, the chosen one marked by its class): a way to pay the shopper is choosing how to use.
 */
function holdsPeriodPicker(block: Element): boolean {
  for (const chosen of block.querySelectorAll('[class]')) {
    if (!SELECTED_CLASS.test(chosen.getAttribute('class') ?? '')) continue;
    // The chosen item as its list holds it, through wrappers of its own (<li><div class="selected">).
    let item = chosen;
    for (
      let up = 0;
      up < 3 && item.parentElement && item.parentElement !== block && item.parentElement.children.length === 1;
      up++
    )
      item = item.parentElement;
    const items = [...(item.parentElement?.children ?? [])];
    if (items.length < 2 || items.length > PICKER_ITEMS) continue;
    if (
      items.every(
        (one) =>
          /\d/.test((one.textContent ?? '').normalize('NFKC')) && (one.textContent ?? '').trim().length <= LABEL_TEXT,
      )
    )
      return true;
  }
  return false;
}

/**
 * Whether a block's next sibling is a picker of its periods (花呗分期 over ¥799.00 × 3期 · ¥411.08 × 6期,
 * the chosen one marked): the heading and its picker are one way to pay.
 */
function picksPeriodsBelow(block: Element): boolean {
  const next = block.nextElementSibling;
  return next !== null && holdsPeriodPicker(next);
}

/**
 * A block that is no option yet names the option just before it (白条额度不足，请选择其他支付方式 under
 * 京东白条) is that option's note: it may say why the option cannot be chosen.
 */
function withNotes(rows: readonly Row[], kept: readonly (Row | undefined)[], limits: Limits): Row[] {
  const notes = new Map<number, Element[]>();
  let last = -1;
  for (const [index, row] of rows.entries()) {
    const option = last >= 0 ? rows[last] : undefined;
    if (kept[index]) last = index;
    else if (
      option &&
      row.hit.name === option.hit.name &&
      row.element.parentElement === option.element.parentElement &&
      (row.element.textContent ?? '').replace(/\s+/g, '').length <= limits.row
    )
      notes.set(last, [...(notes.get(last) ?? []), row.element]);
  }
  return kept.flatMap((row, index) => {
    const added = notes.get(index);
    return !row ? [] : added ? [{ ...row, beside: [...row.beside, ...added] }] : [row];
  });
}

/**
 * What a wrapper around one option holds beside it (京东白条's row and, in the same wrapper, 白条额度不足):
 * its notes. A wrapper that holds more than an option's worth of text holds more than its notes.
 */
function notesAround(option: Element, wrapper: Element, limits: Limits): Element[] {
  if ((wrapper.textContent ?? '').replace(/\s+/g, '').length > limits.row) return [];
  const notes: Element[] = [];
  for (let inner = option; inner !== wrapper && inner.parentElement; inner = inner.parentElement)
    for (const sibling of inner.parentElement.children) if (sibling !== inner) notes.push(sibling);
  return notes;
}

/** A block and, while it only wraps one other block (no text of its own), what it wraps. */
function unwrapped(element: Element): Element[] {
  const found = [element];
  for (let current = element; found.length < NEAR_DEPTH && current.children.length === 1; ) {
    if ([...current.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '')) break;
    current = current.children[0] as Element;
    found.push(current);
  }
  return found;
}

/** Whether a row has a control of its own: inside it, or elsewhere and tied to its label by `for`. */
function holdsControl(element: Element, control: string): boolean {
  if (element.matches(control) || element.querySelector(control) !== null) return true;
  const labels = element.matches('label[for]') ? [element] : [...element.querySelectorAll('label[for]')];
  return labels.some((label) => {
    const id = label.getAttribute('for');
    return id ? element.ownerDocument.getElementById(id)?.matches(control) === true : false;
  });
}

/** A lone option's block: up from its name while the block stays one option's size. */
function rowAround(hit: NameHit, others: readonly NameHit[], limits: Limits): Row {
  let row = hit.element.closest(`label,${PRIMARY_CONTROL},li,button`) ?? hit.element;
  for (let parent = row.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    const size = (parent.textContent ?? '').replace(/\s+/g, '').length;
    if (size > limits.row || parent.querySelectorAll('*').length > MAX_ROW_ELEMENTS) break;
    // Never into a neighbour: another way to pay, or a second control.
    if (others.some((other) => other !== hit && !row.contains(other.element) && parent.contains(other.element))) break;
    if (parent.querySelectorAll(PRIMARY_CONTROL).length > 1) break;
    row = parent;
  }
  return { element: row, hit, beside: [], hidden: hit.hidden };
}

/** Elements by the ids that name or describe them: `label[for]`, `aria-labelledby`, `aria-describedby`, read once per page read. */
/** How far above a name the element a control says describes it may be. */
const NOTE_DEPTH = 3;

class Associations {
  private labelled?: Map<string, Element[]>;
  private described?: Map<string, Element[]>;
  constructor(private readonly doc: Document) {}

  /** Controls whose label or accessible name is inside `row`. */
  controlsLabelledBy(row: Element): Element[] {
    const controls: Element[] = [];
    const labels = [...(row.matches('label') ? [row] : []), ...row.querySelectorAll('label[for]')];
    for (const label of labels) {
      const id = label.getAttribute('for');
      const control = id ? this.doc.getElementById(id) : null;
      if (control) controls.push(control);
    }
    // A fieldset's legend names the group: 花呗分期 over its period radios.
    const legend = row.closest('legend');
    if (legend?.parentElement?.tagName === 'FIELDSET')
      controls.push(...legend.parentElement.querySelectorAll(PRIMARY_CONTROL));
    const ids = [row, ...row.querySelectorAll('[id]')].map((element) => element.id).filter(Boolean);
    if (ids.length === 0) return controls;
    if (!this.labelled) {
      this.labelled = new Map();
      for (const element of this.doc.querySelectorAll('[aria-labelledby]'))
        for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/))
          this.labelled.set(id, [...(this.labelled.get(id) ?? []), element]);
    }
    // What picks: a control, or a group of choices the name labels (花呗分期 over its sheet of periods);
    // not a logo labelled by its own title.
    for (const id of ids)
      for (const labelled of this.labelled.get(id) ?? [])
        if (labelled.matches(LABELLED_CONTROL) || labelled.querySelector(CHOICE)) controls.push(labelled);
    return controls;
  }

  /** Whether a note beside `row` is what something outside the row says describes it (aria-describedby). */
  describesAnother(note: Element, row: Element): boolean {
    if (!note.id) return false;
    const by = this.describedBy(note.id);
    return by.length > 0 && by.every((element) => !row.contains(element) && !element.contains(row));
  }

  /**
   * Whether `element` lies in what a control outside it says describes it (aria-describedby), where
   * that control's own label says `name` too: then its words are that control's note.
   */
  describesNamedControl(element: Element, name: RegExp): boolean {
    for (
      let current: Element | null = element, up = 0;
      current && up < NOTE_DEPTH;
      current = current.parentElement, up++
    ) {
      if (!current.id) continue;
      const by = this.describedBy(current.id);
      const note = current;
      if (by.some((control) => !note.contains(control) && this.namedApart(control, note, name))) return true;
    }
    return false;
  }

  private describedBy(id: string): Element[] {
    if (!this.described) {
      this.described = new Map();
      for (const element of this.doc.querySelectorAll('[aria-describedby]'))
        for (const one of (element.getAttribute('aria-describedby') ?? '').split(/\s+/))
          this.described.set(one, [...(this.described.get(one) ?? []), element]);
    }
    return this.described.get(id) ?? [];
  }

  /**
   * Whether a control is named `name` by a label of its own (aria-label, a wrapping label, label[for])
   * that `note` is no part of: WooCommerce's radios are described by their own label's name.
   */
  private namedApart(control: Element, note: Element, name: RegExp): boolean {
    const id = control.id;
    const labels = [
      control.closest('label'),
      ...(id ? [...this.doc.querySelectorAll('label[for]')].filter((label) => label.getAttribute('for') === id) : []),
      ...(control.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((one) => (one ? this.doc.getElementById(one) : null)),
    ].filter((label): label is Element => !!label);
    if (labels.some((label) => label.contains(note) || note.contains(label))) return false;
    // Its name as the label shows it: in words, or as a logo's (namedIn: alt, aria-label).
    const logos = labels.flatMap((label) => [...label.querySelectorAll('img[alt],[aria-label]')]);
    return [control, ...logos]
      .map((part) => part.getAttribute('alt') ?? part.getAttribute('aria-label') ?? '')
      .concat(labels.map(visibleText))
      .some((text) => name.test(text));
  }

  /** The text of what `element` says it is described by (aria-describedby). */
  description(element: Element): string {
    return (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (this.doc.getElementById(id)?.textContent ?? '') : ''))
      .join(' ');
  }
}

interface RowState {
  readonly state: OptionState;
  readonly reason?: string;
  readonly selected: boolean;
  /** Whether something a shopper picks with (a radio, a switch, a stateful row) belongs to the row. */
  readonly choosable: boolean;
  /** The sentence of limits that alone made the reason, to be held against the order's total. */
  readonly limit?: string;
}

function disabledBy(element: Element): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}

/**
 * An ancestor that disables all it holds: a disabled fieldset, aria-disabled, inert, or a component
 * marked disabled (<sl-radio disabled>, <pay-method disabled>: web components take the attribute).
 */
function disabledAbove(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parentElement)
    if (
      current.hasAttribute('inert') ||
      current.getAttribute('aria-disabled') === 'true' ||
      ((current.tagName === 'FIELDSET' ||
        current.tagName === 'SELECT' ||
        current.tagName === 'OPTGROUP' ||
        current.localName.includes('-')) &&
        current.hasAttribute('disabled'))
    )
      return true;
  return false;
}

/**
 * A switch that shows or hides the group an option is in (IdoSell's "Kup teraz, zapłać później" over
 * Klarna and PayPo) is the group's, not the option's: switched on, it picks no way to pay.
 */
function opensGroupOf(control: Element, name: Element): boolean {
  if (!control.matches('[role=switch],[role=checkbox],input[type=checkbox]')) return false;
  const id = control.getAttribute('aria-controls');
  const group = id ? control.ownerDocument.getElementById(id) : null;
  return !!group && group.contains(name) && !group.contains(control) && group.querySelector(PRIMARY_CONTROL) !== null;
}

function looksSelected(element: Element): boolean {
  return (
    element.getAttribute('aria-checked') === 'true' ||
    element.getAttribute('aria-selected') === 'true' ||
    element.getAttribute('aria-pressed') === 'true' ||
    // No instanceof: page realms and Firefox's wrappers make it unreliable.
    // The property is the live state; DOMs without it (linkedom) have only the attribute.
    (element.tagName === 'INPUT' && ((element as HTMLInputElement).checked ?? element.hasAttribute('checked'))) ||
    (element.tagName === 'OPTION' && ((element as HTMLOptionElement).selected ?? element.hasAttribute('selected'))) ||
    (DRAWN_CONTROL.test(element.localName) &&
      ((element.hasAttribute('checked') && element.getAttribute('checked') !== 'false') ||
        [...element.querySelectorAll('[class]')].some((part) => SELECTED_CLASS.test(part.getAttribute('class') ?? ''))))
  );
}

/** The clause of a text that holds the unavailability words, e.g. "额度不足，请选择其他方式". */
function reasonSentence(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(' ', index), 0);
  return text.slice(start, start + MAX_LABEL).trim();
}

/** Whether a note names another way to pay and not the row's own ("Sezzle is not available" under Affirm). */
function namesAnother(note: Element, row: Row, compiled: Compiled): boolean {
  const text = note.textContent ?? '';
  const way = ({ program, wallet }: Name) => program ?? wallet;
  const named = compiled.names.filter((name) => name.pattern.test(text)).map(way);
  return named.length > 0 && !named.includes(way(row.hit.name));
}

/**
 * How the page presents an option. Its controls (inside it, or tied to it by `for` and
 * aria-labelledby) and the ancestors that disable them say whether it can be chosen; its words, inside
 * or beside it, may say why not. When they disagree (chosen, yet "unavailable") the reading is unknown.
 */
function stateOf(row: Row, associations: Associations, compiled: Compiled): RowState {
  const { words } = compiled;
  const { element } = row;
  const controls = [
    ...(element.matches(PRIMARY_CONTROL) ? [element] : []),
    ...element.querySelectorAll(PRIMARY_CONTROL),
    ...associations.controlsLabelledBy(element),
  ].filter((control) => !opensGroupOf(control, row.hit.element));
  const around = element.closest(PRIMARY_CONTROL);
  if (around) controls.push(around);
  const choosable = controls.length > 0 || element.matches(STATEFUL) || element.querySelector(STATEFUL) !== null;
  // An option drawn as a button is picked by clicking it: it says whether it can be.
  const button = row.hit.element.closest('button,[role=button]');
  if (button && element.contains(button)) controls.push(button);
  const classes = [element, ...element.querySelectorAll('[class]')].slice(0, 12);
  const disabled =
    (controls.length > 0 && controls.every((control) => disabledBy(control) || disabledAbove(control))) ||
    disabledAbove(element) ||
    DISABLED_CLASS.test(element.getAttribute('class') ?? '') ||
    // Controls that can be chosen say more than a grey class; without controls the classes are all there is.
    (controls.length === 0 &&
      (classes.some((part) => DISABLED_CLASS.test(part.getAttribute('class') ?? '')) ||
        // Grey greys the option where it covers its name; a grey note beside the name (可用额度 ¥6,800) is only grey text.
        layers(row).some((part) => greyed(part.getAttribute('class') ?? '')))) ||
    fadedByStyle(row);
  const selected =
    controls.some(looksSelected) ||
    looksSelected(element) ||
    SELECTED_CLASS.test(element.getAttribute('class') ?? '') ||
    (controls.length === 0 && classes.some((part) => SELECTED_CLASS.test(part.getAttribute('class') ?? '')));
  // A note beside it that another option names as its own (aria-describedby), or that names another
  // way to pay, is that option's.
  const notes = row.beside.filter(
    (note) => !associations.describesAnother(note, element) && !namesAnother(note, row, compiled),
  );
  const saidWith = (text: (element: Element) => string) =>
    [text(element), ...notes.map(text), ...[element, ...controls].map((part) => associations.description(part))]
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const full = saidWith((part) => part.textContent ?? '');
  // What it says where the shopper sees it: a closed panel's "Available on orders $1–$2,000" says nothing.
  const shown = (text: (part: Element) => string) => (part: Element) => {
    let kept = text(part);
    for (const hiddenPart of outermostHidden(part)) kept = kept.replace(text(hiddenPart), ' ');
    return kept;
  };
  const asked = words.unavailable.test(full) || words.pending.test(full);
  const said = asked ? saidWith(shown((part) => part.textContent ?? '')) : full;
  // A reason in the page's own words: a copy's are as long as the page's, so the words' places agree.
  const page = liveNode(element) !== element ? saidWith(asked ? shown(pageText) : pageText) : said;
  const unavailable = words.unavailable.exec(said);
  const reason = unavailable ? reasonSentence(page, unavailable.index) : undefined;
  // Only limits, which the order's total may meet: judged once the total is read.
  const limit =
    unavailable &&
    words.limit &&
    !words.unavailable.test(said.replace(words.limit, (found) => ' '.repeat(found.length)))
      ? said.slice(unavailable.index).split(/[.!?。](?:\s|$)/)[0]
      : undefined;
  // The page is still asking (正在查询是否可用…, Checking eligibility…): neither offered nor refused
  // yet, even while it holds the option disabled until it knows.
  const pending = reason ? null : words.pending.exec(said);
  if (pending) return { state: 'unknown', reason: reasonSentence(page, pending.index), selected, choosable };
  const withReason = reason ? { reason } : {};
  if (disabled) return { state: 'unavailable', ...withReason, selected: false, choosable };
  const withLimit = limit ? { limit } : {};
  if (reason && selected) return { state: 'unknown', reason, selected, choosable, ...withLimit };
  if (reason) return { state: 'unavailable', reason, selected: false, choosable, ...withLimit };
  return { state: 'selectable', selected, choosable };
}

/**
 * Whether an amount lies within the limits a sentence gives: two amounts (between $1 and $2,000,
 * $35–$1,000), or one with its direction (up to A$2,000, of $100 or more). Unread limits are not met.
 */
function withinLimit(sentence: string, amount: number, words: PageWords, currency: string): boolean {
  const amounts = [...sentence.matchAll(new RegExp(words.price.source, 'g'))].flatMap(
    (match) => moneyIn(match[0], words, currency)?.amount ?? [],
  );
  const [first, second] = amounts;
  if (first === undefined || amounts.length > 2) return false;
  if (second !== undefined) return amount >= Math.min(first, second) && amount <= Math.max(first, second);
  if (/\b(?:up to|under|below|less than|maximum)\b/i.test(sentence)) return amount <= first;
  if (/\b(?:or more|over|above|at least|minimum)\b/i.test(sentence)) return amount >= first;
  return false;
}

/** An option whose only reason was limits the order meets: as the shopper may pick it. */
function meetsLimit({ selected, choosable }: RowState): RowState {
  return { state: 'selectable', selected, choosable };
}

/** The hidden parts of `element` that no hidden part of it holds. */
function outermostHidden(element: Element): Element[] {
  const found: Element[] = [];
  for (const part of element.querySelectorAll('*'))
    if (!found.some((outer) => outer.contains(part)) && !NOT_TEXT.has(part.tagName) && hidden(part)) found.push(part);
  return found;
}

interface Step {
  readonly container: Element;
  readonly rows: readonly Row[];
  readonly heading?: HeadingHit;
}

/** Names close to each other, with no heading between, form one candidate step; a heading stays with what follows it. */
/** Headings whose reach is the table or list they are in. */
const CELL_HEADING = 'th,caption,dt';

function headsOver(heading: Element, element: Element): boolean {
  const scope = heading.closest(CELL_HEADING)?.closest('table,dl');
  return !scope || scope.contains(element);
}

function candidateSteps(hits: readonly Hit[], limits: Limits): Step[] {
  const steps: Step[] = [];
  const names = hits.filter((hit): hit is Extract<Hit, { kind: 'name' }> => hit.kind === 'name');
  let current: NameHit[] = [];
  let heading: HeadingHit | undefined;
  let currentHeading: HeadingHit | undefined;
  let headingScope: Element | null | undefined;
  const close = () => {
    headingScope = undefined;
    if (current.length === 0) return;
    const container =
      current.length > 1 ? commonAncestor(current.map(({ element }) => element)) : current[0]?.element.parentElement;
    const governing =
      currentHeading && container && near(currentHeading.element, container, HEADING_DEPTH, 12, HEADING_BLOCK)
        ? currentHeading
        : undefined;
    if (container) {
      const rows =
        current.length > 1
          ? alikeRows(rowsOf(container, current, names), names, limits)
          : current[0]
            ? [rowAround(current[0], names, limits)]
            : [];
      steps.push({ container, rows, ...(governing ? { heading: governing } : {}) });
    }
    current = [];
  };
  for (const hit of hits) {
    if (hit.kind === 'heading') {
      // A header cell or term over no name in its table or list (an Affirm plan's "Total of payments")
      // heads nothing: the options around it stay one step, and what follows is under no heading.
      const cell = hit.element.closest(CELL_HEADING);
      const scope = cell?.closest('table,dl');
      if (scope && !names.some(({ element }) => scope.contains(element))) {
        heading = undefined;
        continue;
      }
      // A row's header over nothing to pick (an order's "Payment method: Klarna" in its totals) says how
      // the order is paid, as a line of it: no heading, and no end of the one it is under.
      const row = cell?.localName === 'th' ? cell.closest('tr') : null;
      if (row && !row.querySelector(CHOICE)) continue;
      close();
      heading = hit;
      continue;
    }
    if (hit.kind === 'section') {
      // A heading of the same rank or higher ends the section (h3 确认订单信息 after h3 支付方式): what
      // follows is no longer under its heading. A lower one is a sub-heading inside it.
      const rank = heading && rankOf(heading.element);
      if (rank !== undefined && hit.rank <= rank) {
        close();
        heading = undefined;
      }
      continue;
    }
    // A table's header cell or a term heads only its table or list (Coupon: winter10 in an order's
    // totals): what follows it is under none of its words.
    if (heading && !headsOver(heading.element, hit.element)) {
      close();
      heading = undefined;
    }
    const previous = current.at(-1);
    // The name again inside the option it names (先用后付 over 正在评估您的先用后付资格) is that option's
    // note; not inside a list whose text merely starts with the name (a listbox read whole).
    const outer = previous?.element;
    if (
      previous?.name === hit.name &&
      outer &&
      outer !== hit.element &&
      outer.contains(hit.element) &&
      !names.some((other) => other.name !== hit.name && outer.contains(other.element))
    )
      continue;
    // The same name read again as the whole text it is part of (<label><strong>Clearpay</strong> – 4
    // payments</label>): the option is that text, whose control its label ties to it.
    if (
      previous?.name === hit.name &&
      outer &&
      outer !== hit.element &&
      hit.element.contains(outer) &&
      !names.some((other) => other.name !== hit.name && hit.element.contains(other.element))
    ) {
      current[current.length - 1] = hit;
      continue;
    }
    if (previous && !near(previous.element, hit.element, NEAR_DEPTH, NEAR_FAR_DEPTH, SMALL_BLOCK)) close();
    // Page chrome (a footer's "Ways to pay" links) never joins the step it follows, however near.
    else if (previous && previous.element.closest(LANDMARK) !== hit.element.closest(LANDMARK)) close();
    // A heading's section is the block it shares with its first option (a card under 支付方式): a
    // name past that block (the next card's goods tag) is under it no more.
    if (headingScope && !headingScope.contains(hit.element)) {
      close();
      heading = undefined;
    }
    if (current.length === 0) {
      currentHeading = heading;
      headingScope = heading ? commonAncestor([heading.element, hit.element]) : undefined;
    }
    current.push(hit);
  }
  close();
  return steps;
}

interface ReadStep {
  readonly step: Step;
  /**
   * `offers`: the option names a program, or is a wallet's that shows its plan (`plan`: PayPal's Pay
   * Later).
   */
  readonly options: readonly { row: Row; state: RowState; offers: boolean; plan?: ProgramId; planState?: RowState }[];
}

/**
 * Whether a candidate is a payment step: it offers a program, and is either under a 支付方式
 * heading or made of things a shopper picks (controls, or a list of ways to pay). Never under
 * another section's heading (coupons, goods), and page chrome only with real controls.
 */
function assess(step: Step, associations: Associations, compiled: Compiled, known: boolean): ReadStep | undefined {
  if (!known && step.heading && !step.heading.payment) return undefined;
  const options = step.rows
    .filter((row) => !row.hidden)
    .map((row) => {
      const { program, wallet } = row.hit.name;
      const plan = wallet ? planIn(row, wallet, compiled, step.container) : undefined;
      const choice = plan && wallet ? planChoice(row, wallet, compiled) : undefined;
      const planState = choice ? stateOf({ ...row, element: choice, beside: [] }, associations, compiled) : undefined;
      return {
        row,
        state: stateOf(row, associations, compiled),
        offers: !!program || !!plan,
        plan,
        ...(planState ? { planState } : {}),
      };
    })
    // A promotion naming a program is an option only where the shopper can pick it.
    .filter(({ row, state }) => (!row.hit.weak || state.choosable) && !otherQuestion(row.element, compiled.words));
  if (!options.some(({ offers }) => offers)) return undefined;
  // A way to pay is one choice: programs each ticked on its own, beside one another, answer a survey
  // (Welche Zahlungsart wünschen Sie sich zusätzlich? ☐ PayPal Später bezahlen ☐ Klarna Rechnung).
  if (options.filter(({ offers }) => offers).length > 1 && options.every(({ row }) => ticksOnly(row, associations)))
    return undefined;
  if (known) return { step, options };
  // Ways to pay drawn together in the button that opens a closed step (3 Payment [VISA · afterpay · zip]):
  // what the step will offer once open, nothing to pick yet.
  const closed = options[0]?.row.element.closest('[aria-expanded="false"]');
  if (options.length > 1 && closed && options.every(({ row }) => closed.contains(row.element))) return undefined;
  const choosable = options.some(({ state }) => state.choosable);
  // Page chrome only with real controls, even under its own payment words (a footer's "Maksutavat:"
  // before its logos).
  if (step.container.closest(LANDMARK) && !choosable) return undefined;
  if (!choosable && options.every(({ row }) => labelledOther(row.element, compiled.words))) return undefined;
  // A strip of logos that nothing picks (a footer's 支付宝 · 花呗 · 银联) is the shop's badges, not a
  // choice; under a heading of its own it may be the ways to pay, but not after a caption in its own
  // line ("Maksutavat: [logos]"). An SVG's own <text> draws its logo's lettering: still a logo.
  const logo = ({ element }: Row) => element.localName === 'svg' || (element.textContent ?? '').trim() === '';
  // So is a strip of names drawn as words, each a bare span in one line ("Wir akzeptieren: PayPal
  // Klarna Visa"), none marked: options drawn without controls are blocks, or say which is chosen.
  const word = ({ element }: Row) =>
    plainTag(element.tagName) &&
    !element.hasAttribute('role') &&
    (element.textContent ?? '').trim().length <= NAME_TEXT &&
    !SELECTED_CLASS.test(element.getAttribute('class') ?? '') &&
    !DISABLED_CLASS.test(element.getAttribute('class') ?? '');
  const badges =
    !choosable &&
    (options.every(({ row }) => logo(row)) ||
      (options.length > 2 && options.every(({ row }) => word(row) || logo(row))));
  const caption =
    step.heading && !step.heading.element.closest(HEADING_ELEMENT) && step.container.contains(step.heading.element);
  if (step.heading?.payment && !(badges && caption)) return { step, options };
  if (badges) return undefined;
  // Ways to pay that nothing picks are a list only where drawn as one: a promotion's PayPal logo beside
  // its sentence (Paga in 3 rate con PayPal) is two unlike blocks, no list.
  const listOfWays =
    options.length > 1 &&
    options.some(({ offers }) => !offers) &&
    options.some(({ row }) => options.some((other) => other.row !== row && oneList(row, other.row)));
  const pickable =
    options.length > 1
      ? choosable
      : options.some(({ row, state, offers }) => offers && state.choosable && !oneChoiceOfOthers(row.element));
  return listOfWays || pickable ? { step, options } : undefined;
}

/**
 * Whether an option lies in a block whose `aria-label` names another section: the logo strip of a
 * footer drawn as a div that reads "We accept" to a screen reader, an "Order summary" aside.
 */
function labelledOther(element: Element, words: PageWords): boolean {
  const label = element.closest('[aria-label]')?.getAttribute('aria-label') ?? '';
  return words.otherHeading.test(label) && !words.heading.test(label);
}

const TICK = 'input[type=checkbox],[role=checkbox]';

/** Whether an option is picked only by a checkbox of its own (inside it or tied to it by `for`). */
function ticksOnly(row: Row, associations: Associations): boolean {
  const { element } = row;
  const controls = [
    ...(element.matches(PRIMARY_CONTROL) ? [element] : []),
    ...element.querySelectorAll(PRIMARY_CONTROL),
    ...associations.controlsLabelledBy(element),
  ];
  return controls.length > 0 && controls.every((control) => control.matches(TICK));
}

/** Whether an option is one of a <select> that asks something else (How did you hear about us?). */
function otherQuestion(option: Element, words: PageWords): boolean {
  const select = option.closest('select');
  if (!select) return false;
  const label =
    select.closest('label') ??
    (select.id
      ? [...option.ownerDocument.querySelectorAll('label[for]')].find((each) => each.getAttribute('for') === select.id)
      : undefined);
  const name = `${label?.textContent ?? ''} ${select.getAttribute('aria-label') ?? ''}`;
  return !words.heading.test(name) && (/[?？]/.test(name) || words.otherHeading.test(name));
}

/**
 * Whether a lone option is one radio of a group whose other choices lie outside it and name no way
 * to pay (How did you hear about us? · Shopping app (Klarna, Afterpay)): a choice of something else.
 */
function oneChoiceOfOthers(row: Element): boolean {
  return radiosBeside(row).length > 0;
}

/**
 * The payment step: the steps under the first 支付方式 heading that offers a program (all of them:
 * a step may group its options under sub-headings), else the step offering the most programs.
 */
function paymentStep(all: readonly ReadStep[]): ReadStep | undefined {
  // A sheet or dialog open over the page (选择付款方式 over 确认订单's own list) is where the shopper picks.
  const first = all[0];
  const modal = first && modalOf(first.step.container.ownerDocument);
  const inModal = modal && !hidden(modal) ? all.filter(({ step }) => modal.contains(step.container)) : [];
  const steps = inModal.length > 0 ? inModal : all;
  const programs = ({ options }: ReadStep) => options.filter(({ offers }) => offers).length;
  let best = steps.find(({ step }) => step.heading?.payment);
  if (!best)
    for (const candidate of steps)
      if (
        !best ||
        programs(candidate) > programs(best) ||
        (programs(candidate) === programs(best) && candidate.options.length > best.options.length)
      )
        best = candidate;
  if (!best) return undefined;
  const chosen = best;
  // Parts of the same step: those under the same heading (sub-groups), and those in the same block
  // (a 先用后付 switch above the 支付方式 list it belongs to).
  // And the groups under sub-headings of its section (支付方式 over a 花呗分期 fieldset, then 付款渠道).
  const heading = chosen.step.heading;
  const section = heading && commonAncestor([heading.element, chosen.step.container]);
  const subGroup = (step: Step) =>
    !!section &&
    !!step.heading?.payment &&
    section.contains(step.container) &&
    section.querySelectorAll('*').length <= HEADING_BLOCK;
  // Under the same heading or around the step, a list with nothing to pick beyond the heading's section
  // is not the step's (a submit bar's "花呗分3期 · 每期¥427.67" below the 支付方式 card).
  // Its something to pick is its own, not the step's own options again (a card tab's logo, its
  // names also in a footer's "Ways to pay"), and a way to pay by a program (not a header's "2. Payment").
  const near = (step: Step, options: ReadStep['options']) =>
    !section ||
    section.contains(step.container) ||
    options.some(({ row, state, offers }) => offers && state.choosable && !chosen.step.container.contains(row.element));
  // A way to pay with a control of its own drawn beside the step's group, past its heading's block (a
  // disabled Clearpay radio after a radio group under "How would you like to pay?"), in a small block both share.
  const beside = (step: Step, options: ReadStep['options']) =>
    !step.heading &&
    options.every(({ state, offers }) => state.choosable && offers) &&
    holdsRadio(step.container) &&
    holdsRadio(chosen.step.container) &&
    (commonAncestor([chosen.step.container, step.container])?.querySelectorAll('*').length ?? SMALL_BLOCK + 1) <=
      SMALL_BLOCK;
  const together = steps.filter(
    ({ step, options }) =>
      (((heading !== undefined && step.heading === heading) || step.container.contains(chosen.step.container)) &&
        near(step, options)) ||
      chosen.step.container.contains(step.container) ||
      subGroup(step) ||
      beside(step, options),
  );
  if (together.length === 1) return chosen;
  const container = commonAncestor(together.map(({ step }) => step.container)) ?? chosen.step.container;
  return { step: { ...chosen.step, container }, options: together.flatMap(({ options }) => options) };
}

const RADIO = 'input[type=radio],[role=radio]';

/** Whether a block holds a radio, or is a label tied to one by `for`. */
function holdsRadio(block: Element): boolean {
  if (block.matches(RADIO) || block.querySelector(RADIO)) return true;
  const id = block.localName === 'label' ? block.getAttribute('for') : null;
  return !!id && !!block.ownerDocument.getElementById(id)?.matches(RADIO);
}

/**
 * Once the page has a 支付方式 step the shopper picks from, a list elsewhere that names a program
 * with nothing to pick (a help footer's "支付方式: 先用后付说明", a "We accept" logo strip) is talk
 * about paying, not a way to pay, even when the step itself offers no program. A list inside that
 * step stays part of it, and one around it under the same heading; one that is around it only
 * because its names lie far apart (a footer's logos and a summary's widget) does not.
 */
function withoutMentions(
  steps: readonly ReadStep[],
  candidates: readonly Step[],
  associations: Associations,
  compiled: Compiled,
): ReadStep[] {
  const picked = candidates.filter(
    ({ heading, rows }) =>
      heading?.payment && rows.some((row) => !row.hidden && stateOf(row, associations, compiled).choosable),
  );
  if (picked.length === 0) return [...steps];
  return steps.filter(
    ({ step, options }) =>
      options.some(({ state }) => state.choosable) ||
      picked.some(
        ({ container, heading }) =>
          container.contains(step.container) || (step.heading === heading && step.container.contains(container)),
      ),
  );
}

/**
 * A step's options with nothing to pick that lie outside the block holding its controls' options
 * (a trust strip's logos just below the radios): talk about paying. Where two or more options are
 * picked with controls, the rest of the step's ways to pay are drawn among them.
 */
function withoutStrays(read: ReadStep): ReadStep {
  const picked = read.options.filter(({ state }) => state.choosable);
  // A lone option picked by a radio has its group's other radios for the block (a card radio and a
  // bank transfer radio the reader has no name for): a reassurance list beside the form is not in it.
  // Tabs picked among (京东支付 · 微信支付 · 银联) draw the ways to pay of each in the panel each names.
  const drawn = picked.flatMap(({ row }) => [
    row.element,
    ...(picked.length === 1 ? radiosOfGroup(row.element) : []),
    ...controlledBy([row.element]),
  ]);
  if (drawn.length < 2) return read;
  const block = commonAncestor(drawn);
  if (!block) return read;
  const options = read.options.filter(({ row, state }) => state.choosable || block.contains(row.element));
  if (options.length === read.options.length) return read;
  // What is left lies in the block: the step is that block, not the page around its strays.
  const container = read.step.container.contains(block) ? block : read.step.container;
  return { step: { ...read.step, container }, options };
}

/** The other radios of the group a row's radio belongs to, by the radios' name. */
function radiosBeside(row: Element): Element[] {
  const radio = row.matches('input[type=radio][name]') ? row : row.querySelector('input[type=radio][name]');
  const name = radio?.getAttribute('name');
  if (!radio || !name) return [];
  return [...(radio.closest('form') ?? row.ownerDocument).querySelectorAll('input[type=radio]')].filter(
    (other) => other.getAttribute('name') === name && !row.contains(other),
  );
}

/**
 * The same, or else (Element UI's radios carry no name) the other radios of the radiogroup around the
 * row, uni-app's and Taro's radio groups too.
 */
function radiosOfGroup(row: Element): Element[] {
  const named = radiosBeside(row);
  const group = named.length > 0 ? null : row.closest('[role=radiogroup],uni-radio-group,taro-radio-group-core');
  if (!group) return named;
  return [...group.querySelectorAll('[role=radio],input[type=radio],uni-radio,taro-radio-core')].filter(
    (other) => !row.contains(other) && !other.contains(row),
  );
}

function isStruck(element: Element): boolean {
  if (element.closest('del,s,strike,[style*="line-through"]')) return true;
  for (let current: Element | null = element, depth = 0; current && depth < 3; depth++, current = current.parentElement)
    if (STRUCK_CLASS.test(current.getAttribute('class') ?? '') || struckByStyle(current)) return true;
  return false;
}

/** A line through an element drawn by the shop's style sheet (.grand-total-old { text-decoration: line-through }). */
function struckByStyle(element: Element): boolean {
  const live = liveNode(element);
  const style = live.ownerDocument.defaultView?.getComputedStyle?.(live);
  return !!style?.textDecorationLine?.includes('line-through');
}

/** The node after `node` in document order, within `root`. */
function nextInTree(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== root; current = current.parentNode)
    if (current.nextSibling) return current.nextSibling;
  return null;
}

interface Price {
  readonly amount: number;
  readonly currency: string;
  readonly element: Element;
}

/** A currency's code in a total's label, in brackets: Total (CAD). */
const LABEL_CURRENCY = /\(([A-Z]{3})\)\s*$/;

/** The one price a text holds, as the page's language writes it; a bare number is in the shop's currency. */
function moneyIn(text: string, words: PageWords, currency: string): { amount: number; currency: string } | null {
  const normalised = text.normalize('NFKC');
  const match = words.price.exec(normalised);
  const price = match?.[0] ?? BARE_NUMBER.exec(normalised)?.[1];
  // The label may name the currency a bare "$" stands for: Total (CAD) $394.36.
  const labelled = match ? LABEL_CURRENCY.exec(normalised.slice(0, match.index))?.[1] : undefined;
  const money =
    price === undefined ? null : parseMoney(price, { defaultCurrency: labelled ?? currency, unmarked: true });
  // A total is never negative: a minus is a discount line's.
  return money && money.amount >= 0 ? money : null;
}

/**
 * Words before an amount that a total includes (its tax): Including, inkl., Incluse, dont, varav,
 * Including VAT of; not "incl. VAT" alone, which ends a total's own label (Totaal incl. btw € 84,94).
 */
const INCLUDED_BEFORE =
  /(?:including|incl\.?|inkl\.?|inklusive|inclus[ea]?s?|incluid[oa]s?|inclusief|davon|dont|varav|herav|heraf)(?:\s+(?:VAT|GST|tax(?:es)?|MwSt\.?|USt\.?|TVA|IVA|BTW|moms|mva)\s+(?:of|von|de|di|van))?\s*:?\s*$/i;

/**
 * An amount drawn in pieces that its block speaks whole (Home Depot's $ | 2,363 | 04 under
 * aria-label="$2,363.04"): the spoken amount, where it holds the drawn digits and nothing else.
 */
function spokenAmount(block: Element, words: PageWords): string | undefined {
  const name = (block.getAttribute('aria-label') ?? '').trim();
  const digits = (text: string) => text.replace(/\D/g, '');
  const found = words.price.exec(name);
  return found?.[0] === name && digits(name) === digits(block.textContent ?? '') ? name : undefined;
}

/** A whole amount before raised cents, with its currency's sign after it where it stands there (1 634€). */
const RAISED_BEFORE = /(?:^|[^.,\d])\d{1,3}(?:[.,\u00a0\u202f]?\d{3})*(\s?€)?$/;

/** The price written after a total label: in its own text or the next few text nodes near it. */
function priceAfter(
  node: Text | Element,
  label: RegExp,
  currency: string,
  words: PageWords,
  options: readonly Element[],
): Price | undefined {
  const parent = node.nodeType === 3 ? node.parentElement : (node as Element);
  if (!parent) return undefined;
  let container: Element = parent;
  // Up through wrappers that hold the label alone, then two levels more: the price is near.
  const labelText = (parent.textContent ?? '').trim();
  while (
    container.parentElement &&
    container.parentElement.tagName !== 'BODY' &&
    (container.parentElement.textContent ?? '').trim() === labelText
  )
    container = container.parentElement;
  // Further up while no amount is in sight: a wrapper around the label alone (Total (GBP)) is no row.
  // A wrapper that adds nothing (the same text) is no level. Each level's text is built once.
  let text = container.textContent ?? '';
  for (
    let depth = 0;
    (depth < 2 || (depth < 5 && !/\d/.test(text))) &&
    container.parentElement &&
    container.parentElement.tagName !== 'BODY';
  ) {
    const above = container.parentElement.textContent ?? '';
    if (above.trim() !== text.trim()) depth++;
    container = container.parentElement;
    text = above;
  }
  const own = textOf(node);
  const match = label.exec(own);
  let collected = own.slice((match?.index ?? 0) + (match?.[0].length ?? 0));
  let last: Element = parent;
  let lastText: Node = node;
  // Prices are often split ("¥", "2399", ".00"): join the next few texts, skipping struck-out prices.
  // The walk starts at the label, not at the top of a container that may hold a long goods list.
  let texts = 0;
  let spaced = false;
  let centsIn: Element | null = null;
  let spokenIn: Element | null = null;
  for (
    let next = node.nodeType === 3 ? nextInTree(node, container) : nextAfter(node, container), steps = 0;
    next && texts < 6 && collected.length < 60 && steps < MAX_PRICE_STEPS;
    next = nextInTree(next, container), steps++
  ) {
    const element = next.parentElement;
    if (next.nodeType !== 3 || !element || NOT_TEXT.has(element.tagName)) continue;
    // A way to pay's own amounts are not the label's (订单待支付 over a sheet whose 月付 row states
    // its 可用额度).
    if (options.some((option) => option.contains(element) && !option.contains(node))) break;
    const data = (next as Text).data;
    if (data.trim() === '') {
      spaced ||= data !== '';
      continue;
    }
    // A price followed by words (or another price) is whole: the texts after it are another line's.
    const whole = words.price.exec(collected);
    const after = whole ? collected.slice(whole.index + whole[0].length) : '';
    // The tax a total includes, said between its label and its amount (Totale · Incluse €87,93 di
    // imposte · €487,60; Total · Including VAT of £208.17 · £1,249.00): no total; the amount after it is.
    const included = whole && INCLUDED_BEFORE.test(collected.slice(0, whole.index));
    if (whole && (/[\p{L}¥$£€]/u.test(after) || (included && after.trim() === '' && /^\s*[¥$£€]/.test(data)))) {
      if (!included) break;
      collected = '';
      texts = 0;
    }
    // A struck-out price, however many pieces it is drawn in, uses none of the texts a price may take.
    if (isStruck(element)) continue;
    texts++;
    const speaker = element.closest('[aria-label]');
    if (speaker && speaker === spokenIn) continue;
    const spoken =
      speaker && container.contains(speaker) && !speaker.contains(node) ? spokenAmount(speaker, words) : undefined;
    if (spoken && speaker) {
      collected += ` ${spoken}`;
      spokenIn = speaker;
      last = speaker;
      lastText = next;
      continue;
    }
    // Another block's words are another line's: "1 595,00 kr" then "varav moms" is no "krvarav".
    // Digits run on across blocks (¥ | 89 | .90 drawn in custom elements), but not past an amount
    // whose cents are written: "$2,388.00" then "120-night sleep trial" below it.
    // Full-width digits (￥５６．８０) count as digits.
    const otherBlock = blockOf(next) !== blockOf(lastText);
    const plain = /^\s*\d/.test(data.normalize('NFKC')) ? collected.normalize('NFKC') : '';
    const priced = plain ? words.price.exec(plain) : null;
    if (
      priced &&
      plain.slice(priced.index + priced[0].length).trim() === '' &&
      /[.,]\d{2}$/.test(priced[0]) &&
      otherBlock
    )
      break;
    const line = /\p{L}$/u.test(collected) && otherBlock;
    // A currency's word after the amount, set apart by a space of its own (1.249,00 <span>kr.</span>),
    // stays a word of its own: "00kr" reads as no crowns.
    // A currency's code drawn apart before words is a word of its own
    // (<abbr>CHF</abbr><strong>CHF 1’234.50</strong>).
    const word =
      (spaced && /\d$/.test(collected) && /^\s*\p{L}/u.test(data)) ||
      (/\b[A-Z]{3}$/.test(collected) && /^\p{L}/u.test(data));
    // Cents raised after the whole amount ($1,249<sup>99</sup>, 1 634€<sup>56</sup>) are its fraction.
    const raised = element.closest('sup');
    if (raised && raised === centsIn) continue;
    const cents = raised?.textContent?.trim() ?? '';
    const raisedAfter = /^\d{2}$/.test(cents) ? RAISED_BEFORE.exec(collected) : null;
    if (raisedAfter) {
      const sign = raisedAfter[1] ?? '';
      const amount = collected.slice(0, collected.length - sign.length);
      // A sign after the amount is Europe's way, and so is its decimal comma.
      collected = amount + (sign || /\d\.\d{3}$/.test(amount) ? ',' : '.') + cents + sign;
      centsIn = raised;
    } else collected += (line || word ? ' ' : '') + data;
    spaced = false;
    last = element;
    lastText = next;
  }
  // A clause that ends between the label and the amount (分期付款金额以支付宝实际扣款为准；… 额度 ¥12,000.00):
  // the amount is another clause's.
  const plain = collected.normalize('NFKC');
  const price = words.price.exec(plain);
  if (price && CLAUSE_END.test(plain.slice(0, price.index))) return undefined;
  const money = moneyIn(collected, words, currency);
  if (!money) return priceBefore(parent, label, currency, words);
  return { ...money, element: (parent.contains(last) ? parent : commonAncestor([parent, last])) ?? container };
}

/**
 * With no price after it, the price of the label's own row, written first (Zen Cart floats both right:
 * <div>$486.20</div><div>Total:</div>). The row holds the label and that price, nothing else.
 */
function priceBefore(parent: Element, label: RegExp, currency: string, words: PageWords): Price | undefined {
  for (
    let row: Element | null = parent, level = 0;
    row && row.tagName !== 'BODY' && level < 3;
    row = row.parentElement
  ) {
    level++;
    const rest = (row.textContent ?? '').replace(/\s+/g, ' ').replace(label, '');
    const price = words.price.exec(rest);
    if (!price) continue;
    const others = rest.slice(0, price.index) + rest.slice(price.index + price[0].length);
    if (/[\p{L}\d]/u.test(others)) return undefined;
    const money = moneyIn(price[0], words, currency);
    return money ? { ...money, element: row } : undefined;
  }
  return undefined;
}

/** The node after all of `element`'s own content. */
function nextAfter(element: Node, root: Node): Node | null {
  for (let current: Node | null = element; current && current !== root; current = current.parentNode)
    if (current.nextSibling) return current.nextSibling;
  return null;
}

/**
 * Whether a label's words are part of a sentence that only mentions a total (Some options depend on
 * your order total.): its block's words end in a full stop and hold no amount. A label is a phrase
 * (Total inkl. MwSt.), and its block holds the amount or little else.
 */
function inSentence(node: Text | Element, limits: Limits): boolean {
  const block = node.nodeType === 3 ? blockOf(node) : (node as Element);
  const text = (block?.textContent ?? '').trim();
  return text.length <= limits.row && /[.!?]$/.test(text) && !/\d/.test(text) && text.split(/\s+/).length >= 5;
}

/**
 * The payable total: the strongest label the page shows. If that label's places disagree (a
 * shop subtotal beside an order total), there is no total rather than a wrong one.
 */
function findTotal(
  doc: Document,
  labels: readonly (Text | Element)[],
  vocabulary: CheckoutVocabulary,
  { words, limits }: Compiled,
  options: readonly Element[],
): Price | undefined {
  const known = vocabulary.totalSelector ? doc.querySelector(vocabulary.totalSelector) : null;
  const money = known ? moneyIn(known.textContent ?? '', words, vocabulary.currency) : null;
  if (known && money) return { ...money, element: known };
  for (const label of words.totals) {
    // An option's own amounts (花呗分期 每期应付 ¥30.97) are no order total.
    const found = labels.flatMap((node) => {
      const text = textOf(node).trim();
      if (text.length > limits.label || !label.test(text) || inSentence(node, limits) || inFormula(text, label))
        return [];
      // The whole run of text the label is part of: "Sub" + "total" is no total, "店铺" + "合计" a part of it.
      const run = node.nodeType === 3 ? `${runOf(node as Text)} ${wordOf(node as Text)}` : text;
      if (words.notTotal?.test(run)) return [];
      if (options.some((option) => option.contains(node))) return [];
      const element = node.nodeType === 3 ? node.parentElement : (node as Element);
      if (element && forScreenReaders(element)) return [];
      // A table's column header (Product · Unit Price · Total) labels every row's amount, not the order's;
      // a group's legend or caption (Your Total) its lines, of which the first is the subtotal.
      if (element?.closest('thead,legend,caption')) return [];
      const price = priceAfter(node, label, vocabulary.currency, words, options);
      return price ? [{ ...price, part: !!words.partTotal?.test(run) }] : [];
    });
    const whole = found.filter(({ part }) => !part);
    const ranked = whole.length > 0 ? whole : found;
    const [first] = ranked;
    if (!first) continue;
    return ranked.every(({ amount, currency }) => amount === first.amount && currency === first.currency)
      ? { amount: first.amount, currency: first.currency, element: first.element }
      : undefined;
  }
  const spoken = spokenTotal(doc, words, limits, vocabulary.currency, options);
  if (spoken) return spoken;
  const standalone = vocabulary.standaloneTotal ? standalonePrice(doc, options, vocabulary.currency) : undefined;
  if (standalone) return { ...standalone, currency: vocabulary.currency };
  return submitBarPrice(doc, options, words, vocabulary.currency, limits) ?? controlPrice(doc, words, vocabulary);
}

/** A label that is a term of a formula (跨境电商综合税 = 实付商品金额 × 9.1%) names no amount of its own. */
function inFormula(text: string, label: RegExp): boolean {
  const found = label.exec(text);
  if (!found) return false;
  return (
    /[=＝]\s*$/.test(text.slice(0, found.index)) ||
    /^[^¥￥$\d]{0,6}[×*÷]/.test(text.slice(found.index + found[0].length))
  );
}

/** Separators between a control's words and its price: "Place order · £94.95", "Pay – $184.20". */
const CONTROL_SEPARATORS = /^[\s·•:–—|-]+|\s+$/g;

/**
 * A button that states the total in its own words and nothing else after them ("Place order · £94.95",
 * "Show order summary $184.20"), where no label names one: a phone checkout's only total.
 */
function controlPrice(doc: Document, words: PageWords, vocabulary: CheckoutVocabulary): Price | undefined {
  const pattern = words.totalControl;
  if (!pattern) return undefined;
  const price = new RegExp(`^(?:${words.price.source})$`);
  for (const control of doc.querySelectorAll('button,input[type="submit"],[role="button"]')) {
    const text = ((control.localName === 'input' ? control.getAttribute('value') : control.textContent) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const found = text.length <= CONTROL_WORDS ? pattern.exec(text) : null;
    // Inside an option too: a drop-in draws its pay button in the chosen method's details (Adyen's "Pay $2,480.00").
    if (!found || hidden(control)) continue;
    const rest = text.slice(found[0].length).replace(CONTROL_SEPARATORS, '');
    const money = price.test(rest) ? moneyIn(rest, words, vocabulary.currency) : null;
    if (money) return { ...money, element: control };
  }
  return undefined;
}

/** The longest words of a control that states the total. */
const CONTROL_WORDS = 60;

/**
 * A total named only to screen readers, its label and amount in one aria-label ("支付金额128.60元" over
 * a drawn ¥128.60 that is aria-hidden): the same total a shopper sees, labelled where the eye gets none.
 */
function spokenTotal(
  doc: Document,
  words: PageWords,
  limits: Limits,
  currency: string,
  options: readonly Element[],
): Price | undefined {
  const named = [...doc.querySelectorAll('[aria-label]')];
  for (const label of words.totals)
    for (const element of named) {
      const name = element.getAttribute('aria-label') ?? '';
      const found = name.length <= limits.label * 2 ? label.exec(name) : null;
      if (!found || words.notTotal?.test(name) || options.some((option) => option.contains(element))) continue;
      const money = moneyIn(name.slice(found.index + found[0].length), words, currency);
      if (money && !hidden(element)) return { ...money, element };
    }
  return undefined;
}

/** Words before a price that make it a saving, not what is paid (已优惠 ¥9, 共减 ¥30). */
const SAVING_BEFORE = /(?:优惠|减|省|折扣|券)\s*[:：]?\s*$/;

/**
 * A bar's price beside the button that places the order (¥55.50 已优惠 ¥9 | 提交订单): what is paid,
 * where no label names it. The bar is the button's nearest block with a price, and a short one.
 */
function submitBarPrice(
  doc: Document,
  options: readonly Element[],
  words: PageWords,
  currency: string,
  limits: Limits,
): Price | undefined {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Each of SUBMIT's phrases starts with one of these: no other text costs its ancestors' text.
    if (!SUBMIT_START.test((node as Text).data)) continue;
    const control = submitAround(node);
    if (!control || options.some((option) => option.contains(control)) || hidden(control)) continue;
    let bar = control;
    for (let depth = 0; depth < 3 && bar.parentElement && bar.parentElement.tagName !== 'BODY'; depth++) {
      bar = bar.parentElement;
      if ((bar.textContent ?? '').replace(/\s+/g, '').length > limits.row) break;
      const price = paidIn(bar, control, words, currency);
      if (price) return price;
    }
  }
  return undefined;
}

/** The part of a joined text that holds its character at `index`. */
function partAt<Part extends { text: string }>(parts: readonly Part[], index: number): Part | undefined {
  let start = 0;
  for (const part of parts) {
    start += part.text.length;
    if (index < start) return part;
  }
  return undefined;
}

/** The control a text is the words of, if they place the order: 提交订单, split across markup or not. */
function submitAround(text: Node): Element | undefined {
  const wordsOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, '');
  for (let element = text.parentElement, depth = 0; element && depth < 3; element = element.parentElement, depth++) {
    const words = wordsOf(element);
    if (words.length > SUBMIT_WORDS) return undefined;
    if (!SUBMIT.test(words)) continue;
    // The whole button, through the wrappers its words are drawn in (<button><div><span>去支付).
    let control = element;
    for (let wrappers = 0; wrappers < MAX_WRAPPERS && control.parentElement; wrappers++) {
      if (control.parentElement.tagName === 'BODY' || wordsOf(control.parentElement) !== words) break;
      control = control.parentElement;
    }
    return control;
  }
  return undefined;
}

/** How many wrappers a button's words may be drawn in. */
const MAX_WRAPPERS = 6;

/** The first price in `bar`, outside `control`, that is no saving and not struck out. */
function paidIn(bar: Element, control: Element, words: PageWords, currency: string): Price | undefined {
  const parts: { text: string; element: Element }[] = [];
  const walker = bar.ownerDocument.createTreeWalker(bar, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (element && !control.contains(element) && !NOT_TEXT.has(element.tagName))
      parts.push({ text: (node as Text).data.normalize('NFKC'), element });
  }
  const text = parts.map((part) => part.text).join('');
  const pattern = new RegExp(words.price.source, 'g');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const part = partAt(parts, match.index);
    if (!part || SAVING_BEFORE.test(text.slice(0, match.index)) || isStruck(part.element) || hidden(part.element))
      continue;
    const money = moneyIn(match[0], words, currency);
    return money ? { ...money, element: part.element } : undefined;
  }
  return undefined;
}

/** A block of nothing but a price: ¥ 1,299.00, 1299.00 元. */
const STANDALONE_PRICE = /^(?:[¥￥]\s*)?\d[\d,]*(?:\.\d{1,2})?(?:\s*元)?$/;

/**
 * A cashier shows what is to be paid above its ways to pay, on its own, with no label: the one
 * price standing alone before the payment step. Two different ones, and there is no total.
 */
function standalonePrice(
  doc: Document,
  options: readonly Element[],
  currency: string,
): { amount: number; element: Element } | undefined {
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const found: { amount: number; element: Element }[] = [];
  // In document order up to the first option.
  for (
    let node = walker.nextNode();
    node && !options.some((option) => option.contains(node));
    node = walker.nextNode()
  ) {
    let block = node.parentElement;
    if (!block || NOT_TEXT.has(block.tagName) || !/[\d０-９]/.test((node as Text).data)) continue;
    if (block.closest('a, button')) continue;
    while (block.parentElement && shortBesideActions(block.parentElement)) block = block.parentElement;
    // Each of ¥ · 359 · . · 00 drawn in a block of its own: the blocks' spacing is no space in the amount.
    const text = textBesideActions(block).normalize('NFKC').replace(/\s+/g, '');
    if (!STANDALONE_PRICE.test(text) || !/[¥元.]/.test(text) || isStruck(block) || hidden(block)) continue;
    const amount = parseMoney(text, { defaultCurrency: currency, unmarked: true })?.amount ?? null;
    if (amount !== null && !found.some((other) => other.element === block)) found.push({ amount, element: block });
    if (found.length > 8) break;
  }
  const [price] = found;
  return price && found.every(({ amount }) => amount === price.amount) ? price : undefined;
}

/** Whether `element` holds at most 16 characters besides its links and buttons; a long text is not walked. */
function shortBesideActions(element: Element): boolean {
  const length = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (length <= 16) return true;
  return length <= 64 && textBesideActions(element).replace(/\s+/g, '').length <= 16;
}

/** A toggle drawn as a plain element beside a cashier's amount: <span class="detail-trigger">订单详情</span>. */
const DISCLOSURE = /^\s*(?:订单详情|查看详情|详情|明细|查看明细|展开|收起)\s*$/;

/** The text of `element` without its links' and buttons' ("¥3999.00元 <a>订单详情</a>" is a price alone), nor its toggles'. */
function textBesideActions(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const action = parent?.closest('a, button');
    const toggle = parent !== element && DISCLOSURE.test((node as Text).data);
    if ((!action || !element.contains(action)) && !toggle) text += (node as Text).data;
  }
  return text;
}

/** The text of `element` a shopper sees: no hidden part of it (a collapsed panel's details). */
function visibleText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const seen = new Map<Element, boolean>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NOT_TEXT.has(parent.tagName)) continue;
    let shown = seen.get(parent);
    if (shown === undefined) {
      shown = !hidden(parent);
      seen.set(parent, shown);
    }
    if (shown) text += (node as Text).data;
  }
  return text;
}

/**
 * The wallet's panel drawn apart from its option, as tabs draw theirs: what the option's control names
 * with aria-controls, or a region beside the options labelled with the wallet's name (role=region, tabpanel).
 */
function panelsOf(row: Row, wallet: WalletId, { names }: Compiled, step: Element): Element[] {
  const controlled = controlledBy([
    row.element.closest('[aria-controls]'),
    ...row.element.querySelectorAll('[aria-controls]'),
  ]);
  const name = names.find((candidate) => candidate.wallet === wallet)?.pattern;
  // Beside the step's list of options, as tabs draw their panels under the tab list.
  const scope = step.parentElement ?? step;
  const labelled = [...scope.querySelectorAll('[role=region],[role=tabpanel]')].filter(
    (panel) => !panel.contains(row.element) && name?.test(panel.getAttribute('aria-label') ?? ''),
  );
  return [...controlled, ...labelled];
}

/** What controls name with aria-controls. */
function controlledBy(controls: readonly (Element | null)[]): Element[] {
  return controls.flatMap((control) =>
    (control?.getAttribute('aria-controls') ?? '')
      .split(/\s+/)
      .flatMap((id) => (id ? (control?.ownerDocument.getElementById(id) ?? []) : [])),
  );
}

/** Poland's "buy now, pay later" (IdoSell's title of a group of such ways to pay) holds PayPal's Zapłać później. */
const SLOGAN = /kup teraz,?\s*zapłać później/gi;

/** A plan the wallet's option shows, inside it or in its panel (PayPal's Pay in 3 button, Shop Pay's installments). */
function planIn(row: Row, wallet: WalletId, compiled: Compiled, step: Element): ProgramId | undefined {
  const ours = compiled.plans.filter(({ within }) => within === wallet);
  if (ours.length === 0) return undefined;
  const text = [row.item ?? row.element, ...panelsOf(row, wallet, compiled, step)]
    .map(visibleText)
    .join(' ')
    .replace(SLOGAN, ' ');
  return ours.find(({ pattern }) => pattern.test(text))?.program;
}

/**
 * The wallet's own choice of its plan, where the option picks among its ways to pay with controls of
 * its own (PayPal: ◉ Pay in full ○ Pay in 3 with PayPal — Not available for this event): the block of
 * the control whose words name the plan. That choice says whether the plan can be picked.
 */
function planChoice(row: Row, wallet: WalletId, compiled: Compiled): Element | undefined {
  const controls = [...row.element.querySelectorAll(PRIMARY_CONTROL)];
  if (controls.length < 2) return undefined;
  const ours = compiled.plans.filter(({ within }) => within === wallet);
  for (const control of controls) {
    let block = control;
    while (
      block.parentElement &&
      block.parentElement !== row.element &&
      block.parentElement.querySelectorAll(PRIMARY_CONTROL).length === 1
    )
      block = block.parentElement;
    const label = control.id ? row.element.querySelector(`label[for="${control.id}"]`) : null;
    const text = visibleText(block) + (label && !block.contains(label) ? ` ${visibleText(label)}` : '');
    if (ours.some(({ pattern }) => pattern.test(text.replace(SLOGAN, ' ')))) return block;
  }
  return undefined;
}

/** Whether an option's own line names the provider's way to pay at once and no deferred plan. */
function paysNow(hit: NameHit, payNow: NonNullable<Name['payNow']>, keywords: RegExp): boolean {
  const { node, element } = hit;
  // A text, a logo in its line, or a name written across nodes (Klarna – Sofort <span>bezahlen</span>).
  const line =
    node.nodeType === 3
      ? runOf(node)
      : logoName(element)
        ? lineAround(element, logoName(element)).line
        : splitRun(element, keywords);
  return payNow.words.test(line) && !payNow.unless.test(line);
}

/** The program a kind of plan is, by the one offering it that its option names (由微信支付分提供). */
function offeredIn(row: Row, { names }: Compiled): ProgramId | undefined {
  const kind = row.hit.name;
  if (!kind.offeredBy) return kind.program;
  const text = visibleText(row.item ?? row.element);
  return names.find((name) => offers(kind, name) && name.pattern.test(text))?.program ?? kind.program;
}

/** One program's option from all the page's options naming it: offered if any of them is. */
function merge(options: readonly DetectedOption[]): DetectedOption | undefined {
  const offered = options.filter(({ state }) => state === 'selectable');
  const [first] = offered.length > 0 ? offered : options;
  if (!first) return undefined;
  return offered.some(({ selected }) => selected) ? { ...first, selected: true } : first;
}

/**
 * Reads a checkout's payment step, total and wallets by structure and visible text. Null until the
 * page shows a payment step that offers at least one pay-later program. `previous`, the last reading
 * of the same page, lets a re-read look at its payment step and total only. A page that may draw its
 * step in shadow roots, and shows none outside them, is read again as its flat tree; the reading's
 * elements are then the page's own.
 */
export function readCheckout(
  doc: Document,
  vocabulary: CheckoutVocabulary,
  previous?: CheckoutReading | null,
): CheckoutReading | null {
  const step = previous?.paymentStep;
  const { programs, programKeywords } = compile(vocabulary);
  let traditional = false;
  if (!step?.isConnected || step.getRootNode() === doc) {
    const reading = readTree(doc, vocabulary, previous);
    // A step of web components may name a way to pay only in a shadow root, or fold some away in one
    // (a closed <details> that its light children are slotted into): as the flat tree draws it.
    const deep = reading && holdsShadow(reading.paymentStep) ? flatDocument(doc) : null;
    const drawn = deep && readTree(deep, vocabulary);
    if (drawn) return live(drawn);
    if (reading || !doc.body) return reading;
    const text = doc.body.textContent ?? '';
    traditional = inTraditional(text, programs);
    const named = !traditional && programs.test(text) ? textsWith(doc.body, programKeywords) : [];
    if (!traditional && !mayDrawInShadow(doc, named, programs)) return null;
  } else traditional = inTraditional(doc.body?.textContent ?? '', programs);
  const flat = flatDocument(doc, traditional);
  const reading = flat && readTree(flat, vocabulary);
  return reading ? live(reading) : null;
}

/** A reading of a flat tree's copy, its elements the page's own. */
function live(reading: CheckoutReading): CheckoutReading {
  const { totalElement } = reading;
  return {
    ...reading,
    paymentStep: liveNode(reading.paymentStep),
    ...(totalElement ? { totalElement: liveNode(totalElement) } : {}),
  };
}

/** Whether a step holds elements with shadow roots of their own. */
function holdsShadow(step: Element): boolean {
  if (step.shadowRoot) return true;
  const elements = step.querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) if ((elements[i] as Element).shadowRoot) return true;
  return false;
}

/**
 * Whether a page's text names a program in Traditional Chinese (先用後付, 花唄): then it is read in
 * Simplified. A Simplified page with a Traditional word somewhere (a Hong Kong seller's goods) is not.
 */
function inTraditional(text: string, programs: RegExp): boolean {
  if (!hasTraditional(text)) return false;
  const simple = simplified(text);
  for (const { index, 0: name } of simple.matchAll(new RegExp(programs.source, 'gi')))
    if (text.slice(index, index + name.length) !== name) return true;
  return false;
}

function readTree(doc: Document, vocabulary: CheckoutVocabulary, previous?: CheckoutReading | null) {
  if (!doc.body) return null;
  openModal = undefined;
  // A payment step and total already found are re-read alone: a page that keeps changing (live
  // prices, countdowns) then costs a few dozen nodes per read, not the whole document.
  const known = previous?.paymentStep.isConnected ? previous.paymentStep : undefined;
  const knownTotal = previous?.totalElement;
  const scoped = known && knownTotal?.isConnected;
  // No program named where a shopper reads: no payment step to find. One native text read first,
  // then, where the names may be only in scripts (a checkout's step template, its config), a scan
  // for those names alone, far cheaper than one for every word the reader looks for.
  const bodyText = scoped ? undefined : (doc.body.textContent ?? '');
  const compiled = compile(vocabulary, breaksWords(bodyText ?? known?.textContent ?? ''));
  if (
    bodyText !== undefined &&
    (!compiled.programs.test(bodyText) || textsWith(doc.body, compiled.programKeywords, bodyText).length === 0) &&
    !Object.values(namedIn(doc.body, compiled)).some((named) => named.some(({ alt }) => compiled.programs.test(alt)))
  )
    return null;
  const roots = scoped ? [known, ...(known.contains(knownTotal) ? [] : [knownTotal])] : [doc.body];
  const associations = new Associations(doc);
  const { hits: found, labels } = hitsIn(roots, compiled, bodyText);
  // A note that describes a labelled control elsewhere (Shopify's "Sezzle is not available for
  // orders over $1,000" under the list, tied to Sezzle's radio) is that option's, no option itself.
  const hits = found.filter(
    (hit) => hit.kind !== 'name' || !associations.describesNamedControl(hit.element, hit.name.pattern),
  );
  const names = hits.filter((hit): hit is Extract<Hit, { kind: 'name' }> => hit.kind === 'name');
  const candidates = scoped
    ? [
        {
          container: known,
          rows: alikeRows(
            rowsOf(
              known,
              names.filter(({ element }) => known.contains(element)),
              names,
            ),
            names,
            compiled.limits,
          ),
        },
      ]
    : candidateSteps(withSections(hits, doc.body, compiled), compiled.limits);
  const assessed = candidates.flatMap((step) => {
    const read = assess(step, associations, compiled, scoped === true);
    const kept = read && withoutStrays(read);
    return kept?.options.some(({ offers }) => offers) ? [kept] : [];
  });
  const read = paymentStep(scoped ? assessed : withoutMentions(assessed, candidates, associations, compiled));

  if (!read) return null;
  const container = read.step.container;
  // A mention whose nearest block is the whole page (a product page's badge) is no payment step.
  if (container === doc.body || container === doc.documentElement) return null;
  const total = findTotal(
    doc,
    labels,
    vocabulary,
    compiled,
    read.options.map(({ row }) => row.element),
  );
  // The total's own mark says its currency (£, A$, EUR); the shop's is the fallback.
  const currency = total?.currency ?? vocabulary.currency;
  const perProgram = new Map<ProgramId, DetectedOption[]>();
  const wallets = new Set<WalletId>();
  const judged = (asRead: RowState) =>
    asRead.limit && total && withinLimit(asRead.limit, total.amount, compiled.words, currency)
      ? meetsLimit(asRead)
      : asRead;
  for (const { row, state: asRead, plan, planState } of read.options) {
    const state = judged(asRead);
    const { wallet, currencies, payNow } = row.hit.name;
    if (wallet) wallets.add(wallet);
    const another =
      (currencies && !currencies.includes(currency)) || (payNow && paysNow(row.hit, payNow, compiled.keywords));
    const named = another ? undefined : offeredIn(row, compiled);
    for (const found of [named, plan]) {
      if (!found) continue;
      // A plan with a choice of its own inside the wallet's option is as that choice is, while the
      // option can be picked at all.
      const its = found === plan && planState && state.state !== 'unavailable' ? judged(planState) : state;
      const option: DetectedOption = {
        program: found,
        label: bounded(
          pageText(row.element) || liveNode(row.hit.node as Element).getAttribute?.('alt') || '',
          MAX_OPTION_LABEL,
        ),
        state: its.state,
        ...(its.reason ? { reason: its.reason } : {}),
        ...(its.selected ? { selected: true } : {}),
      };
      perProgram.set(found, [...(perProgram.get(found) ?? []), option]);
    }
  }
  const options = [...perProgram.values()].flatMap((found) => merge(found) ?? []);
  // Only names of other companies' products (AfterPay on a euro checkout): no program of ours.
  if (options.length === 0) return null;
  return {
    paymentStep: container,
    ...(total ? { totalElement: total.element } : {}),
    signals: {
      site: vocabulary.site,
      currency,
      ...(total ? { total: total.amount } : {}),
      options,
      wallets: [...wallets],
    },
  };
}

// The button may carry the amount or a count: 立即支付¥19.90, 提交订单(2).
const SUBMIT =
  /^(?:提交订单|(?:立即|确认|去)(?:支付|付款|下单)|确认交易|同意并付款)(?:[(（]\d+[)）]|[¥￥]?[\d.,]+元?)?$/;

/** A button's words that place the order, after the way it pays: 先用后付 0元下单, 花呗分期 提交订单. */
const ORDER_BUTTON_TEXT = /(?:下单|提交订单)\s*$/;

/** The first characters of SUBMIT's phrases. */
const SUBMIT_START = /[提立确去同]/;

/** The longest text a control that places the order is written with. */
const SUBMIT_WORDS = 24;

/** Whether a click on `target` is the shopper placing the order (提交订单, 立即支付, …). */
export function isSubmitControl(target: Element): boolean {
  let element: Element | null = target;
  for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
    const words = (element.getAttribute('value') || element.textContent || '').replace(/\s+/g, '');
    if (words.length > SUBMIT_WORDS) return false;
    if (SUBMIT.test(words)) return true;
  }
  return false;
}
