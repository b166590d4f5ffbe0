/**
 * /coins/{id} lists a coin's categories by display NAME; sector math works on category ids. This
 * maps names to ids with /coins/categories/list, exact match first, then case-insensitively (the
 * two endpoints are separate sets and have drifted apart before; SOURCES.md).
 */
export interface CategoryListEntry {
  readonly category_id: string;
  readonly name: string;
}

export function categoryIdsForNames(names: readonly string[], list: readonly CategoryListEntry[]): string[] {
  const exact = new Map(list.map((entry) => [entry.name, entry.category_id]));
  const folded = new Map(list.map((entry) => [entry.name.trim().toLowerCase(), entry.category_id]));
  const ids: string[] = [];
  for (const name of names) {
    const id = exact.get(name) ?? folded.get(name.trim().toLowerCase());
    // A name the list does not know is dropped: without an id it can be neither watched nor averaged.
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
