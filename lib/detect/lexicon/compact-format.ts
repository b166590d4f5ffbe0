// zod/mini: the content script parses the lexicon it is sent, and full zod would add ~100 KB there.
import * as z from 'zod/mini';

/**
 * The lexicon as shipped in public/data and as refreshed by the background: compact arrays so
 * a few hundred coins stay a few dozen KB for every tab that loads them.
 * A coin is [id, SYMBOL, name, market-cap rank or null, flags].
 */
export const NAME_POLICY_BITS = 0b011;
export const NAME_ANY_CASE = 0; // "bitcoin", "Bitcoin", "dogwifhat"
export const NAME_CAPITALIZED = 1; // "Tether", "Internet Computer": the lower-case form is a word
export const NAME_NEEDS_CONTEXT = 2; // "Render", "Near", "Helium": a word unless crypto context
export const NAME_NEVER = 3; // "KuCoin", "Gate": alone they mean the company
export const SYMBOL_IS_WORD = 0b100; // "MOVE", "DEEP", "NEAR": a word when the text shouts

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
