/**
 * How a mention was written, strongest evidence first. The names only: how each form is scanned,
 * bound and judged is lib/detect's.
 */
import * as z from 'zod/mini';

export const MENTION_FORMS = ['name-symbol', 'cashtag', 'pair', 'name', 'symbol'] as const;
export const MentionFormSchema = z.enum(MENTION_FORMS);
export type MentionForm = z.infer<typeof MentionFormSchema>;

/** Forms strong enough to be looked up in the long tail when the per-tab lexicon lacks the coin
 * (a bare 'symbol' only as an item of a ticker list: "ANT, KP3R, XMR and ZEC"). */
export const STRONG_FORMS = ['name-symbol', 'cashtag', 'pair', 'name', 'symbol'] as const satisfies readonly MentionForm[];
export const StrongFormSchema = z.enum(STRONG_FORMS);
export type StrongForm = z.infer<typeof StrongFormSchema>;
