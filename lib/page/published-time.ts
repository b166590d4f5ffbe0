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
  | 'x-post';

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

/** X (Twitter) pages: their own source, and no other (X's markup has no article-level meta). */
const X_HOSTS = /(^|\.)(x|twitter)\.com$/i;

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

export interface ReadOptions {
  now?: number;
  /** The page's address (defaults to the document's own): decides X, and its status id. */
  url?: string;
  sources?: readonly PublishedTimeSource[];
}

/** The page's publication time, or null when no source gives a readable, not-future date. */
export function readPublishedTime(doc: Document, { now = Date.now(), url = doc.location?.href ?? '', sources = PUBLISHED_TIME_SOURCES }: ReadOptions = {}): PublishedTime | null {
  if (isXPage(url)) {
    const post = focalPost(doc, url);
    return post ? postTimeOf(post, now) : null;
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
 * The publication time that applies to a spot on the page: on X the post around it (a timeline
 * holds posts of many times), elsewhere the page's.
 */
export function publishedTimeAt(node: Node, doc: Document, options: ReadOptions = {}): PublishedTime | null {
  const url = options.url ?? doc.location?.href ?? '';
  if (isXPage(url)) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return element ? postTimeOf(element, options.now) : null;
  }
  return readPublishedTime(doc, options);
}

export function isXPage(url: string): boolean {
  try {
    return X_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * On X every post has its own time: a timeline is many publications. The post an element is in is
 * its nearest <article>; the post's time is that article's first <time datetime> (the header comes
 * before the text and before a quoted post, whose own <time> is further down).
 */
export function postTimeOf(element: Element, now: number = Date.now()): PublishedTime | null {
  const post = element.closest('article');
  const time = post?.querySelector('time[datetime]');
  const date = parsePageDate(time?.getAttribute('datetime'), now);
  return date ? { ...date, source: 'x-post' } : null;
}

/** A status page (/user/status/123): the post whose link is that status; otherwise the first post. */
function focalPost(doc: Document, url: string): Element | null {
  const status = /\/status\/(\d+)/.exec(url)?.[1];
  if (status) {
    for (const link of doc.querySelectorAll(`article a[href*="/status/${status}"]`)) {
      const post = link.closest('article');
      if (post) return post;
    }
  }
  return doc.querySelector('article');
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
