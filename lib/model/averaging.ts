/** How a sector's constituents are averaged into one figure (DESIGN.md "Sector average"). */
import * as z from 'zod/mini';

/** `capped`: cap-weighted with no constituent above 25 % of the weight (lib/sectors/sector-average). */
export const AVERAGING_METHODS = ['cap-weighted', 'capped', 'equal-weighted', 'median'] as const;
export const AveragingMethodSchema = z.enum(AVERAGING_METHODS);
export type AveragingMethod = z.infer<typeof AveragingMethodSchema>;
