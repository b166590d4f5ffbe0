/** Stored and imported settings arrive as `unknown`: this is the one test that a value is an object of fields. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
