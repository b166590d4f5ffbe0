import { describe, expect, it } from 'vitest';
import { categoryIdsForNames, type CategoryListEntry } from '../../../lib/sectors/category-names';
import { readRecorded } from '../../support/recorded';

const list = readRecorded('categories-list.json') as CategoryListEntry[];

describe('category names → ids', () => {
  it("maps bitcoin's recorded /coins/{id} categories with the recorded categories list", () => {
    const { categories } = readRecorded('coin-bitcoin.json') as { categories: string[] };
    const ids = categoryIdsForNames(categories, list);
    expect(ids).toContain('layer-1');
    expect(ids).toContain('smart-contract-platform');
    expect(ids).toContain('proof-of-work-pow');
  });

  it('falls back to a case-insensitive match and drops unknown names', () => {
    expect(categoryIdsForNames(['layer 1 (l1)', 'No Such Category'], list)).toEqual(['layer-1']);
  });
});
