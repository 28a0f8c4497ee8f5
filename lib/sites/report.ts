import type { CheckoutVocabulary } from './dom';
import { NOT_TEXT } from './text';
import type { CheckoutReading } from './types';
import { CHINESE } from './words';

/** Attributes that tell how a payment step works; every other attribute is left out. */
const KEPT_ATTRIBUTES = new Set([
  'role',
  'type',
  'disabled',
  'checked',
  'selected',
  'hidden',
  'inert',
  'tabindex',
  'aria-checked',
  'aria-selected',
  'aria-pressed',
  'aria-disabled',
  'aria-hidden',
  'aria-expanded',
]);
/** Attributes that point at other elements by id: the ids are replaced by stable tokens. */
const REFERENCES = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls']);
/** Words of a class name that say a state; the rest of a class name becomes a token (c1, c2, …). */
const STATE_CLASS = /select|check|active|disabl|unavail|gr[ae]y|hid|show|open|fold|collapse|expand|on$|cur/i;
// A price's digits may be grouped by spaces ("1 595,00 kr"); a space joins only a group of three.
const AMOUNT = String.raw`\d(?:[\d,.]|[ \u00a0\u202f](?=\d{3}))*`;
const PRICE_SHAPE = new RegExp(
  String.raw`(?:[¥￥$€£]|\b(?:kr|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON)\.?)\s*${AMOUNT}|${AMOUNT}\s*(?:元|€|kr\b\.?|zł|Kč|Ft\b|lei\b|SEK|NOK|DKK|CHF|PLN|CZK|HUF|RON)`,
  'g',
);
const MAX_REPORT = 20_000;
const MAX_DEPTH = 30;

/**
 * A redacted outline of a checkout's payment step (and its total), for a shopper to paste into a bug
 * report that becomes a test page: tag names, roles, the attributes that matter (disabled, aria-*,
 * for/id pairs as tokens), class names as tokens unless they name a state, the words the reader
 * knows (programs, wallets, ways to pay, headings, total labels, unavailable and pending words) and
 * the shape of prices (¥#,###.##). Every other text (names, addresses, phone and order numbers) is
 * replaced by …. Nothing is sent anywhere: the shopper copies it.
 */
export function stepReport(reading: CheckoutReading, vocabulary: CheckoutVocabulary): string {
  const words = vocabulary.words ?? CHINESE;
  const known = [
    ...vocabulary.programs.map(({ pattern }) => pattern),
    ...vocabulary.wallets.map(({ pattern }) => pattern),
    words.methods,
    words.heading,
    words.otherHeading,
    ...words.totals,
    words.unavailable,
    words.pending,
  ];
  const tokens = new Map<string, string>();
  const token = (kind: string, value: string) => {
    const key = `${kind}:${value}`;
    let found = tokens.get(key);
    if (!found) {
      found = `${kind}${[...tokens.keys()].filter((other) => other.startsWith(`${kind}:`)).length + 1}`;
      tokens.set(key, found);
    }
    return found;
  };
  const lines: string[] = [];
  let size = 0;
  const emit = (depth: number, line: string) => {
    if (size > MAX_REPORT) return;
    const indented = `${'  '.repeat(depth)}${line}`;
    size += indented.length + 1;
    lines.push(size > MAX_REPORT ? `${'  '.repeat(depth)}… (cut)` : indented);
  };
  const attributes = (element: Element) => {
    const kept: string[] = [];
    for (const { name, value } of element.attributes) {
      if (name === 'class') {
        const names = value.split(/\s+/).filter(Boolean);
        if (names.length > 0)
          kept.push(
            `class="${names.map((part) => (STATE_CLASS.test(part) ? part.replace(/[^\w-]/g, '') : token('c', part))).join(' ')}"`,
          );
      } else if (REFERENCES.has(name)) {
        kept.push(
          `${name}="${value
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => token('id', id))
            .join(' ')}"`,
        );
      } else if (KEPT_ATTRIBUTES.has(name) || name.startsWith('aria-')) {
        // aria-label and its like are page text: redacted like any other.
        const text =
          name === 'aria-label' || name === 'aria-valuetext' ? redact(value) : value.replace(/[^\w\s-]/g, '');
        kept.push(value === '' ? name : `${name}="${text.slice(0, 40)}"`);
      }
    }
    return kept.length > 0 ? ` ${kept.join(' ')}` : '';
  };
  /** Keeps the known words and the shape of prices; the rest of the text becomes …. */
  const redact = (text: string) => {
    const kept: { at: number; end: number; text: string }[] = [];
    for (const pattern of known)
      for (const match of text.matchAll(new RegExp(pattern.source, `g${pattern.flags.replace('g', '')}`)))
        kept.push({ at: match.index, end: match.index + match[0].length, text: match[0] });
    for (const match of text.matchAll(PRICE_SHAPE))
      kept.push({ at: match.index, end: match.index + match[0].length, text: match[0].replace(/\d/g, '#') });
    kept.sort((a, b) => a.at - b.at);
    let out = '';
    let at = 0;
    for (const part of kept) {
      if (part.at < at) continue;
      if (text.slice(at, part.at).trim()) out += '…';
      out += part.text;
      at = part.end;
    }
    if (text.slice(at).trim()) out += '…';
    return out;
  };
  const walk = (node: Node, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (node.nodeType === 3) {
      const text = (node as Text).data.replace(/\s+/g, ' ').trim();
      if (text) emit(depth, JSON.stringify(redact(text)));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (NOT_TEXT.has(element.tagName) || tag === 'svg' || tag === 'img') {
      // An image's alt text names a provider on many Western checkouts.
      const alt = element.getAttribute('alt');
      emit(depth, `<${tag}${attributes(element)}${alt ? ` alt=${JSON.stringify(redact(alt))}` : ''}>`);
      return;
    }
    emit(depth, `<${tag}${attributes(element)}>`);
    for (const child of element.childNodes) walk(child, depth + 1);
  };
  emit(0, `payment step (${vocabulary.site}):`);
  walk(reading.paymentStep, 1);
  if (reading.totalElement && !reading.paymentStep.contains(reading.totalElement)) {
    emit(0, 'total:');
    walk(reading.totalElement, 1);
  }
  return lines.join('\n');
}
