/**
 * The page side's checks of what it receives, as guards (lib/guard) instead of zod: the replies to
 * the messages the content script sends, and the requests it answers. Each one is typed against
 * its protocol.ts schema (a guard that accepts more than the type does not compile) and tested
 * against it on valid, malformed and random input (test/unit/messaging/page-guards.test.ts).
 */
import { arrayOf, isBoolean, isFiniteNumber, isString, isUnknown, nullable, objectOf, optional, type Guard } from '../guard/guard';
import type { ContentMessage, RequestOf, ResponseOf } from './protocol';

/** What the page side sends and waits for a reply to. */
export type PageSentMessage = 'getLexicon' | 'datePage' | 'reportPage' | 'resolveLongTail' | 'listAlternatives' | 'openOptions';

const coinId = isString(1, 200);
const isOk = objectOf({ ok: isBoolean });
const isEmpty = objectOf({});
const publishedAt = optional(isFiniteNumber);

export const PAGE_REPLY_GUARDS: { [K in PageSentMessage]: Guard<ResponseOf<K>> } = {
  getLexicon: objectOf({ lexicon: isUnknown, tables: isUnknown, publishedAt }),
  datePage: objectOf({ publishedAt }),
  reportPage: isOk,
  resolveLongTail: objectOf({ coins: arrayOf(nullable(objectOf({ coinId, symbol: isString() }))) }),
  listAlternatives: objectOf({ coins: arrayOf(objectOf({ coinId, symbol: isString(), name: isString(0, 200) }), 20) }),
  openOptions: isOk,
};

export const PAGE_REQUEST_GUARDS: { [K in ContentMessage]: Guard<RequestOf<K>> } = {
  getPageMentions: isEmpty,
  revealMention: objectOf({ coinId, openCard: optional(isBoolean) }),
  openNearestCard: isEmpty,
};
