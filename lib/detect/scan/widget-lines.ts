import { coinsForSymbol, type Lexicon, type LexiconCoin } from '../lexicon/compile-lexicon';
import { nameKey } from '../text/tokenize';
import type { Mention } from '../types';
import { NONE_FOUND } from './candidates';
import { datedNameCoin } from './dated-coin';
import type { PageContext } from './page-context';
import { Phrase } from '../text/phrase';

// A line that is one lower-case identifier: "avalanche", "usd-coin", "xrp".
const IDENTIFIER_LINE = new Phrase('identifierLine');
// A quote line of a widget: "$23.84 USD", "-4.36%", "+0.5 %".
const QUOTE_LINE = new Phrase('quoteLine');

/**
 * Scraped price widgets print each coin's identifier alone on its line, often twice, next to
 * its quote ("avalanche⏎avalanche⏎⏎$23.84 USD⏎⏎-4.36%"): a CoinGecko id ("usd-coin",
 * "binancecoin"), a name or a ticker in lower case. Such a line is that coin when the same line
 * repeats next to it or a quote line follows; in running text these words stay words.
 */
export function widgetLineMentions(text: string, mentions: readonly Mention[], lexicon: Lexicon, context: PageContext): Mention[] {
  if (text.indexOf('\n') === -1 || !hasQuoteLine(text)) return NONE_FOUND;
  // Non-empty lines as [start, end) pairs; only short ones are ever sliced.
  const bounds: number[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (hasNonSpace(text, start, end)) bounds.push(start, end);
    start = end + 1;
  }
  const lineAt = (index: number): string => {
    const start = bounds[2 * index];
    const end = bounds[2 * index + 1];
    return start === undefined || end === undefined ? '' : text.slice(start, Math.min(end, start + 48));
  };
  const found: Mention[] = [];
  for (let index = 0; 2 * index < bounds.length; index++) {
    const lineStart = bounds[2 * index] ?? 0;
    if ((bounds[2 * index + 1] ?? 0) - lineStart > 44) continue;
    const match = IDENTIFIER_LINE.pattern.exec(lineAt(index));
    const identifier = match?.[1];
    if (!match || identifier === undefined) continue;
    const next = lineAt(index + 1);
    const repeated = lineAt(index - 1).trim() === identifier || next.trim() === identifier;
    if (!repeated && !QUOTE_LINE.pattern.test(next)) continue;
    const start = lineStart + match[0].indexOf(identifier);
    const end = start + identifier.length;
    if (overlapsMention(mentions, start, end)) continue;
    const coin = coinOf(identifier, lexicon, context);
    if (coin) found.push({ coinId: coin.id, symbol: coin.symbol, start, end, form: coin.symbol.toLowerCase() === identifier ? 'symbol' : 'name', confidence: 0.7 });
  }
  return found;
}

/** The coin an identifier names: its CoinGecko id, else its name, else its ticker. */
function coinOf(identifier: string, lexicon: Lexicon, context: PageContext): LexiconCoin | undefined {
  const byId = lexicon.coins.get(identifier);
  if (byId) return byId;
  const entry = lexicon.byName.get(nameKey(identifier))?.[0];
  if (entry && entry.policy !== 'company') return datedNameCoin(lexicon, entry, context.date);
  return coinsForSymbol(lexicon, identifier.toUpperCase(), context.date)[0];
}

function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return true;
  }
  return false;
}

function overlapsMention(mentions: readonly Mention[], start: number, end: number): boolean {
  for (const mention of mentions) if (mention.start < end && start < mention.end) return true;
  return false;
}

const isBlank = (code: number): boolean => code === 32 || code === 9;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether some line of the text is a quote line: /(?:^|\n)[ \t]*(?:\$[ \t]?\d|[+\-−]?\d[\d.,]*[ \t]?%[ \t]*(?:\n|$))/
 * by codes, line by line. As a regex it tried every position of a text with none (most long
 * texts): ~2 % of the detector on a 5 MB text, measured.
 */
function hasQuoteLine(text: string): boolean {
  for (let line = 0; ; ) {
    let i = line;
    while (isBlank(text.charCodeAt(i))) i++;
    let code = text.charCodeAt(i);
    if (code === 36 /* $ */) {
      if (isBlank(text.charCodeAt(i + 1))) i++;
      if (isDigit(text.charCodeAt(i + 1))) return true;
    } else {
      if (code === 43 || code === 45 || code === 0x2212) code = text.charCodeAt(++i);
      if (isDigit(code)) {
        i++;
        for (code = text.charCodeAt(i); isDigit(code) || code === 46 || code === 44; code = text.charCodeAt(++i));
        if (isBlank(code)) code = text.charCodeAt(++i);
        if (code === 37 /* % */) {
          for (code = text.charCodeAt(++i); isBlank(code); code = text.charCodeAt(++i));
          if (code === 10 || i >= text.length) return true;
        }
      }
    }
    const newline = text.indexOf('\n', line);
    if (newline === -1) return false;
    line = newline + 1;
  }
}
