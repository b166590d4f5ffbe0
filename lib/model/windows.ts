/** The time windows a move is measured over. */
import * as z from 'zod/mini';

export const WINDOWS = ['1h', '24h', '7d'] as const;
export const WindowSchema = z.enum(WINDOWS);
export type Window = z.infer<typeof WindowSchema>;
