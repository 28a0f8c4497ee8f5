import { parseHTML } from 'linkedom';

/**
 * A parsed page whose window computes `display` and `visibility` from the page's own style sheets,
 * as a browser would for what a shopper can see (and the height and
 * overflow of boxes collapsed to nothing). linkedom computes no styles; a full DOM with a
 * cascade (jsdom, happy-dom) costs milliseconds per element. This knows selectors, specificity,
 * `!important`, inline styles and the inheritance of `visibility`: enough for pages that hide
 * their collapsed sections by class. Media queries are those of the browsers' window in the
 * end-to-end tests (a screen 1280 px wide and 720 high, light, with a mouse).
 */
export function styledDocument(html: string): Document {
  const { document } = parseHTML(html);
  attachDeclarativeShadowRoots(document as unknown as Document);
  restyle(document as unknown as Document);
  return document as unknown as Document;
}

/**
 * What a browser's parser does with `<template shadowrootmode>` (server-rendered web components):
 * the template's content becomes its parent's shadow root. linkedom keeps such templates as they are.
 */
function attachDeclarativeShadowRoots(tree: Document | ShadowRoot): void {
  for (const template of tree.querySelectorAll('template[shadowrootmode]')) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    const root = host.attachShadow({ mode });
    while (template.firstChild) root.appendChild(template.firstChild);
    template.remove();
    // A template's content is no part of the tree, so templates within it are found only now.
    attachDeclarativeShadowRoots(root);
  }
}

/** Computes styles anew from the document as it is now: after a change to its elements or sheets. */
export function restyle(document: Document): void {
  const window = document.defaultView as unknown as Record<string, unknown>;
  const rules = styleRules([...document.querySelectorAll('style')].map((style) => style.textContent ?? ''));
  const cache = new Map<Element, Record<string, string>>();
  const computed = (element: Element): Record<string, string> => {
    const known = cache.get(element);
    if (known) return known;
    const declared = new Map<string, { value: string; weight: number[] }>();
    for (const [order, rule] of rules.entries()) {
      let matches = false;
      try {
        matches = element.matches(rule.selector);
      } catch {
        matches = false;
      }
      if (!matches) continue;
      for (const [property, { value, important }] of rule.declarations) {
        const weight = [important ? 1 : 0, 0, ...rule.specificity, order];
        const current = declared.get(property);
        if (!current || compare(weight, current.weight) >= 0) declared.set(property, { value, weight });
      }
    }
    for (const [property, { value, important }] of declarations(element.getAttribute('style') ?? '')) {
      const weight = [important ? 1 : 0, 1, 0, 0, 0, 0];
      const current = declared.get(property);
      if (!current || compare(weight, current.weight) >= 0) declared.set(property, { value, weight });
    }
    const parent = element.parentElement;
    const inherited = (parent && computed(parent).visibility) || 'visible';
    const visibility = declared.get('visibility')?.value ?? inherited;
    const pointerEvents =
      declared.get('pointer-events')?.value ?? ((parent && computed(parent).pointerEvents) || 'auto');
    const overflow = declared.get('overflow')?.value ?? 'visible';
    const style = {
      display: declared.get('display')?.value ?? 'block',
      visibility,
      height: declared.get('height')?.value ?? 'auto',
      width: declared.get('width')?.value ?? 'auto',
      maxHeight: declared.get('max-height')?.value ?? 'none',
      overflowX: overflow,
      overflowY: declared.get('overflow-y')?.value ?? overflow,
      float: declared.get('float')?.value ?? 'none',
      position: declared.get('position')?.value ?? 'static',
      opacity: declared.get('opacity')?.value ?? '1',
      pointerEvents,
      textDecorationLine:
        declared.get('text-decoration-line')?.value ?? declared.get('text-decoration')?.value ?? 'none',
    };
    cache.set(element, style);
    return style;
  };
  Object.assign(window, { getComputedStyle: computed });
}

interface Rule {
  readonly selector: string;
  readonly specificity: readonly [number, number, number];
  readonly declarations: Map<string, { value: string; important: boolean }>;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** What a shopper's seeing a box depends on (a box of a pixel is screen-reader text), what sets a box apart from its line, and a line drawn through a price; `overflow` stands for both of its axes. */
const PROPERTIES = new Set([
  'display',
  'visibility',
  'height',
  'width',
  'max-height',
  'overflow',
  'overflow-y',
  'float',
  'position',
  'text-decoration',
  'text-decoration-line',
  'opacity',
  'pointer-events',
]);

function declarations(text: string): Map<string, { value: string; important: boolean }> {
  const found = new Map<string, { value: string; important: boolean }>();
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    if (!PROPERTIES.has(property)) continue;
    const raw = part.slice(colon + 1).trim();
    const important = /!\s*important$/i.test(raw);
    found.set(property, {
      value: raw
        .replace(/!\s*important$/i, '')
        .trim()
        .toLowerCase(),
      important,
    });
  }
  return found;
}

function specificity(selector: string): [number, number, number] {
  const plain = selector.replace(/:not\(([^)]*)\)/g, ' $1');
  const ids = (plain.match(/#[\w-]+/g) ?? []).length;
  const classes = (plain.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+/g) ?? []).length;
  const tags = (plain.replace(/[#.][\w-]+|\[[^\]]*\]|::?[\w-]+/g, ' ').match(/(?:^|[\s>+~])[a-z][\w-]*/gi) ?? [])
    .length;
  return [ids, classes, tags];
}

/** The window the pages are read in: the end-to-end tests' browsers' (Playwright's default). */
const VIEWPORT = { width: 1280, height: 720 };

/** A length in a media query, in CSS pixels (em and rem are the browser's 16 px). */
function pixels(value: string): number | undefined {
  const match = /^(-?[\d.]+)(px|em|rem)?$/.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'em' || match[2] === 'rem' ? 16 : 1);
}

/** One media feature, as the window answers it: unknown ones do not match. */
function featureHolds(feature: string): boolean {
  const [name = '', value = ''] = feature.split(':').map((part) => part.trim().toLowerCase());
  const length = pixels(value);
  switch (name) {
    case 'min-width':
      return length !== undefined && VIEWPORT.width >= length;
    case 'max-width':
      return length !== undefined && VIEWPORT.width <= length;
    case 'min-height':
      return length !== undefined && VIEWPORT.height >= length;
    case 'max-height':
      return length !== undefined && VIEWPORT.height <= length;
    case 'orientation':
      return value === 'landscape';
    case 'hover':
    case 'any-hover':
      return value === 'hover';
    case 'pointer':
    case 'any-pointer':
      return value === 'fine';
    case 'prefers-color-scheme':
      return value === 'light';
    case 'prefers-reduced-motion':
      return value === 'no-preference';
    default:
      return false;
  }
}

/** Whether a media query list (`screen and (min-width: 768px), print`) matches the window. */
function mediaMatches(list: string): boolean {
  return list.split(',').some((query) => {
    const text = query.trim().toLowerCase();
    const negated = /^not\s/.test(text);
    const parts = text
      .replace(/^(?:not|only)\s+/, '')
      .split(/\s+and\s+/)
      .map((part) => part.trim())
      .filter(Boolean);
    const holds = parts.every((part) => {
      const feature = /^\((.*)\)$/.exec(part);
      if (feature) return featureHolds(feature[1] ?? '');
      return part === 'screen' || part === 'all';
    });
    return negated ? !holds : holds;
  });
}

function styleRules(sheets: readonly string[]): Rule[] {
  const rules: Rule[] = [];
  const add = (selectors: string, body: string) => {
    const found = declarations(body);
    if (found.size === 0) return;
    for (const selector of selectors.split(',').map((part) => part.trim())) {
      // Pseudo-elements and states the page is not in (hover, focus) style nothing a shopper sees now.
      if (!selector || /::|:(?:hover|focus|active|before|after|visited)/.test(selector)) continue;
      rules.push({ selector, specificity: specificity(selector), declarations: found });
    }
  };
  for (const sheet of sheets) {
    let text = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
    // Statements that end at their semicolon (AngularJS's injected sheet opens with @charset "UTF-8";).
    text = text.replace(/@(?:charset|import|namespace|layer)\b[^;{]*;/g, '');
    // Rules in their order, with the rules of a media query that matches the window in their place;
    // other @-blocks (keyframes, font faces, supports) style nothing that decides what is shown.
    for (const match of text.matchAll(/@([^{]+)\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}|([^{}@]+)\{([^{}]*)\}/g)) {
      if (match[3] !== undefined) {
        add(match[3], match[4] ?? '');
        continue;
      }
      const media = /^media\s+(.+)$/i.exec((match[1] ?? '').trim());
      if (!media || !mediaMatches(media[1] ?? '')) continue;
      for (const inner of (match[2] ?? '').matchAll(/([^{}]+)\{([^{}]*)\}/g)) add(inner[1] ?? '', inner[2] ?? '');
    }
  }
  return rules;
}
