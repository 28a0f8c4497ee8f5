import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../../lib/protocol';

/** The content script's end of the one message protocol. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
