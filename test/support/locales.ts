/** The shipped locale files, read from public/_locales for tests and the screenshot tool. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MessagesFile } from '../../lib/i18n';

export const LOCALES_DIR = resolve(import.meta.dirname, '..', '..', 'public', '_locales');

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function readLocale(name: string): MessagesFile {
  return JSON.parse(readFileSync(join(LOCALES_DIR, name, 'messages.json'), 'utf8')) as MessagesFile;
}
