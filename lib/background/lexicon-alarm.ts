/**
 * Once a day (and a few minutes after the browser starts, out of the way of the first pages'
 * requests), rebuild the lexicon if it is due. An alarm, not a timer: the service worker sleeps.
 */
import { browser } from 'wxt/browser';

const ALARM = 'lexicon-refresh';

export function scheduleLexiconRefresh(refresh: () => Promise<boolean>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void refresh().catch(() => undefined); // a failure waits for the next alarm
  });
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { delayInMinutes: 3, periodInMinutes: 24 * 60 });
  });
}
