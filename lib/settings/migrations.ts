/**
 * Upgrades of stored settings objects from older shapes. Version 0 is the shape before the
 * settings had a version field (none shipped; kept as the pattern every later change follows).
 */
export function migrateSettings(raw: unknown): unknown {
  return raw;
}
