import { PHRASE_PATTERNS } from '../tables/phrase-patterns';

/** Matches nothing, sticky or not. */
const NEVER = /(?!)/y;

export type PhraseName = keyof typeof PHRASE_PATTERNS;

/**
 * The phrase names by number: the content-script build writes `new Phrase(12)` for
 * `new Phrase('tokenTickerBefore')` (lib/build-page-bundle.ts), the position of the name in this
 * order, so that no rule's name is a string in the script (~40 names, lib/page/README.md).
 */
export function phraseOrder(patterns: object): string[] {
  return Object.keys(patterns).sort();
}

/**
 * One of the phrase rules' regular expressions (tables/phrase-patterns.ts), compiled at its first
 * use: in the content script the table is filled from the lexicon reply, after the modules load.
 */
export class Phrase {
  private compiled: RegExp | undefined;

  /** A name; a number only in the content-script build (`phraseOrder`). */
  constructor(private readonly name: PhraseName | number) {}

  get pattern(): RegExp {
    if (this.compiled) return this.compiled;
    const name = typeof this.name === 'number' ? phraseOrder(PHRASE_PATTERNS)[this.name] : this.name;
    const data = PHRASE_PATTERNS[name as PhraseName] as { source: string; flags: string } | undefined;
    // Only a page whose tables are not filled yet lacks it: match nothing then, and compile later.
    if (!data) return NEVER;
    return (this.compiled = new RegExp(data.source, data.flags));
  }

  /** The sticky pattern tried at `index`. */
  testAt(text: string, index: number): boolean {
    const pattern = this.pattern;
    pattern.lastIndex = index;
    return pattern.test(text);
  }

  /** The sticky pattern's match at `index`, or null. */
  execAt(text: string, index: number): RegExpExecArray | null {
    const pattern = this.pattern;
    pattern.lastIndex = index;
    return pattern.exec(text);
  }
}
