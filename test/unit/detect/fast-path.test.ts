/**
 * The detector's shortcuts change its speed, never its output. Every shortcut the scanner takes
 * on a word's hash (mayStartMention, the name hashes, the word tables' gates) is switched off by
 * withExactLookups: each word then runs the whole chain with exact string lookups. Both paths
 * are the same code, so this holds whatever the detection rules become; it compares them on
 * generated text that exercises every form and on every real article in ../shared/realtext
 * (read at test time, never copied here). The character-code replacements of regexes are
 * checked against those regexes below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectBindings, createPageContext, findMentions, type DetectionResult } from '../../../lib/detect';
import { mayStartName } from '../../../lib/detect/lexicon/compile-lexicon';
import { spellsAcronym } from '../../../lib/detect/scan/paren-symbol';
import type { Candidate } from '../../../lib/detect/scan/candidates';
import { scanText } from '../../../lib/detect/scan/scan-text';
import { isSentenceStart, isShouting, isTitleCase } from '../../../lib/detect/text/context';
import { isHostCharAt } from '../../../lib/detect/text/excluded-ranges';
import { withExactLookups } from '../../../lib/detect/text/hash-bits';
import { Phrase, type PhraseName } from '../../../lib/detect/text/phrase';
import { PHRASE_PATTERNS } from '../../../lib/detect/tables/phrase-patterns';
import { WORD_PATTERN, Words, wordHash } from '../../../lib/detect/text/tokenize';
import { isCashtagShape, isWordCharAt } from '../../../lib/detect/text/word-shape';
import { lexicon } from './detect-text';
import { REALTEXT_DIR } from './realtext-score';

/** The page the content script builds (bindings of every paragraph first), and one call on the whole text. */
function detectBothWays(text: string, date: string): { whole: DetectionResult; paragraphs: DetectionResult[] } {
  const whole = findMentions(text, lexicon, createPageContext({ date }));
  const page = createPageContext({ date });
  const parts = text.split(/\n\s*\n/);
  for (const part of parts) collectBindings(page, part, lexicon);
  return { whole, paragraphs: parts.map((part) => findMentions(part, lexicon, page)) };
}

function expectSameBothPaths(text: string, date = '2025-06-01'): void {
  const fast = detectBothWays(text, date);
  const reference = withExactLookups(() => detectBothWays(text, date));
  expect(fast).toEqual(reference);
  expect(comparable(scanText(text, lexicon))).toEqual(comparable(withExactLookups(() => scanText(text, lexicon))));
}

/**
 * The scan's candidates, less the evidence of names whose first entry is distinctive: the fast
 * path does not gather what no rule reads (name-candidate.ts), the reference path does. The
 * detection results compared above say whether a rule has started to read it.
 */
function comparable(candidates: Candidate[]): unknown[] {
  return candidates.map((candidate) => {
    if (candidate.kind !== 'name') return candidate;
    const policy = candidate.entries[0]?.policy;
    return policy === 'needs-context' || policy === 'company' ? candidate : { ...candidate, evidence: 'not read' };
  });
}

const coins = [...lexicon.coins.values()];
const ORDINARY = ['The', 'However', 'Monday', 'Analysts', 'Near', 'near', 'Render', 'render', 'Sky', 'Blur', 'Ripple', 'Base', 'Kusama', 'Aragon', 'Flow', 'Kyber Network', 'Ocean Protocol', 'Governance', 'Meme'];
const GLUE = [' ', ' ', ' ', ', ', '. ', ' and ', ' or ', ' vs ', '\n', '\n\n', '(', ')', ' (', '$', '/', '-', "'s", '’s', ': '];
const AROUND = ['token', 'tokens', 'to\u212Aens' /* the Kelvin sign lower-cases to k */, 'coin', 'price', 'rose 5%', 'fell 3.2 percent', 'jumped', '+4.5%', '$1.23', '4.35%', 'USDT', 'USD', 'SEC', 'ATH', 'AI', 'all-time high', 'is the native cryptocurrency of', 'https://example.io/eth', 'press@sol.io', '@solana', 'the', 'on', 'like'];
const NON_ASCII = ['é', 'Ünï', '日本', '🚀', '𝐀𝐁', 'İ', 'ß', 'K', '“', '”', '—', '…', '\u00a0', 'Ökonomie'];

const coinPiece = fc.tuple(fc.constantFrom(...coins), fc.integer({ min: 0, max: 10 })).map(([coin, form]) => {
  const pieces = [coin.symbol, coin.name, `${coin.name} (${coin.symbol})`, `$${coin.symbol}`, `$${coin.symbol.toLowerCase()}`, `${coin.symbol}/USDT`, `${coin.symbol}USDT`, coin.name.toLowerCase(), coin.name.toUpperCase(), `${coin.symbol} (${coin.name})`, `${coin.symbol}USD`];
  return pieces[form] ?? coin.symbol;
});
const piece = fc.oneof(
  { weight: 4, arbitrary: coinPiece },
  { weight: 3, arbitrary: fc.constantFrom(...ORDINARY) },
  { weight: 4, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 2, arbitrary: fc.constantFrom(...AROUND) },
  { weight: 1, arbitrary: fc.constantFrom(...NON_ASCII) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  // "…4.35%S$0.50…": a scraped price widget.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...coins), fc.nat(99)).map(([coin, cents]) => `${cents / 10}%${coin.symbol}$0.${cents}`) },
);
const generatedText = fc.array(fc.tuple(piece, fc.constantFrom(' ', ' ', '')), { maxLength: 80 }).map((parts) => parts.map(([text, gap]) => text + gap).join(''));

function realTexts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(dir, file), 'utf8'));
}

describe('the fast path finds exactly what the reference path finds', () => {
  it('reference mode really turns the shortcuts off', () => {
    expect(mayStartName(lexicon, wordHash('market'))).toBe(false);
    expect(withExactLookups(() => mayStartName(lexicon, wordHash('market')))).toBe(true);
  });

  it('on generated text: every form, brackets, pairs, widgets, ordinary capitalised words, non-ASCII', () => {
    fc.assert(
      fc.property(generatedText, fc.constantFrom('2021-06-01', '2025-06-01'), (text, date) => expectSameBothPaths(text, date)),
      { numRuns: 600, seed: 15 },
    );
  });

  it.each([
    'Near to\u212Aens were bought; the Render to\u212Aen rose.', // the Kelvin sign lower-cases to "k": no hash shortcut for non-ASCII words
    'Ünï Protocol, Kusama and Aragon rose; Governance tokens fell.',
    'Aethir (ATH) hit a new ATH, the all-time high, while SOL/USDT and $sol rallied 4.35%S$0.50.',
  ])('on %j', (text) => expectSameBothPaths(text));

  it('on every real article in ../shared/realtext', () => {
    const texts = realTexts(REALTEXT_DIR);
    expect(texts.length).toBeGreaterThanOrEqual(40);
    for (const text of texts) expectSameBothPaths(text);
  });
});

describe('character-code tests equal the regexes they replace', () => {
  it('isWordCharAt is /[\\p{L}\\p{N}_]/u on one UTF-16 unit, for every unit', () => {
    const word = /[\p{L}\p{N}_]/u;
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}`;
      if (isWordCharAt(text, 1) !== word.test(text[1] ?? '')) expect([code, isWordCharAt(text, 1)]).toEqual([code, word.test(text[1] ?? '')]);
    }
    expect(isWordCharAt('a𝐀', 1)).toBe(false); // half a pair, as text[1] is
    expect(isWordCharAt('ab', -1) || isWordCharAt('ab', 2)).toBe(false);
  });

  it('the host character test is /[\\w.+-]/, for every unit', () => {
    const host = /[\w.+-]/;
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (isHostCharAt(char, 0) !== host.test(char)) expect([code, isHostCharAt(char, 0)]).toEqual([code, host.test(char)]);
    }
    expect(isHostCharAt('a', 1) || isHostCharAt('a', -1)).toBe(false);
  });

  it('the tokenizer agrees with WORD_PATTERN on every BMP character between words', () => {
    const words = new Words();
    for (let code = 0x80; code <= 0xffff; code++) {
      const text = `ab${String.fromCharCode(code)}cd ${String.fromCharCode(code)}`;
      words.fill(text);
      const found = Array.from({ length: words.count }, (_, i) => [words.start(i), words.end(i)]);
      const expected = [...text.matchAll(WORD_PATTERN)].map((m) => [m.index, m.index + m[0].length]);
      if (JSON.stringify(found) !== JSON.stringify(expected)) expect([code, found]).toEqual([code, expected]);
    }
  });

  it('isCashtagShape is /^[A-Za-z][A-Za-z0-9]{0,11}$/ on the word', () => {
    const words = new Words();
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[A-Za-z0-9.é]{1,14}$/), fc.string({ maxLength: 14 })), (input) => {
        words.fill(input);
        for (let i = 0; i < words.count; i++) expect(isCashtagShape(words, i)).toBe(/^[A-Za-z][A-Za-z0-9]{0,11}$/.test(words.word(i)));
      }),
      { numRuns: 500 },
    );
  });

  it('spellsAcronym reads the initials as its split/filter/map version did', () => {
    const skip = new Set(['and', 'of', 'the', 'for', 'a', 'an', 'to', 'in', 'on', 'with']);
    // The initials without the small words an acronym skips, or with them ("Department of Transportation (DOT)").
    const reference = (words: readonly string[], symbol: string, exactly: boolean): boolean => {
      const initials = (keep: (part: string) => boolean): string =>
        words
          .flatMap((word) => word.split(/[-.]/))
          .filter(keep)
          .map((word) => word[0]?.toUpperCase() ?? '')
          .join('');
      const letters = initials((part) => !skip.has(part.toLowerCase()));
      const all = initials(() => true);
      const wanted = symbol.replace(/[^A-Z]/g, '');
      return symbol.length >= 2 && (exactly ? letters === wanted || all === wanted : letters.endsWith(wanted) || all.endsWith(wanted));
    };
    const word = fc.oneof(fc.constantFrom('all-time', 'high', 'of', 'The', 'and', 'with', 'Fetch.ai', 'a-', '-b', '', 'x..y', 'ß', 'é'), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), fc.constantFrom('ATH', 'SEC', 'A', 'TVL', 'FA', 'SS', 'E2E'), fc.boolean(), (words, symbol, exactly) => {
        expect(spellsAcronym(words, symbol, exactly)).toBe(reference(words, symbol, exactly));
      }),
      { numRuns: 1000 },
    );
  });

  it('isSentenceStart and isShouting answer as their one-character-string versions did', () => {
    const openers = new Set(['"', "'", '“', '‘', '(', '[', '*', '-', '•', '–', '—', '>', '#']);
    const sentenceStart = (text: string, start: number): boolean => {
      let i = start - 1;
      while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || openers.has(text[i] ?? ''))) i--;
      return i < 0 || /[.!?:;\n\r]/.test(text[i] ?? '');
    };
    const shouting = (text: string, start: number, end: number): boolean => {
      const around = text.slice(Math.max(0, start - 40), start) + text.slice(end, end + 40);
      let upper = 0;
      let letters = 0;
      for (const char of around) {
        if (char >= 'A' && char <= 'Z') upper++;
        else if (char < 'a' || char > 'z') continue;
        letters++;
      }
      return letters >= 12 && upper / letters > 0.8;
    };
    const text = fc.array(fc.constantFrom('SEC', 'APPROVES', 'eth', ' ', '\t', '. ', '\n', '“', '(', '—', '•', '#', 'é', '🚀', 'Near'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (input, a, b) => {
        const start = input.length === 0 ? 0 : a % input.length;
        const end = Math.min(input.length, start + (b % 8));
        expect(isSentenceStart(input, start)).toBe(sentenceStart(input, start));
        expect(isShouting(input, start, end)).toBe(shouting(input, start, end));
        expect(isShouting(input, start, input.length)).toBe(shouting(input, start, input.length));
      }),
      { numRuns: 1000 },
    );
  });

  it('isTitleCase answers the same when the scanner hands it the token\'s line', () => {
    const text = fc.array(fc.constantFrom('Bitcoin', 'Trades', 'Near', 'Record', 'as', 'the', 'investors', 'HIGH', '2024', ' ', ' ', '\n', '. ', 'Über', 'é', '🚀', '—'), { maxLength: 80 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (input, a, b) => {
        const start = input.length === 0 ? 0 : a % input.length;
        let end = start;
        while (end < input.length && end - start < b % 12 && input[end] !== '\n') end++;
        const lineStart = input.lastIndexOf('\n', start - 1) + 1;
        const next = input.indexOf('\n', end);
        const line = { lineStart: start === 0 ? 0 : lineStart, lineEnd: next === -1 ? input.length : next };
        expect(isTitleCase(input, start, end, line)).toBe(isTitleCase(input, start, end));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phrase patterns as table data (tables/phrase-patterns.ts, text/phrase.ts)', () => {
  const names = Object.keys(PHRASE_PATTERNS) as PhraseName[];
  // Real article text: every phrase rule's words occur somewhere in it.
  const sample = readdirSync(join(REALTEXT_DIR, 'articles')).slice(0, 6).map((file) => readFileSync(join(REALTEXT_DIR, 'articles', file), 'utf8')).join('\n\n');

  it('a Phrase compiles its entry once, to the pattern the literal wrote', () => {
    for (const name of names) {
      const phrase = new Phrase(name);
      const { source, flags } = PHRASE_PATTERNS[name];
      expect(phrase.pattern).toBe(phrase.pattern);
      expect([phrase.pattern.source, phrase.pattern.flags]).toEqual([source, flags]);
    }
  });

  it('testAt and execAt answer as the sticky regex at every position of real text', () => {
    for (const name of names.filter((key) => PHRASE_PATTERNS[key].flags.includes('y'))) {
      const phrase = new Phrase(name);
      const { source, flags } = PHRASE_PATTERNS[name];
      const own = new RegExp(source, flags);
      for (let at = 0; at < sample.length; at += 3) {
        own.lastIndex = at;
        const expected = own.exec(sample);
        expect(phrase.execAt(sample, at)?.[0]).toBe(expected?.[0]);
        expect(phrase.testAt(sample, at)).toBe(expected !== null);
      }
    }
    // ~4 s alone (four expects per position per sticky pattern, not the regexes: 13 ms the
    // slowest); over the 5 s default when the machine is loaded, and it grows with the table.
  }, 30_000);
});
