import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectBindings, createPageContext, findMentions, parseLexicon, parseLongTail, resolveLongTail, type Mention, type SymbolPins } from '../../../lib/detect';

const DATA = join(import.meta.dirname, '../../../public/data');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(DATA, name), 'utf8'));

export const lexicon = parseLexicon(readJson('lexicon-top.json'));
let longTailIndex: ReturnType<typeof parseLongTail> | undefined;

/** What the CLI does: the whole text as one page, the long tail included. */
export function detectText(text: string, pins: SymbolPins = {}): Mention[] {
  longTailIndex ??= parseLongTail(readJson('coins-long-tail.json'));
  const page = createPageContext({ pins });
  collectBindings(page, text, lexicon);
  const { mentions, unresolved } = findMentions(text, lexicon, page);
  return [...mentions, ...resolveLongTail(unresolved, longTailIndex)].sort((a, b) => a.start - b.start);
}

export const coinIds = (text: string, pins?: SymbolPins): Set<string> => new Set(detectText(text, pins).map((m) => m.coinId));
