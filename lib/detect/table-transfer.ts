/**
 * The detector's tables (lib/detect/tables/*) as data the background sends with the lexicon, so
 * the content script need not bundle them (lib/page/README.md, "The tables travel with the
 * lexicon"). The table modules stay the only source: the page build replaces each one it can
 * carry with a stand-in that has the same export names and empty collections
 * (lib/build-page-bundle.ts), and lib/page/page-tables.ts fills those in place, once, from what
 * `serializeTables` made of the real modules in the background.
 *
 * A module is carried when every export is a Set, Map, array or plain record of JSON values.
 * One export of another kind (a function, a RegExp, a class instance, an undefined field) keeps
 * the whole module as code in the content script: its functions may close over its data, which
 * a stand-in could not fill. The build prints which modules stayed.
 */

/** How an export's collection is rebuilt on the page: what its stand-in starts as. */
export type TableKind = 'set' | 'map' | 'array' | 'record';

/**
 * The shape of an export's wire value, inferred from the real table at build time, which the
 * page checks before it fills anything: 's' string, 'n' number, 'b' boolean, 'z' null, 'j' any
 * JSON (no sample, or samples of mixed kinds), ['a', item] array, ['t', key, value] pair,
 * ['r', value] record, ['o', fields, optional keys] object.
 */
export type WireShape = 's' | 'n' | 'b' | 'z' | 'j' | readonly ['a', WireShape] | readonly ['t', WireShape, WireShape] | readonly ['r', WireShape] | readonly ['o', { readonly [key: string]: WireShape }, readonly string[]];

/** A module's carried exports: name → kind and wire shape. */
export type CarriedExports = Record<string, { kind: TableKind; shape: WireShape }>;

/**
 * What the background sends: module file name (no extension) → the wire values of its exports,
 * in the order of their names (`exportsInOrder`). By position, not by name: the names would be
 * strings in every tab's script, and the stand-ins and the background come from one build.
 */
export type SerializedTables = Record<string, unknown[]>;

/** A module's exports sorted by name: the one order both sides of the transfer use. */
export const exportsInOrder = (module: Record<string, unknown>): [string, unknown][] => Object.entries(module).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A value that survives the extension's JSON messaging unchanged. */
export function isJsonValue(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isPlainRecord(value) && Object.values(value).every(isJsonValue);
}

/** How an export travels, or null when it cannot (the module then stays code). */
export function tableKind(value: unknown): TableKind | null {
  if (value instanceof Set) return [...value].every(isJsonValue) ? 'set' : null;
  if (value instanceof Map) return [...value].every(([key, item]) => isJsonValue(key) && isJsonValue(item)) ? 'map' : null;
  if (Array.isArray(value)) return value.every(isJsonValue) ? 'array' : null;
  return isPlainRecord(value) && isJsonValue(value) ? 'record' : null;
}

/** The export as it travels: a Set's members, a Map's entries, the array or record itself. */
export function wireValue(value: unknown): unknown {
  if (value instanceof Set) return [...value];
  if (value instanceof Map) return [...value];
  return value;
}

/** The common shape of JSON samples: the one kind they share, else 'j'. */
export function shapeOf(samples: readonly unknown[]): WireShape {
  if (samples.length === 0) return 'j';
  if (samples.every((sample) => typeof sample === 'string')) return 's';
  if (samples.every((sample) => typeof sample === 'number')) return 'n';
  if (samples.every((sample) => typeof sample === 'boolean')) return 'b';
  if (samples.every((sample) => sample === null)) return 'z';
  if (samples.every(Array.isArray)) return ['a', shapeOf((samples as unknown[][]).flat())];
  if (samples.every(isPlainRecord)) {
    const records = samples as Record<string, unknown>[];
    const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
    const fields = Object.fromEntries(keys.map((key) => [key, shapeOf(records.filter((record) => key in record).map((record) => record[key]))]));
    return ['o', fields, keys.filter((key) => records.some((record) => !(key in record)))];
  }
  return 'j';
}

function exportShape(kind: TableKind, value: unknown): WireShape {
  if (kind === 'map') {
    const entries = [...(value as Map<unknown, unknown>)];
    return ['a', ['t', shapeOf(entries.map(([key]) => key)), shapeOf(entries.map(([, item]) => item))]];
  }
  if (kind === 'record') return ['r', shapeOf(Object.values(value as Record<string, unknown>))];
  return ['a', shapeOf(kind === 'set' ? [...(value as Set<unknown>)] : (value as unknown[]))];
}

/** The module's exports as carried, or null when one of them cannot travel. */
export function carriedExports(module: Record<string, unknown>): CarriedExports | null {
  const carried: CarriedExports = {};
  for (const [name, value] of exportsInOrder(module)) {
    const kind = tableKind(value);
    if (!kind) return null;
    carried[name] = { kind, shape: exportShape(kind, value) };
  }
  return carried;
}

/** Every carried module's exports as they travel (modules keyed by file name, no extension). */
export function serializeTables(modules: Record<string, Record<string, unknown>>): SerializedTables {
  const out: SerializedTables = {};
  for (const [name, module] of Object.entries(modules)) {
    if (carriedExports(module)) out[name] = exportsInOrder(module).map(([, value]) => wireValue(value));
  }
  return out;
}

/** A stand-in's collection kind as the first letter of its shape text (page-tables.ts makes the empty collection). */
const KIND_LETTER: Record<TableKind, string> = { set: 'S', map: 'M', array: 'A', record: 'R' };

const FIELD_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * A wire shape as the stand-in writes it for the page (lib/page/page-tables.ts reads it back): one
 * string, prefix notation, the letters of `WireShape` and an object as `{key:shape,key?:shape}`
 * (`?`: the optional keys). `['a', ['o', { name: 's', policy: 's' }, ['policy']]]` is
 * `a{name:s,policy?:s}`. Shorter in every tab's script than the nested arrays were, parser included
 * (news.js 25,483 → 25,470 B gzip -9).
 * A field name that is not an identifier fails the build: it could not be read back.
 */
export function shapeText(shape: WireShape): string {
  if (typeof shape === 'string') return shape;
  if (shape[0] !== 'o') return shape[0] + shape.slice(1).map((inner) => shapeText(inner as WireShape)).join('');
  const [, fields, optionalKeys] = shape;
  const written = Object.entries(fields).map(([key, field]) => {
    if (!FIELD_NAME.test(key)) throw new Error(`table field ${JSON.stringify(key)} is not an identifier: its shape cannot be written`);
    return `${key}${optionalKeys.includes(key) ? '?' : ''}:${shapeText(field)}`;
  });
  return `{${written.join(',')}}`;
}

/**
 * The stand-in module the page build loads instead of a carried table: the same export names, each
 * an empty collection that `registry`'s `standIn` makes and registers from one string, the exports
 * in the order of their names (what `serializeTables` sends by position), each written as its kind's
 * letter (`KIND_LETTER`) and its shape text, separated by spaces: `Aa{name:s,coinId:s,policy?:s} Rrs`.
 * One string and one destructured call per module instead of a constant and a `[collection, shape]`
 * pair per export (news.js 25,293 → 25,235 B gzip -9).
 */
export function standInSource(name: string, carried: CarriedExports, registry: string): string {
  const names = Object.keys(carried);
  const shapes = names.map((key) => {
    const { kind, shape } = carried[key] as CarriedExports[string];
    return KIND_LETTER[kind] + shapeText(shape);
  });
  return [
    `import { standIn } from ${JSON.stringify(registry)};`,
    `const [${names.map((_, at) => `t${at}`).join(', ')}] = standIn(${JSON.stringify(name)}, ${JSON.stringify(shapes.join(' '))});`,
    `export { ${names.map((key, at) => `t${at} as ${key}`).join(', ')} };`,
  ].join('\n');
}
