/**
 * A CoinGecko-compatible server on 127.0.0.1 that answers from the recorded fixtures in
 * test/fixtures/coingecko/. It never invents a number: a field that no recording has is absent.
 *
 * Failure scenarios (429, 500, hang, HTML page, schema-breaking body, 401) are switched per run
 * through `setScenario` in-process or `POST /__admin/scenario` from another process (the e2e
 * browser tests build the extension in a global setup and drive the server over HTTP).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
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

export interface FakeCoinGecko {
  readonly origin: string;
  readonly apiBase: string;
  readonly requests: RecordedRequest[];
  setScenario(scenario: Scenario, options?: { retryAfterSeconds?: number }): void;
  /** Switch what the server answers with; `anchor` (default now) is where 'hourly-series' moves the newest last_updated. */
  setDataset(dataset: Dataset, anchor?: number): void;
  reset(): void;
  close(): Promise<void>;
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

export async function startFakeCoinGecko(port = 0): Promise<FakeCoinGecko> {
  const recordedRows = loadMarketRows();
  let rows = recordedRows;
  let dataset: Dataset = 'recorded';
  const members = loadCategoryMembers();
  const requests: RecordedRequest[] = [];
  let scenario: Scenario = 'ok';
  let retryAfterSeconds = 30;
  const hung = new Set<ServerResponse>();

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

  function failure(res: ServerResponse): boolean {
    switch (scenario) {
      case 'ok':
      case 'empty-category':
      case 'hostile-names':
        return false;
      case 'rate-limited':
        json(res, 429, readFileSync(join(FIXTURES, 'error-429.json'), 'utf8'), { 'retry-after': String(retryAfterSeconds) });
        return true;
      case 'rate-limited-no-retry-after':
        json(res, 429, readFileSync(join(FIXTURES, 'error-429.json'), 'utf8'));
        return true;
      case 'server-error':
        json(res, 500, { error: 'Internal server error' });
        return true;
      case 'unauthorized':
        // The documented 10002 shape (SOURCES.md: "API Key Missing"), message shortened.
        json(res, 401, { status: { error_code: 10002, error_message: 'API Key Missing.' } });
        return true;
      case 'html-error':
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>');
        return true;
      case 'bad-schema':
        json(res, 200, { data: 'not what the schema expects' });
        return true;
      case 'hang':
        hung.add(res);
        return true;
    }
  }

  function route(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname.slice(API_PATH.length);
    const query = url.searchParams;
    if (path === '/ping') return json(res, 200, { gecko_says: '(V3) To the Moon!' });
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
      return json(res, 200, shaped);
    }
    if (path === '/coins/categories') return json(res, 200, readFileSync(join(FIXTURES, 'categories.json'), 'utf8'));
    if (path === '/coins/categories/list') return json(res, 200, readFileSync(join(FIXTURES, 'categories-list.json'), 'utf8'));
    if (path === '/coins/list') return json(res, 200, readFileSync(join(FIXTURES, 'coins-list.json'), 'utf8'));
    const coin = /^\/coins\/([^/]+)$/.exec(path);
    if (coin) {
      const file = join(FIXTURES, `coin-${coin[1]}.json`);
      if (existsSync(file)) return json(res, 200, readFileSync(file, 'utf8'));
      return json(res, 404, { error: 'coin not found' });
    }
    return json(res, 404, { error: 'Not found' });
  }

  function admin(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (url.pathname === '/__admin/requests') return json(res, 200, requests);
    if (url.pathname === '/__admin/reset') {
      reset();
      return json(res, 200, { ok: true });
    }
    if (url.pathname === '/__admin/dataset') {
      const next = url.searchParams.get('name');
      if (next !== 'recorded' && next !== 'hourly-series') return json(res, 400, { error: 'name must be recorded or hourly-series' });
      setDataset(next);
      return json(res, 200, { ok: true, dataset });
    }
    if (url.pathname === '/__admin/scenario') {
      const next = url.searchParams.get('name') as Scenario | null;
      if (!next) return json(res, 400, { error: 'name required' });
      setScenario(next, { retryAfterSeconds: Number(url.searchParams.get('retryAfter') ?? 30) });
      return json(res, 200, { ok: true, scenario });
    }
    return json(res, 404, { error: 'no such admin route' });
  }

  function setScenario(next: Scenario, options: { retryAfterSeconds?: number } = {}) {
    scenario = next;
    retryAfterSeconds = options.retryAfterSeconds ?? 30;
    if (next !== 'hang') releaseHung();
  }
  function releaseHung() {
    for (const res of hung) res.destroy();
    hung.clear();
  }
  function setDataset(next: Dataset, anchor: number = Date.now()) {
    dataset = next;
    rows = next === 'hourly-series' ? hourlySeriesRows(anchor) : recordedRows;
  }
  function reset() {
    requests.length = 0;
    setScenario('ok');
    setDataset('recorded');
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__admin/')) return admin(req, res, url);
    if (url.pathname.startsWith('/pages/')) return servePage(res, url.pathname, url.searchParams);
    if (!url.pathname.startsWith(API_PATH)) return json(res, 404, { error: 'Not found' });
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname.slice(API_PATH.length),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      at: Date.now(),
    });
    if (failure(res)) return;
    route(req, res, url);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${bound}`;
  return {
    origin,
    apiBase: `${origin}${API_PATH}`,
    requests,
    setScenario,
    setDataset,
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        releaseHung();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
