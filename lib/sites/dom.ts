import type { ProgramId, SiteId, WalletId } from '../ids';
import { parsePrice } from '../money';
import type { CheckoutReading, DetectedOption, OptionState } from './types';

/** Longest page text we keep for a label or reason: enough to read, too short to smuggle much. */
const MAX_LABEL = 80;

/** An element's visible text, whitespace collapsed and bounded. */
function textOf(element: Element, max = MAX_LABEL): string {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface ProgramPattern {
  readonly program: ProgramId;
  readonly pattern: RegExp;
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
  /** Elements known to hold the payable total on this shop, tried before the generic labels. */
  readonly totalSelector?: string;
}

/** One pattern matching any of the vocabulary's program names. */
export function programWords(vocabulary: CheckoutVocabulary): RegExp {
  return new RegExp(vocabulary.programs.map(({ pattern }) => pattern.source).join('|'));
}

/** Patterns built once per vocabulary: a content script's reads run cold, so every step saved counts. */
const compiled = new WeakMap<CheckoutVocabulary, { readonly programs: RegExp; readonly keywords: RegExp }>();

function patternsOf(vocabulary: CheckoutVocabulary): { readonly programs: RegExp; readonly keywords: RegExp } {
  let patterns = compiled.get(vocabulary);
  if (!patterns) {
    patterns = { programs: programWords(vocabulary), keywords: new RegExp(keywords(vocabulary).join('|')) };
    compiled.set(vocabulary, patterns);
  }
  return patterns;
}

// 不可用 covers 暂不可用.
const UNAVAILABLE_TEXT = /不可用|暂时无法|无法使用|不支持|(?:额度|芝麻分|支付分)不足|未开通/;

// Things a shopper can pick on a payment step, whatever framework drew them. Links count only when
// they go nowhere (href="#", javascript:): a link to another page is navigation, not an option.
const OPTION_SELECTOR =
  'li,label,button,[role=radio],[role=switch],[role=option],[role=checkbox],[role=button],[tabindex="0"],a[href^="#"],a[href^="javascript"]';
const CONTROL_SELECTOR = 'input[type=radio],input[type=checkbox],[role=radio],[role=switch],[role=checkbox]';
const NAVIGATING_LINK = 'a[href]:not([href^="#"]):not([href^="javascript"])';
const HIDDEN = '[hidden],[aria-hidden=true],[style*="display:none"],[style*="display: none"]';
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/** A step heading: short text naming the way to pay (支付方式, 选择付款方式, …). */
const HEADING = /支付方式|付款方式/;
/** Labels of the payable total, strongest first: 合计 can be a shop's subtotal, 订单金额 may precede discounts. */
const TOTAL_LABELS = [/应付|实付|需付款|需支付|待支付|支付金额|付款金额/, /合计|总计/, /订单金额|订单总额/];
/** Text longer than this is prose (a help text, a description), not a heading or a label. */
const MAX_LABEL_TEXT = 40;
/** Options of one payment step sit this close to their shared container. */
const MAX_STEP_DEPTH = 4;
// Case matters: camelCase class names (originPrice) end a word at a capital.
const STRUCK_CLASS = /(?:^|[-_\s])(?:[Dd]el|[Oo]rigin(?:al)?|[Ss]trike)(?![a-z])/;
const PRICE = /[¥$]\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*元/;
/** Nodes looked at after a total label: a price follows its label closely. */
const MAX_PRICE_STEPS = 100;
const BARE_NUMBER = /^[:\s]*(\d[\d,]*(?:\.\d+)?)(?![\d.,])/;

function looksDisabled(element: Element): boolean {
  if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') return true;
  return /disable|unavailable|forbid/i.test(element.getAttribute('class') ?? '');
}

function looksSelected(element: Element): boolean {
  return (
    element.getAttribute('aria-checked') === 'true' ||
    element.getAttribute('aria-selected') === 'true' ||
    // No instanceof: page realms and Firefox's wrappers make it unreliable.
    // The property is the live state; DOMs without it (linkedom) have only the attribute.
    (element.tagName === 'INPUT' && ((element as HTMLInputElement).checked ?? element.hasAttribute('checked'))) ||
    /\b(?:selected|checked|active|current|on)\b/i.test(element.getAttribute('class') ?? '')
  );
}

/**
 * Whether an option says it cannot be chosen, and why. `row` is the option's own block (the list
 * item around a radio, say): its class and its words count too.
 */
function optionState(option: Element, row: Element): { state: OptionState; reason?: string; selected: boolean } {
  const controls = [option, row, ...row.querySelectorAll(CONTROL_SELECTOR)];
  const text = textOf(row, 200);
  const reasonMatch = UNAVAILABLE_TEXT.exec(text);
  if (controls.some(looksDisabled) || reasonMatch) {
    const reason = reasonMatch ? reasonSentence(text, reasonMatch.index) : undefined;
    return reason ? { state: 'unavailable', reason, selected: false } : { state: 'unavailable', selected: false };
  }
  return { state: 'selectable', selected: controls.some(looksSelected) };
}

/** The clause of the option's text that holds the unavailability words, e.g. "额度不足，请选择其他方式". */
function reasonSentence(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(' ', index), 0);
  return text.slice(start, start + MAX_LABEL).trim();
}

/** The nearest element holding all of `elements`. */
function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  let candidate = first?.parentElement ?? null;
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

/** A program or wallet and its pattern; the same object for every text of one read, so compared by identity. */
type Name = (ProgramPattern & { readonly wallet?: never }) | (WalletPattern & { readonly program?: never });

interface Candidate {
  readonly element: Element;
  readonly name: Name;
  /** Position of its naming text among the texts read: document order. */
  readonly order: number;
}

/** The program or wallet a text names first: options lead with their own name and may mention others after. */
function nameIn(text: string, names: readonly Name[]): Name | undefined {
  let best: Name | undefined;
  let bestIndex = Number.POSITIVE_INFINITY;
  let bestLength = 0;
  for (const name of names) {
    const match = name.pattern.exec(text);
    if (match && (match.index < bestIndex || (match.index === bestIndex && match[0].length > bestLength))) {
      best = name;
      bestIndex = match.index;
      bestLength = match[0].length;
    }
  }
  return best;
}

/**
 * The element a shopper would pick for a piece of text: an option-like element, or else (a name
 * beside its radio or switch, options drawn as plain divs) the largest short block naming nothing else.
 */
function optionFor(text: Element, name: Name, names: readonly Name[]): Element | null {
  const option = text.closest(OPTION_SELECTOR);
  if (option) return option;
  const short = (element: Element) => (element.textContent ?? '').replace(/\s+/g, '').length <= MAX_LABEL_TEXT;
  let plain = text;
  for (let parent = plain.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    const words = parent.textContent ?? '';
    if (!short(parent) || names.some((other) => other !== name && other.pattern.test(words))) break;
    plain = parent;
  }
  // A block with a field to fill in (支付宝支付密码：▢) is a form row, not an option.
  return short(plain) && !plain.querySelector('input:not([type=radio]):not([type=checkbox])') ? plain : null;
}

interface PageText {
  readonly nodes: readonly Text[];
  readonly candidates: readonly Candidate[];
  readonly headings: readonly number[];
  /** Indexes into `nodes` of total labels, per strength tier. */
  readonly labels: readonly (readonly number[])[];
}

/**
 * The words any text worth reading contains: names, step headings, total labels. Every pattern is
 * an alternation of plain words (a lookahead such as `(?!分)` only narrows it), so a text none of
 * these words occurs in can match none of the patterns.
 */
export function keywords(vocabulary: CheckoutVocabulary): string[] {
  const patterns = [...vocabulary.programs, ...vocabulary.wallets].map(({ pattern }) => pattern);
  return [...patterns, HEADING, ...TOTAL_LABELS].flatMap((pattern) =>
    pattern.source.replace(/\(\?!.*?\)/g, '').split('|'),
  );
}

/** Where `pattern` matches in `text`, as [start, end) pairs end to end: leftmost, not overlapping. */
function spansOf(text: string, global: RegExp): number[] {
  const spans: number[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    spans.push(match.index, match.index + match[0].length);
    if (match[0] === '') global.lastIndex++;
  }
  return spans;
}

/** How many elements `node` holds: counted natively, far cheaper than building its text. */
function elementsIn(node: Node): number {
  return node.nodeType === 1 ? (node as Element).querySelectorAll('*').length : 0;
}

/** What a child adds to its parent's textContent: comments and processing instructions add nothing. */
function ownText(node: Node): string {
  if (node.nodeType === 1) return node.textContent ?? '';
  return node.nodeType === 3 || node.nodeType === 4 ? (node as CharacterData).data : '';
}

/**
 * The text nodes under `root` that contain a keyword, in document order, outside scripts and the
 * like. `words` must match context-free (plain words, no lookaround), as `keywords` gives them.
 *
 * An element's text is its children's texts end to end, so where the keywords fall in it tells
 * which children hold them. Children are read from both ends inward, small blocks before big ones
 * and else from the end nearer a keyword, and reading stops once no keyword is left between: a long
 * goods list beside the payment step is never read, and the last child left is cut from its
 * parent's text rather than built again. A 15,000-element checkout costs its body text once and a
 * few small blocks, not a text per level.
 */
export function textsWith(root: Element, words: RegExp, rootText = root.textContent ?? ''): Text[] {
  const global = new RegExp(words.source, 'g');
  // A big block is best left for last, when its text is cut from its parent's rather than built.
  const sizes = new Map<Node, number>();
  const size = (node: Node) => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    const elements = elementsIn(node);
    sizes.set(node, elements);
    return elements;
  };
  const visit = (element: Element, text: string, found: Text[]): void => {
    const spans = spansOf(text, global);
    const children = element.childNodes;
    // Children [front, back] are unread and hold text[from, to); spans [first, last] (pairs) overlap it.
    let front = 0;
    let back = children.length - 1;
    let from = 0;
    let to = text.length;
    let first = 0;
    let last = spans.length / 2 - 1;
    const fromBack: Text[][] = [];
    while (front <= back && first <= last) {
      const [frontSize, backSize] =
        front === back ? [0, 0] : [size(children[front] as Node), size(children[back] as Node)];
      const fromFront =
        frontSize === backSize
          ? (spans[2 * first] ?? 0) - from <= to - (spans[2 * last + 1] ?? 0)
          : frontSize < backSize;
      const child = children[fromFront ? front : back] as Node;
      const childText = front === back ? text.slice(from, to) : ownText(child);
      const into = fromFront ? found : [];
      if (fromFront) {
        front++;
        from += childText.length;
      } else {
        back--;
        to -= childText.length;
        fromBack.push(into);
      }
      // Skipping the children left unread is safe: a keyword inside one would have left a span over it.
      if (child.nodeType === 3) {
        if (words.test(childText)) into.push(child as Text);
      } else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).tagName)) {
        visit(child as Element, childText, into);
      }
      while (first <= last && (spans[2 * first + 1] ?? 0) <= from) first++;
      while (first <= last && (spans[2 * last] ?? 0) >= to) last--;
    }
    for (let i = fromBack.length - 1; i >= 0; i--) found.push(...(fromBack[i] ?? []));
  };
  const found: Text[] = [];
  visit(root, rootText, found);
  return found;
}

/** One pass over the page's telling text: options, step headings and total labels, in document order. */
/** `bodyText`, when the caller already has it: a large page's text is costly to build twice. */
function scan(roots: readonly Element[], vocabulary: CheckoutVocabulary, bodyText?: string): PageText {
  const nodes: Text[] = [];
  const byElement = new Map<Element, Candidate>();
  const headings: number[] = [];
  const labels: number[][] = TOTAL_LABELS.map(() => []);
  const words = patternsOf(vocabulary).keywords;
  const names: readonly Name[] = [...vocabulary.programs, ...vocabulary.wallets];
  for (const root of roots) {
    for (const node of textsWith(
      root,
      words,
      bodyText !== undefined && root.tagName === 'BODY' ? bodyText : undefined,
    )) {
      const parent = node.parentElement;
      const data = node.data.trim();
      if (!parent) continue;
      const order = nodes.push(node) - 1;
      if (data.length <= MAX_LABEL_TEXT) {
        if (HEADING.test(data)) headings.push(order);
        const tier = TOTAL_LABELS.findIndex((label) => label.test(data));
        if (tier >= 0) labels[tier]?.push(order);
      }
      const name = nameIn(data, names);
      if (!name || parent.closest(NAVIGATING_LINK) || parent.closest(HIDDEN)) continue;
      const element = optionFor(parent, name, names);
      if (element && !byElement.has(element)) byElement.set(element, { element, name, order });
    }
  }
  // An element holding options of other names is a container, not an option; an option inside
  // another of the same name (a help link in a list item) is part of it.
  const all = [...byElement.values()];
  const inside = (outer: Candidate) => all.filter((inner) => inner !== outer && outer.element.contains(inner.element));
  const containers = new Set(all.filter((outer) => inside(outer).some((inner) => inner.name !== outer.name)));
  const candidates = all.filter(
    (candidate) =>
      !containers.has(candidate) &&
      !all.some((outer) => outer !== candidate && !containers.has(outer) && outer.element.contains(candidate.element)),
  );
  return { nodes, candidates, headings, labels };
}

/** Neighbouring options that share a close container, with no heading between them, form one group: a list of ways to pay. */
function groups(candidates: readonly Candidate[], headings: readonly number[]): Candidate[][] {
  const result: Candidate[][] = [];
  let current: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = current.at(-1);
    const shared = previous ? commonAncestor([previous.element, candidate.element]) : null;
    const depth = shared && previous ? depthBelow(previous.element, shared, MAX_STEP_DEPTH) : Number.POSITIVE_INFINITY;
    const close =
      shared !== null &&
      previous !== undefined &&
      !headings.some((heading) => heading > previous.order && heading < candidate.order) &&
      depth <= MAX_STEP_DEPTH &&
      depthBelow(candidate.element, shared, MAX_STEP_DEPTH) <= MAX_STEP_DEPTH &&
      // Plain blocks (no role, no list item) belong together only as siblings in one structure, so
      // a goods line that names a program does not join the list of ways to pay beside it.
      ((previous.element.matches(OPTION_SELECTOR) && candidate.element.matches(OPTION_SELECTOR)) ||
        depth === depthBelow(candidate.element, shared, MAX_STEP_DEPTH));
    if (!close && current.length > 0) {
      result.push(current);
      current = [];
    }
    current.push(candidate);
  }
  if (current.length > 0) result.push(current);
  return result;
}

const programCount = (group: readonly Candidate[]) => group.filter(({ name }) => name.program).length;

/**
 * The group of options that is the payment step: the one right after a 支付方式 heading if that
 * offers a pay-later program, else the group with the most programs. Page chrome (a 京东白条 link
 * in the header) is a link and never an option; an advert's lone mention loses to the real list.
 */
function paymentGroup(text: PageText): Candidate[] | undefined {
  const all = groups(text.candidates, text.headings);
  for (const heading of text.headings) {
    const after = all.find((group) => (group[0]?.order ?? -1) > heading);
    if (after && programCount(after) > 0) return after;
  }
  let best: Candidate[] | undefined;
  for (const group of all) {
    const programs = programCount(group);
    if (
      programs > 0 &&
      (!best || programs > programCount(best) || (programs === programCount(best) && group.length > best.length))
    )
      best = group;
  }
  return best;
}

/** Climbs from an option to its own block (a list item around a label), never into a neighbour's. */
function rowOf(element: Element, others: readonly Candidate[]): Element {
  let row = element;
  for (let depth = 0; depth < 2; depth++) {
    const parent = row.parentElement;
    if (!parent || parent.tagName === 'BODY') break;
    if (others.some((other) => other.element !== element && parent.contains(other.element))) break;
    if ((parent.textContent ?? '').length > 120) break;
    row = parent;
  }
  return row;
}

function isStruck(element: Element): boolean {
  if (element.closest('del,s,strike,[style*="line-through"]')) return true;
  for (let current: Element | null = element, depth = 0; current && depth < 3; depth++, current = current.parentElement)
    if (STRUCK_CLASS.test(current.getAttribute('class') ?? '')) return true;
  return false;
}

/** The node after `node` in document order, within `root`. */
function nextInTree(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== root; current = current.parentNode)
    if (current.nextSibling) return current.nextSibling;
  return null;
}

/** The price written after a total label: in its own text or the next few text nodes near it. */
function priceAfter(node: Text, label: RegExp): { amount: number; element: Element } | undefined {
  const parent = node.parentElement;
  if (!parent) return undefined;
  let container: Element = parent;
  for (let depth = 0; depth < 2 && container.parentElement && container.parentElement.tagName !== 'BODY'; depth++)
    container = container.parentElement;
  const match = label.exec(node.data);
  let collected = node.data.slice((match?.index ?? 0) + (match?.[0].length ?? 0));
  let last: Element = parent;
  // Prices are often split ("¥", "2399", ".00"): join the next few texts, skipping struck-out prices.
  // The walk starts at the label, not at the top of a container that may hold a long goods list.
  let texts = 0;
  for (
    let next = nextInTree(node, container), steps = 0;
    next && texts < 6 && collected.length < 60 && steps < MAX_PRICE_STEPS;
    next = nextInTree(next, container), steps++
  ) {
    const element = next.parentElement;
    if (next.nodeType !== 3 || !element || NOT_TEXT.has(element.tagName) || (next as Text).data.trim() === '') continue;
    texts++;
    if (isStruck(element)) continue;
    collected += (next as Text).data;
    last = element;
  }
  const normalised = collected.normalize('NFKC');
  const price = PRICE.exec(normalised)?.[0] ?? BARE_NUMBER.exec(normalised)?.[1];
  const amount = price === undefined ? null : parsePrice(price);
  if (amount === null) return undefined;
  return { amount, element: (parent.contains(last) ? parent : commonAncestor([parent, last])) ?? container };
}

/**
 * The payable total: the strongest label the page shows. If that label's places disagree (a
 * shop subtotal beside an order total), there is no total rather than a wrong one.
 */
function findTotal(
  doc: Document,
  text: PageText,
  options: readonly Candidate[],
  selector?: string,
): { amount: number; element: Element } | undefined {
  const known = selector ? doc.querySelector(selector) : null;
  const amount = known ? parsePrice(known.textContent ?? '') : null;
  if (known && amount !== null) return { amount, element: known };
  for (const [tier, indexes] of text.labels.entries()) {
    const label = TOTAL_LABELS[tier];
    if (!label) continue;
    // An option's own amounts (花呗分期 每期应付 ¥30.97) are no order total.
    const outside = indexes.filter(
      (index) => !options.some(({ element }) => element.contains(text.nodes[index] ?? null)),
    );
    const found = outside.flatMap((index) => {
      const node = text.nodes[index];
      return (node && priceAfter(node, label)) || [];
    });
    const [first] = found;
    if (!first) continue;
    return found.every(({ amount: other }) => other === first.amount) ? first : undefined;
  }
  return undefined;
}

/** One program's option from all the page's options naming it: offered if any of them is. */
function merge(options: readonly DetectedOption[]): DetectedOption | undefined {
  const offered = options.filter(({ state }) => state === 'selectable');
  const [first] = offered.length > 0 ? offered : options;
  if (!first) return undefined;
  return offered.some(({ selected }) => selected) ? { ...first, selected: true } : first;
}

/**
 * Reads a checkout's payment step, total and wallets by visible text and role. Null until the page
 * shows a payment step that offers at least one pay-later program. `previous`, the last reading of
 * the same page, lets a re-read look at its payment step and total only.
 */
export function readCheckout(
  doc: Document,
  vocabulary: CheckoutVocabulary,
  previous?: CheckoutReading | null,
): CheckoutReading | null {
  if (!doc.body) return null;
  // A payment step and total already found are re-read alone: a page that keeps changing (live
  // prices, countdowns) then costs a few dozen nodes per read, not the whole document.
  const step = previous?.paymentStep.isConnected ? previous.paymentStep : undefined;
  const total = previous?.totalElement;
  const scoped = step && total?.isConnected;
  // No program named anywhere: no payment step to find. One native text read instead of a scan.
  const bodyText = scoped ? undefined : (doc.body.textContent ?? '');
  if (bodyText !== undefined && !patternsOf(vocabulary).programs.test(bodyText)) return null;
  const roots = scoped ? [step, ...(step.contains(total) ? [] : [total])] : [doc.body];
  const text = scan(roots, vocabulary, bodyText);
  const group = paymentGroup(text);
  if (!group) return null;
  const paymentStep = scoped
    ? step
    : group.length > 1
      ? commonAncestor(group.map(({ element }) => element))
      : group[0]?.element.parentElement;
  // A mention whose nearest block is the whole page (a product page's badge) is no payment step.
  if (!paymentStep || paymentStep === doc.body || paymentStep === doc.documentElement) return null;
  const perProgram = new Map<ProgramId, DetectedOption[]>();
  const wallets = new Set<WalletId>();
  for (const { element, name } of group) {
    if (name.wallet) {
      wallets.add(name.wallet);
      continue;
    }
    const { state, reason, selected } = optionState(element, rowOf(element, group));
    const option: DetectedOption = {
      program: name.program,
      label: textOf(element),
      state,
      ...(reason ? { reason } : {}),
      ...(selected ? { selected } : {}),
    };
    perProgram.set(name.program, [...(perProgram.get(name.program) ?? []), option]);
  }
  const options = [...perProgram.values()].flatMap((found) => merge(found) ?? []);
  const found = findTotal(doc, text, text.candidates, vocabulary.totalSelector);
  return {
    paymentStep,
    ...(found ? { totalElement: found.element } : {}),
    signals: {
      site: vocabulary.site,
      currency: vocabulary.currency,
      ...(found ? { total: found.amount } : {}),
      options,
      wallets: [...wallets],
    },
  };
}

// The button may carry the amount or a count: 立即支付¥19.90, 提交订单(2).
const SUBMIT =
  /^(?:提交订单|(?:立即|确认|去)(?:支付|付款|下单)|确认交易|同意并付款)(?:[(（]\d+[)）]|[¥￥]?[\d.,]+元?)?$/;

/** Whether a click on `target` is the shopper placing the order (提交订单, 立即支付, …). */
export function isSubmitControl(target: Element): boolean {
  let element: Element | null = target;
  for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
    const words = (element.getAttribute('value') || element.textContent || '').replace(/\s+/g, '');
    if (words.length > 24) return false;
    if (SUBMIT.test(words)) return true;
  }
  return false;
}
