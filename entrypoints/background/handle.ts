import type { z } from 'zod';
import type { ProtocolMap } from '../../lib/protocol';
import { messenger } from './messenger';

export type Sender = chrome.runtime.MessageSender;

/**
 * Registers a handler that runs only for an allowed sender and data that passes its schema.
 * Anything else gets an error answer and changes nothing.
 */
export function handle<K extends keyof ProtocolMap, S extends z.ZodType>(
  type: K,
  schema: S,
  handler: (data: z.output<S>, sender: Sender) => Promise<ReturnType<ProtocolMap[K]>>,
): void {
  messenger.onMessage(type, async (message) => {
    const parsed = schema.safeParse(message.data);
    if (!parsed.success) throw new Error(`Rejected ${type}: ${parsed.error.issues[0]?.message ?? 'invalid data'}`);
    return handler(parsed.data, message.sender);
  });
}

export function rejectSender(type: string): never {
  throw new Error(`Rejected ${type}: not allowed from this sender`);
}
