/** Why a figure is missing, so the UI can say so instead of a bare dash (lib/gap-text words them). */
import * as z from 'zod/mini';

/**
 * A token's move: CoinGecko sent no figure for the window; the page is older than the hourly
 * series; the row has no series; no usable price.
 */
export const MOVE_GAPS = ['no-figure', 'before-series', 'no-series', 'no-price'] as const;
export const MoveGapSchema = z.enum(MOVE_GAPS);
export type MoveGap = z.infer<typeof MoveGapSchema>;

/**
 * A sector average: the sector is not watched (no rows are fetched for it); its rows could not be
 * fetched; no constituent has a figure; only the token itself had one (leave-one-out).
 */
export const AVERAGE_GAPS = ['not-watched', 'no-data', 'no-constituents', 'only-token'] as const;
export const AverageGapSchema = z.enum(AVERAGE_GAPS);
export type AverageGap = z.infer<typeof AverageGapSchema>;
