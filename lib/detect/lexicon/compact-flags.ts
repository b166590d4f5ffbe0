/**
 * The flag bits of a compact lexicon coin ([id, SYMBOL, name, market-cap rank or null, flags];
 * compact-format.ts). Apart from the schemas so that the content script, which compiles the
 * lexicon but never parses one with zod, does not build those schemas on every tab.
 */
export const NAME_POLICY_BITS = 0b011;
export const NAME_ANY_CASE = 0; // "bitcoin", "Bitcoin", "dogwifhat"
export const NAME_CAPITALIZED = 1; // "Tether", "Internet Computer": the lower-case form is a word
export const NAME_NEEDS_CONTEXT = 2; // "Render", "Near", "Helium": a word unless crypto context
export const NAME_NEVER = 3; // "KuCoin", "Gate": alone they mean the company
export const SYMBOL_IS_WORD = 0b100; // "MOVE", "DEEP", "NEAR": a word when the text shouts
