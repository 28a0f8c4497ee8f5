/** Elements whose text a shopper never reads as page text. */
export const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * One pattern for all of `patterns`, for `textsWith`. Every pattern must be an alternation of
 * plain words (a lookahead such as `(?!分)` only narrows it, and is dropped), so that a text none of
 * these words occurs in can match none of the patterns.
 */
export function keywordPattern(patterns: readonly RegExp[]): RegExp {
  const words = patterns.flatMap((pattern) => pattern.source.replace(/\(\?!.*?\)/g, '').split('|'));
  return new RegExp(words.join('|'), 'i');
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

/** Past this many elements each, two blocks are counted natively rather than walked side by side. */
const SIDE_BY_SIDE_ELEMENTS = 1000;

/** How many elements `node` holds, counted natively. */
function elementsIn(node: Node): number {
  return node.nodeType === 1 ? (node as Element).querySelectorAll('*').length : 0;
}

/**
 * Whether `a` holds fewer elements than `b` (negative), as many (zero) or more. Both are walked side
 * by side only as far as the smaller goes, so telling a short block from a 15,000-element goods
 * list costs the short block: counting the list, even natively, cost a millisecond per read. Two
 * big blocks are counted natively, where walking both would cost more.
 */
function bySize(a: Node, b: Node): number {
  const walk = (node: Node) => (node.nodeType === 1 ? node.ownerDocument?.createTreeWalker(node, 1) : undefined);
  const walkA = walk(a);
  const walkB = walk(b);
  for (let walked = 0; walked < SIDE_BY_SIDE_ELEMENTS; walked++) {
    const moreA = walkA?.nextNode() != null;
    const moreB = walkB?.nextNode() != null;
    if (moreA !== moreB) return moreA ? 1 : -1;
    if (!moreA) return 0;
  }
  return elementsIn(a) - elementsIn(b);
}

/** What a child adds to its parent's textContent: comments and processing instructions add nothing. */
function ownText(node: Node): string {
  if (node.nodeType === 1) return node.textContent ?? '';
  return node.nodeType === 3 || node.nodeType === 4 ? (node as CharacterData).data : '';
}

/**
 * The places under `root` that hold a keyword, in document order, outside scripts and the like: each
 * text node that contains one, and each element whose text holds one that no single child of it
 * holds (a name split across nodes, 先用<b>后付</b>). `words` must match context-free (plain words),
 * as `keywordPattern` gives them.
 *
 * An element's text is its children's texts end to end, so where the keywords fall in it tells
 * which children hold them. Children are read from both ends inward, small blocks before big ones
 * and else from the end nearer a keyword, and reading stops once no keyword is left between: a long
 * goods list beside the payment step is never read, and the last child left is cut from its
 * parent's text rather than built again. A 15,000-element checkout costs its body text once and a
 * few small blocks, not a text per level.
 */
export function textsWith(root: Element, words: RegExp, rootText = root.textContent ?? ''): (Text | Element)[] {
  const global = new RegExp(words.source, `g${words.flags.replace('g', '')}`);
  const visit = (element: Element, text: string, found: (Text | Element)[]): void => {
    const spans = spansOf(text, global);
    const children = element.childNodes;
    // Children [front, back] are unread and hold text[from, to); spans [first, last] (pairs) overlap it.
    let front = 0;
    let back = children.length - 1;
    let from = 0;
    let to = text.length;
    let first = 0;
    let last = spans.length / 2 - 1;
    const fromBack: (Text | Element)[][] = [];
    // The text ranges of the children read: a span inside none of them is split across children.
    const ranges: number[] = [];
    const inside: (Text | Element)[] = [];
    while (front <= back && first <= last) {
      // A big block is best left for last, when its text is cut from its parent's rather than built.
      const smaller = front === back ? 0 : bySize(children[front] as Node, children[back] as Node);
      const fromFront = smaller === 0 ? (spans[2 * first] ?? 0) - from <= to - (spans[2 * last + 1] ?? 0) : smaller < 0;
      const child = children[fromFront ? front : back] as Node;
      const childText = front === back ? text.slice(from, to) : ownText(child);
      const into = fromFront ? inside : [];
      if (fromFront) {
        front++;
        ranges.push(from, from + childText.length);
        from += childText.length;
      } else {
        back--;
        ranges.push(to - childText.length, to);
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
    for (let i = 0; i < spans.length; i += 2) {
      const start = spans[i] ?? 0;
      const end = spans[i + 1] ?? 0;
      let held = false;
      for (let j = 0; j < ranges.length && !held; j += 2)
        held = start >= (ranges[j] ?? 0) && end <= (ranges[j + 1] ?? 0);
      if (!held) {
        // An element comes before its descendants in document order.
        found.push(element);
        break;
      }
    }
    found.push(...inside);
    for (let i = fromBack.length - 1; i >= 0; i--) found.push(...(fromBack[i] ?? []));
  };
  const found: (Text | Element)[] = [];
  visit(root, rootText, found);
  return found;
}
