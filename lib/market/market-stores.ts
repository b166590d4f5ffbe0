/**
 * Where the market layer keeps what must outlive a service worker (and the browser): the request
 * budget (window, pause, adapted limit) and learned sector membership, in storage.local. Not
 * storage.session: a browser closed inside a pause and reopened must still wait it out.
 */
import { STORAGE_KEYS } from '../storage/keys';
import { storedFamily, storedItem } from '../storage/stored-item';
import type { BudgetStore } from './request-budget';
import type { MembershipStore } from './membership';

// Raw items: the market layer parses what it reads itself (request-budget.ts, membership.ts).
const raw = (value: unknown): unknown => value;

export function extensionBudgetStore(id: string): BudgetStore {
  const budgets = storedFamily(STORAGE_KEYS.marketBudget);
  return {
    load: () => budgets.read(id),
    save: (state) => budgets.write([[id, state]]),
  };
}

export function extensionMembershipStore(): MembershipStore {
  const learned = storedItem(STORAGE_KEYS.membershipLearned, { parse: raw });
  const snapshot = storedItem(STORAGE_KEYS.membershipSnapshot, { parse: raw });
  return {
    loadLearned: () => learned.get(),
    saveLearned: (value) => learned.set(value),
    loadSnapshot: () => snapshot.get(),
    saveSnapshot: (value) => snapshot.set(value),
  };
}
