/** The toolbar badge: the number of distinct tokens found on the tab, and a title that says so. */
import { browser } from 'wxt/browser';
import { t, tn } from '../i18n';
import type { RequestOf } from '../messaging/protocol';

function distinctTokens(report: RequestOf<'reportPage'>): number {
  return new Set(report.tokens.map((token) => token.coinId)).size;
}

export function badgeText(report: RequestOf<'reportPage'>): string {
  const distinct = distinctTokens(report);
  if (distinct === 0) return '';
  return distinct > 99 ? '99+' : String(distinct);
}

export function badgeTitle(report: RequestOf<'reportPage'>): string {
  const distinct = distinctTokens(report);
  return distinct === 0 ? t('action_title') : tn('badge_title', distinct);
}

export async function showBadge(tabId: number, report: RequestOf<'reportPage'>): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
  await browser.action.setBadgeText({ tabId, text: badgeText(report) });
  await browser.action.setTitle({ tabId, title: badgeTitle(report) });
}
