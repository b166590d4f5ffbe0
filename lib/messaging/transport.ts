/**
 * The messenger of the contexts that carry zod (background, popup, options, the card chunk): every
 * message of protocol.ts, each checked by its schema. The page side's eager script uses
 * page-side.ts instead (same wire format, small guards, no zod).
 */
import type * as z from 'zod/mini';
import { backgroundSender, messageHandler, messageListener, messageObserver, tabSender, type HandlersFor, type Reader } from './messenger';
import { MESSAGE_NAMES } from './names';
import { PROTOCOL, type BackgroundMessage, type ContentMessage, type MessageKey } from './protocol';

export { isTrustedSender, MessageError, type BackgroundHandlers, type ContentHandlers, type Handler, type HandlersFor, type Observer, type Reader, type Sender } from './messenger';

const zodReader =
  <T>(schema: z.ZodMiniType<T>): Reader<T> =>
  (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { data: parsed.data } : undefined;
  };

type Readers<K extends MessageKey, Part extends 'request' | 'response'> = { [P in K]: Reader<z.infer<(typeof PROTOCOL)[P][Part]>> };
function readersOf<K extends MessageKey, Part extends 'request' | 'response'>(table: Record<K, (typeof PROTOCOL)[K]>, part: Part): Readers<K, Part> {
  return Object.fromEntries(Object.entries(table).map(([key, definition]) => [key, zodReader((definition as (typeof PROTOCOL)[K])[part] as z.ZodMiniType)])) as Readers<K, Part>;
}

const requests = readersOf(PROTOCOL, 'request');
const responses = readersOf(PROTOCOL, 'response');
const handle = messageHandler(requests, MESSAGE_NAMES);

export const sendToBackground = backgroundSender(responses, MESSAGE_NAMES);
export const sendToTab = tabSender(responses, MESSAGE_NAMES);
export const createMessageListener = messageListener(requests, MESSAGE_NAMES);
export const observeMessages = messageObserver(requests, MESSAGE_NAMES);

/** The background answers every to-background message; returns the function that unregisters. */
export const handleBackgroundMessages = (handlers: HandlersFor<BackgroundMessage>): (() => void) => handle(handlers);

/** A content script answers every to-content message; returns the function that unregisters. */
export const handleContentMessages = (handlers: HandlersFor<ContentMessage>): (() => void) => handle(handlers);
