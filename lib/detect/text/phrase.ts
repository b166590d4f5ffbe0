import { PHRASE_PATTERNS } from '../tables/phrase-patterns';

/** Matches nothing, sticky or not. */
const NEVER = /(?!)/y;

export type PhraseName = keyof typeof PHRASE_PATTERNS;

/**
 * One of the phrase rules' regular expressions (tables/phrase-patterns.ts), compiled at its first
 * use: in the content script the table is filled from the lexicon reply, after the modules load.
 */
export class Phrase {
  private compiled: RegExp | undefined;

  constructor(private readonly name: PhraseName) {}

  get pattern(): RegExp {
    if (this.compiled) return this.compiled;
    const data = PHRASE_PATTERNS[this.name] as { source: string; flags: string } | undefined;
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
