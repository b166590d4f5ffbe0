import { compactLexiconSchema, compactLongTailSchema } from './compact-format';
import { compileLexicon, type Lexicon } from './compile-lexicon';
import { buildLongTailIndex, type LongTailIndex } from '../long-tail/long-tail-index';

/** Parses untrusted JSON (bundled file, storage, API-derived) into a ready lexicon. Throws a
 * ZodError naming the bad field when the shape is wrong. */
export function parseLexicon(json: unknown): Lexicon {
  return compileLexicon(compactLexiconSchema.parse(json));
}

export function parseLongTail(json: unknown): LongTailIndex {
  return buildLongTailIndex(compactLongTailSchema.parse(json));
}
