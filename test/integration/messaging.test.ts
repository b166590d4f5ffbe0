import { describe, expect, it } from 'vitest';
import { createMessageListener, MessageError, TO_BACKGROUND } from '../../lib/messaging';

const OWN_ID = 'sector-lens-test';
const sender = { id: OWN_ID, tab: { id: 7 } } as never;

function envelope(name: string, data: unknown) {
  return { channel: 'sector-lens', name, data };
}

describe('message listener', () => {
  it('parses the request and answers through the handler', async () => {
    const listener = createMessageListener(
      { reportPage: (report) => ({ ok: report.tokens.length === 2 }) },
      OWN_ID,
    );
    const reply = listener(envelope(TO_BACKGROUND.reportPage.name, { tokens: [{ coinId: 'aethir', symbol: 'ATH', count: 2 }, { coinId: 'bitcoin', symbol: 'BTC', count: 1 }] }), sender);
    await expect(reply).resolves.toEqual({ ok: true });
  });

  it('ignores messages that are not ours or that no handler takes', () => {
    const listener = createMessageListener({ reportPage: () => ({ ok: true }) }, OWN_ID);
    expect(listener({ hello: 'world' }, sender)).toBeUndefined();
    expect(listener(envelope('page.mentions', {}), sender)).toBeUndefined();
    expect(listener(envelope('no.such.message', {}), sender)).toBeUndefined();
  });

  it('rejects a malformed request with a typed error, without calling the handler', async () => {
    let called = false;
    const listener = createMessageListener({ getViews: () => { called = true; return { window: '24h', views: [], sectors: [] }; } }, OWN_ID);
    const reply = listener(envelope(TO_BACKGROUND.getViews.name, { coinIds: 'bitcoin' }), sender);
    await expect(reply).rejects.toBeInstanceOf(MessageError);
    await expect(reply).rejects.toMatchObject({ kind: 'bad-request' });
    expect(called).toBe(false);
  });

  it('rejects senders other than this extension', async () => {
    const listener = createMessageListener({ reportPage: () => ({ ok: true }) }, OWN_ID);
    const reply = listener(envelope(TO_BACKGROUND.reportPage.name, { tokens: [] }), { id: 'some-other-extension' } as never);
    await expect(reply).rejects.toMatchObject({ kind: 'untrusted-sender' });
  });
});
