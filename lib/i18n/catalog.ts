/**
 * Where translated strings come from. In the extension that is `browser.i18n` (the browser picks
 * the `_locales/<lang>/messages.json` for its UI language); in node tests it is a catalog built
 * from a messages.json with the same substitution rules, so the real files are what tests read.
 */
import { browser } from 'wxt/browser';

export interface Catalog {
  /** The message for `key` with `$1`…`$9` filled from `substitutions`; '' when the key is unknown. */
  getMessage(key: string, substitutions?: string[]): string;
}

/** One entry of a `messages.json` file, as the browsers define it. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessagesFile = Record<string, MessageEntry>;

/** `$1`…`$9` → substitutions, `$$` → `$` (what Chrome and Firefox do with a placeholder's content). */
function fillPositional(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
}

/** The browsers' rules for one message: named `$placeholder$`s (any case), then positional ones. */
export function formatEntry(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const withNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = named.get(name.toLowerCase());
    return content === undefined ? whole : fillPositional(content, substitutions);
  });
  return withNamed.replace(/\$(\$|[1-9])/g, (whole, what: string) => (what === '$' ? '$' : whole));
}

/** A catalog over one parsed messages.json (tests, and any page without `browser.i18n`). */
export function catalogFromMessages(messages: MessagesFile): Catalog {
  const lower = new Map(Object.entries(messages).map(([key, entry]) => [key.toLowerCase(), entry]));
  return {
    getMessage: (key, substitutions = []) => {
      const entry = lower.get(key.toLowerCase());
      return entry ? formatEntry(entry, substitutions) : '';
    },
  };
}

/** The browser's own catalog: the locale it chose for its UI language, English where it has none. */
export function browserCatalog(): Catalog {
  // WXT types getMessage with the English keys; ours are checked by lib/i18n/keys.ts already,
  // and plural keys are composed at run time.
  const i18n = browser.i18n as unknown as Catalog;
  return { getMessage: (key, substitutions) => i18n.getMessage(key, substitutions) };
}
