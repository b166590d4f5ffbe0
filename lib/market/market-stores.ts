/**
 * Where the market layer keeps what must outlive a service worker (and the browser): the request
 * budget (window, pause, adapted limit) and learned sector membership, in storage.local. Not
 * storage.session: a browser closed inside a pause and reopened must still wait it out.
 */
import { storage } from 'wxt/utils/storage';
import type { BudgetStore } from './request-budget';
import type { MembershipStore } from './membership';

export function extensionBudgetStore(id: string): BudgetStore {
  const key = `local:market-budget:${id}` as const;
  return {
    load: () => storage.getItem<unknown>(key),
    save: (state) => storage.setItem(key, state),
  };
}

export function extensionMembershipStore(): MembershipStore {
  return {
    loadLearned: () => storage.getItem<unknown>('local:membership-learned'),
    saveLearned: (value) => storage.setItem('local:membership-learned', value),
    loadSnapshot: () => storage.getItem<unknown>('local:membership-snapshot'),
    saveSnapshot: (value) => storage.setItem('local:membership-snapshot', value),
  };
}
