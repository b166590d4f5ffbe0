/**
 * The page side checks what it receives with guards (lib/messaging/page-guards.ts), the rest of
 * the extension with the zod schemas of protocol.ts. They must agree: on valid and malformed
 * examples, and on random values (fast-check), every guard accepts exactly what its schema does.
 * And a malformed reply or request still ends in a typed MessageError on the page side.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_REPLY_GUARDS, PAGE_REQUEST_GUARDS } from '../../../lib/messaging/page-guards';
import { handleContentMessages, MessageError, sendToBackground } from '../../../lib/messaging/page-side';
import { PROTOCOL } from '../../../lib/messaging/protocol';
import type { Guard } from '../../../lib/guard/guard';

const long = (n: number) => 'x'.repeat(n);
/** Valid and malformed examples per message, both directions mixed: each is checked against both. */
const EXAMPLES: unknown[] = [
  undefined, null, 0, 'ok', [], {}, { ok: true }, { ok: 'yes' }, { ok: true, extra: 1 },
  { lexicon: { format: 'whatever' } }, { lexicon: undefined }, { lexicon: null },
  { coins: [] }, { coins: [null] }, { coins: [{ coinId: 'aethir', symbol: 'ATH' }] }, { coins: [{ coinId: '', symbol: 'ATH' }] },
  { coins: [{ coinId: long(201), symbol: 'ATH' }] }, { coins: [{ coinId: 'aethir' }] }, { coins: 'aethir' },
  { coins: [{ coinId: 'aethir', symbol: 'ATH', name: 'Aethir' }] }, { coins: [{ coinId: 'aethir', symbol: 'ATH', name: long(201) }] },
  { coins: Array.from({ length: 21 }, () => ({ coinId: 'a', symbol: 'A', name: 'A' })) },
  { coins: Array.from({ length: 20 }, () => ({ coinId: 'a', symbol: 'A', name: 'A' })) },
  { coinId: 'aethir' }, { coinId: 'aethir', openCard: true }, { coinId: 'aethir', openCard: 'yes' }, { coinId: '' }, { coinId: 7 }, { openCard: true },
  // The page's date, back with the lexicon or alone (datePage).
  { publishedAt: 1_756_183_020_000 }, { publishedAt: Infinity }, { publishedAt: Number.NaN }, { publishedAt: '2025-08-26' }, { publishedAt: undefined },
  { lexicon: {}, publishedAt: 1_756_183_020_000 }, { lexicon: {}, publishedAt: Infinity }, { lexicon: {}, publishedAt: null },
];

const cases = (guards: Record<string, Guard<unknown>>, part: 'request' | 'response') =>
  Object.entries(guards).map(([key, guard]) => [key, guard, PROTOCOL[key as keyof typeof PROTOCOL][part]] as const);

/** Random values shaped like the examples often enough to reach the inner checks. */
const nearMessages = fc.oneof(
  fc.anything(),
  fc.record({ ok: fc.anything() }),
  fc.record({ lexicon: fc.anything(), publishedAt: fc.oneof(fc.double(), fc.anything()) }, { requiredKeys: [] }),
  fc.record({ coinId: fc.oneof(fc.string({ maxLength: 3 }), fc.anything()), openCard: fc.anything() }, { requiredKeys: [] }),
  fc.record({ coins: fc.array(fc.oneof(fc.constant(null), fc.record({ coinId: fc.string({ maxLength: 2 }), symbol: fc.oneof(fc.string(), fc.integer()), name: fc.string() }, { requiredKeys: ['coinId'] })), { maxLength: 22 }) }),
);

describe.each([...cases(PAGE_REPLY_GUARDS, 'response'), ...cases(PAGE_REQUEST_GUARDS, 'request')])('%s: the page guard and the zod schema', (_key, guard, schema) => {
  it('agree on every example', () => {
    for (const example of EXAMPLES) expect([example, guard(example)]).toEqual([example, schema.safeParse(example).success]);
  });

  it('agree on random values', () => {
    fc.assert(fc.property(nearMessages, (value) => guard(value) === schema.safeParse(value).success), { numRuns: 400 });
  });
});

describe('the page-side messenger', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('rejects a malformed reply with a typed bad-response error', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ coins: [{ coinId: '', symbol: 'ATH' }] }));
    const reply = sendToBackground('resolveLongTail', { candidates: [] });
    await expect(reply).rejects.toBeInstanceOf(MessageError);
    await expect(reply).rejects.toMatchObject({ kind: 'bad-response' });
  });

  it('passes a well-formed reply through', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ coins: [null, { coinId: 'aethir', symbol: 'ATH' }] }));
    await expect(sendToBackground('resolveLongTail', { candidates: [] })).resolves.toEqual({ coins: [null, { coinId: 'aethir', symbol: 'ATH' }] });
  });

  it('answers a malformed request through sendResponse with a rejection the sender reads as a typed error, without calling the handler', async () => {
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    let revealed = false;
    const stop = handleContentMessages({
      getPageMentions: () => ({ url: 'https://example.com/', tokens: [] }),
      revealMention: () => ((revealed = true), { ok: true }),
      openNearestCard: () => ({ ok: false }),
    });
    // The registered listener, called as the browser calls it: (message, sender, sendResponse).
    const listener = addListener.mock.calls[0]?.[0] as unknown as (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;
    const replies: unknown[] = [];
    const envelope = (data: unknown) => ({ channel: 'sector-lens', name: PROTOCOL.revealMention.name, data });
    expect(listener(envelope({ coinId: 7 }), { id: fakeBrowser.runtime.id }, (reply) => void replies.push(reply))).toBe(true);
    expect(listener({ hello: 'world' }, { id: fakeBrowser.runtime.id }, (reply) => void replies.push(reply))).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(revealed).toBe(false);
    expect(replies).toEqual([{ __mozWebExtensionPolyfillReject__: true, message: 'page.reveal: request did not match its schema' }]);
    expect(listener(envelope({ coinId: 'aethir' }), { id: fakeBrowser.runtime.id }, (reply) => void replies.push(reply))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect([revealed, replies[1]]).toEqual([true, { ok: true }]);
    stop();
    // A sender with no polyfill to turn the marker into a rejection reads it as a typed error.
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(replies[0]));
    await expect(sendToBackground('openOptions', {})).rejects.toMatchObject({ name: 'MessageError', kind: 'bad-request' });
  });
});
