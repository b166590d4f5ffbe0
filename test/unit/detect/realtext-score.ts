/**
 * Scores the detector on ../shared/realtext (real news, labelled outside this repo) with the
 * counting rules of its score.py, in TypeScript so `npm test` needs no Python:
 * token set per article (micro-averaged), mention overlap by coin, ambiguous items neither hit nor
 * miss. The articles are third-party text: they are read from ../shared, never copied here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Mention } from '../../../lib/detect';

export const REALTEXT_DIR = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'realtext');

interface LabelToken {
  symbol: string;
  coingecko_id?: string | null;
}
interface ArticleLabel {
  tokens: LabelToken[];
  ambiguous?: { surface: string; candidate_symbol?: string; coingecko_id?: string | null }[];
}
interface LabelSpan {
  symbol: string;
  start: number;
  end: number;
}

export interface RealArticle {
  key: string;
  /** The text after the header's `---` line: what the command line is given. */
  body: string;
  /** YYYY-MM-DD from the `# date:` header (a month becomes its 15th), or undefined. */
  date: string | undefined;
  part: 'dev' | 'report';
  goldKeys: Set<string>;
  /** Labelled mentions as UTF-16 offsets into body. */
  spans: { start: number; end: number; key: string }[];
  ambiguousRanges: [number, number][];
  ambiguousIds: Set<string>;
  ambiguousSymbols: Set<string>;
  nullIdSymbols: Set<string>;
}

/**
 * The split, fixed before any rule was tuned: the first byte of SHA-256 of the file name
 * ("01-steemit-top-cryptocurrencies-2018.txt") even → development part, odd → report part.
 */
export function partOf(fileName: string): 'dev' | 'report' {
  return (createHash('sha256').update(fileName).digest()[0] ?? 0) % 2 === 0 ? 'dev' : 'report';
}

export function loadRealtext(dir = REALTEXT_DIR): RealArticle[] {
  if (!existsSync(join(dir, 'labels.json'))) {
    throw new Error(`realtext corpus not found at ${dir}: the repo must sit beside shared/ (../shared/realtext), as in CI`);
  }
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, ArticleLabel>;
  const allSpans = JSON.parse(readFileSync(join(dir, 'labels_spans.json'), 'utf8')) as Record<string, LabelSpan[]>;
  return Object.keys(labels)
    .sort()
    .map((key) => {
      const label = labels[key] as ArticleLabel;
      const raw = readFileSync(join(dir, 'articles', `${key}.txt`), 'utf8');
      const lines = raw.split('\n');
      const separator = lines.indexOf('---');
      const body = lines.slice(separator + 1).join('\n');
      const toUtf16 = codePointToUtf16(body);
      const goldKey = (token: LabelToken): string => token.coingecko_id || `sym:${token.symbol.toUpperCase()}`;
      const bySymbol = new Map(label.tokens.map((token) => [token.symbol, token]));
      const ambiguous = label.ambiguous ?? [];
      return {
        key,
        body,
        date: dateOf(lines.slice(0, separator)),
        part: partOf(`${key}.txt`),
        goldKeys: new Set(label.tokens.map(goldKey)),
        spans: (allSpans[key] ?? []).map((span) => ({ start: toUtf16(span.start), end: toUtf16(span.end), key: goldKey(bySymbol.get(span.symbol) as LabelToken) })),
        ambiguousRanges: ambiguous.flatMap((item) => occurrences(body, item.surface)),
        ambiguousIds: new Set(ambiguous.flatMap((item) => (item.coingecko_id ? [item.coingecko_id] : []))),
        ambiguousSymbols: new Set(ambiguous.flatMap((item) => (item.candidate_symbol ? [item.candidate_symbol.toUpperCase()] : []))),
        nullIdSymbols: new Set(label.tokens.filter((token) => !token.coingecko_id).map((token) => token.symbol.toUpperCase())),
      };
    });
}

function dateOf(header: readonly string[]): string | undefined {
  for (const line of header) {
    const match = /^# date:\s*(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(line);
    if (match) return `${match[1]}-${match[2]}-${match[3] ?? '15'}`;
  }
  return undefined;
}

function codePointToUtf16(text: string): (offset: number) => number {
  const table: number[] = [];
  let unit = 0;
  for (const char of text) {
    table.push(unit);
    unit += char.length;
  }
  table.push(unit);
  return (offset) => table[offset] ?? unit;
}

function occurrences(text: string, needle: string): [number, number][] {
  const found: [number, number][] = [];
  for (let at = text.indexOf(needle); at !== -1 && needle !== ''; at = text.indexOf(needle, at + 1)) found.push([at, at + needle.length]);
  return found;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export interface Counts {
  tokenTp: number;
  tokenFp: number;
  tokenFn: number;
  mentionPredicted: number;
  mentionTp: number;
  mentionGold: number;
  mentionRecalled: number;
  falsePositives: string[];
  falseNegatives: string[];
}

export function scoreArticle(article: RealArticle, mentions: readonly Mention[]): Counts {
  const predictions: { start: number; end: number; key: string; symbol: string }[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    const symbol = mention.symbol.toUpperCase();
    const key = article.nullIdSymbols.has(symbol) || !mention.coinId ? `sym:${symbol}` : mention.coinId;
    const span = { start: mention.start, end: mention.end };
    if (article.ambiguousRanges.some(([start, end]) => overlaps(span, { start, end }))) continue;
    const identity = `${span.start}:${span.end}:${key}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    predictions.push({ ...span, key, symbol });
  }
  const predicted = new Set(
    predictions.filter((p) => article.goldKeys.has(p.key) || !(article.ambiguousIds.has(p.key) || article.ambiguousSymbols.has(p.symbol))).map((p) => p.key),
  );
  const tp = [...predicted].filter((key) => article.goldKeys.has(key));
  const fp = [...predicted].filter((key) => !article.goldKeys.has(key));
  const fn = [...article.goldKeys].filter((key) => !predicted.has(key));
  let mentionTp = 0;
  const recalled = new Set<number>();
  for (const prediction of predictions) {
    let hit = false;
    article.spans.forEach((gold, index) => {
      if (gold.key === prediction.key && overlaps(prediction, gold)) {
        hit = true;
        recalled.add(index);
      }
    });
    if (hit) mentionTp++;
  }
  return {
    tokenTp: tp.length,
    tokenFp: fp.length,
    tokenFn: fn.length,
    mentionPredicted: predictions.length,
    mentionTp,
    mentionGold: article.spans.length,
    mentionRecalled: recalled.size,
    falsePositives: fp.map((key) => `${article.key}: +${key}`),
    falseNegatives: fn.map((key) => `${article.key}: -${key}`),
  };
}

export interface Figures {
  tokenPrecision: number;
  tokenRecall: number;
  mentionPrecision: number;
  mentionRecall: number;
  counts: Counts;
}

export function figures(all: readonly Counts[]): Figures {
  const sum = (field: keyof Omit<Counts, 'falsePositives' | 'falseNegatives'>): number => all.reduce((total, counts) => total + counts[field], 0);
  const counts: Counts = {
    tokenTp: sum('tokenTp'),
    tokenFp: sum('tokenFp'),
    tokenFn: sum('tokenFn'),
    mentionPredicted: sum('mentionPredicted'),
    mentionTp: sum('mentionTp'),
    mentionGold: sum('mentionGold'),
    mentionRecalled: sum('mentionRecalled'),
    falsePositives: all.flatMap((c) => c.falsePositives),
    falseNegatives: all.flatMap((c) => c.falseNegatives),
  };
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    tokenPrecision: ratio(counts.tokenTp, counts.tokenTp + counts.tokenFp),
    tokenRecall: ratio(counts.tokenTp, counts.tokenTp + counts.tokenFn),
    mentionPrecision: ratio(counts.mentionTp, counts.mentionPredicted),
    mentionRecall: ratio(counts.mentionRecalled, counts.mentionGold),
    counts,
  };
}
