import type { Lexicon } from '../lexicon/compile-lexicon';
import { isListGap } from '../text/context';
import type { DetectionResult, Mention, UnresolvedCandidate } from '../types';
import { NONE_FOUND, type Candidate } from './candidates';
import { definedLongTailNames } from './defined-names';
import { judgeCandidate, unresolvedOf } from './forms';
import { listedUnknownTickers, noticeTickers } from './listed-tickers';
import { pricedUnknownTickers } from './priced-tickers';
import { longTailBoundTickers } from './long-tail-tickers';
import { possessiveLongTail } from './noun-tickers';
import { splitPairQuotes, splitUnresolvedPairQuotes } from './pair-quotes';
import { widgetLineMentions } from './widget-lines';
import { addBindings, addTextBindings, createPageContext, takePendingScan, type PageContext } from './page-context';
import { scanText } from './scan-text';
import { readsAsWord, STOPLISTED_IN_LIST, type Verdict } from './verdicts';

const NO_INDEXES: ReadonlySet<number> = new Set();

/**
 * Mentions in one text (a text node, or a whole file). Bindings found in `text` join `context`
 * first, so a passage binds itself even when collectBindings was not called for it.
 */
export function findMentions(text: string, lexicon: Lexicon, context: PageContext = createPageContext()): DetectionResult {
  const collected = takePendingScan(context, text);
  const candidates = collected ?? scanText(text, lexicon);
  if (!collected) {
    addBindings(context, candidates, lexicon, text);
    addTextBindings(context, text, candidates, lexicon);
  }
  // Index loops, no closures: this runs for every text node of a page, mostly before V8 has
  // optimised it (the closures and their contexts were a fifth of the page scan's allocation).
  // Sized once: a long text's thousands of verdicts are not copied as the array grows.
  // The pending verdicts and the listed long-tail words are noted as each candidate is judged, not
  // by a pass of their own over a long text's candidates each (same speed, fewer bytes).
  const verdicts = new Array<Verdict>(candidates.length);
  let pending: number[] | null = null;
  let listedItems: number[] | null = null;
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as Candidate;
    const verdict = (verdicts[index] = judgeCandidate(candidate, text, lexicon, context));
    if (isPending(verdict)) (pending ??= []).push(index);
    // "Solana and Layer-2s", "Web 3": a word numbered by a digit is a term, not a project;
    // "KyberSwap Elastic and …": a word right after a name is that product's line, not a project.
    else if (candidate.kind === 'long-tail' && candidate.listed && !isNumberedAt(text, candidate.end) && candidates[index - 1]?.end !== candidate.start - 1) (listedItems ??= []).push(index);
  }
  if (pending !== null) acceptListNeighbours(text, verdicts, candidates, pending);
  const listedOk = listedItems === null ? NO_INDEXES : acceptListedLongTail(text, candidates, verdicts, listedItems);

  // The mentions are the verdicts, kept in place in their own array (no second array per text).
  let count = 0;
  const unresolved: UnresolvedCandidate[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as Candidate;
    const verdict = verdicts[index];
    if (verdict) verdicts[count++] = verdict;
    else if (candidate.kind === 'long-tail' && candidate.listed && !listedOk.has(index)) continue;
    else {
      const forLongTail = unresolvedOf(candidate, text, lexicon, context);
      if (forLongTail) unresolved.push(forLongTail);
    }
  }
  // From here on the verdicts are the mentions (`verdicts as Mention[]`: no alias, which the
  // minifier would keep).
  verdicts.length = count;
  // "ANT, KP3R, XMR and ZEC": list items the per-tab lexicon lacks, for the long tail by symbol.
  const listed = listedUnknownTickers(text, verdicts as Mention[], candidates);
  // "Spark’s SPK", "its SPK token": a ticker only the long tail knows, bound for the page.
  const possessive = context.longTailSymbols.size > 0 ? possessiveLongTail(text, candidates, context) : NONE_FOUND;
  // "ZClassic (ZCL) … ZCL fell": later bare tickers (and names) of a coin only the long tail knows.
  const bound = longTailBoundTickers(text, candidates, context);
  if (bound.length === 0) unresolved.push(...listed);
  else {
    const boundAt = new Set(bound.map((candidate) => candidate.start));
    for (const candidate of listed) if (!boundAt.has(candidate.start)) unresolved.push(candidate);
    // "Spark’s SPK" is one mention: the bound "SPK" and "Spark" inside it are not asked again.
    for (const candidate of [...possessive, ...bound]) if (!unresolved.some((taken) => taken.start < candidate.end && candidate.start < taken.end)) unresolved.push(candidate);
  }
  // "VELVET pumped 38%": an unknown ticker the market moves, for the long tail by symbol.
  // "Namecoin, a promising coin of its era": a name its own sentence defines as a coin.
  // Each only where no candidate for the long tail starts yet: a set of starts, not a pass over
  // a long text's thousands of them per candidate.
  const priced = pricedUnknownTickers(text, verdicts as Mention[], candidates);
  const defined = definedLongTailNames(text, verdicts as Mention[]);
  // "will delist ABC, DEF and GHI": a run of tickers an exchange notice lists.
  const notice = noticeTickers(text, verdicts as Mention[], candidates);
  if (priced.length > 0 || defined.length > 0 || notice.length > 0) {
    const taken = new Set<number>();
    for (const candidate of unresolved) taken.add(candidate.start);
    for (const candidate of [...priced, ...defined, ...notice]) {
      if (taken.has(candidate.start)) continue;
      taken.add(candidate.start);
      unresolved.push(candidate);
    }
  }
  const split = splitPairQuotes(text, verdicts as Mention[], lexicon, context);
  // "OKT-ETH": a pair with a long-tail base still names its crypto quote.
  const quotes = splitUnresolvedPairQuotes(text, unresolved, lexicon, context);
  if (quotes.length > 0) {
    split.push(...quotes);
    split.sort((a, b) => a.start - b.start);
  }
  // "avalanche⏎avalanche⏎$23.84 USD": a price widget's lower-case identifier lines.
  const widget = widgetLineMentions(text, split, lexicon, context);
  return { mentions: widget.length > 0 ? [...split, ...widget].sort((a, b) => a.start - b.start) : split, unresolved };
}

/** A hyphen or space and a digit right after a word ("Layer-2s", "Layer 2"). */
function isNumberedAt(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  const digit = next === 45 || next === 32 ? text.charCodeAt(end + 1) : next;
  return digit >= 48 && digit <= 57;
}

/** A verdict that counts only if a list neighbour is a mention: its confidence is negative. */
const isPending = (verdict: Verdict | undefined): verdict is Mention => verdict != null && verdict.confidence < 0;
/** A verdict that counts on its own. */
const isSettled = (verdict: Verdict | undefined): verdict is Mention => verdict != null && verdict.confidence > 0;

/** "Render, Akash and Bittensor": an ordinary-word name listed next to a coin is a coin. */
function acceptListNeighbours(text: string, verdicts: Verdict[], candidates: readonly Candidate[], pending: readonly number[]): void {
  // Only the pending verdicts (negative confidence; their indexes, ascending) are visited, in text order as before (a few of a page's thousands).
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < pending.length; k++) {
      const index = pending[k] as number;
      const self = verdicts[index];
      if (!isPending(self)) continue;
      const before = verdicts[index - 1];
      const after = verdicts[index + 1];
      const settledBefore = isSettled(before) && isListGap(text, before, self);
      const settledAfter = isSettled(after) && isListGap(text, self, after);
      // A stop-listed ticker ("GMT") needs a run of coins: both neighbours, or two coins on its one
      // side ("GMT, AKT, and TIA lead").
      const listed = self.confidence === -STOPLISTED_IN_LIST ? isInCoinRun(text, verdicts, index, settledBefore, settledAfter) : settledBefore || settledAfter;
      if (listed) self.confidence = -self.confidence;
    }
  }
  acceptNamesTheTextCounts(text, verdicts, candidates, pending);
  for (let k = 0; k < pending.length; k++) {
    const index = pending[k] as number;
    if (isPending(verdicts[index])) verdicts[index] = null;
  }
}

/**
 * "… chains Harmony must bridge to. Harmony needs …": once the text counts an ordinary-word name
 * as its coin, its other capitalised occurrences are that coin, as if the page bound it (the
 * verdict's own rule for bound coins; "Near the close" at a sentence start stays a word). Not
 * firms: "Ripple" counted once as the coin leaves "Ripple’s software" the company.
 */
function acceptNamesTheTextCounts(text: string, verdicts: Verdict[], candidates: readonly Candidate[], pending: readonly number[]): void {
  let counted: Set<string> | null = null;
  for (let index = 0; index < verdicts.length; index++) {
    const verdict = verdicts[index];
    if (isSettled(verdict) && verdict.form === 'name') (counted ??= new Set()).add(verdict.coinId);
  }
  if (counted === null) return;
  for (let k = 0; k < pending.length; k++) {
    const index = pending[k] as number;
    const verdict = verdicts[index];
    const candidate = candidates[index];
    if (isPending(verdict) && candidate?.kind === 'name' && candidate.entries[0]?.policy === 'needs-context' && counted.has(verdict.coinId) && !readsAsWord(candidate.evidence, text, candidate.end)) verdict.confidence = -verdict.confidence;
  }
}

/** Whether the stop-listed ticker at `index` sits in a run of listed coins (see above). */
function isInCoinRun(text: string, verdicts: readonly Verdict[], index: number, settledBefore: boolean, settledAfter: boolean): boolean {
  const before = verdicts[index - 1];
  const after = verdicts[index + 1];
  if (settledBefore && settledAfter) return true;
  const settledAt = (at: number, from: Mention): boolean => {
    const next = verdicts[at];
    return isSettled(next) && (at > index ? isListGap(text, from, next) : isListGap(text, next, from));
  };
  // Two coins on one side make a run, wherever it goes on ("TRX, BTT, JST, SUN and HT": JST,
  // then SUN and HT after it); one coin on each side is the run's middle.
  return (settledAfter && settledAt(index + 2, after as Mention)) || (settledBefore && settledAt(index - 2, before as Mention));
}

/**
 * "Dash, Powerpool, and Horizen": capitalised words the per-tab lexicon lacks, listed next to a
 * coin (or next to such a word that is), go to the long tail. Returns their candidate indexes.
 */
function acceptListedLongTail(text: string, candidates: readonly Candidate[], verdicts: readonly Verdict[], listed: readonly number[]): Set<number> {
  const accepted = new Set<number>();
  // A mention, an accepted listed word, or a name strong on its own ("Kyber Network").
  const settled = (index: number): boolean => {
    const candidate = candidates[index];
    return verdicts[index] != null || accepted.has(index) || (candidate?.kind === 'long-tail' && candidate.form === 'name' && !candidate.listed);
  };
  // Only the listed candidates are visited (findMentions lists them), in text order as before.
  for (let round = 0; round < 3; round++) {
    for (let k = 0; k < listed.length; k++) {
      const index = listed[k] as number;
      const candidate = candidates[index] as Candidate;
      if (accepted.has(index)) continue;
      const before = candidates[index - 1];
      const after = candidates[index + 1];
      if ((before && settled(index - 1) && isListGap(text, before, candidate)) || (after && settled(index + 1) && isListGap(text, candidate, after))) {
        accepted.add(index);
      }
    }
  }
  return accepted;
}

