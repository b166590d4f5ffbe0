/**
 * A CoinGecko-compatible server on 127.0.0.1 that answers from the recorded fixtures in
 * test/fixtures/coingecko/. It never invents a number: a field that no recording has is absent.
 *
 * Failure scenarios (429, 500, hang, HTML page, schema-breaking body, 401) are switched per run
 * through `setScenario` in-process or `POST /__admin/scenario` from another process (the e2e
 * browser tests build the extension in a global setup and drive the server over HTTP).
 *
 * A rate limit like the keyless API's can be switched on (`setLimit`, `POST /__admin/limit`):
 * N accepted requests per rolling minute, 429 with the recorded body (error-429.json) beyond it,
 * a Retry-After header on every `retryAfterEvery`-th 429 (the time until the window frees a slot),
 * and a fixed latency on every answer. The same routing answers in-process through `standInFetch`
 * (the request benchmark runs it on a virtual clock).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'coingecko');
export const API_PATH = '/api/v3';

export type Scenario =
  | 'ok'
  | 'rate-limited'
  | 'rate-limited-no-retry-after'
  | 'server-error'
  | 'hang'
  | 'html-error'
  | 'bad-schema'
  | 'unauthorized'
  | 'empty-category'
  /** Constructed for the hardening tests: every coin name carries HTML/script-looking text. */
  | 'hostile-names';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  at: number;
}

type Row = Record<string, unknown> & { id: string };

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as T;
}

/** Newest recording of each coin wins; older files fill coins the newer ones lack. */
export function loadMarketRows(): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const file of ['markets-all-sparkline-1h.json', 'markets-all-volume-desc.json', 'markets-all.json']) {
    for (const row of readJson<Row[]>(file)) rows.set(row.id, row);
  }
  return rows;
}

/**
 * Which rows the server answers with. 'recorded': every recording, newest copy of each coin
 * (above). 'hourly-series': only the rows of markets-all-sparkline-1h.json (250 coins, 1h move and
 * 168-point hourly series, recorded 2025-08-26..28), unchanged but for one thing: every row's
 * `last_updated` is moved by the same amount so that the newest one is the moment the dataset was
 * switched on. The series is placed by `last_updated` (DESIGN.md "Since published"), so prices and
 * their spacing stay exactly as recorded, while a page "published 50 h ago" by the browser's clock
 * falls inside the series. Categories keep category-members.json, minus ids that file lacks.
 */
export type Dataset = 'recorded' | 'hourly-series';

/** The hourly-series rows with last_updated moved so the newest is `anchor` (epoch ms). */
export function hourlySeriesRows(anchor: number): Map<string, Row> {
  const recorded = readJson<Row[]>('markets-all-sparkline-1h.json');
  const newest = Math.max(...recorded.map((row) => Date.parse(String(row.last_updated))));
  const shift = anchor - newest;
  return new Map(recorded.map((row) => [row.id, { ...row, last_updated: new Date(Date.parse(String(row.last_updated)) + shift).toISOString() }]));
}

/** Category membership built from real rows (see the file itself for how it was assigned). */
function loadCategoryMembers(): Record<string, string[]> {
  const file = join(FIXTURES, 'category-members.json');
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { members: Record<string, string[]> };
  return parsed.members;
}

const PCT_FIELDS = ['1h', '24h', '7d', '14d', '30d', '200d', '1y'];

/** Shape one recorded row as /coins/markets would for these parameters (only drop, never add). */
function shapeRow(row: Row, query: URLSearchParams): Row {
  const out: Row = { ...row };
  const wanted = new Set((query.get('price_change_percentage') ?? '').split(',').filter(Boolean));
  for (const window of PCT_FIELDS) {
    if (!wanted.has(window)) delete out[`price_change_percentage_${window}_in_currency`];
  }
  if (query.get('sparkline') !== 'true') delete out.sparkline_in_7d;
  return out;
}

export interface RateLimit {
  /** Accepted requests per rolling 60 s; 0 or absent = no limit. */
  perMinute?: number;
  /** Every n-th 429 carries Retry-After (1 = all, 0 = none). */
  retryAfterEvery?: number;
  /** Added before every API answer, limited or not. */
  latencyMs?: number;
}

export interface RecordedAnswer {
  at: number;
  path: string;
  status: number;
  retryAfter?: string;
}

export interface FakeCoinGecko {
  readonly origin: string;
  readonly apiBase: string;
  readonly requests: RecordedRequest[];
  /** Status of every API answer, in order (429s included). */
  readonly answers: RecordedAnswer[];
  setScenario(scenario: Scenario, options?: { retryAfterSeconds?: number }): void;
  setLimit(limit: RateLimit): void;
  /** Switch what the server answers with; `anchor` (default now) is where 'hourly-series' moves the newest last_updated. */
  setDataset(dataset: Dataset, anchor?: number): void;
  reset(): void;
  close(): Promise<void>;
}

export interface StandInOptions {
  /** The stand-in's clock (the benchmark passes a virtual one). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  limit?: RateLimit;
}

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

/** A timestamp as pages write them, and nothing else (it is put into markup). */
const PUBLISHED_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Static news pages for the browser tests and the demo, under /pages/. A page may hold the marker
 * `<!--published-->`: with `?published=<ISO time>` it becomes that page's
 * `<meta property="article:published_time">` (tests date a page relative to the served data);
 * without, the page is undated.
 */
function servePage(res: ServerResponse, pathname: string, query: URLSearchParams): void {
  const name = pathname.slice('/pages/'.length);
  if (!/^[\w.-]+\.html$/.test(name) || !existsSync(join(PAGES, name))) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('no such page');
    return;
  }
  const published = query.get('published');
  if (published !== null && !PUBLISHED_VALUE.test(published)) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('published must be an ISO time');
    return;
  }
  const meta = published ? `<meta property="article:published_time" content="${published}">` : '';
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(join(PAGES, name), 'utf8').replace('<!--published-->', meta));
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
const HANG = Symbol('hang');

/** The stand-in without a socket: routing, scenarios, rate limit and latency. */
export function createStandIn(options: StandInOptions = {}) {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const recordedRows = loadMarketRows();
  let rows = recordedRows;
  let dataset: Dataset = 'recorded';
  const members = loadCategoryMembers();
  const requests: RecordedRequest[] = [];
  const answers: RecordedAnswer[] = [];
  let scenario: Scenario = 'ok';
  let retryAfterSeconds = 30;
  let limit: RateLimit = options.limit ?? {};
  /** Send times of the requests the window accepted. */
  let accepted: number[] = [];
  let refusals = 0;

  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const recorded429 = () => readFileSync(join(FIXTURES, 'error-429.json'), 'utf8');

  function failure(): Answer | typeof HANG | undefined {
    switch (scenario) {
      case 'ok':
      case 'empty-category':
      case 'hostile-names':
        return undefined;
      case 'rate-limited':
        return json(429, recorded429(), { 'retry-after': String(retryAfterSeconds) });
      case 'rate-limited-no-retry-after':
        return json(429, recorded429());
      case 'server-error':
        return json(500, { error: 'Internal server error' });
      case 'unauthorized':
        // The documented 10002 shape (SOURCES.md: "API Key Missing"), message shortened.
        return json(401, { status: { error_code: 10002, error_message: 'API Key Missing.' } });
      case 'html-error':
        return { status: 503, headers: { 'content-type': 'text/html' }, body: '<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>' };
      case 'bad-schema':
        return json(200, { data: 'not what the schema expects' });
      case 'hang':
        return HANG;
    }
  }

  /** The rolling window: a 429 beyond `perMinute` accepted requests in the last 60 s. */
  function limited(at: number): Answer | undefined {
    const perMinute = limit.perMinute ?? 0;
    if (perMinute <= 0) return undefined;
    accepted = accepted.filter((time) => at - time < 60_000);
    if (accepted.length < perMinute) {
      accepted.push(at);
      return undefined;
    }
    refusals += 1;
    const every = limit.retryAfterEvery ?? 2;
    if (every > 0 && refusals % every === 0) {
      const seconds = Math.max(1, Math.ceil((accepted[0]! + 60_000 - at) / 1000));
      return json(429, recorded429(), { 'retry-after': String(seconds) });
    }
    return json(429, recorded429());
  }

  function route(url: URL): Answer {
    const path = url.pathname.slice(API_PATH.length);
    const query = url.searchParams;
    if (path === '/ping') return json(200, { gecko_says: '(V3) To the Moon!' });
    if (path === '/coins/markets') {
      let list: Row[];
      const category = query.get('category');
      const ids = query.get('ids');
      if (category) {
        const wanted = scenario === 'empty-category' ? [] : (members[category] ?? []);
        list = wanted.map((id) => rows.get(id)).filter((row): row is Row => row !== undefined);
      } else if (ids) {
        list = ids.split(',').map((id) => rows.get(id.trim())).filter((row): row is Row => row !== undefined);
      } else {
        list = [...rows.values()];
      }
      list.sort((a, b) => Number(b.market_cap ?? 0) - Number(a.market_cap ?? 0));
      const perPage = Math.min(250, Math.max(1, Number(query.get('per_page') ?? 100)));
      const page = Math.max(1, Number(query.get('page') ?? 1));
      const shaped = list.slice((page - 1) * perPage, page * perPage).map((row) => shapeRow(row, query));
      if (scenario === 'hostile-names') {
        // Not recorded data: names altered on purpose to prove API strings never become markup.
        for (const row of shaped) row.name = `${String(row.name)} <img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script>`;
      }
      return json(200, shaped);
    }
    if (path === '/coins/categories') return json(200, readFileSync(join(FIXTURES, 'categories.json'), 'utf8'));
    if (path === '/coins/categories/list') return json(200, readFileSync(join(FIXTURES, 'categories-list.json'), 'utf8'));
    if (path === '/coins/list') return json(200, readFileSync(join(FIXTURES, 'coins-list.json'), 'utf8'));
    const coin = /^\/coins\/([^/]+)$/.exec(path);
    if (coin) {
      const file = join(FIXTURES, `coin-${coin[1]}.json`);
      if (existsSync(file)) return json(200, readFileSync(file, 'utf8'));
      return json(404, { error: 'coin not found' });
    }
    return json(404, { error: 'Not found' });
  }

  /** One API request: recorded at arrival, counted by the window, answered after the latency. */
  async function handle(method: string, url: URL, headers: RecordedRequest['headers']): Promise<Answer | typeof HANG> {
    const at = now();
    const path = url.pathname.slice(API_PATH.length);
    requests.push({ method, path, query: Object.fromEntries(url.searchParams), headers, at });
    const answer = failure() ?? limited(at) ?? route(url);
    if (limit.latencyMs) await sleep(limit.latencyMs);
    if (answer !== HANG) answers.push({ at, path, status: answer.status, ...(answer.headers['retry-after'] ? { retryAfter: answer.headers['retry-after'] } : {}) });
    return answer;
  }

  return {
    requests,
    answers,
    handle,
    get scenario() {
      return scenario;
    },
    get dataset() {
      return dataset;
    },
    setDataset(next: Dataset, anchor: number = now()) {
      dataset = next;
      rows = next === 'hourly-series' ? hourlySeriesRows(anchor) : recordedRows;
    },
    setScenario(next: Scenario, settings: { retryAfterSeconds?: number } = {}) {
      scenario = next;
      retryAfterSeconds = settings.retryAfterSeconds ?? 30;
    },
    setLimit(next: RateLimit) {
      limit = next;
      accepted = [];
      refusals = 0;
    },
    reset() {
      requests.length = 0;
      answers.length = 0;
      scenario = 'ok';
      limit = options.limit ?? {};
      accepted = [];
      refusals = 0;
      dataset = 'recorded';
      rows = recordedRows;
    },
  };
}
export type StandIn = ReturnType<typeof createStandIn>;

/** `fetch` answered by the stand-in in-process (no socket): for runs on a virtual clock. */
export function standInFetch(standIn: StandIn, origin = 'http://127.0.0.1:1'): typeof fetch {
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, origin);
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const answer = await standIn.handle(init?.method ?? 'GET', url, headers);
    if (answer === HANG) return new Promise<Response>(() => undefined);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
}

export async function startFakeCoinGecko(port = 0, options: StandInOptions = {}): Promise<FakeCoinGecko> {
  const standIn = createStandIn(options);
  const hung = new Set<ServerResponse>();
  const releaseHung = () => {
    for (const res of hung) res.destroy();
    hung.clear();
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  function setScenario(next: Scenario, settings: { retryAfterSeconds?: number } = {}) {
    standIn.setScenario(next, settings);
    if (next !== 'hang') releaseHung();
  }
  function reset() {
    standIn.reset();
    releaseHung();
  }

  function admin(res: ServerResponse, url: URL) {
    if (url.pathname === '/__admin/requests') return json(res, 200, standIn.requests);
    if (url.pathname === '/__admin/answers') return json(res, 200, standIn.answers);
    if (url.pathname === '/__admin/reset') {
      reset();
      return json(res, 200, { ok: true });
    }
    if (url.pathname === '/__admin/scenario') {
      const next = url.searchParams.get('name') as Scenario | null;
      if (!next) return json(res, 400, { error: 'name required' });
      setScenario(next, { retryAfterSeconds: Number(url.searchParams.get('retryAfter') ?? 30) });
      return json(res, 200, { ok: true, scenario: standIn.scenario });
    }
    if (url.pathname === '/__admin/dataset') {
      const next = url.searchParams.get('name');
      if (next !== 'recorded' && next !== 'hourly-series') return json(res, 400, { error: 'name must be recorded or hourly-series' });
      standIn.setDataset(next);
      return json(res, 200, { ok: true, dataset: standIn.dataset });
    }
    if (url.pathname === '/__admin/limit') {
      const number = (name: string) => (url.searchParams.has(name) ? Number(url.searchParams.get(name)) : undefined);
      const limit: RateLimit = {};
      const perMinute = number('perMinute');
      const retryAfterEvery = number('retryAfterEvery');
      const latencyMs = number('latencyMs');
      if (perMinute !== undefined) limit.perMinute = perMinute;
      if (retryAfterEvery !== undefined) limit.retryAfterEvery = retryAfterEvery;
      if (latencyMs !== undefined) limit.latencyMs = latencyMs;
      standIn.setLimit(limit);
      return json(res, 200, { ok: true, limit });
    }
    return json(res, 404, { error: 'no such admin route' });
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__admin/')) return admin(res, url);
    if (url.pathname.startsWith('/pages/')) return servePage(res, url.pathname, url.searchParams);
    if (!url.pathname.startsWith(API_PATH)) return json(res, 404, { error: 'Not found' });
    void standIn.handle(req.method ?? 'GET', url, req.headers).then((answer) => {
      if (answer === HANG) {
        hung.add(res);
        return;
      }
      if (res.destroyed) return;
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    });
  });
  // A taken port rejects (EADDRINUSE) instead of crashing the process from an 'error' event.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${bound}`;
  return {
    origin,
    apiBase: `${origin}${API_PATH}`,
    requests: standIn.requests,
    answers: standIn.answers,
    setScenario,
    setLimit: (limit) => standIn.setLimit(limit),
    setDataset: (next, anchor) => standIn.setDataset(next, anchor),
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        releaseHung();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
