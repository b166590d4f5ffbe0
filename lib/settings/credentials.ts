/**
 * The CoinGecko API key. Kept apart from the settings object (and in storage.local, never synced)
 * so page-side code cannot pick it up by reading settings; the linter forbids content code and
 * components from importing this module. Only the background and the options page use it.
 */
import * as z from 'zod/mini';
import { ApiPlanSchema } from '../model';
import { STORAGE_KEYS } from '../storage/keys';
import { storedItem } from '../storage/stored-item';

export const CredentialsSchema = z.object({
  plan: ApiPlanSchema,
  key: z.string().check(z.maxLength(200)),
});
export type Credentials = z.infer<typeof CredentialsSchema>;
export const KEYLESS: Credentials = { plan: 'keyless', key: '' };

export function parseCredentials(raw: unknown): Credentials {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return { ...KEYLESS };
  if (parsed.data.plan !== 'keyless' && parsed.data.key.trim() === '') return { ...KEYLESS };
  return { plan: parsed.data.plan, key: parsed.data.key.trim() };
}

const credentialsItem = storedItem(STORAGE_KEYS.credentials, { parse: parseCredentials, serialize: parseCredentials });

export const loadCredentials = (): Promise<Credentials> => credentialsItem.get();
export const saveCredentials = (credentials: Credentials): Promise<void> => credentialsItem.set(credentials);
export const watchCredentials = (callback: (credentials: Credentials) => void): (() => void) => credentialsItem.watch(callback);
