import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../lib/protocol';

/** Extension pages talk to the background (and the panel to its tab) through this one protocol. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
