/**
 * Typed send, handle and observe over runtime/tabs messaging, for whatever checks a context brings: the
 * receiver always checks, since anything arriving from another context is untrusted until its
 * reader accepts it. transport.ts binds this to the zod schemas of protocol.ts (background,
 * popup, options, the card); page-side.ts binds it to the page side's small guards. No zod here.
 */
import { browser, type Browser } from 'wxt/browser';
import { CHANNEL } from './names';
import type { BackgroundMessage, ContentMessage, MessageKey, RequestOf, ResponseOf } from './protocol';

export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(
    readonly kind: 'bad-request' | 'bad-response' | 'untrusted-sender' | 'no-receiver',
    message: string,
  ) {
    super(message);
  }
}

export type Sender = Browser.runtime.MessageSender;
export type Handler<K extends MessageKey> = (data: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;
/** A handler for each of the given messages. */
export type HandlersFor<K extends MessageKey> = { [P in K]: Handler<P> };
/** Every to-background message has its handler: a new message without one does not compile. */
export type BackgroundHandlers = HandlersFor<BackgroundMessage>;
export type ContentHandlers = HandlersFor<ContentMessage>;
/** Sees messages as they pass and never answers (the addressee does). */
export type Observer<K extends MessageKey> = (data: RequestOf<K>, sender: Sender) => void;

/** What arrived, as T, or undefined when it does not have T's shape. Never throws. */
export type Reader<T> = (raw: unknown) => { data: T } | undefined;

/** The checks one context brings: the requests it handles, the replies it waits for. */
export interface Readers<Req extends MessageKey, Res extends MessageKey> {
  request: { [K in Req]: Reader<RequestOf<K>> };
  response: { [K in Res]: Reader<ResponseOf<K>> };
}

interface Envelope {
  channel: typeof CHANNEL;
  name: string;
  data: unknown;
}

/**
 * The wire name of each message a context sends or reads, by key (names.ts). Each context hands
 * its own table to the factories below, so the content script bundles only its messages' names.
 */
export type NamesOf<K extends MessageKey> = { readonly [P in K]: string };

const byName = <K extends MessageKey>(names: NamesOf<K>): Map<string, K> => new Map(Object.entries(names).map(([key, name]) => [name as string, key as K]));

function envelope(name: string, data: unknown): Envelope {
  return { channel: CHANNEL, name, data };
}

function openEnvelope(message: unknown): Envelope | undefined {
  if (message === null || typeof message !== 'object') return undefined;
  const { channel, name } = message as Partial<Envelope>;
  return channel === CHANNEL && typeof name === 'string' ? (message as Envelope) : undefined;
}

/**
 * How a rejected answer travels as a reply. webextension-polyfill (background, popup and options
 * in Chrome) turns this marker into a rejection on the sender's side; the page side has no
 * polyfill (lib/messaging/README.md) and sends it itself, and `readReply` reads it back where no
 * polyfill does (Firefox), so the sender gets the same MessageError either way.
 */
const REJECTED = '__mozWebExtensionPolyfillReject__';

/** Only our own extension's pages and content scripts may talk to us. */
export function isTrustedSender(sender: Sender, ownId: string = browser.runtime.id): boolean {
  return sender.id === ownId;
}

type Listener = (message: unknown, sender: Sender) => Promise<unknown> | undefined;

/**
 * Registers a listener that answers through `sendResponse` (and returns true to keep the channel
 * open): what both browsers' own runtime.onMessage understand, and webextension-polyfill too.
 */
function listen(listener: Listener): () => void {
  const adapter = (message: unknown, sender: Sender, sendResponse?: (reply: unknown) => void): Promise<unknown> | true | undefined => {
    const answer = listener(message, sender);
    // Without a sendResponse (WXT's fakeBrowser in tests), the Promise is the answer.
    if (!answer || typeof sendResponse !== 'function') return answer;
    answer.then(sendResponse, (error: unknown) => sendResponse({ [REJECTED]: true, message: error instanceof Error ? error.message : String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(adapter);
  return () => browser.runtime.onMessage.removeListener(adapter);
}

type ReaderTable = Partial<Record<MessageKey, Reader<unknown>>>;

function readReply<K extends MessageKey>(readers: ReaderTable, key: K, name: string, raw: unknown): ResponseOf<K> {
  if (raw !== null && typeof raw === 'object' && REJECTED in raw) {
    throw new MessageError('bad-request', `${name}: ${String((raw as { message?: unknown }).message)}`);
  }
  const parsed = readers[key]?.(raw);
  if (!parsed) throw new MessageError('bad-response', `${name}: reply did not match its schema`);
  return parsed.data as ResponseOf<K>;
}

/*
 * Each capability is its own factory, so a context's bundle holds only what it uses (the content
 * script sends to the background and answers requests; it never sends to a tab or observes).
 */

/** Send to the background (from content scripts, popup and options), reading replies with `readers`. */
export function backgroundSender<Res extends MessageKey>(readers: Readers<never, Res>['response'], names: NamesOf<Res>) {
  return async <K extends BackgroundMessage & Res>(key: K, data: RequestOf<K>): Promise<ResponseOf<K>> => {
    const raw: unknown = await browser.runtime.sendMessage(envelope(names[key], data));
    return readReply(readers, key, names[key], raw);
  };
}

/** Send to the content script of one tab (from the popup, or the background on a shortcut). */
export function tabSender<Res extends MessageKey>(readers: Readers<never, Res>['response'], names: NamesOf<Res>) {
  return async <K extends ContentMessage & Res>(tabId: number, key: K, data: RequestOf<K>): Promise<ResponseOf<K>> => {
    let raw: unknown;
    try {
      raw = await browser.tabs.sendMessage(tabId, envelope(names[key], data));
    } catch (error) {
      // Chrome: "Could not establish connection. Receiving end does not exist." — no content script.
      throw new MessageError('no-receiver', error instanceof Error ? error.message : String(error));
    }
    return readReply(readers, key, names[key], raw);
  };
}

/**
 * One runtime.onMessage listener for the given handlers, each request read by `readers`. It
 * returns a Promise for messages it handles and undefined for anything else, so other listeners
 * (and other extensions' noise) pass. Handlers are plain functions: tests call them directly.
 */
export function messageListener<Req extends MessageKey>(readers: Readers<Req, never>['request'], names: NamesOf<Req>) {
  const byKeyReaders: ReaderTable = readers;
  const keys = byName(names);
  return <K extends Req>(handlers: HandlersFor<K>, ownId?: string): Listener => {
    const byKey: Partial<Record<MessageKey, Handler<MessageKey>>> = handlers;
    return (message, sender) => {
      const outer = openEnvelope(message);
      const key = outer && keys.get(outer.name);
      const handler = key && byKey[key];
      if (!outer || !key || !handler) return undefined;
      if (!isTrustedSender(sender, ownId ?? browser.runtime.id)) {
        return Promise.reject(new MessageError('untrusted-sender', `${outer.name}: sender ${String(sender.id)} is not this extension`));
      }
      const parsed = byKeyReaders[key]?.(outer.data);
      if (!parsed) return Promise.reject(new MessageError('bad-request', `${outer.name}: request did not match its schema`));
      return Promise.resolve(handler(parsed.data as RequestOf<MessageKey>, sender));
    };
  };
}

/** Answer the given messages (every one of `K`); returns the function that unregisters. */
export function messageHandler<Req extends MessageKey>(readers: Readers<Req, never>['request'], names: NamesOf<Req>) {
  const create = messageListener(readers, names);
  return <K extends Req>(handlers: HandlersFor<K>): (() => void) => listen(create(handlers));
}

/**
 * Watch messages addressed to someone else (the popup sees its tab's `reportPage` on its way to
 * the background). Untrusted or malformed ones are dropped; nothing is ever answered, so the
 * addressee's reply is the one the sender gets. Unregisters when the signal aborts.
 */
export function messageObserver<Req extends MessageKey>(readers: Readers<Req, never>['request'], names: NamesOf<Req>) {
  const byKeyReaders: ReaderTable = readers;
  const keys = byName(names);
  return <K extends Req>(observers: { [P in K]: Observer<P> }, signal: AbortSignal, ownId?: string): void => {
    const byKey: Partial<Record<MessageKey, Observer<MessageKey>>> = observers;
    const listener = (message: unknown, sender: Sender): undefined => {
      const outer = openEnvelope(message);
      const key = outer && keys.get(outer.name);
      const observer = key && byKey[key];
      if (!outer || !key || !observer || !isTrustedSender(sender, ownId ?? browser.runtime.id)) return undefined;
      const parsed = byKeyReaders[key]?.(outer.data);
      if (parsed) observer(parsed.data as RequestOf<MessageKey>, sender);
      return undefined;
    };
    if (signal.aborted) return;
    browser.runtime.onMessage.addListener(listener);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  };
}
