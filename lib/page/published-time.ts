/**
 * When the page was published (DESIGN.md "Page integration"): the sources below, strongest first.
 * The first source that yields a readable, not-future date wins; a source whose value is garbage is
 * passed over, so a broken `article:published_time` falls through to JSON-LD and so on. The
 * document is injected, so this runs in node tests on a parsed page as well as in the content script.
 */
import { parsePageDate, type PageDate } from './parse-page-date';

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

interface PublishedTimeSource {
  readonly id: PublishedTimeSourceId;
  /** Candidate strings in document order; the first readable one counts. */
  readonly candidates: (doc: Document) => Iterable<string>;
}

/** schema.org types whose datePublished is the page's own (NewsArticle's subtypes included). */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle', 'Article', 'BlogPosting', 'SocialMediaPosting',
  'ReportageNews', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'LiveBlogPosting', 'TechArticle', 'Report',
]);

const metaContent = (doc: Document, selector: string): string[] =>
  [...doc.querySelectorAll(selector)].map((meta) => meta.getAttribute('content') ?? '');

export const PUBLISHED_TIME_SOURCES: readonly PublishedTimeSource[] = [
  { id: 'article:published_time', candidates: (doc) => metaContent(doc, 'meta[property="article:published_time"]') },
  { id: 'json-ld', candidates: jsonLdDates },
  {
    id: 'itemprop',
    candidates: (doc) => [...doc.querySelectorAll('[itemprop~="datePublished"]')].map((el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? ''),
  },
  { id: 'parsely-pub-date', candidates: (doc) => metaContent(doc, 'meta[name="parsely-pub-date" i]') },
  { id: 'sailthru.date', candidates: (doc) => metaContent(doc, 'meta[name="sailthru.date" i]') },
  { id: 'meta-date', candidates: (doc) => metaContent(doc, 'meta[name="date" i]') },
  { id: 'DC.date.issued', candidates: (doc) => metaContent(doc, 'meta[name="DC.date.issued" i]') },
  {
    id: 'article-time',
    // The article's first <time>: a byline's, before any "updated" or comment time further down.
    candidates: (doc) => {
      const time = doc.querySelector('article time[datetime]');
      return time ? [time.getAttribute('datetime') ?? ''] : [];
    },
  },
];

/** Where one post's time is on a site that is many posts (lib/page/site-profile `post`). */
export interface PostSelectors {
  readonly container: string;
  readonly time: string;
}

export interface ReadOptions {
  now?: number;
  /** The page's address (defaults to the document's own): tells a single post's page from a feed. */
  url?: string;
  /** The site's post selectors (X, Reddit, Binance Square): their posts carry their own times. */
  post?: PostSelectors | undefined;
  sources?: readonly PublishedTimeSource[];
}

/** URLs of one post with its replies: X's /user/status/123, Reddit's /r/x/comments/abc/… */
const SINGLE_POST = /\/status\/(\d+)|\/comments\/[a-z0-9]+/i;

/**
 * The page's publication time, or null when no source gives a readable, not-future date. On a
 * site of posts, a single post's page is published when that post was; a feed has no one time
 * of its own beyond what its markup says (then the sources below, usually none).
 */
export function readPublishedTime(doc: Document, { now = Date.now(), url = doc.location?.href ?? '', post, sources = PUBLISHED_TIME_SOURCES }: ReadOptions = {}): PublishedTime | null {
  if (post && SINGLE_POST.test(url)) {
    const focal = focalPost(doc, url, post);
    const time = focal ? postTimeOf(focal, post, now) : null;
    if (time) return time;
  }
  for (const source of sources) {
    for (const raw of source.candidates(doc)) {
      const date = parsePageDate(raw, now);
      if (date) return { ...date, source: source.id };
    }
  }
  return null;
}

/**
 * The publication time that applies to a spot on the page: on a site of posts, the post around
 * it (a timeline holds posts of many times; a reply is newer than its thread); elsewhere, or
 * outside any post, the page's.
 */
export function publishedTimeAt(node: Node, doc: Document, options: ReadOptions = {}): PublishedTime | null {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (options.post && element) {
    const time = postTimeOf(element, options.post, options.now);
    if (time) return time;
  }
  return readPublishedTime(doc, options);
}

/**
 * The time of the post an element is in: the nearest post container's first time element (a
 * post's header comes before its text, a quoted post and its replies).
 */
export function postTimeOf(element: Element, post: PostSelectors, now: number = Date.now()): PublishedTime | null {
  const container = element.closest(post.container);
  const time = container?.querySelector(post.time);
  const date = parsePageDate(time?.getAttribute('datetime'), now);
  return date ? { ...date, source: 'post' } : null;
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
