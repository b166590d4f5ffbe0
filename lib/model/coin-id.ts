/** A CoinGecko coin id as it crosses a context boundary: the one thing about a coin every layer shares. */
import * as z from 'zod/mini';

export const coinIdSchema = () => z.string().check(z.minLength(1), z.maxLength(200));
