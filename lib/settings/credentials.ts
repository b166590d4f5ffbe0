/**
 * The CoinGecko API key. Kept apart from the settings object (and in storage.local, never synced)
 * so page-side code cannot pick it up by reading settings; the linter forbids content code and
 * components from importing this module. Only the background and the options page use it.
 */
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { ApiPlanSchema } from '../model';

export const CredentialsSchema = z.object({
  plan: ApiPlanSchema,
  key: z.string().check(z.maxLength(200)),
});
export type Credentials = z.infer<typeof CredentialsSchema>;
export const KEYLESS: Credentials = { plan: 'keyless', key: '' };

const credentialsItem = storage.defineItem<unknown>('local:credentials', { version: 1, migrations: {} });

export function parseCredentials(raw: unknown): Credentials {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) return { ...KEYLESS };
  if (parsed.data.plan !== 'keyless' && parsed.data.key.trim() === '') return { ...KEYLESS };
  return { plan: parsed.data.plan, key: parsed.data.key.trim() };
}

export async function loadCredentials(): Promise<Credentials> {
  return parseCredentials(await credentialsItem.getValue());
}

export async function saveCredentials(credentials: Credentials): Promise<void> {
  await credentialsItem.setValue(parseCredentials(credentials));
}

export function watchCredentials(callback: (credentials: Credentials) => void): () => void {
  return credentialsItem.watch((raw) => callback(parseCredentials(raw)));
}
