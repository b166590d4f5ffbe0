/**
 * The detector tables' stand-ins in the content script, and their one fill from the tables the
 * background sent with the lexicon (lib/detect/table-transfer.ts). In the page build every
 * carried table module is a stand-in that registers its empty collections here when it is
 * evaluated; anywhere else (tests, the background) nothing registers and the real tables are
 * code, so `installTables` has nothing to fill.
 *
 * All of the data is checked before any collection is touched: malformed tables are a
 * GuardError, like a malformed lexicon, never a half-filled detector.
 */
import { arrayOf, expectShape, isBoolean, isFiniteNumber, isPlainObject, isString, isUnknown, objectOf, optional, recordOf, tupleOf, type Guard } from '../guard/guard';

type Collection = Set<unknown> | Map<unknown, unknown> | unknown[] | Record<string, unknown>;
/** One export of a stand-in module, in the order of the export names (table-transfer.ts). */
type StandInExport = readonly [collection: Collection, shape: string];

const standIns: (readonly [module: string, exports: readonly StandInExport[]])[] = [];
let filled = false;

/**
 * Called by each generated stand-in module as it is evaluated (lib/build-page-bundle.ts): its
 * exports' kinds and shapes, one string (`standInSource` in table-transfer.ts), in, and the empty
 * collections it exports, registered here for the fill, out.
 */
export function standIn(module: string, shapes: string): Collection[] {
  const exports = shapes.split(' ').map((text): StandInExport => [text[0] === 'S' ? new Set() : text[0] === 'M' ? new Map() : text[0] === 'A' ? [] : {}, text.slice(1)]);
  standIns.push([module, exports]);
  return exports.map(([collection]) => collection);
}

const isNull = (value: unknown): value is null => value === null;

/** The guard for a shape as the stand-in writes it (`shapeText` in table-transfer.ts). */
function guardOf(shape: string): Guard<unknown> {
  let at = 0;
  const next = (): Guard<unknown> => {
    const letter = shape[at++];
    if (letter === 's') return isString();
    if (letter === 'n') return isFiniteNumber;
    if (letter === 'b') return isBoolean;
    if (letter === 'z') return isNull;
    if (letter === 'j') return isUnknown;
    if (letter === 'a') return arrayOf(next());
    if (letter === 't') return tupleOf(next(), next());
    if (letter === 'r') return recordOf(isString(), next());
    // '{': `key:shape` or `key?:shape` (optional), separated by ',', up to '}'.
    const fields: Record<string, Guard<unknown>> = {};
    while (shape[at] !== '}') {
      const colon = shape.indexOf(':', at);
      const key = shape.slice(at, colon);
      at = colon + 1;
      const field = next();
      if (key.endsWith('?')) fields[key.slice(0, -1)] = optional(field);
      else fields[key] = field;
      if (shape[at] === ',') at++;
    }
    at++;
    return objectOf(fields);
  };
  return next();
}

function isTables(value: unknown): value is Record<string, unknown[]> {
  return isPlainObject(value) && standIns.every(([module, exports]) => {
    const sent = value[module];
    return Array.isArray(sent) && sent.length === exports.length && exports.every(([, shape], at) => guardOf(shape)(sent[at]));
  });
}

/**
 * Fill the stand-ins from the background's tables, before the first detection; a GuardError when
 * they are not what the stand-ins need. Filled once: the tables do not change while a script runs.
 */
export function installTables(json: unknown): void {
  const tables = expectShape(isTables, json, 'The detector tables');
  if (filled) return;
  filled = true;
  for (const [module, exports] of standIns) {
    for (let at = 0; at < exports.length; at++) {
      const collection = (exports[at] as StandInExport)[0];
      const sent = (tables[module] as unknown[])[at];
      if (collection instanceof Set) for (const item of sent as unknown[]) collection.add(item);
      else if (collection instanceof Map) for (const [key, item] of sent as [unknown, unknown][]) collection.set(key, item);
      else if (Array.isArray(collection)) for (const item of sent as unknown[]) collection.push(item);
      else Object.assign(collection, sent);
    }
  }
}
