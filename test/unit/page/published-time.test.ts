/** The publication-time reader on parsed pages (linkedom): each source, its order, zones, garbage. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstPageDate, MAX_CANDIDATE_CHARS, MAX_PUBLISHED_CANDIDATES, parsePageDate, publishedAtOf } from '../../../lib/model/page-date';
import {
  candidateValues,
  PUBLISHED_TIME_SOURCE_IDS,
  PUBLISHED_TIME_SOURCES,
  postTimeOf,
  publishedCandidates,
  publishedCandidatesAt,
  publishedTimeAt,
  publishedValues,
  readPublishedTime,
} from '../../../lib/page/published-time';
import { REDDIT_PROFILE, X_PROFILE } from '../../../lib/page/site-profile';

const NOW = Date.parse('2025-08-28T06:37:31Z');
const AT = Date.parse('2025-08-26T04:37:00Z');
const page = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
/**
 * The reading, and what the extension side makes of the candidate strings the content script
 * sends (it parses none itself): the two must always agree.
 */
const read = (doc: Document, url = 'https://news.example/a') => {
  const time = readPublishedTime(doc, { now: NOW, url });
  expect(publishedAtOf(candidateValues(publishedValues(doc, { url })), NOW).publishedAt).toBe(time?.at);
  return time;
};
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('each source on its own', () => {
  it.each([
    ['article:published_time', page('<meta property="article:published_time" content="2025-08-26T04:37:00Z">')],
    ['json-ld', page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2025-08-26T04:37:00Z' }))],
    ['itemprop', page('', '<span itemprop="datePublished" content="2025-08-26T04:37:00Z">Aug 26</span>')],
    ['parsely-pub-date', page('<meta name="parsely-pub-date" content="2025-08-26T04:37:00Z">')],
    ['sailthru.date', page('<meta name="sailthru.date" content="2025-08-26 04:37:00">')],
    ['meta-date', page('<meta name="date" content="2025-08-26T04:37:00Z">')],
    ['DC.date.issued', page('<meta name="DC.date.issued" content="2025-08-26T04:37:00Z">')],
    ['article-time', page('', '<article><h1>t</h1><time datetime="2025-08-26T04:37:00Z">2 days ago</time></article>')],
  ])('%s', (source, doc) => {
    expect(read(doc)).toEqual({ at: AT, precision: 'minute', source });
  });

  it('the table lists the sources in the documented order', () => {
    expect(PUBLISHED_TIME_SOURCE_IDS).toHaveLength(PUBLISHED_TIME_SOURCES.length);
    expect(PUBLISHED_TIME_SOURCE_IDS).toEqual([
      'article:published_time', 'json-ld', 'itemprop', 'parsely-pub-date', 'sailthru.date', 'meta-date', 'DC.date.issued', 'article-time',
    ]);
  });

  it('itemprop on a <time> gives its datetime', () => {
    expect(read(page('', '<time itemprop="datePublished" datetime="2025-08-26T06:37:00+02:00">26 Aug</time>'))?.at).toBe(AT);
  });

  it('meta names match regardless of case (dc.date.issued, Date)', () => {
    expect(read(page('<meta name="dc.date.issued" content="2025-08-26">'))).toEqual({ at: Date.parse('2025-08-26T00:00:00Z'), precision: 'day', source: 'DC.date.issued' });
    expect(read(page('<meta name="Date" content="2025-08-26T04:37:00Z">'))?.source).toBe('meta-date');
  });

  it('no source: null', () => {
    expect(read(page('<title>x</title>', '<p>Published on Tuesday</p><time datetime="2025-08-26">outside any article</time>'))).toBeNull();
  });
});

describe('JSON-LD shapes', () => {
  it.each([
    ['@graph (Yoast)', { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', datePublished: '2020-01-01T00:00:00Z' }, { '@type': 'Article', datePublished: '2025-08-26T04:37:00Z' }] }],
    ['an array of types', { '@type': ['Article', 'NewsArticle'], datePublished: '2025-08-26T04:37:00Z' }],
    ['a top-level array', [{ '@type': 'Organization', name: 'x' }, { '@type': 'BlogPosting', datePublished: '2025-08-26T04:37:00Z' }]],
    ['SocialMediaPosting', { '@type': 'SocialMediaPosting', datePublished: '2025-08-26T04:37:00Z' }],
    ['a full type URL', { '@type': 'https://schema.org/NewsArticle', datePublished: '2025-08-26T04:37:00Z' }],
    ['a NewsArticle subtype', { '@type': 'ReportageNews', datePublished: '2025-08-26T04:37:00Z' }],
  ])('%s', (_label, data) => {
    expect(read(page(ld(data)))).toMatchObject({ at: AT, source: 'json-ld' });
  });

  it("ignores nodes that are not articles (a WebPage's datePublished is the page template, not the news)", () => {
    expect(read(page(ld({ '@type': 'WebPage', datePublished: '2025-08-26T04:37:00Z' })))).toBeNull();
  });

  it('a broken block does not hide a good one after it', () => {
    const doc = page(`<script type="application/ld+json">{"@type": "NewsArticle",, }</script>${ld({ '@type': 'NewsArticle', datePublished: '2025-08-26T04:37:00Z' })}`);
    expect(read(doc)?.at).toBe(AT);
  });
});

describe('order and fall-through', () => {
  it('article:published_time wins over JSON-LD and the rest', () => {
    const doc = page(
      `<meta name="date" content="2025-08-20T00:00:00Z">${ld({ '@type': 'NewsArticle', datePublished: '2025-08-25T00:00:00Z' })}<meta property="article:published_time" content="2025-08-26T04:37:00Z">`,
      '<article><time datetime="2025-08-24T00:00:00Z">x</time></article>',
    );
    expect(read(doc)).toMatchObject({ at: AT, source: 'article:published_time' });
  });

  it('a garbage value in a stronger source falls through to the next', () => {
    const doc = page(`<meta property="article:published_time" content="{{publishDate}}">${ld({ '@type': 'NewsArticle', datePublished: '2025-08-26T04:37:00Z' })}`);
    expect(read(doc)?.source).toBe('json-ld');
  });

  it('a future date falls through too (a page cannot be published tomorrow)', () => {
    const doc = page('<meta property="article:published_time" content="2025-09-30T00:00:00Z"><meta name="parsely-pub-date" content="2025-08-26T04:37:00Z">');
    expect(read(doc)?.source).toBe('parsely-pub-date');
  });
});

describe('time zones', () => {
  it.each([
    ['2025-08-26T04:37:00Z', AT],
    ['2025-08-26T06:37:00+02:00', AT],
    ['2025-08-26T06:37:00+0200', AT],
    ['2025-08-26T00:37:00-04:00', AT],
    ['2025-08-26T10:07:00+05:30', AT],
    ['2025-08-26T04:37:00.000Z', AT],
    ['2025-08-26T04:37:00', AT], // no zone: UTC (parsely and sailthru specify UTC)
    ['2025-08-26 04:37:00', AT],
    ['2025-08-26T04:37Z', AT],
    ['Tue, 26 Aug 2025 00:37:00 -0400', AT],
    ['26 Aug 2025 04:37:00 GMT', AT],
    ['2025-08-25T23:37:00-05:00', AT], // the day before in New York is the same instant
  ])('%s', (raw, at) => {
    expect(parsePageDate(raw, NOW)).toEqual({ at, precision: 'minute' });
  });

  it('a date without a time is that day at 00:00 UTC, marked as day precision', () => {
    expect(parsePageDate('2025-08-26', NOW)).toEqual({ at: Date.parse('2025-08-26T00:00:00Z'), precision: 'day' });
  });
});

describe('garbage is ignored', () => {
  it.each([
    '', '   ', 'yesterday', '2 hours ago', 'Tuesday', '08/26/2025', '26.08.2025', '{{date}}', 'null', 'NaN', '1756183020',
    '2025-02-30T00:00:00Z', '2025-13-01', '2025-08-26T25:00:00Z', '2025-08-26T04:61:00Z', '2025-08-26T04:37:00+25:00',
    '0000-00-00 00:00:00', '1970-01-01T00:00:00Z', '1999-12-31T23:59:59Z', '2025-08-26T04:37:00Z trailing', 'x'.repeat(5000),
  ])('%j', (raw) => {
    expect(parsePageDate(raw, NOW)).toBeNull();
  });

  it('future dates beyond a quarter hour of clock skew', () => {
    expect(parsePageDate('2025-08-28T06:50:00Z', NOW)).not.toBeNull();
    expect(parsePageDate('2025-08-28T07:00:00Z', NOW)).toBeNull();
  });
});

describe('sites of posts (the site profiles\u2019 post selectors)', () => {
  const x = X_PROFILE.post!;
  const reddit = REDDIT_PROFILE.post!;
  const timeline = page(
    '<meta property="article:published_time" content="2020-01-01T00:00:00Z">',
    `<article data-testid="tweet"><a href="/alice/status/111"><time datetime="2025-08-26T04:37:00.000Z">Aug 26</time></a><p id="a">$ATH up</p>
       <div role="link"><time datetime="2025-08-20T00:00:00.000Z">quoted</time></div></article>
     <article data-testid="tweet"><a href="/bob/status/222"><time datetime="2025-08-27T10:00:00.000Z">Aug 27</time></a><p id="b">$TAO</p></article>
     <p id="outside">$ATH in the sidebar</p>`,
  );

  it('X: a post\u2019s own time, not its quoted post\u2019s', () => {
    expect(postTimeOf(timeline.getElementById('a')!, x, NOW)).toEqual({ at: AT, precision: 'minute', source: 'post' });
    expect(publishedTimeAt(timeline.getElementById('b')!.firstChild!, timeline, { now: NOW, post: x })?.at).toBe(Date.parse('2025-08-27T10:00:00Z'));
  });

  it('X: a status page is published when its post was', () => {
    expect(readPublishedTime(timeline, { now: NOW, url: 'https://x.com/bob/status/222', post: x })?.at).toBe(Date.parse('2025-08-27T10:00:00Z'));
    expect(readPublishedTime(timeline, { now: NOW, url: 'https://twitter.com/alice/status/111', post: x })).toMatchObject({ at: AT, source: 'post' });
  });

  it('outside any post, and on a feed, the page\u2019s own sources count', () => {
    expect(publishedTimeAt(timeline.getElementById('outside')!, timeline, { now: NOW, post: x })?.source).toBe('article:published_time');
    expect(readPublishedTime(timeline, { now: NOW, url: 'https://x.com/home', post: x })?.source).toBe('article:published_time');
  });

  it('Reddit: a reply is dated by itself, not by its thread', () => {
    const thread = page(
      '',
      `<shreddit-post><time datetime="2025-08-25T00:00:00Z">3d</time><p id="post">ATH news</p>
         <shreddit-comment><time datetime="2025-08-27T00:00:00Z">1d</time><p id="c1">$ATH</p>
           <shreddit-comment><time datetime="2025-08-28T00:00:00Z">now</time><p id="c2">$ATH</p></shreddit-comment></shreddit-comment></shreddit-post>`,
    );
    expect(postTimeOf(thread.getElementById('post')!, reddit, NOW)?.at).toBe(Date.parse('2025-08-25T00:00:00Z'));
    expect(postTimeOf(thread.getElementById('c1')!, reddit, NOW)?.at).toBe(Date.parse('2025-08-27T00:00:00Z'));
    expect(postTimeOf(thread.getElementById('c2')!, reddit, NOW)?.at).toBe(Date.parse('2025-08-28T00:00:00Z'));
    expect(readPublishedTime(thread, { now: NOW, url: 'https://www.reddit.com/r/CryptoCurrency/comments/abc123/title/', post: reddit })?.at).toBe(Date.parse('2025-08-25T00:00:00Z'));
  });

  it('no post and no source: nothing', () => {
    const doc = page('', '<p id="c">$ATH</p>');
    expect(publishedTimeAt(doc.getElementById('c')!, doc, { now: NOW, post: x })).toBeNull();
  });

  it('what the page sends: the post\u2019s time first, then the page\u2019s sources, unparsed', () => {
    expect(publishedCandidates(timeline, { url: 'https://x.com/bob/status/222', post: x })).toEqual([
      { source: 'post', value: '2025-08-27T10:00:00.000Z' },
      { source: 'article:published_time', value: '2020-01-01T00:00:00Z' },
      { source: 'article-time', value: '2025-08-26T04:37:00.000Z' },
    ]);
    // The content script's values are the labelled candidates' values, in the same order.
    expect(publishedValues(timeline, { url: 'https://x.com/bob/status/222', post: x })).toEqual(publishedCandidates(timeline, { url: 'https://x.com/bob/status/222', post: x }).map((c) => c.value));
    const a = timeline.getElementById('a')!.firstChild!;
    expect(publishedValues(timeline, { url: 'https://x.com/home', post: x }, a)).toEqual(publishedCandidatesAt(a, timeline, { url: 'https://x.com/home', post: x }).map((c) => c.value));
    expect(candidateValues(publishedValues(timeline, { url: 'https://x.com/home', post: x }, timeline.getElementById('a')!.firstChild!))).toEqual([
      '2025-08-26T04:37:00.000Z',
      '2020-01-01T00:00:00Z',
      '2025-08-26T04:37:00.000Z',
    ]);
    expect(publishedAtOf(candidateValues(publishedValues(timeline, { post: x }, timeline.getElementById('b')!)), NOW)).toEqual({
      publishedAt: Date.parse('2025-08-27T10:00:00Z'),
    });
  });
});

describe('the candidates the page sends, parsed on the extension side', () => {
  it('the first readable one counts; its index says which', () => {
    expect(firstPageDate(['{{publishDate}}', '', '2025-08-26T04:37:00Z', '2025-08-20'], NOW)).toEqual({ at: AT, precision: 'minute', index: 2 });
    expect(firstPageDate(['2 hours ago'], NOW)).toBeNull();
    expect(publishedAtOf(undefined, NOW)).toEqual({});
    expect(publishedAtOf([], NOW)).toEqual({});
  });

  it('a hostile page cannot make the message huge: long values are left out, the count is capped', () => {
    const junk = Array.from({ length: 300 }, (_, i) => `<meta name="date" content="junk ${i}">`).join('');
    const doc = page(`<meta property="article:published_time" content="${'9'.repeat(MAX_CANDIDATE_CHARS + 1)}">${junk}`);
    const values = candidateValues(publishedValues(doc, { url: 'https://news.example/a' }));
    expect(values).toHaveLength(MAX_PUBLISHED_CANDIDATES);
    expect(values.every((value) => value.length <= MAX_CANDIDATE_CHARS)).toBe(true);
    expect(values[0]).toBe('junk 0');
  });
});
