import { restyle } from './styled';

/**
 * Changes a shop's redesign makes without changing what a shopper sees, for property tests of the
 * reader: each takes a page and a source of randomness and rewrites the page in place.
 */
export type Transformation = (doc: Document, random: () => number) => void;

/** A small seeded generator, so that fast-check can shrink a failing case to its seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];
const hash = (random: () => number) => Math.floor(random() * 36 ** 5).toString(36);

const NOT_WRAPPED = new Set([
  'HTML',
  'HEAD',
  'BODY',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'LI',
  'TR',
  'TD',
  'TH',
  'TBODY',
  'THEAD',
  'TFOOT',
  'OPTION',
  'SUMMARY',
  'LEGEND',
  'DT',
  'DD',
  'META',
  'LINK',
  'TITLE',
]);
const STRUCTURED_PARENTS = new Set(['UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'SELECT', 'DL', 'DETAILS']);
const INLINE = new Set(['SPAN', 'EM', 'I', 'B', 'STRONG', 'SMALL', 'A', 'LABEL', 'INPUT', 'IMG', 'SVG', 'BUTTON']);
/** Class names whose words say a state: a CSS-modules build keeps the local name beside the hash. */
const STATE_WORD = /select|check|active|disabl|unavail|on|cur|gr[ae]y|dis|hid|show|open|fold|collapse|expand|more/i;

function bodyElements(doc: Document): Element[] {
  return [...doc.body.querySelectorAll('*')];
}

/** A component's child shows where the component's slot for it is: a wrapper around it (or its children bared) moves it elsewhere, or nowhere. */
const slotted = (element: Element) => !!element.parentElement?.shadowRoot;

/** Class names rehashed, as a new build of CSS modules would, in markup and style sheets alike. */
export const rehashClasses: Transformation = (doc, random) => {
  const names = new Map<string, string>();
  const renamed = (name: string) => {
    let known = names.get(name);
    if (!known) {
      known = STATE_WORD.test(name) || random() < 0.5 ? `${name}_${hash(random)}` : `_${hash(random)}`;
      names.set(name, known);
    }
    return known;
  };
  for (const element of doc.querySelectorAll('[class]'))
    element.setAttribute(
      'class',
      (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).map(renamed).join(' '),
    );
  for (const style of doc.querySelectorAll('style'))
    style.textContent = (style.textContent ?? '').replace(/\.(-?[_a-zA-Z][\w-]*)/g, (whole, name: string) => {
      const known = names.get(name);
      return known ? `.${known}` : whole;
    });
};

/** Wrapper elements added around a few elements. */
export const addWrappers: Transformation = (doc, random) => {
  const candidates = bodyElements(doc).filter(
    (element) =>
      !NOT_WRAPPED.has(element.tagName) &&
      !STRUCTURED_PARENTS.has(element.parentElement?.tagName ?? '') &&
      !slotted(element),
  );
  for (let count = 1 + Math.floor(random() * 6); count > 0; count--) {
    const element = pick(random, candidates);
    if (!element?.parentElement) continue;
    // A framework's text element (customElements' uni-text) is inline, as the span it stands for.
    const inline = INLINE.has(element.tagName) || /-TEXT(?:-CORE)?$/.test(element.tagName);
    const wrapper = doc.createElement(inline ? 'span' : 'div');
    wrapper.setAttribute('class', `w_${hash(random)}`);
    element.before(wrapper);
    wrapper.append(element);
  }
};

/** Wrapper elements that carry nothing (no attributes) taken away, their content kept in place. */
export const removeWrappers: Transformation = (doc, random) => {
  for (const element of bodyElements(doc))
    if (
      (element.tagName === 'DIV' || element.tagName === 'SPAN') &&
      element.attributes.length === 0 &&
      !STRUCTURED_PARENTS.has(element.parentElement?.tagName ?? '') &&
      !slotted(element) &&
      random() < 0.7
    )
      element.replaceWith(...element.childNodes);
};

/** A radio or checkbox inside its label moved out before it, tied back by `for`. */
export const splitLabels: Transformation = (doc, random) => {
  for (const label of doc.querySelectorAll('label:not([for])')) {
    const inputs = label.querySelectorAll('input[type=radio],input[type=checkbox]');
    const [input] = inputs;
    if (inputs.length !== 1 || !input || random() < 0.4) continue;
    if (!input.id) input.id = `i_${hash(random)}`;
    label.setAttribute('for', input.id);
    label.before(input);
  }
};

/** Lists turned into divs with list roles. */
export const listsToDivs: Transformation = (doc, random) => {
  const replace = (element: Element, role: string) => {
    const div = doc.createElement('div');
    for (const { name, value } of element.attributes) div.setAttribute(name, value);
    if (!div.hasAttribute('role')) div.setAttribute('role', role);
    div.append(...element.childNodes);
    element.replaceWith(div);
    return div;
  };
  for (const list of doc.querySelectorAll('ul,ol')) {
    if (random() < 0.4) continue;
    const div = replace(list, 'list');
    for (const item of [...div.children]) if (item.tagName === 'LI') replace(item, 'listitem');
  }
};

function classNames(element: Element): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Siblings drawn alike (a class in common, or the same tag and no class): a list's items. */
function alikeChildren(parent: Element, children = [...parent.children]): Element[] | undefined {
  if (children.length < 2) return undefined;
  const [first] = children;
  if (!first) return undefined;
  const shared = classNames(first).filter((name) => children.every((child) => classNames(child).includes(name)));
  const plain = children.every((child) => child.tagName === first.tagName && classNames(child).length === 0);
  return shared.length > 0 || plain ? children : undefined;
}

/**
 * A list's items among its other children: the siblings of one tag drawn alike. A framework's mode
 * class on every child (Ionic's "md" on a list's header, items and note) makes no header an item.
 */
function listItems(parent: Element): Element[] | undefined {
  const children = [...parent.children];
  const counts = new Map<string, number>();
  for (const child of children) counts.set(child.tagName, (counts.get(child.tagName) ?? 0) + 1);
  const tag = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const items = children.filter((child) => child.tagName === tag);
  return items.length >= 2 && alikeChildren(parent, items) ? items : undefined;
}

/**
 * A list's items less a header drawn as one of them but for its own class (Taro's <taro-view-core
 * class="od-title hydrated">支付方式</…> over items of class "pay-way-item hydrated"): the class every
 * item has is the framework's mark, not the list's.
 */
function withoutHeader(items: Element[] | undefined, names: RegExp): Element[] | undefined {
  if (!items) return undefined;
  const marks = classNames(items[0] as Element).filter((name) =>
    items.every((item) => classNames(item).includes(name)),
  );
  const own = (item: Element) => classNames(item).filter((name) => !marks.includes(name));
  const apart = (item: Element) =>
    own(item).length > 0 &&
    !names.test(item.textContent ?? '') &&
    items.every((other) => other === item || !own(other).some((name) => own(item).includes(name)));
  // A title that sums up the choice names a way to pay too (支付方式 · 已选 京东白条): it stays on top.
  const title = (item: Element) => item === items[0] && STEP_TITLE.test(item.textContent ?? '');
  const kept = items.filter((item) => !apart(item) && !title(item));
  return kept.length >= 2 ? kept : undefined;
}

const STEP_TITLE = /^\s*(?:选择)?(?:支付方式|付款方式)/;

/** The items of lists that name a way to pay, in another order, each with its notes; a header above them stays. */
export function reorderOptions(names: RegExp): Transformation {
  return (doc, random) => {
    for (const parent of bodyElements(doc)) {
      const items = withoutHeader(listItems(parent), names);
      // A list of options: items each naming a way to pay, with no text of the parent's own between
      // them (reordering the parts of a sentence would change what it says).
      const ownText = [...parent.childNodes].some((node) => node.nodeType === 3 && (node as Text).data.trim());
      if (!items || ownText || STRUCTURED_PARENTS.has(parent.tagName)) continue;
      if (items.filter((item) => names.test(item.textContent ?? '')).length < 2) continue;
      // Each item moves with what follows it up to the next item (its note, 暂不可用): still its own.
      const groups = items.map((item) => {
        const group: Node[] = [item];
        for (let next = item.nextSibling; next && !items.includes(next as Element); next = next.nextSibling)
          group.push(next);
        return group;
      });
      const first = items[0] as Element;
      const place = doc.createComment('');
      first.before(place);
      for (let i = groups.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [groups[i], groups[j]] = [groups[j] as Node[], groups[i] as Node[]];
      }
      place.replaceWith(...groups.flat());
    }
  };
}

function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, 4);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !['SCRIPT', 'STYLE', 'TEMPLATE', 'TEXTAREA', 'OPTION'].includes(parent.tagName))
      found.push(node as Text);
  }
  return found;
}

/** Text split across nodes: two text nodes, or the second part in a span of its own. */
export const splitText: Transformation = (doc, random) => {
  const texts = textNodes(doc).filter((node) => node.data.trim().length > 1);
  // Each text at most once: a sentence in a chain of empty-handed spans is no longer one sentence.
  for (let count = 1 + Math.floor(random() * 12); count > 0 && texts.length > 0; count--) {
    const node = texts.splice(Math.floor(random() * texts.length), 1)[0];
    if (!node?.parentNode) continue;
    // By hand: linkedom has no Text.splitText.
    const at = 1 + Math.floor(random() * (node.data.length - 1));
    const rest = doc.createTextNode(node.data.slice(at));
    node.data = node.data.slice(0, at);
    node.after(rest);
    if (random() < 0.5) {
      const span = doc.createElement('span');
      rest.before(span);
      span.append(rest);
    }
  }
};

/** Prices written with full-width digits and ￥, as some Chinese pages do. */
export const fullWidthPrices: Transformation = (doc) => {
  for (const node of textNodes(doc))
    if (/\d/.test(node.data) && /[¥￥元]|\d\.\d\d/.test(node.data))
      node.data = node.data
        .replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
        .replace(/¥/g, '￥');
};

/**
 * A note saying an option is unavailable moved from inside its option to beside it (or from
 * beside into it): a shopper reads it as the same option's either way.
 */
export function moveNotes(unavailable: RegExp): Transformation {
  return (doc, random) => {
    for (const note of bodyElements(doc)) {
      const text = (note.textContent ?? '').trim();
      if (!unavailable.test(text) || text.length > 40 || note.children.length > 0 || random() < 0.4) continue;
      // A <select>'s option is a choice, not a note: outside its select no browser draws it.
      if (note.closest('select')) continue;
      let row: Element | null = note.parentElement;
      while (row && !(row.parentElement && alikeChildren(row.parentElement)?.includes(row))) row = row.parentElement;
      if (row && row !== note && row.tagName !== 'LABEL' && !row.matches('li')) {
        row.after(note);
        continue;
      }
      const before = note.previousElementSibling;
      // Nothing goes inside a control or an image: no browser draws what an <input> holds.
      if (before?.matches('input,img,br,hr,select,textarea')) continue;
      if (before && note.parentElement && !row && alikeChildren(note.parentElement) === undefined) before.append(note);
    }
  };
}

/**
 * A provider's name written as text drawn as its logo instead (an image whose text alternative is
 * the name), as most Western checkouts draw them: a shopper reads the same name.
 */
export function namesAsLogos(names: RegExp): Transformation {
  return (doc, random) => {
    for (const node of textNodes(doc)) {
      const name = node.data.trim();
      const parent = node.parentElement;
      if (!names.test(name) || !parent || parent.tagName === 'OPTION' || random() < 0.5) continue;
      const logo = doc.createElement('img');
      logo.setAttribute('alt', name);
      logo.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
      node.replaceWith(logo);
    }
  };
}

/**
 * A page's sections in another order. A title drawn as a block of its own (a short text, or one with
 * an aside: 送货清单 … 配送方式) moves with the block it titles: apart, it would title another section.
 */
export const moveSections: Transformation = (doc, random) => {
  let parent: Element = doc.body;
  for (const element of bodyElements(doc)) if (element.children.length > parent.children.length) parent = element;
  const children = [...parent.children].filter((child) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName));
  const sections: Element[][] = [];
  for (const [index, child] of children.entries()) {
    const previous = children[index - 1];
    if (previous && isTitle(previous) && !isTitle(child)) sections.at(-1)?.push(child);
    else sections.push([child]);
  }
  for (let i = sections.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sections[i], sections[j]] = [sections[j] as Element[], sections[i] as Element[]];
  }
  parent.append(...sections.flat());
};

const TITLE_TEXT = 40;
/** What a title never holds: blocks and controls are a section's content. */
const CONTENT = 'div,p,ul,ol,li,dl,table,section,form,fieldset,input,select,label,button';
/** What a title row never holds, beside its heading. */
const TITLE_ROW_CONTENT = 'ul,ol,li,dl,table,section,form,fieldset,input,select,label,button,img';

function isTitle(element: Element): boolean {
  // A wrapper around a title alone is the title.
  const only = element.firstElementChild;
  if (only && element.children.length === 1 && (element.textContent ?? '').trim() === (only.textContent ?? '').trim())
    return isTitle(only);
  if (/^H[1-6]$/.test(element.tagName)) return true;
  const text = (element.textContent ?? '').trim();
  // A title row: its heading and a short aside (<h3>送货清单</h3><div><a>返回修改购物车</a></div>).
  if (
    element.querySelector('h1,h2,h3,h4,h5,h6') &&
    text.length <= TITLE_TEXT &&
    !element.querySelector(TITLE_ROW_CONTENT)
  )
    return true;
  return text !== '' && text.length <= TITLE_TEXT && element.querySelector(CONTENT) === null;
}

/** Whether each original element is hidden, by the page's styles and attributes: what a shopper sees. */
export function visibility(doc: Document): Map<string, boolean> {
  restyle(doc);
  const view = doc.defaultView as unknown as { getComputedStyle(element: Element): Record<string, string> };
  const hidden = (element: Element): boolean => {
    for (let box: Element | null = element; box; box = box.parentElement) {
      if (box.hasAttribute('hidden') || box.tagName === 'TEMPLATE') return true;
      const style = view.getComputedStyle(box);
      if (style.display === 'none') return true;
      if (/^0(?:px)?$/.test(style.height ?? '') && (style.overflowY ?? 'visible') !== 'visible') return true;
    }
    return view.getComputedStyle(element).visibility === 'hidden';
  };
  const seen = new Map<string, boolean>();
  for (const element of doc.querySelectorAll('[data-t]'))
    seen.set(element.getAttribute('data-t') ?? '', hidden(element));
  return seen;
}

/** Marks every element, so that what a transformation kept can be compared with what it was. */
export function mark(doc: Document): void {
  let index = 0;
  for (const element of bodyElements(doc)) element.setAttribute('data-t', String(index++));
}

/** Whether every marked element still there is hidden exactly when it was. */
export function sameVisibility(before: Map<string, boolean>, after: Map<string, boolean>): boolean {
  for (const [id, hidden] of after) if (before.has(id) && before.get(id) !== hidden) return false;
  return true;
}

/**
 * Landmarks drawn as divs, as pages built before (or without) HTML5 sectioning are: <footer> as
 * <div id="footer">, <div class="site-footer"> or a div whose class says nothing at all.
 */
export const landmarksToDivs: Transformation = (doc, random) => {
  for (const landmark of doc.body.querySelectorAll('header,footer,nav,aside')) {
    if (random() < 0.3) continue;
    const div = doc.createElement('div');
    for (const { name, value } of landmark.attributes) div.setAttribute(name, value);
    const tag = landmark.tagName.toLowerCase();
    const marker = pick(random, ['id', 'class', 'site', 'none'] as const);
    if (marker === 'id' && !div.id) div.id = tag;
    else if (marker === 'class' || marker === 'site')
      div.setAttribute('class', `${div.getAttribute('class') ?? ''} ${marker === 'site' ? 'site-' : ''}${tag}`.trim());
    else div.setAttribute('class', `${div.getAttribute('class') ?? ''} _${hash(random)}`.trim());
    div.append(...landmark.childNodes);
    landmark.replaceWith(div);
  }
};

/**
 * Divs and spans drawn as a mini-program framework's custom elements (uni-app's <uni-view> and
 * <uni-text>, Taro's <taro-view-core>), a view a block as the framework's own style sheet makes it.
 */
export const customElements: Transformation = (doc, random) => {
  const [view, text] = pick(random, [
    ['uni-view', 'uni-text'],
    ['taro-view-core', 'taro-text-core'],
  ] as const) ?? ['uni-view', 'uni-text'];
  for (const element of bodyElements(doc)) {
    const tag = element.tagName === 'DIV' ? view : element.tagName === 'SPAN' ? text : undefined;
    if (!tag || random() < 0.3) continue;
    const custom = doc.createElement(tag);
    for (const { name, value } of element.attributes) custom.setAttribute(name, value);
    custom.append(...element.childNodes);
    element.replaceWith(custom);
  }
  const style = doc.createElement('style');
  style.textContent = `${view}{display:block}`;
  doc.head.append(style);
};
