import { describe, expect, it, vi } from 'vitest';
import type { CardChunk } from '../../../lib/page/card-chunk';
import type { CardController, CardDataSource } from '../../../lib/page/card-controller';
import type { Hit } from '../../../lib/page/hit-test';
import { createLazyCardController } from '../../../lib/page/lazy-card';

const hit = (start: number): Hit => ({ node: {} as Text, mention: { start, end: start + 4, coinId: 'ethereum', symbol: 'ETH' } as Hit['mention'], rect: {} as DOMRect });
const doc = {} as Document;
const data = {} as CardDataSource;

/** A card controller that records what it was asked, and a chunk whose loading the test releases. */
function fakeChunk() {
  const calls: string[] = [];
  const controller: CardController = {
    open: (h) => void calls.push(`open ${h.mention.start}`),
    openFocused: (h) => void calls.push(`open focused ${h.mention.start}`),
    holdsFocus: () => calls.at(-1)?.startsWith('open focused') ?? false,
    follow: () => void calls.push('follow'),
    close: () => void calls.push('close'),
    isOpen: () => calls.at(-1)?.startsWith('open') ?? false,
    contains: () => true,
    dispose: () => void calls.push('dispose'),
  };
  const create = vi.fn(() => controller);
  let release!: () => void;
  let fail!: (error: Error) => void;
  const load = vi.fn(
    () =>
      new Promise<CardChunk>((resolve, reject) => {
        release = () =>
          resolve({
            createCardController: create as unknown as CardChunk['createCardController'],
            loadCardState: () => Promise.reject(new Error('the controller is a stand-in: it loads nothing')),
            savePin: () => Promise.resolve(),
            revealMention: () => null,
            mentionNearCenter: () => null,
            createElementPainter: () => {
              throw new Error('not used here');
            },
            elementHitFinder: () => () => null,
          });
        fail = reject;
      }),
  );
  return { calls, create, load, release: () => release(), fail: (e: Error) => fail(e) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the lazily loaded card', () => {
  it('loads nothing until asked, then opens the latest hit once the chunk is in', async () => {
    const chunk = fakeChunk();
    const card = createLazyCardController(doc, data, chunk.load);
    expect(chunk.load).not.toHaveBeenCalled();
    expect(card.isOpen()).toBe(false);
    expect(card.contains(null)).toBe(false);
    card.open(hit(1));
    card.open(hit(2));
    chunk.release();
    await tick();
    expect(chunk.load).toHaveBeenCalledTimes(1);
    expect(chunk.create).toHaveBeenCalledTimes(1);
    expect(chunk.calls).toEqual(['open 2']);
    card.open(hit(3));
    expect(chunk.calls).toEqual(['open 2', 'open 3']);
    expect(card.isOpen()).toBe(true);
  });

  it('the keyboard path (openFocused) waits for the chunk like open, then holds focus', async () => {
    const chunk = fakeChunk();
    const card = createLazyCardController(doc, data, chunk.load);
    expect(card.holdsFocus()).toBe(false);
    card.openFocused(hit(7));
    chunk.release();
    await tick();
    expect(chunk.calls).toEqual(['open focused 7']);
    expect(card.holdsFocus()).toBe(true);
    card.follow();
    expect(chunk.calls.at(-1)).toBe('follow');
  });

  it('warm() starts the load; a close before it arrives means no card opens', async () => {
    const chunk = fakeChunk();
    const card = createLazyCardController(doc, data, chunk.load);
    card.warm();
    card.warm();
    expect(chunk.load).toHaveBeenCalledTimes(1);
    card.open(hit(1));
    card.close();
    chunk.release();
    await tick();
    expect(chunk.calls).toEqual([]);
  });

  it('creates nothing once disposed, and tries again after a failed load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const chunk = fakeChunk();
    const card = createLazyCardController(doc, data, chunk.load);
    card.open(hit(1));
    chunk.fail(new Error('blocked'));
    await tick();
    expect(chunk.calls).toEqual([]);
    expect(warn).toHaveBeenCalled();
    card.open(hit(2));
    expect(chunk.load).toHaveBeenCalledTimes(2);
    card.dispose();
    chunk.release();
    await tick();
    expect(chunk.create).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
