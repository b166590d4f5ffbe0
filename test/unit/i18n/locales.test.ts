/**
 * The shipped translations against the English file (DESIGN.md "Stable hooks", Languages): the
 * same keys everywhere, the same placeholders, plural pairs complete, no key the code never asks
 * for, and no locale that is mostly English in disguise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeNames, readLocale } from '../../support/locales';

const REQUIRED = ['en', 'es', 'zh_CN', 'ja', 'ko'];
const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const english = readLocale('en');
const keys = Object.keys(english).sort();
const others = localeNames().filter((name) => name !== 'en');

/** Placeholder names used in a message's text, lower-cased as the browsers compare them. */
const namedIn = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

function sourceText(): string {
  const files: string[] = [join(ROOT, 'wxt.config.ts')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(name)) files.push(path);
    }
  };
  for (const dir of ['lib', 'components', 'entrypoints']) walk(join(ROOT, dir));
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

describe('locales', () => {
  it('ship English and at least five more, Spanish, Chinese, Japanese and Korean among them', () => {
    expect(localeNames()).toEqual(expect.arrayContaining(REQUIRED));
    expect(localeNames().length).toBeGreaterThanOrEqual(6);
  });

  it.each(others)('%s has exactly the English keys', (name) => {
    expect(Object.keys(readLocale(name)).sort()).toEqual(keys);
  });

  it.each(localeNames())('%s: every placeholder a message names is defined as in English, and used', (name) => {
    const messages = readLocale(name);
    for (const key of keys) {
      const entry = messages[key];
      if (!entry) continue;
      const defined = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([p, v]) => [p.toLowerCase(), v.content]));
      const expected = Object.fromEntries(Object.entries(english[key]!.placeholders ?? {}).map(([p, v]) => [p.toLowerCase(), v.content]));
      expect({ key, placeholders: defined }).toEqual({ key, placeholders: expected });
      expect({ key, used: namedIn(entry.message) }).toEqual({ key, used: Object.keys(expected).sort() });
      expect(entry.message.trim(), key).not.toBe('');
    }
  });

  it('plural messages come in complete sets: every <key>_one has its <key>_other', () => {
    for (const key of keys.filter((k) => /_(zero|one|two|few|many)$/.test(k))) {
      expect(keys, key).toContain(key.replace(/_(zero|one|two|few|many)$/, '_other'));
    }
  });

  it('every key is asked for somewhere in the code (plurals by their base name)', () => {
    const source = sourceText();
    const asked = (literal: string) => [`'${literal}'`, `"${literal}"`, `\`${literal}\``, `__MSG_${literal}__`].some((form) => source.includes(form));
    const unused = keys.filter((key) => !asked(key) && !asked(key.replace(/_(zero|one|two|few|many|other)$/, '')));
    expect(unused).toEqual([]);
  });

  it.each(others)('%s: at most a quarter of its messages are the English text', (name) => {
    const messages = readLocale(name);
    const same = keys.filter((key) => messages[key]?.message === english[key]!.message);
    expect(same.length / keys.length, same.join(', ')).toBeLessThanOrEqual(0.25);
  });
});
