import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocument, parseLexicon, parseLongTail } from '../../../lib/detect';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/data/${path}`, import.meta.url), 'utf8'));
const lexicon = parseLexicon(read('lexicon-top.json'));
const longTail = parseLongTail(read('coins-long-tail.json'));
const coins = (text: string) => [...new Set(detectDocument(text, lexicon, longTail).map((m) => m.coinId))];

describe('ordinary-word names moved by the market, with no figure', () => {
  it.each([
    ['Filecoin, Arweave and Akash rose; Theta and Helium were flat; Render jumped.', 'render-token'],
    ['Bitcoin (BTC) and Ethereum (ETH) rose. Maker fell sharply.', 'maker'],
  ])('%s → counts %s on a page that already names two coins', (text, id) => {
    expect(coins(text)).toContain(id);
  });

  it.each([
    ['Render jumped.', 'render-token'], // no crypto page around it
    ['Bitcoin (BTC) and Ethereum (ETH) rose. Near the close, stocks fell.', 'near'], // a word, no verb after
    ['Bitcoin (BTC), Ethereum (ETH). Polygon Rose Sharply In Trading', 'polygon-ecosystem-token'], // Title Case headline
  ])('%s → does not count %s', (text, id) => {
    expect(coins(text)).not.toContain(id);
  });
});
