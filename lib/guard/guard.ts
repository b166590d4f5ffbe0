/**
 * Typed guards for what the page side receives: a few predicates that compose into the shape of a
 * message, a settings field or the lexicon. The content script runs in every tab of an enabled
 * site, and zod (even zod/mini) is a third of its size there; the page side checks a handful of
 * small shapes, so it checks them with these. Each guard is tested against the zod schema it
 * stands for (test/unit/guard), so the two cannot drift apart.
 */

/** True when `value` has the shape T. Never throws. */
export type Guard<T> = (value: unknown) => value is T;
/** A property that may be absent (or undefined), as zod's `optional`. */
export type OptionalGuard<T> = Guard<T | undefined> & { readonly optional: true };
export type Guarded<G> = G extends Guard<infer T> ? T : never;

type Shape = Record<string, Guard<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<{ [K in Exclude<keyof S, OptionalKeys<S>>]: Guarded<S[K]> } & { [K in OptionalKeys<S>]?: Guarded<S[K]> }>;

export const isUnknown = (_value: unknown): _value is unknown => true;
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** An integer in [min, max] (safe integers by default, as zod's `int`). */
export function isInt(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Guard<number> {
  return (value): value is number => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}

/** A string of `min` to `max` UTF-16 units, matching `pattern` when one is given. */
export function isString(min = 0, max = Infinity, pattern?: RegExp): Guard<string> {
  return (value): value is string => typeof value === 'string' && value.length >= min && value.length <= max && (!pattern || pattern.test(value));
}

export function literal<const T extends string | number | boolean>(expected: T): Guard<T> {
  return (value): value is T => value === expected;
}

export function optional<T>(guard: Guard<T>): OptionalGuard<T> {
  return Object.assign((value: unknown): value is T | undefined => value === undefined || guard(value), { optional: true as const });
}

export function nullable<T>(guard: Guard<T>): Guard<T | null> {
  return (value): value is T | null => value === null || guard(value);
}

/** Not null, not an array: what zod's `object` accepts before it looks at the fields. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An array of at most `max` items, each one a T. */
export function arrayOf<T>(item: Guard<T>, max = Infinity): Guard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.length <= max && value.every((entry) => item(entry));
}

/** An array of exactly these items, in order. */
export function tupleOf<const G extends readonly Guard<unknown>[]>(...items: G): Guard<{ -readonly [I in keyof G]: Guarded<G[I]> }> {
  return (value): value is { -readonly [I in keyof G]: Guarded<G[I]> } => Array.isArray(value) && value.length === items.length && items.every((item, at) => item(value[at]));
}

/**
 * An object with these fields (others are allowed, and ignored by the types). A required field
 * must be present even when its guard accepts undefined (`isUnknown`), as in zod.
 */
export function objectOf<S extends Shape>(shape: S): Guard<ObjectOf<S>> {
  const fields = Object.entries(shape).map(([key, guard]) => [key, guard, !('optional' in guard)] as const);
  return (value): value is ObjectOf<S> => isPlainObject(value) && fields.every(([key, guard, required]) => (!required || key in value) && guard(value[key]));
}

/** An object used as a map: every own key a K, every value a V. */
export function recordOf<K extends string, V>(key: Guard<K>, item: Guard<V>): Guard<Record<K, V>> {
  return (value): value is Record<K, V> => isPlainObject(value) && Object.entries(value).every(([name, entry]) => key(name) && item(entry));
}

/** `value` when it has the shape, otherwise a GuardError naming `what`. */
export function expectShape<T>(guard: Guard<T>, value: unknown, what: string): T {
  if (!guard(value)) throw new GuardError(what);
  return value;
}

export class GuardError extends Error {
  override readonly name = 'GuardError';
  constructor(readonly what: string) {
    super(`${what} did not have the expected shape`);
  }
}
