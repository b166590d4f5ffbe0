/**
 * The one message protocol between the extension's contexts: every message name and the zod
 * schemas of its request and response live here and nowhere else.
 *
 * Two directions, two tables: TO_BACKGROUND (content, popup and options ask; the background answers
 * every one, its handler set is complete by type) and TO_CONTENT (the popup, or the background on a shortcut, asks a tab). A message
 * sent the wrong way does not type-check.
 *
 *   content/popup → background   views.get, page.report, lexicon.get, lexicon.resolve, lexicon.alternatives, options.open
 *   content → background         page.date (a page's publication time, after client-side navigation)
 *   options → background         market.budget
 *   popup/options → background   sites.enable, categories.list, market.testKey
 *   popup → content (tab)        page.mentions, page.reveal
 *   background → content (tab)   page.openNearestCard (the keyboard shortcut)
 *   content → popup (observed)   page.report: the popup watches its tab's report to learn the page has answered
 */
import * as z from 'zod/mini';
import { ApiPlanSchema, coinIdSchema as coinId, MAX_CANDIDATE_CHARS, MAX_PUBLISHED_CANDIDATES, StrongFormSchema, ViewWindowSchema } from '../model';
import { CHANNEL, MESSAGE_NAMES } from './names';
import { MarketErrorInfoSchema, SectorSummarySchema, TokenViewSchema } from './views';

/**
 * The strings a page gives as its publication time, strongest source first (lib/page/
 * published-time.ts gathers them; lib/model/page-date.ts reads the first readable one): the page
 * side sends them unparsed, which keeps the date parser out of the content script.
 */
export const PublishedCandidatesSchema = z.array(z.string().check(z.maxLength(MAX_CANDIDATE_CHARS))).check(z.maxLength(MAX_PUBLISHED_CANDIDATES));
const PublishedAtSchema = z.number().check(z.refine(Number.isFinite, 'must be finite'));

export const ViewsRequestSchema = z.object({
  coinIds: z.array(coinId()).check(z.maxLength(1000)),
  /** Defaults to the reader's window setting; 'since' needs publishedAt (without it, the setting counts). */
  window: z.optional(ViewWindowSchema),
  /**
   * The page's publication time (epoch ms): every view then carries its `since` figures. Only the
   * time (or the date strings of the page's markup, below) leaves the page, never the page's text
   * or address, and neither goes further than the background.
   */
  publishedAt: z.optional(PublishedAtSchema),
  /**
   * Or the page's publication-time candidates (the hover card sends these): the background reads
   * publishedAt from them, so the card chunk carries no date parser either.
   */
  published: z.optional(PublishedCandidatesSchema),
  /**
   * Also list the sectors (unwatched) of tokens that are in no watched sector. Costs one
   * /coins/{id} request per such token (cached 24 h), so it defaults to on only when a single
   * coin is asked for (the hover card) and off for page-wide requests (popup, badge).
   */
  otherSectors: z.optional(z.boolean()),
  /**
   * Who is waiting, for the request order: the hover card first, the open popup next. Default:
   * 'hover' for one coin, 'popup' for several.
   */
  need: z.optional(z.enum(['hover', 'popup'])),
  /** Also the constituents' hourly 7-day series (since-published figures); same request count. */
  series: z.optional(z.boolean()),
});
export const ViewsResponseSchema = z.object({
  window: ViewWindowSchema,
  views: z.array(TokenViewSchema),
  sectors: z.array(SectorSummarySchema),
  /**
   * The most telling error among the figures of the requested coins (never the chart's other
   * sectors'); each figure also carries its own.
   */
  error: z.optional(MarketErrorInfoSchema),
  /** Requested coins without any data, each with the reason (none: the provider lists no such coin). */
  missing: z.optional(z.array(z.object({ coinId: coinId(), error: z.optional(MarketErrorInfoSchema) }))),
  /** Some figure is on its way: ask again at this time (epoch ms). */
  retryAt: z.optional(z.number()),
  /** The data provider's name, for "Data: …". */
  source: z.optional(z.string().check(z.maxLength(60))),
});

export const PageTokenSchema = z.object({
  coinId: coinId(),
  symbol: z.string(),
  count: z.int(),
});
export const PageReportSchema = z.object({ tokens: z.array(PageTokenSchema).check(z.maxLength(5000)) });
export const OkSchema = z.object({ ok: z.boolean() });


export const PageMentionsResponseSchema = z.object({
  url: z.string(),
  tokens: z.array(PageTokenSchema),
  /** The page's publication-time candidates, read when asked; the popup parses them. */
  published: z.optional(PublishedCandidatesSchema),
});
/** `openCard`: the keyboard path — open the card on that mention with focus inside it. */
export const RevealRequestSchema = z.object({ coinId: coinId(), openCard: z.optional(z.boolean()) });

/** Every CoinGecko category (/coins/categories/list), for "add any category" in the options page. */
export const CategoryEntrySchema = z.object({ id: z.string().check(z.minLength(1), z.maxLength(120)), name: z.string().check(z.maxLength(200)) });
export const CategoriesResponseSchema = z.object({
  categories: z.array(CategoryEntrySchema),
  error: z.optional(MarketErrorInfoSchema),
});

/**
 * Start Sector Lens on the site of a tab, after the popup obtained the host permission: register
 * the content script for the origin, remember it in settings, and inject it into the tab now.
 */
export const EnableSiteRequestSchema = z.object({
  tabId: z.int(),
  origin: z.string().check(z.maxLength(300)),
});
export const EnableSiteResponseSchema = z.object({
  ok: z.boolean(),
  /** Why not, in words for the reader. */
  reason: z.optional(z.string()),
});

/** A strong-form mention the per-tab lexicon could not resolve (lib/detect UnresolvedCandidate, minus offsets). */
export const LongTailCandidateSchema = z.object({
  symbol: z.nullable(z.string().check(z.maxLength(40))),
  nameHint: z.optional(z.string().check(z.maxLength(120))),
  form: StrongFormSchema,
});
export const LongTailRequestSchema = z.object({
  candidates: z.array(LongTailCandidateSchema).check(z.maxLength(500)),
  /** The page's date (YYYY-MM-DD): a ticker's listed holder of that time (long-tail/listed-holders.ts). */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export const LongTailResponseSchema = z.object({
  /** Index-aligned with the request; null where nothing in the long tail matched. */
  coins: z.array(z.nullable(z.object({ coinId: coinId(), symbol: z.string() }))),
});

export const AlternativesRequestSchema = z.object({ symbol: z.string().check(z.minLength(1), z.maxLength(40)) });
export const AlternativesResponseSchema = z.object({
  coins: z.array(z.object({ coinId: coinId(), symbol: z.string(), name: z.string().check(z.maxLength(200)) })).check(z.maxLength(20)),
});

/**
 * The lexicon request carries the page's publication-time candidates, so the page's date (renamed
 * tickers follow it) comes back with the lexicon, before the first scan, at no extra round trip.
 */
export const LexiconRequestSchema = z.object({ published: z.optional(PublishedCandidatesSchema) });
/**
 * The freshest compact lexicon the background has, the detector's tables (lib/detect/table-transfer.ts:
 * the content script bundles stand-ins for them) and the page's date. The content script checks
 * the lexicon and the tables itself.
 */
export const LexiconResponseSchema = z.object({ lexicon: z.unknown(), tables: z.unknown(), publishedAt: z.optional(PublishedAtSchema) });
/** The page's date again, after client-side navigation brought another article. */
export const PageDateRequestSchema = z.object({ published: PublishedCandidatesSchema });
export const PageDateResponseSchema = z.object({ publishedAt: z.optional(PublishedAtSchema) });

export const TestApiKeyRequestSchema = z.object({
  plan: ApiPlanSchema,
  key: z.string().check(z.maxLength(200)),
  /** The base URL override to test with; defaults to the one in settings. */
  baseUrl: z.optional(z.string().check(z.maxLength(500))),
});
export const TestApiKeyResponseSchema = z.object({
  ok: z.boolean(),
  error: z.optional(MarketErrorInfoSchema),
});

const EmptySchema = z.object({});

/** The request budget, for the options page's cost line next to the watched sectors. */
export const BudgetResponseSchema = z.object({
  plan: ApiPlanSchema,
  /** Requests a minute we allow ourselves now (keyless adapts). */
  perMinute: z.number(),
  adaptive: z.boolean(),
  /** Watched sectors: one request each per refresh. */
  sectors: z.int(),
  /** How long a sector's figures count as fresh on this plan. */
  sectorsFreshForMs: z.number(),
  pausedUntil: z.optional(z.number()),
});

interface MessageDefinition<Req extends z.ZodMiniType, Res extends z.ZodMiniType> {
  readonly name: string;
  readonly request: Req;
  readonly response: Res;
}
function message<Req extends z.ZodMiniType, Res extends z.ZodMiniType>(key: keyof typeof MESSAGE_NAMES, request: Req, response: Res): MessageDefinition<Req, Res> {
  return { name: MESSAGE_NAMES[key], request, response };
}

/** Requests the background answers (from content scripts, popup and options). */
export const TO_BACKGROUND = {
  getViews: message('getViews', ViewsRequestSchema, ViewsResponseSchema),
  reportPage: message('reportPage', PageReportSchema, OkSchema),
  listCategories: message('listCategories', EmptySchema, CategoriesResponseSchema),
  enableSite: message('enableSite', EnableSiteRequestSchema, EnableSiteResponseSchema),
  resolveLongTail: message('resolveLongTail', LongTailRequestSchema, LongTailResponseSchema),
  getLexicon: message('getLexicon', LexiconRequestSchema, LexiconResponseSchema),
  datePage: message('datePage', PageDateRequestSchema, PageDateResponseSchema),
  listAlternatives: message('listAlternatives', AlternativesRequestSchema, AlternativesResponseSchema),
  testApiKey: message('testApiKey', TestApiKeyRequestSchema, TestApiKeyResponseSchema),
  getBudget: message('getBudget', EmptySchema, BudgetResponseSchema),
  openOptions: message('openOptions', EmptySchema, OkSchema),
} as const;

/** Requests a tab's content script answers (from the popup). */
export const TO_CONTENT = {
  getPageMentions: message('getPageMentions', EmptySchema, PageMentionsResponseSchema),
  revealMention: message('revealMention', RevealRequestSchema, OkSchema),
  openNearestCard: message('openNearestCard', EmptySchema, OkSchema),
} as const;

export type BackgroundMessage = keyof typeof TO_BACKGROUND;
export type ContentMessage = keyof typeof TO_CONTENT;
export type MessageKey = BackgroundMessage | ContentMessage;

/** Both tables, for looking a message up by key or name; a key in both is a compile error below. */
export const PROTOCOL: typeof TO_BACKGROUND & typeof TO_CONTENT = { ...TO_BACKGROUND, ...TO_CONTENT };
export type Protocol = typeof PROTOCOL;
/** Does not compile while a key stands in both tables. */
export type DistinctKeys<Shared extends never = BackgroundMessage & ContentMessage> = Shared;

export type RequestOf<K extends MessageKey> = z.infer<Protocol[K]['request']>;
export type ResponseOf<K extends MessageKey> = z.infer<Protocol[K]['response']>;

/** Every message travels in this envelope so foreign messages are told apart cheaply. */
export const EnvelopeSchema = z.object({
  channel: z.literal(CHANNEL),
  name: z.string(),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;
