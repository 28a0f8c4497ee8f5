import type { ProgramId, WalletId } from '../ids';
import type { DetectedOption, OptionState } from './types';

/** Longest page text we keep for a label or reason: enough to read, too short to smuggle much. */
export const MAX_LABEL = 80;

/** An element's visible text, whitespace collapsed and bounded. */
export function textOf(element: Element, max = MAX_LABEL): string {
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

const UNAVAILABLE_TEXT =
  /暂不可用|暂时无法开通|不可用|不支持|额度不足|芝麻分不足|支付分不足|未开通|unavailable|not available/i;

// Things a shopper can pick on a payment step, whatever framework drew them.
const OPTION_SELECTOR =
  'li, label, button, [role="radio"], [role="switch"], [role="option"], [role="checkbox"], [role="button"], [role="menuitemradio"]';

function looksDisabled(element: Element): boolean {
  if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') return true;
  const className = element.getAttribute('class') ?? '';
  return /disable|unavailable|forbid/i.test(className);
}

/** Whether the option (or the control inside it, or its row) says it cannot be chosen, and why. */
export function optionState(option: Element): { state: OptionState; reason?: string; selected: boolean } {
  const controls = [option, ...option.querySelectorAll('input, button, [role="radio"], [role="switch"]')];
  const row = option.parentElement;
  const disabled = controls.some(looksDisabled) || (row !== null && looksDisabled(row));
  const text = textOf(option, 200);
  const reasonMatch = UNAVAILABLE_TEXT.exec(text);
  const selected = controls.some(
    (control) =>
      control.getAttribute('aria-checked') === 'true' ||
      control.getAttribute('aria-selected') === 'true' ||
      // No instanceof: page realms and Firefox's wrappers make it unreliable.
      (control.tagName === 'INPUT' && (control as HTMLInputElement).checked) ||
      /\b(selected|checked|active|current)\b/i.test(control.getAttribute('class') ?? ''),
  );
  if (disabled || reasonMatch) {
    const reason = reasonMatch ? reasonSentence(text, reasonMatch.index) : undefined;
    return reason ? { state: 'unavailable', reason, selected: false } : { state: 'unavailable', selected: false };
  }
  return { state: 'selectable', selected };
}

/** The clause of the option's text that holds the unavailability words, e.g. "额度不足，请选择其他方式". */
function reasonSentence(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(' ', index), 0);
  return text.slice(start, start + MAX_LABEL).trim();
}

export interface FoundOption {
  readonly option: DetectedOption;
  readonly element: Element;
}

/** The nearest element holding all of `elements`: the payment step that lists the options. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  let candidate = first?.parentElement ?? null;
  while (candidate && !rest.every((element) => candidate?.contains(element))) candidate = candidate.parentElement;
  return candidate;
}

/**
 * The innermost option-like elements under `root` whose text names a program. Innermost, so a
 * list that names every option is not itself taken for one.
 */
export function findOptions(root: ParentNode, patterns: readonly ProgramPattern[]): FoundOption[] {
  const found = new Map<ProgramId, FoundOption>();
  for (const element of root.querySelectorAll(OPTION_SELECTOR)) {
    const text = textOf(element, 200);
    for (const { program, pattern } of patterns) {
      if (found.has(program) || !pattern.test(text)) continue;
      const inner = [...element.querySelectorAll(OPTION_SELECTOR)].some((child) => pattern.test(textOf(child, 200)));
      if (inner) continue;
      const { state, reason, selected } = optionState(element);
      found.set(program, {
        element,
        option: {
          program,
          label: textOf(element),
          state,
          ...(reason ? { reason } : {}),
          ...(selected ? { selected } : {}),
        },
      });
    }
  }
  return [...found.values()];
}

export function findWallets(root: ParentNode, patterns: readonly WalletPattern[]): WalletId[] {
  const wallets = new Set<WalletId>();
  for (const element of root.querySelectorAll(OPTION_SELECTOR)) {
    const text = textOf(element, 200);
    for (const { wallet, pattern } of patterns) if (pattern.test(text)) wallets.add(wallet);
  }
  return [...wallets];
}
