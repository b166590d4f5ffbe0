/** The toolbar badge: the number of distinct tokens found on the tab. */
import { browser } from 'wxt/browser';
import type { RequestOf } from '../messaging/protocol';

export function badgeText(report: RequestOf<'reportPage'>): string {
  const distinct = new Set(report.tokens.map((token) => token.coinId)).size;
  if (distinct === 0) return '';
  return distinct > 99 ? '99+' : String(distinct);
}

export async function showBadge(tabId: number, report: RequestOf<'reportPage'>): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
  await browser.action.setBadgeText({ tabId, text: badgeText(report) });
}
