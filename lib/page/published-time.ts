/**
 * When the page was published (DESIGN.md "Page integration"): the sources below, strongest first.
 * The first source that yields a readable, not-future date wins; a source whose value is garbage is
 * passed over, so a broken `article:published_time` falls through to JSON-LD and so on. The
 * document is injected, so this runs in node tests on a parsed page as well as in the content script.
 *
 * The content script only gathers the candidates' values (`publishedValues`): they ride on messages it sends anyway and are parsed on the extension side
 * (lib/model/page-date.ts), which keeps the parser out of every tab. `readPublishedTime`,
 * `publishedTimeAt` and `postTimeOf` are the same reading with the parsing done here, for tests.
 */
import { firstPageDate, MAX_CANDIDATE_CHARS, MAX_PUBLISHED_CANDIDATES, type PageDate } from '../model/page-date';

export type PublishedTimeSourceId =
  | 'article:published_time'
  | 'json-ld'
  | 'itemprop'
  | 'parsely-pub-date'
  | 'sailthru.date'
  | 'meta-date'
  | 'DC.date.issued'
  | 'article-time'
  /** A post's own time on a site of posts (X, Reddit, Binance Square). */
  | 'post';

export interface PublishedTime extends PageDate {
  source: PublishedTimeSourceId;
}

/** One string the page gives as its publication time, and where it was found. */
export interface PublishedCandidate {
  readonly source: PublishedTimeSourceId;
  readonly value: string;
}

/** Candidate strings in document order; the first readable one counts. */
type PublishedTimeSource = (doc: Document) => Iterable<string>;

/** schema.org types whose datePublished is the page's own (NewsArticle's subtypes included). */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle', 'Article', 'BlogPosting', 'SocialMediaPosting',
  'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting', 'TechArticle', 'Report',
]);

const metaContent = (doc: Document, selector: string): string[] =>
  [...doc.querySelectorAll(selector)].map((meta) => meta.getAttribute('content') ?? '');

/** The page's own sources, strongest first; their names are PUBLISHED_TIME_SOURCE_IDS, in the same order. */
export const PUBLISHED_TIME_SOURCES: readonly PublishedTimeSource[] = [
  (doc) => metaContent(doc, 'meta[property="article:published_time"]'),
  jsonLdDates,
  (doc) => [...doc.querySelectorAll('[itemprop~="datePublished"]')].map((el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? ''),
  (doc) => metaContent(doc, 'meta[name="parsely-pub-date" i]'),
  (doc) => metaContent(doc, 'meta[name="sailthru.date" i]'),
  (doc) => metaContent(doc, 'meta[name="date" i]'),
  (doc) => metaContent(doc, 'meta[name="DC.date.issued" i]'),
  // The article's first <time>: a byline's, before any "updated" or comment time further down.
  (doc) => {
    const time = doc.querySelector('article time[datetime]');
    return time ? [time.getAttribute('datetime') ?? ''] : [];
  },
];

/**
 * The sources' names, in the order of PUBLISHED_TIME_SOURCES: what a reading reports, for tests.
 * The content script sends the values alone (`publishedValues`), so neither these names nor
 * anything that reads them is in its bundle (lib/page/README.md, the byte table).
 */
export const PUBLISHED_TIME_SOURCE_IDS: readonly PublishedTimeSourceId[] = [
  'article:published_time', 'json-ld', 'itemprop', 'parsely-pub-date', 'sailthru.date', 'meta-date', 'DC.date.issued', 'article-time',
];

/** Where one post's time is on a site that is many posts (lib/page/site-profile `post`). */
export interface PostSelectors {
  readonly container: string;
  readonly time: string;
}

export interface GatherOptions {
  /** The page's address (defaults to the document's own): tells a single post's page from a feed. */
  url?: string;
  /** The site's post selectors (X, Reddit, Binance Square): their posts carry their own times. */
  post?: PostSelectors | undefined;
}

export interface ReadOptions extends GatherOptions {
  now?: number;
}

/** URLs of one post with its replies: X's /user/status/123, Reddit's /r/x/comments/abc/… */
const SINGLE_POST = /\/status\/(\d+)|\/comments\/[a-z0-9]+/i;

/** Where a gathered value came from: an index into PUBLISHED_TIME_SOURCE_IDS, or POST. */
const POST = -1;

/**
 * The page's candidates, strongest first, each handed to `found` with where it came from. On a
 * site of posts, the post around `at` first (a timeline holds posts of many times; a reply is newer
 * than its thread); then a single post's page is published when that post was; a feed has no one
 * time of its own beyond what its markup says (then the page's sources, usually none).
 */
function gather(doc: Document, { url = doc.location?.href ?? '', post }: GatherOptions, at: Node | undefined, found: (value: string, from: number) => void): void {
  const element = at && (at.nodeType === 1 ? (at as Element) : at.parentElement);
  const own = post && element && postTime(element, post);
  if (own) found(own, POST);
  if (post && SINGLE_POST.test(url)) {
    const focal = focalPost(doc, url, post);
    const time = focal && postTime(focal, post);
    if (time) found(time, POST);
  }
  PUBLISHED_TIME_SOURCES.forEach((source, from) => {
    for (const value of source(doc)) found(value, from);
  });
}

/**
 * What the content script gathers: the candidates' values, strongest first; with `at`, the post
 * around that spot first (`publishedCandidatesAt`).
 */
export function publishedValues(doc: Document, options: GatherOptions = {}, at?: Node): string[] {
  const values: string[] = [];
  gather(doc, options, at, (value) => values.push(value));
  return values;
}

/** The page's candidates with where each was found (tests and `readPublishedTime`). */
export function publishedCandidates(doc: Document, options: GatherOptions = {}): PublishedCandidate[] {
  return labelled(doc, options);
}

/** The candidates that apply to a spot on the page: the post around it first, then the page's. */
export function publishedCandidatesAt(node: Node, doc: Document, options: GatherOptions = {}): PublishedCandidate[] {
  return labelled(doc, options, node);
}

function labelled(doc: Document, options: GatherOptions, at?: Node): PublishedCandidate[] {
  const found: PublishedCandidate[] = [];
  gather(doc, options, at, (value, from) => found.push({ source: from === POST ? 'post' : (PUBLISHED_TIME_SOURCE_IDS[from] as PublishedTimeSourceId), value }));
  return found;
}

/**
 * The values to send: strongest first, each short enough to be a date, no more than the protocol
 * takes (lib/model/page-date.ts), so a hostile page cannot make the message huge.
 */
export const candidateValues = (values: readonly string[]): string[] => values.filter((value) => value.length <= MAX_CANDIDATE_CHARS).slice(0, MAX_PUBLISHED_CANDIDATES);

/** The time of the post an element is in: the nearest post container's first time element. */
function postTime(element: Element, post: PostSelectors): string | null | undefined {
  return element.closest(post.container)?.querySelector(post.time)?.getAttribute('datetime');
}

function postCandidate(element: Element, post: PostSelectors): PublishedCandidate[] {
  const value = postTime(element, post);
  return value ? [{ source: 'post', value }] : [];
}

const firstOf = (candidates: readonly PublishedCandidate[], now = Date.now()): PublishedTime | null => {
  const date = firstPageDate(
    candidates.map((candidate) => candidate.value),
    now,
  );
  return date ? { at: date.at, precision: date.precision, source: candidates[date.index]!.source } : null;
};

/** The page's publication time, or null when no source gives a readable, not-future date. */
export function readPublishedTime(doc: Document, options: ReadOptions = {}): PublishedTime | null {
  return firstOf(publishedCandidates(doc, options), options.now);
}

/** The publication time that applies to a spot on the page (`publishedCandidatesAt`). */
export function publishedTimeAt(node: Node, doc: Document, options: ReadOptions = {}): PublishedTime | null {
  return firstOf(publishedCandidatesAt(node, doc, options), options.now);
}

/**
 * The time of the post an element is in: the nearest post container's first time element (a
 * post's header comes before its text, a quoted post and its replies).
 */
export function postTimeOf(element: Element, post: PostSelectors, now: number = Date.now()): PublishedTime | null {
  return firstOf(postCandidate(element, post), now);
}

/** X's status page: the post that links to that status; otherwise the page's first post. */
function focalPost(doc: Document, url: string, post: PostSelectors): Element | null {
  const status = /\/status\/(\d+)/.exec(url)?.[1];
  if (status) {
    for (const link of doc.querySelectorAll(`a[href*="/status/${status}"]`)) {
      const container = link.closest(post.container);
      if (container) return container;
    }
  }
  return doc.querySelector(post.container);
}

/** At most this many JSON-LD blocks and nodes are looked at: a hostile page cannot make us walk forever. */
const MAX_BLOCKS = 20;
const MAX_NODES = 500;
const MAX_BLOCK_CHARS = 500_000;

function* jsonLdDates(doc: Document): Iterable<string> {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json" i]')].slice(0, MAX_BLOCKS);
  for (const block of blocks) {
    const text = block.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // one broken block (common: a trailing comma) does not spoil the others
    }
    yield* articleDates(data);
  }
}

/** datePublished of article nodes: the top level, arrays, and @graph (where Yoast and others put them). */
function* articleDates(root: unknown): Iterable<string> {
  const queue: unknown[] = [root];
  let seen = 0;
  while (queue.length > 0 && seen++ < MAX_NODES) {
    const node = queue.shift();
    if (Array.isArray(node)) {
      queue.push(...node);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]));
    if (!typesOf(record['@type']).some((type) => ARTICLE_TYPES.has(type))) continue;
    const value = record.datePublished;
    for (const candidate of Array.isArray(value) ? value : [value]) {
      if (typeof candidate === 'string') yield candidate;
    }
  }
}

/** "NewsArticle", ["Article", "NewsArticle"], "https://schema.org/NewsArticle", "schema:Article" → bare names. */
function typesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^.*[/:#]/, ''));
}
