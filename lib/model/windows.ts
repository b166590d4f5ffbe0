/** The time windows a move is measured over. */
import * as z from 'zod/mini';

export const WINDOWS = ['1h', '24h', '7d'] as const;
export const WindowSchema = z.enum(WINDOWS);
export type Window = z.infer<typeof WindowSchema>;

/**
 * What views are measured over: a window, or 'since' (the page's publication time, from the
 * hourly series, DESIGN.md "Since published"). Only a page with a publication time can ask for
 * 'since', so it is the popup's choice for that page, never the stored window setting.
 */
export const SINCE_WINDOW = 'since';
export const VIEW_WINDOWS = [...WINDOWS, SINCE_WINDOW] as const;
export const ViewWindowSchema = z.enum(VIEW_WINDOWS);
export type ViewWindow = z.infer<typeof ViewWindowSchema>;
