// Plain code (no zod): the content script imports it and must stay small.

/** The window message that carries the panel key from our content script into our panel frame. */
export const PANEL_KEY_MESSAGE = 'paylater-lens:key';

export interface PanelKeyMessage {
  readonly type: typeof PANEL_KEY_MESSAGE;
  readonly key: string;
}

/** 128 random bits as hex: a key the page cannot guess. */
export function randomPanelKey(): string {
  // getRandomValues, not randomUUID: the latter needs a secure context, and some checkouts are http.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function isPanelKeyMessage(value: unknown): value is PanelKeyMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, key } = value as Record<string, unknown>;
  return type === PANEL_KEY_MESSAGE && typeof key === 'string' && /^[0-9a-f]{32}$/.test(key);
}
