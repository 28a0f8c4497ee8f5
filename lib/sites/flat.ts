/**
 * Pages built of web components (Salesforce's LWR storefronts, Ionic, Shoelace, Lit) draw their
 * payment step inside shadow roots, where a document's own queries and text never reach. The reader
 * reads such a page as the shopper sees it: a copy of the document with every open shadow root drawn
 * in its host's place and the host's own children where its slots put them (the flat tree).
 */

import { simplified } from './hant';

/** Attributes whose words the reader reads (logos' names, controls' labels and values). */
const WORDED_ATTRIBUTES = ['alt', 'title', 'aria-label', 'value', 'label', 'placeholder'];

/** What each copied node was copied from: the live node, which has a box and styles. */
const LIVE = new WeakMap<Node, Node>();

/** The live node `node` was copied from, or `node` itself where it is no copy. */
export function liveNode<T extends Node>(node: T): T {
  return (LIVE.get(node) as T | undefined) ?? node;
}

/**
 * The page's own words of `element`: for a copy, its texts as the live page writes them (a
 * Traditional page's 額度不足, not the copy's 额度不足), as long as the copy's; else its textContent.
 */
export function pageText(element: Element): string {
  if (!LIVE.has(element)) return element.textContent ?? '';
  let text = '';
  const walker = (element.ownerDocument as Document).createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (liveNode(node) as Text).data;
  return text;
}

/** How far above a program's name its shadow host may be (a radio's label slotted into the radio). */
const HOST_DISTANCE = 8;
/** How many of the page's elements are looked at for a component's host: the top of a long page. */
const HOST_SEARCH = 2000;
/** How many shadow roots are looked into, however deep. */
const MAX_ROOTS = 200;
/** A copy stops here: a page this large drawn in shadow roots is no checkout we know. */
const MAX_NODES = 60_000;

/**
 * The open shadow roots of the components among the page's first elements, and of those within
 * them, however deep. Components are custom elements (a hyphen in the name): others are rarely
 * hosts, and cost a look each.
 */
export function shadowRootsNear(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (within: Node, limit: number) => {
    const walker = doc.createTreeWalker(within, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let seen = 0; seen < limit && roots.length < MAX_ROOTS; seen++) {
      const element = walker.nextNode() as Element | null;
      if (!element) return;
      const root = element.localName.includes('-') ? element.shadowRoot : null;
      if (!root) continue;
      roots.push(root);
      visit(root, Number.POSITIVE_INFINITY);
    }
  };
  if (doc.body) visit(doc.body, HOST_SEARCH);
  return roots;
}

/**
 * Whether the page may draw a payment step in shadow roots: a component around one of `named` (the
 * nodes that name a program: a radio's label slotted into it), or a shadow root near the top of the
 * page that names a program in its own text or logos (`programs`). Most pages have no components,
 * and a promotion bar's shadow root names no program, so the flat tree is rarely drawn.
 */
export function mayDrawInShadow(doc: Document, named: readonly Node[], programs: RegExp): boolean {
  for (const node of named) {
    let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    for (let up = 0; element && up < HOST_DISTANCE; up++, element = element.parentElement)
      if (element.shadowRoot) return true;
  }
  return shadowRootsNear(doc).some(
    (root) =>
      // Its children's text: a fragment's own textContent is null in some DOMs.
      programs.test([...root.childNodes].map((child) => child.textContent ?? '').join('')) ||
      [...root.querySelectorAll('img[alt],[aria-label]')].some((logo) =>
        programs.test(logo.getAttribute('alt') ?? logo.getAttribute('aria-label') ?? ''),
      ),
  );
}

/** The light children a slot shows: those assigned to its name, else its own (fallback) content. */
function slotted(slot: Element, host: Element): Node[] {
  const name = slot.getAttribute('name') ?? '';
  const assigned = [...host.childNodes].filter((child) =>
    child.nodeType === 1
      ? ((child as Element).getAttribute('slot') ?? '') === name
      : name === '' && child.nodeType === 3,
  );
  return assigned.length > 0 ? assigned : [...slot.childNodes];
}

/**
 * A copy of `doc` as the flat tree draws it, or null where no open shadow root holds content. The copy
 * is an inert document: nothing in it loads or runs. `liveNode` maps its nodes back to the page's.
 * `simplify`: a page in Traditional Chinese, copied (shadow roots or not) with its words in Simplified
 * characters (see hant.ts).
 */
export function flatDocument(doc: Document, simplify = false): Document | null {
  if (!doc.documentElement) return null;
  const flat = doc.cloneNode(false) as Document;
  let copied = 0;
  let shadowed = false;
  // Each node is copied knowing the host whose shadow tree holds it (null: the document's own tree);
  // a slot shows its host's light children, which belong to the tree the host itself is in.
  const treeOf = new Map<Element, Element | null>();
  const copyInto = (parent: Node, source: Node, host: Element | null): void => {
    if (++copied > MAX_NODES) return;
    if (source.nodeType === 1) {
      const element = source as Element;
      if (element.localName === 'script') return;
      if (host && element.localName === 'slot') {
        // The slot draws what it shows in its own place (it has no box of its own).
        for (const shown of slotted(element, host)) copyInto(parent, shown, treeOf.get(host) ?? null);
        return;
      }
      const copy = flat.importNode(element, false);
      LIVE.set(copy, element);
      if (simplify)
        for (const name of WORDED_ATTRIBUTES) {
          const value = copy.getAttribute(name);
          if (value) copy.setAttribute(name, simplified(value));
        }
      const root = element.shadowRoot;
      if (root) {
        shadowed = true;
        treeOf.set(element, host);
      }
      for (const child of (root ?? element).childNodes) copyInto(copy, child, root ? element : host);
      // A subtree goes in whole (linkedom, which the tests parse with, loses nodes added to a placed parent).
      parent.appendChild(copy);
      return;
    }
    if (source.nodeType !== 3) return;
    const copy = flat.importNode(source, false) as Text;
    LIVE.set(copy, source);
    if (simplify) copy.data = simplified(copy.data);
    parent.appendChild(copy);
  };
  copyInto(flat, doc.documentElement, null);
  return (shadowed || simplify) && copied <= MAX_NODES ? flat : null;
}
