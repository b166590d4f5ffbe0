/**
 * The detector's tables as the content script receives them with the lexicon: its build carries
 * stand-ins instead of the tables (lib/build-page-bundle.ts), which it fills from these
 * (lib/page/page-tables.ts). Every module in lib/detect/tables is read, and the site profiles'
 * scopes in lib/page/tables (lib/page/site-profile.ts), so a table added there
 * travels without a change here; what cannot travel as data stays code on the page and is
 * left out (lib/detect/table-transfer.ts).
 */
import { serializeTables, type SerializedTables } from '../detect/table-transfer';

const modules = import.meta.glob<Record<string, unknown>>(['../detect/tables/*.ts', '../page/tables/*.ts', '!**/*.d.ts'], { eager: true });
let serialized: SerializedTables | undefined;

/** Module file name (no extension) → export name → the export as data; built once per worker. */
export function pageTables(): SerializedTables {
  serialized ??= serializeTables(Object.fromEntries(Object.entries(modules).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1, -'.ts'.length), { ...module }])));
  return serialized;
}
