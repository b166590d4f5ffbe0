/**
 * Which sectors a coin is in, known without asking: what every category answer taught us (kept a
 * day, in storage.local), then the dated snapshot (shipped in public/data/sector-membership.json,
 * rebuilt daily from what was learned). A hover on a known coin goes straight to its sectors.
 *
 * A category answer holds the category's largest coins up to the provider's page size: a coin in
 * it is a member; a coin absent from a shorter-than-page answer is not; absent from a full page,
 * we cannot tell (the snapshot decides, else unknown).
 */
import { z } from 'zod';

const DAY_MS = 24 * 60 * 60 * 1000;

export type Membership = 'yes' | 'no' | 'unknown';

export const MembershipSnapshotSchema = z.object({
  format: z.literal('sector-lens/membership@1'),
  dataDate: z.string(),
  about: z.string().optional(),
  categories: z.record(z.string(), z.array(z.string())),
  /** Coins the snapshot speaks for: absent from a listed category = not in it. */
  coverage: z.array(z.string()),
});
export type MembershipSnapshot = z.infer<typeof MembershipSnapshotSchema>;

const LearnedSchema = z.record(z.string(), z.object({ at: z.number().finite(), complete: z.boolean(), ids: z.array(z.string()) }));
type Learned = Record<string, { at: number; complete: boolean; ids: string[] }>;

export interface MembershipStore {
  loadLearned(): Promise<unknown>;
  saveLearned(value: Learned): Promise<void>;
  loadSnapshot(): Promise<unknown>;
  saveSnapshot(value: MembershipSnapshot): Promise<void>;
}

export function memoryMembershipStore(): MembershipStore {
  let learned: unknown;
  let snapshot: unknown;
  return {
    loadLearned: async () => structuredClone(learned),
    saveLearned: async (value) => void (learned = structuredClone(value)),
    loadSnapshot: async () => structuredClone(snapshot),
    saveSnapshot: async (value) => void (snapshot = structuredClone(value)),
  };
}

interface Index {
  snapshot: MembershipSnapshot | null;
  members: Map<string, Set<string>>;
  coverage: Set<string>;
}

export interface MembershipDeps {
  store: MembershipStore;
  /** The snapshot shipped with the extension (public/data/sector-membership.json). */
  readShipped: () => Promise<unknown>;
  now?: () => number;
}

export function createMembership({ store, readShipped, now = Date.now }: MembershipDeps) {
  let learned: Promise<Learned> | undefined;
  let index: Promise<Index> | undefined;
  const loadLearned = () =>
    (learned ??= store
      .loadLearned()
      .then((raw) => {
        const parsed = LearnedSchema.safeParse(raw);
        return parsed.success ? (parsed.data as Learned) : ({} as Learned);
      })
      .catch((): Learned => ({})));
  const loadIndex = () =>
    (index ??= (async () => {
      const [shipped, stored] = await Promise.all([readShipped().catch(() => undefined), store.loadSnapshot().catch(() => undefined)]);
      const candidates = [shipped, stored].map((raw) => MembershipSnapshotSchema.safeParse(raw)).flatMap((parsed) => (parsed.success ? [parsed.data] : []));
      // The newer of the shipped snapshot and the daily rebuild.
      const snapshot = candidates.sort((a, b) => b.dataDate.localeCompare(a.dataDate))[0] ?? null;
      return {
        snapshot,
        members: new Map(Object.entries(snapshot?.categories ?? {}).map(([id, ids]) => [id, new Set(ids)])),
        coverage: new Set(snapshot?.coverage ?? []),
      };
    })());

  /** Is the coin in each of these categories, as far as we know without asking? */
  async function of(coinId: string, categoryIds: readonly string[]): Promise<Map<string, Membership>> {
    const [known, { members, coverage }] = await Promise.all([loadLearned(), loadIndex()]);
    const result = new Map<string, Membership>();
    for (const categoryId of categoryIds) {
      const recent = known[categoryId];
      if (recent && now() - recent.at < DAY_MS) {
        if (recent.ids.includes(coinId)) {
          result.set(categoryId, 'yes');
          continue;
        }
        if (recent.complete) {
          result.set(categoryId, 'no');
          continue;
        }
      }
      const listed = members.get(categoryId);
      result.set(categoryId, listed?.has(coinId) ? 'yes' : listed && coverage.has(coinId) ? 'no' : 'unknown');
    }
    return result;
  }

  /** Every category answer passes through here. */
  async function learn(categoryId: string, ids: readonly string[], complete: boolean): Promise<void> {
    const current = await loadLearned();
    current[categoryId] = { at: now(), complete, ids: [...ids] };
    const fresh = Object.fromEntries(Object.entries(current).filter(([, entry]) => now() - entry.at < DAY_MS));
    learned = Promise.resolve(fresh);
    await store.saveLearned(fresh).catch(() => undefined);
  }

  /** The daily refresh: a new dated snapshot = the current one updated with what was learned. */
  async function rebuildSnapshot(): Promise<MembershipSnapshot | null> {
    const [known, { snapshot }] = await Promise.all([loadLearned(), loadIndex()]);
    if (!snapshot && Object.keys(known).length === 0) return null;
    const categories: Record<string, string[]> = { ...(snapshot?.categories ?? {}) };
    const coverage = new Set(snapshot?.coverage ?? []);
    for (const [categoryId, entry] of Object.entries(known)) {
      if (now() - entry.at >= DAY_MS) continue;
      const previous = new Set(categories[categoryId] ?? []);
      // A complete answer replaces the list; a partial one (a full page) only adds to it.
      categories[categoryId] = [...new Set([...(entry.complete ? [] : previous), ...entry.ids])].sort();
    }
    const next: MembershipSnapshot = {
      format: 'sector-lens/membership@1',
      dataDate: new Date(now()).toISOString().slice(0, 10),
      about: 'Rebuilt by Sector Lens from the category answers of the last day, over the previous snapshot.',
      categories,
      coverage: [...coverage].sort(),
    };
    await store.saveSnapshot(next);
    index = undefined;
    return next;
  }

  return { of, learn, rebuildSnapshot };
}
export type MembershipService = ReturnType<typeof createMembership>;
