/** How a sector's constituents are averaged into one figure (DESIGN.md "Sector average"). */
import * as z from 'zod/mini';

export const AVERAGING_METHODS = ['cap-weighted', 'equal-weighted', 'median'] as const;
export const AveragingMethodSchema = z.enum(AVERAGING_METHODS);
export type AveragingMethod = z.infer<typeof AveragingMethodSchema>;
