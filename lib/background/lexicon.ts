/**
 * The detection lexicon, held by the background: the compact per-tab lexicon (sent to each
 * content script on request, so tabs always get the freshest without bundling it) and the full
 * /coins/list long tail, loaded only when a tab first asks to resolve a strong-form candidate.
 */
import { parseLongTail, resolveLongTail, type LongTailIndex } from '../detect';
import type { RequestOf, ResponseOf } from '../messaging/protocol';

export interface LexiconServiceDeps {
  /** Reads a bundled asset from public/ (e.g. 'data/lexicon-top.json') as JSON. */
  readAsset: (path: string) => Promise<unknown>;
  /** A fresher compact lexicon (the daily refresh), when there is one. */
  storedLexicon?: () => Promise<unknown | null>;
}

export function createLexiconService(deps: LexiconServiceDeps) {
  let longTail: Promise<LongTailIndex> | undefined;
  let bundled: Promise<unknown> | undefined;

  async function getLexicon(): Promise<ResponseOf<'getLexicon'>> {
    const stored = (await deps.storedLexicon?.()) ?? null;
    if (stored !== null) return { lexicon: stored };
    bundled ??= deps.readAsset('data/lexicon-top.json');
    return { lexicon: await bundled };
  }

  async function resolve(request: RequestOf<'resolveLongTail'>): Promise<ResponseOf<'resolveLongTail'>> {
    longTail ??= deps.readAsset('data/coins-long-tail.json').then(parseLongTail);
    const index = await longTail;
    const coins = request.candidates.map((candidate) => {
      const [mention] = resolveLongTail(
        [{ symbol: candidate.symbol, form: candidate.form, start: 0, end: 0, ...(candidate.nameHint !== undefined ? { nameHint: candidate.nameHint } : {}) }],
        index,
      );
      return mention ? { coinId: mention.coinId, symbol: mention.symbol } : null;
    });
    return { coins };
  }

  return { getLexicon, resolve };
}
