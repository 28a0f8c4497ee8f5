import { parseHTML } from 'linkedom';

/**
 * A parsed page whose window computes `display` and `visibility` from the page's own style sheets,
 * as a browser would for what a shopper can see (and the height and
 * overflow of boxes collapsed to nothing). linkedom computes no styles; a full DOM with a
 * cascade (jsdom, happy-dom) costs milliseconds per element. This knows selectors, specificity,
 * `!important`, inline styles and the inheritance of `visibility`: enough for pages that hide
 * their collapsed sections by class. Media queries are ignored (their rules do not apply).
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

function styleRules(sheets: readonly string[]): Rule[] {
  const rules: Rule[] = [];
  for (const sheet of sheets) {
    // Outside @-blocks only: a media query's rules are not this window's.
    let text = sheet.replace(/\/\*[\s\S]*?\*\//g, '');
    // Statements that end at their semicolon (AngularJS's injected sheet opens with @charset "UTF-8";).
    text = text.replace(/@(?:charset|import|namespace|layer)\b[^;{]*;/g, '');
    text = text.replace(/@[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
    for (const match of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const found = declarations(match[2] ?? '');
      if (found.size === 0) continue;
      for (const selector of (match[1] ?? '').split(',').map((part) => part.trim())) {
        // Pseudo-elements and states the page is not in (hover, focus) style nothing a shopper sees now.
        if (!selector || /::|:(?:hover|focus|active|before|after|visited)/.test(selector)) continue;
        rules.push({ selector, specificity: specificity(selector), declarations: found });
      }
    }
  }
  return rules;
}
