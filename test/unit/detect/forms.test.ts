import { describe, expect, it } from 'vitest';
import { MENTION_FORMS } from '../../../lib/model';
import { FORM_REPORTS, FORM_ROWS } from '../../../lib/detect/scan/forms';

describe('the detection forms table', () => {
  it('lists every candidate kind once, in scan order, with what it reports', () => {
    expect(Object.keys(FORM_REPORTS)).toEqual(Object.keys(FORM_ROWS));
    expect(Object.keys(FORM_ROWS)).toEqual(['name-symbol', 'acronym', 'cashtag', 'pair', 'name', 'symbol', 'long-tail']);
  });

  it('reports exactly the mention forms of lib/model, strongest first', () => {
    const reported = Object.values(FORM_REPORTS).flatMap((reports) => (reports ? [reports] : []));
    expect(reported).toEqual([...MENTION_FORMS]);
  });
});
