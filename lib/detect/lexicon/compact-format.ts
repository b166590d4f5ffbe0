// zod/mini: light, and the content script never imports this file (its flag bits: compact-flags.ts).
import * as z from 'zod/mini';

/**
 * The lexicon as shipped in public/data and as refreshed by the background: compact arrays so
 * a few hundred coins stay a few dozen KB for every tab that loads them.
 * A coin is [id, SYMBOL, name, market-cap rank or null, flags] (flag bits: compact-flags.ts).
 */
export { NAME_ANY_CASE, NAME_CAPITALIZED, NAME_NEEDS_CONTEXT, NAME_NEVER, NAME_POLICY_BITS, SYMBOL_IS_WORD } from './compact-flags';

const nonEmpty = () => z.string().check(z.minLength(1));
const rank = () => z.nullable(z.int().check(z.positive()));
const compactCoin = z.tuple([nonEmpty(), nonEmpty(), z.string(), rank(), z.int().check(z.minimum(0), z.maximum(7))]);

export const compactLexiconSchema = z.object({
  format: z.literal('sector-lens/lexicon@1'),
  dataDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  sources: z.array(z.string()),
  coins: z.array(compactCoin),
});
export type CompactLexicon = z.infer<typeof compactLexiconSchema>;
export type CompactCoin = z.infer<typeof compactCoin>;

const longTailCoin = z.tuple([nonEmpty(), z.string(), z.string(), rank()]);

/** Every coin of /coins/list (id, SYMBOL, name, rank when known): background and CLI only. */
export const compactLongTailSchema = z.object({
  format: z.literal('sector-lens/long-tail@1'),
  dataDate: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  coins: z.array(longTailCoin),
});
export type CompactLongTail = z.infer<typeof compactLongTailSchema>;
