import { describe, expect, it } from 'vitest';
import { MENTION_FORMS } from '../../../lib/model';
import { FORM_ROWS, FORMS } from '../../../lib/detect/scan/forms';

describe('the detection forms table', () => {
  it('lists every candidate kind once, in scan order', () => {
    expect(FORMS.map((row) => row.kind).sort()).toEqual(Object.keys(FORM_ROWS).sort());
    expect(new Set(FORMS.map((row) => row.kind)).size).toBe(FORMS.length);
    for (const [kind, row] of Object.entries(FORM_ROWS)) expect(row.kind).toBe(kind);
  });

  it('reports exactly the mention forms of lib/model, strongest first', () => {
    const reported = FORMS.flatMap((row) => (row.reports ? [row.reports] : []));
    expect(reported).toEqual([...MENTION_FORMS]);
  });
});
