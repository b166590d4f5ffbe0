/**
 * The compact lexicon as the content script receives it from the background, checked by a guard
 * (lib/guard) instead of lib/detect's zod schema, which would bring zod into every tab. The guard
 * is typed against CompactLexicon and tested against compactLexiconSchema on the shipped snapshot
 * and on broken copies of it (test/unit/page/lexicon-guard.test.ts).
 */
import { compileLexicon, type CompactLexicon, type Lexicon } from '../detect/page-api';
import { installTables } from './page-tables';
import { arrayOf, expectShape, isInt, isString, literal, nullable, objectOf, tupleOf, type Guard } from '../guard/guard';

const nonEmpty = isString(1);

export const isCompactLexicon: Guard<CompactLexicon> = objectOf({
  format: literal('sector-lens/lexicon@1'),
  dataDate: isString(0, Infinity, /^\d{4}-\d{2}-\d{2}$/),
  sources: arrayOf(isString()),
  coins: arrayOf(tupleOf(nonEmpty, nonEmpty, isString(), nullable(isInt(1)), isInt(0, 7))),
});

/**
 * The ready lexicon, or a GuardError when what arrived is not a compact lexicon or the tables are
 * not what the content script's table stand-ins need. The tables are filled first: compiling the
 * lexicon reads them (name aliases, renamed tickers).
 */
export function lexiconFrom(json: unknown, tables: unknown): Lexicon {
  const lexicon = expectShape(isCompactLexicon, json, 'The lexicon');
  installTables(tables);
  return compileLexicon(lexicon);
}
