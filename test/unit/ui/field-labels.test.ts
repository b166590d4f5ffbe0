import { describe, expect, it } from 'vitest';
import { SETTINGS_FIELDS } from '../../../lib/settings/schema';
import { FIELD_LABELS, fieldList } from '../../../lib/ui/field-labels';

describe('settings field labels table', () => {
  it('names every settings field, each differently, in words rather than its camelCase key', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(Object.keys(SETTINGS_FIELDS).sort());
    const labels = Object.values(FIELD_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const [field, label] of Object.entries(FIELD_LABELS)) {
      expect(label, field).not.toBe(field);
      expect(label.includes(' ') || label.includes('-'), field).toBe(true);
    }
  });

  it('lists reset fields in the order given', () => {
    expect(fieldList(['window', 'pins'])).toBe('default window, pinned coins');
    expect(fieldList([])).toBe('');
  });
});
