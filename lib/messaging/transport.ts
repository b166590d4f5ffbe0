/**
 * Typed send and handle over runtime/tabs messaging. The receiver always parses: anything arriving
 * from another context is untrusted until its schema accepts it.
 */
import { browser, type Browser } from 'wxt/browser';
import { EnvelopeSchema, PROTOCOL, type BackgroundMessage, type ContentMessage, type Envelope, type MessageKey, type RequestOf, type ResponseOf } from './protocol';

export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(
    readonly kind: 'bad-request' | 'bad-response' | 'untrusted-sender' | 'no-receiver',
    message: string,
  ) {
    super(message);
  }
}

type Sender = Browser.runtime.MessageSender;
export type Handler<K extends MessageKey> = (data: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;
/** A handler for each of the given messages. */
export type HandlersFor<K extends MessageKey> = { [P in K]: Handler<P> };
/** Every to-background message has its handler: a new message without one does not compile. */
export type BackgroundHandlers = HandlersFor<BackgroundMessage>;
export type ContentHandlers = HandlersFor<ContentMessage>;
/** Sees messages as they pass and never answers (the addressee does). */
export type Observer<K extends MessageKey> = (data: RequestOf<K>, sender: Sender) => void;

const BY_NAME = new Map<string, MessageKey>(Object.entries(PROTOCOL).map(([key, def]) => [def.name, key as MessageKey]));

function envelope<K extends MessageKey>(key: K, data: RequestOf<K>): Envelope {
  return { channel: 'sector-lens', name: PROTOCOL[key].name, data };
}

function parseResponse<K extends MessageKey>(key: K, raw: unknown): ResponseOf<K> {
  const parsed = PROTOCOL[key].response.safeParse(raw);
  if (!parsed.success) throw new MessageError('bad-response', `${PROTOCOL[key].name}: reply did not match its schema`);
  return parsed.data as ResponseOf<K>;
}

/** Send to the background (from content scripts, popup and options). */
export async function sendToBackground<K extends BackgroundMessage>(key: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw: unknown = await browser.runtime.sendMessage(envelope(key, data));
  return parseResponse(key, raw);
}

/** Send to the content script of one tab (from the popup). */
export async function sendToTab<K extends ContentMessage>(tabId: number, key: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, envelope(key, data));
  } catch (error) {
    // Chrome: "Could not establish connection. Receiving end does not exist." — no content script.
    throw new MessageError('no-receiver', error instanceof Error ? error.message : String(error));
  }
  return parseResponse(key, raw);
}

/** Only our own extension's pages and content scripts may talk to us. */
export function isTrustedSender(sender: Sender, ownId: string = browser.runtime.id): boolean {
  return sender.id === ownId;
}

/**
 * One runtime.onMessage listener for the given handlers. It returns a Promise for messages it
 * handles and undefined for anything else, so other listeners (and other extensions' noise) pass.
 * Handlers are plain functions: tests call them directly.
 */
export function createMessageListener<K extends MessageKey>(handlers: HandlersFor<K>, ownId?: string) {
  const byKey: Partial<Record<MessageKey, Handler<MessageKey>>> = handlers;
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const outer = EnvelopeSchema.safeParse(message);
    if (!outer.success) return undefined;
    const key = BY_NAME.get(outer.data.name);
    if (!key) return undefined;
    const handler = byKey[key];
    if (!handler) return undefined;
    if (!isTrustedSender(sender, ownId ?? browser.runtime.id)) {
      return Promise.reject(new MessageError('untrusted-sender', `${outer.data.name}: sender ${String(sender.id)} is not this extension`));
    }
    const request = PROTOCOL[key].request.safeParse(outer.data.data);
    if (!request.success) {
      return Promise.reject(new MessageError('bad-request', `${outer.data.name}: request did not match its schema`));
    }
    return Promise.resolve(handler(request.data as RequestOf<MessageKey>, sender));
  };
}

function listen(listener: (message: unknown, sender: Sender) => Promise<unknown> | undefined): () => void {
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The background answers every to-background message; returns the function that unregisters. */
export function handleBackgroundMessages(handlers: BackgroundHandlers): () => void {
  return listen(createMessageListener(handlers));
}

/** A content script answers every to-content message; returns the function that unregisters. */
export function handleContentMessages(handlers: ContentHandlers): () => void {
  return listen(createMessageListener(handlers));
}

/**
 * Watch messages addressed to someone else (the popup sees its tab's `reportPage` on its way to
 * the background). Untrusted or malformed ones are dropped; nothing is ever answered, so the
 * addressee's reply is the one the sender gets. Unregisters when the signal aborts.
 */
export function observeMessages<K extends MessageKey>(observers: { [P in K]: Observer<P> }, signal: AbortSignal, ownId?: string): void {
  const byKey: Partial<Record<MessageKey, Observer<MessageKey>>> = observers;
  const listener = (message: unknown, sender: Sender): undefined => {
    const outer = EnvelopeSchema.safeParse(message);
    const key = outer.success ? BY_NAME.get(outer.data.name) : undefined;
    const observer = key ? byKey[key] : undefined;
    if (!outer.success || !key || !observer || !isTrustedSender(sender, ownId ?? browser.runtime.id)) return undefined;
    const request = PROTOCOL[key].request.safeParse(outer.data.data);
    if (request.success) observer(request.data as RequestOf<MessageKey>, sender);
    return undefined;
  };
  if (signal.aborted) return;
  signal.addEventListener('abort', listen(listener), { once: true });
}
