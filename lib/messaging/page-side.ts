/**
 * The content script's messenger: it sends what the page side asks of the background and answers
 * the popup's (and the shortcut's) requests, checked by page-guards.ts. No zod, no polyfill: this
 * is in every tab of an enabled site (lib/messaging/README.md).
 */
import type { Guard } from '../guard/guard';
import { backgroundSender, messageHandler, type Reader } from './messenger';
import { PAGE_SENT_NAMES, TO_CONTENT_NAMES } from './names';
import { PAGE_REPLY_GUARDS, PAGE_REQUEST_GUARDS, type PageSentMessage } from './page-guards';
import type { ContentMessage } from './protocol';

const guardReader =
  <T>(guard: Guard<T>): Reader<T> =>
  (raw) =>
    guard(raw) ? { data: raw } : undefined;

type ReadersOf<T> = { [K in keyof T]: T[K] extends Guard<infer V> ? Reader<V> : never };
const readersOf = <T extends Record<string, Guard<unknown>>>(guards: T): ReadersOf<T> =>
  Object.fromEntries(Object.entries(guards).map(([key, guard]) => [key, guardReader(guard)])) as ReadersOf<T>;

export const sendToBackground = backgroundSender<PageSentMessage>(readersOf(PAGE_REPLY_GUARDS), PAGE_SENT_NAMES);
export { MessageError } from './messenger';

/** The content script answers every to-content message; returns the function that unregisters. */
export const handleContentMessages = messageHandler<ContentMessage>(readersOf(PAGE_REQUEST_GUARDS), TO_CONTENT_NAMES)<ContentMessage>;
