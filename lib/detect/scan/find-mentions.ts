import type { Lexicon } from '../lexicon/compile-lexicon';
import { BARE_SYMBOL_STOPLIST } from '../tables/bare-symbol-stoplist';
import { isListGap } from '../text/context';
import type { DetectionResult, Mention, UnresolvedCandidate } from '../types';
import type { Candidate } from './candidates';
import { addBindings, addRedefinitions, createPageContext, takePendingScan, type PageContext } from './page-context';
import { resolveSymbol } from './resolve-symbol';
import { scanText } from './scan-text';

/** A mention, or one that counts only if a list neighbour is a mention, or nothing. */
type Verdict = { mention: Mention; pending: boolean } | null;

/**
 * Mentions in one text (a text node, or a whole file). Bindings found in `text` join `context`
 * first, so a passage binds itself even when collectBindings was not called for it.
 */
export function findMentions(text: string, lexicon: Lexicon, context: PageContext = createPageContext()): DetectionResult {
  const collected = takePendingScan(context, text);
  const candidates = collected ?? scanText(text, lexicon);
  if (!collected) {
    addBindings(context, candidates, lexicon);
    addRedefinitions(context, text);
  }
  const verdicts = candidates.map((candidate) => judge(candidate, lexicon, context));
  acceptListNeighbours(text, verdicts);

  const mentions: Mention[] = [];
  const unresolved: UnresolvedCandidate[] = [];
  candidates.forEach((candidate, index) => {
    const verdict = verdicts[index];
    if (verdict) mentions.push(verdict.mention);
    else if (isUnresolved(candidate, lexicon, context)) unresolved.push(toUnresolved(candidate));
  });
  return { mentions, unresolved };
}

function judge(candidate: Candidate, lexicon: Lexicon, context: PageContext): Verdict {
  if (candidate.kind === 'name') return judgeName(candidate, context);
  const found = judgeStrongOrSymbol(candidate, lexicon, context);
  return found ? { mention: found, pending: false } : null;
}

function judgeStrongOrSymbol(candidate: Candidate, lexicon: Lexicon, context: PageContext): Mention | null {
  const { start, end } = candidate;
  switch (candidate.kind) {
    case 'name-symbol':
      return mention(candidate.coin.id, candidate.coin.symbol, start, end, 'name-symbol', 0.99);
    case 'cashtag':
    case 'pair': {
      const resolved = resolveSymbol(candidate.symbol, lexicon, context);
      return resolved ? mention(resolved.coinId, resolved.symbol, start, end, candidate.kind, 0.95, resolved.alternatives) : null;
    }
    case 'symbol':
      return judgeSymbol(candidate, lexicon, context);
    default:
      return null;
  }
}

function judgeSymbol(candidate: Extract<Candidate, { kind: 'symbol' }>, lexicon: Lexicon, context: PageContext): Mention | null {
  const { symbol } = candidate;
  const resolved = resolveSymbol(symbol, lexicon, context);
  if (!resolved) return null;
  const pinnedOrBound = context.pins[symbol] !== undefined || context.symbolBindings.has(symbol);
  if (context.acronyms.has(symbol) && !pinnedOrBound) return null;
  if (symbol.length === 1) return null;
  // "ATH" is all-time high unless the page says Aethir; two letters are usually an acronym ("IP", "OP").
  const acronymLike = BARE_SYMBOL_STOPLIST.has(symbol) || symbol.replace(/\d/g, '').length <= 2;
  const coin = lexicon.coins.get(resolved.coinId);
  const wordInShout = coin?.symbolIsWord === true && candidate.shouting && !candidate.mixedCase;
  if (acronymLike || wordInShout) {
    const strong = pinnedOrBound || context.stronglyBoundCoins.has(resolved.coinId);
    if (!strong && !candidate.priceAfter) return null;
    return mention(resolved.coinId, resolved.symbol, candidate.start, candidate.end, 'symbol', 0.7, resolved.alternatives);
  }
  return mention(resolved.coinId, resolved.symbol, candidate.start, candidate.end, 'symbol', 0.85, resolved.alternatives);
}

function judgeName(candidate: Extract<Candidate, { kind: 'name' }>, context: PageContext): Verdict {
  const [entry, ...others] = candidate.entries;
  if (!entry) return null;
  const alternatives = others.map((other) => other.coin.id);
  const found = (confidence: number, pending = false): Verdict => ({
    mention: mention(entry.coin.id, entry.coin.symbol, candidate.start, candidate.end, 'name', confidence, alternatives),
    pending,
  });
  if (entry.policy !== 'needs-context') return found(0.9);

  const evidence = candidate.evidence;
  if (evidence.hyphenAfter) return null; // "near-term", "sky-high"
  const insideProperNoun = !evidence.titleCase && (evidence.capitalisedWordBefore || evidence.capitalisedWordAfter);
  if (evidence.priceAfter || (evidence.cryptoNounAfter && !evidence.capitalisedWordBefore)) return found(0.8);
  if (insideProperNoun) return null;
  // "Filecoin and Akash rose; Render jumped." On a page that already names two coins
  // unmistakably, an ordinary-word name the market moves is the coin, figure or not.
  if (evidence.priceVerbAfter && !evidence.titleCase && context.stronglyBoundCoins.size >= 2) return found(0.7);
  // "stablecoin supply on Avalanche rose": a chain named after a preposition on a crypto page.
  if (evidence.chainPrepositionBefore && !evidence.titleCase && context.stronglyBoundCoins.size > 0) return found(0.75);
  if (context.boundCoins.has(entry.coin.id)) {
    // "Near the close of trading" at the start of a sentence or in a Title Case headline.
    const looksLikeWord = (evidence.sentenceStart || evidence.titleCase) && evidence.functionWordAfter;
    return looksLikeWord ? null : found(0.75);
  }
  return found(0.75, true);
}

/** "Render, Akash and Bittensor": an ordinary-word name listed next to a coin is a coin. */
function acceptListNeighbours(text: string, verdicts: Verdict[]): void {
  const isSettled = (verdict: Verdict | undefined): verdict is { mention: Mention; pending: false } => verdict !== null && verdict !== undefined && !verdict.pending;
  for (let round = 0; round < 2; round++) {
    verdicts.forEach((verdict, index) => {
      if (!verdict?.pending) return;
      const before = verdicts[index - 1];
      const after = verdicts[index + 1];
      const self = verdict.mention;
      const listed =
        (isSettled(before) && isListGap(text.slice(before.mention.end, self.start))) ||
        (isSettled(after) && isListGap(text.slice(self.end, after.mention.start)));
      if (listed) verdicts[index] = { mention: self, pending: false };
    });
  }
  verdicts.forEach((verdict, index) => {
    if (verdict?.pending) verdicts[index] = null;
  });
}

function mention(coinId: string, symbol: string, start: number, end: number, form: Mention['form'], confidence: number, alternatives: string[] = []): Mention {
  return alternatives.length > 0 ? { coinId, symbol, start, end, form, confidence, alternatives } : { coinId, symbol, start, end, form, confidence };
}

function isUnresolved(candidate: Candidate, lexicon: Lexicon, context: PageContext): boolean {
  if (candidate.kind === 'long-tail') return true;
  if (candidate.kind !== 'cashtag' && candidate.kind !== 'pair') return false;
  return !BARE_SYMBOL_STOPLIST.has(candidate.symbol) && resolveSymbol(candidate.symbol, lexicon, context) === null;
}

function toUnresolved(candidate: Candidate): UnresolvedCandidate {
  if (candidate.kind === 'long-tail') {
    return { symbol: candidate.symbol, nameHint: candidate.nameHint, start: candidate.start, end: candidate.end, form: candidate.form };
  }
  const symbol = 'symbol' in candidate ? candidate.symbol : null;
  const form = candidate.kind === 'pair' ? 'pair' : 'cashtag';
  return { symbol, start: candidate.start, end: candidate.end, form };
}
