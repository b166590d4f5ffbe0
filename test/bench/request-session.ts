/**
 * `npm run bench:requests`: what a typical five-minute reading session costs in API requests with
 * default settings (8 watched sectors, keyless), run through the real market service against the
 * rate-limited stand-in on a virtual clock (so five minutes take a second, deterministically).
 *
 * The session: an article naming DOGE, UNI, ONDO, ARB and TAO (five watched sectors); each token
 * hovered in turn, some twice, the popup opened twice, the daily lexicon rebuild due at 3 min (a
 * fresh profile). Printed: requests, 429s, when each card was complete (every watched sector it
 * belongs to with an average), then the worst case (a card every 2 s for 5 minutes) as the most
 * requests in any rolling minute, then the first card at 5, 10 and 30 requests a minute.
 *
 * "Today" is main before the free-plan work (e335888), measured with this same script and kept in
 * request-baseline.json; `--json` prints one JSON object on the last line.
 */
import { readFileSync } from 'node:fs';
import { createStandIn, standInFetch, type StandIn } from '../support/fake-coingecko';
import { installVirtualTime } from './virtual-time';

const time = installVirtualTime();

const { marketHarness } = await import('../support/market-harness');
const { defaultSettings } = await import('../../lib/settings/schema');

const { ASK_AGAIN_WITHIN_MS } = await import('../../lib/messaging/views');
const SECOND = 1000;
const MEMBERS = (JSON.parse(readFileSync(new URL('../fixtures/coingecko/category-members.json', import.meta.url), 'utf8')) as { members: Record<string, string[]> }).members;
const ARTICLE = ['dogecoin', 'uniswap', 'ondo-finance', 'arbitrum', 'bittensor'];

type Event = { at: number; kind: 'hover'; coinId: string } | { at: number; kind: 'popup' } | { at: number; kind: 'lexicon' };
const hover = (s: number, coinId: string): Event => ({ at: s * SECOND, kind: 'hover', coinId });
const popup = (s: number): Event => ({ at: s * SECOND, kind: 'popup' });

/** The typical session (5 minutes). */
export const READING_SESSION: Event[] = [
  hover(0, 'dogecoin'), hover(20, 'uniswap'), hover(40, 'ondo-finance'), hover(60, 'arbitrum'), hover(80, 'bittensor'),
  popup(100), hover(120, 'dogecoin'), hover(150, 'arbitrum'), { at: 180 * SECOND, kind: 'lexicon' }, hover(180, 'uniswap'),
  hover(210, 'bittensor'), popup(240), hover(260, 'ondo-finance'), hover(290, 'dogecoin'),
];

/** The worst case: a card every 2 s, cycling through every token of the page, for 5 minutes. */
const WORST_SESSION: Event[] = Array.from({ length: 150 }, (_, i) => hover(i * 2, ARTICLE[i % ARTICLE.length]!));

interface SessionResult {
  requests: number;
  refused: number;
  cards: { coinId: string; at: number; completeAfterMs: number | null }[];
  maxPerMinute: number;
}

const WATCHED = defaultSettings().watchedSectors;
function expectedSectors(coinId: string): string[] {
  return WATCHED.filter((id) => MEMBERS[id]?.includes(coinId));
}

interface ViewLike {
  coinId: string;
  sectors: { categoryId: string; watched: boolean; average: number | null }[];
}
function complete(coinId: string, views: readonly ViewLike[]): boolean {
  const view = views.find((candidate) => candidate.coinId === coinId);
  if (!view) return false;
  return expectedSectors(coinId).every((id) => view.sectors.some((sector) => sector.categoryId === id && sector.average !== null));
}

async function runSession(events: readonly Event[], perMinute: number, horizonMs: number): Promise<SessionResult> {
  const standIn: StandIn = createStandIn({ now: time.now, sleep: time.sleep, limit: { perMinute, retryAfterEvery: 2, latencyMs: 400 } });
  const start = time.now();
  // A fresh profile: empty cache, budget and learned membership; the shipped snapshot only.
  const clock = { now: time.now, sleep: time.sleep, slept: [] as number[], advance: () => undefined };
  const { service } = marketHarness({ apiBase: 'http://127.0.0.1:1/api/v3' }, { clock, fetch: standInFetch(standIn), timeoutMs: 15_000 });
  const cards: SessionResult['cards'] = [];
  for (const event of events) {
    await time.runUntil(start + event.at);
    if (event.kind === 'lexicon') {
      void service.lexiconSources().catch(() => undefined);
      continue;
    }
    const ids = event.kind === 'hover' ? [event.coinId] : ARTICLE;
    const need = event.kind === 'hover' ? ('hover' as const) : ('popup' as const);
    if (event.kind === 'popup') {
      // Open for 20 s, asking again when told (as lib/ui/popup-app.tsx does).
      void (async () => {
        while (time.now() - start - event.at < 20_000) {
          const response = await service.getViews({ coinIds: ids, need }).catch(() => undefined);
          const retryAt = response?.retryAt;
          if (retryAt === undefined) return;
          await time.sleep(Math.min(Math.max(250, retryAt - time.now() + 250), ASK_AGAIN_WITHIN_MS));
        }
      })();
      continue;
    }
    const card = { coinId: event.coinId, at: event.at, completeAfterMs: null as number | null };
    cards.push(card);
    // The card asks again when an answer says when (retryAt), at least every 10 s, as the UI does;
    // the reader keeps it open until it is complete.
    void (async () => {
      for (let tries = 0; tries < 20 && card.completeAfterMs === null; tries++) {
        const response = await service.getViews({ coinIds: ids, need }).catch(() => undefined);
        if (response && complete(event.coinId, response.views)) card.completeAfterMs = time.now() - start - event.at;
        else {
          const retryAt = response?.retryAt ?? response?.error?.retryAt;
          await time.sleep(retryAt !== undefined ? Math.min(Math.max(250, retryAt - time.now() + 250), ASK_AGAIN_WITHIN_MS) : 5_000);
        }
      }
    })();
  }
  await time.runUntil(start + horizonMs);
  const times = standIn.requests.map((request) => request.at);
  const maxPerMinute = Math.max(0, ...times.map((at) => times.filter((other) => other >= at && other < at + 60_000).length));
  // Leave no timer behind for the next run.
  await time.runUntil(time.now() + 10 * 60_000);
  return { requests: standIn.requests.length, refused: standIn.answers.filter((answer) => answer.status === 429).length, cards, maxPerMinute };
}


const json = process.argv.includes('--json');
const typical = await runSession(READING_SESSION, 5, 5 * 60_000);
const unlimited = await runSession(READING_SESSION, 0, 5 * 60_000);
const worst = await runSession(WORST_SESSION, 0, 5 * 60_000);
const firstCard: Record<string, number | null> = {};
for (const perMinute of [5, 10, 30]) {
  const run = await runSession([READING_SESSION[0]!], perMinute, 60_000);
  firstCard[`${perMinute}/min`] = run.cards[0]?.completeAfterMs ?? null;
}
time.uninstall();

const baseline = JSON.parse(readFileSync(new URL('./request-baseline.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const slowest = (run: SessionResult) => Math.max(...run.cards.map((card) => card.completeAfterMs ?? Infinity));
const result = {
  session: '5 min, default settings, keyless, DOGE UNI ONDO ARB TAO, 11 hovers, popup twice, lexicon due',
  requestsNoLimit: unlimited.requests,
  requestsAt5PerMin: typical.requests,
  refusedAt5PerMin: typical.refused,
  slowestCardMsAt5PerMin: slowest(typical),
  worstCaseRequestsPerMinute: worst.maxPerMinute,
  firstCardMs: firstCard,
  today: baseline,
};
if (json) {
  console.log(JSON.stringify(result));
} else {
  const before = baseline as { requestsNoLimit: number; requestsAt5PerMin: number; refusedAt5PerMin: number; slowestCardMsAt5PerMin: number; worstCaseRequestsPerMinute: number; firstCardMs: Record<string, number | null> };
  const seconds = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? 'never' : `${(ms / 1000).toFixed(1)} s`);
  const row = (label: string, now: string, then: string) => console.log(`${label.padEnd(44)}${now.padStart(12)}${then.padStart(14)}`);
  console.log(`Session: ${result.session}`);
  row('', 'now', 'today (main)');
  row('requests, stand-in without a limit', String(unlimited.requests), String(before.requestsNoLimit));
  row('requests at 5/min', String(typical.requests), String(before.requestsAt5PerMin));
  row('429 answers at 5/min', String(typical.refused), String(before.refusedAt5PerMin));
  row('slowest card complete at 5/min', seconds(slowest(typical)), seconds(before.slowestCardMsAt5PerMin));
  row('worst case: requests in the busiest minute', String(worst.maxPerMinute), String(before.worstCaseRequestsPerMinute));
  for (const [limit, ms] of Object.entries(firstCard)) row(`first card complete at ${limit}`, seconds(ms), seconds(before.firstCardMs[limit] ?? null));
  console.log(`cards at 5/min: ${typical.cards.map((card) => `${card.coinId}@${card.at / 1000}s ${seconds(card.completeAfterMs)}`).join(', ')}`);
}
