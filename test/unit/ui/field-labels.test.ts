import { describe, expect, it } from 'vitest';
import { SETTINGS_FIELDS } from '../../../lib/settings/schema';
import { t } from '../../../lib/i18n';
import { FIELD_LABELS, fieldList } from '../../../lib/ui/field-labels';

describe('settings field labels table', () => {
  it('names every settings field, each differently, in words rather than its camelCase key', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(Object.keys(SETTINGS_FIELDS).sort());
    const labels = Object.values(FIELD_LABELS).map((key) => t(key));
    expect(new Set(labels).size).toBe(labels.length);
    for (const [field, key] of Object.entries(FIELD_LABELS)) {
      const label = t(key);
      expect(label, field).not.toBe(field);
      expect(label.includes(' ') || label.includes('-'), field).toBe(true);
    }
  });

  it('lists reset fields in the order given', () => {
    expect(fieldList(['window', 'pins'])).toBe('default window and pinned coins');
    expect(fieldList(['window', 'pins', 'averaging'])).toBe('default window, pinned coins, and sector average method');
    expect(fieldList([])).toBe('');
  });
});
