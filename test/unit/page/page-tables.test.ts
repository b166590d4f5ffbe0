/**
 * The content script detects with table stand-ins filled from the background's data
 * (lib/detect/table-transfer.ts, lib/page/page-tables.ts, lib/build-page-bundle.ts). Here the
 * generated stand-in modules replace the real tables exactly as in the page build; they are
 * filled from what the background sends (through JSON, as the extension's messaging carries it),
 * and the detector must then answer as the real-table detector on every unit corpus passage and
 * every real article in ../shared/realtext and /work/realtext-extra (read at test time when
 * present, never copied here), at two page dates. Malformed tables are a GuardError and leave
 * every stand-in empty.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import shipped from '../../../public/data/lexicon-top.json';
import { createLexiconService } from '../../../lib/background/lexicon';
import { pageTables } from '../../../lib/background/page-tables';
import { CARRIED_DIRS, constAsLet, loadTableModules, numberPhrases, phraseConstants, phraseList, phraseNumbersOnly, phrasesBySlot, referencePathOff, RENAMED_FIELDS } from '../../../lib/build-page-bundle';
import { PHRASE_PATTERNS } from '../../../lib/detect/tables/phrase-patterns';
import { Phrase, phraseOrder, type PhraseName } from '../../../lib/detect/text/phrase';
import * as real from '../../../lib/detect/page-api';
import { carriedExports, serializeTables, shapeOf, shapeText, standInSource, tableKind } from '../../../lib/detect/table-transfer';
import { REALTEXT_DIR } from '../detect/realtext-score';

const ROOT = resolve(import.meta.dirname, '../../..');
const TABLES = join(ROOT, 'lib/detect/tables');
const REGISTRY = join(ROOT, 'lib/page/page-tables.ts');
const DATES = ['2021-06-01', '2025-06-01'];

function textsIn(dir: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => [join(dir, file), readFileSync(join(dir, file), 'utf8')]);
}

const TEXTS = [
  ...textsIn(join(ROOT, 'test/fixtures/detect-corpus')),
  ...textsIn(join(ROOT, 'test/fixtures/detect-holdout')),
  ...textsIn(join(REALTEXT_DIR, 'articles')),
  ...textsIn('/work/realtext-extra/articles'),
];

type Api = typeof real;

/** What the content script does: every paragraph's bindings first, then each paragraph; and the whole text at once. */
function detectAll(api: Api, lexicon: ReturnType<Api['compileLexicon']>, text: string, date: string) {
  const whole = api.findMentions(text, lexicon, api.createPageContext({ date }));
  const page = api.createPageContext({ date });
  const parts = text.split(/\n\s*\n/);
  for (const part of parts) api.collectBindings(page, part, lexicon);
  return { whole, paragraphs: parts.map((part) => api.findMentions(part, lexicon, page)) };
}

describe('carrying the detector tables', () => {
  it('carries Sets, Maps, arrays and records of JSON, and keeps a module with a function or a RegExp as code', () => {
    expect(tableKind(new Set(['A']))).toBe('set');
    expect(tableKind(new Map([['a', 1]]))).toBe('map');
    expect(tableKind([{ name: 'Ether', policy: 'any-case' }])).toBe('array');
    expect(tableKind({ ticker: ['x'] })).toBe('record');
    for (const value of [() => 1, /x/, [/x/], new Date(), [{ until: undefined }], [Number.NaN], new Set([() => 1])]) expect(tableKind(value)).toBeNull();
    expect(carriedExports({ LIST: new Set(['A']), lookup: () => 'a' })).toBeNull();
    expect(serializeTables({ code: { LIST: ['A'], at: () => 1 }, data: { LIST: new Set(['A']) } })).toEqual({ data: [['A']] });
    // By position, in the order of the export names, whatever order the module declares them in.
    expect(serializeTables({ data: { ZETA: ['z'], ALPHA: new Map([['a', 1]]) } })).toEqual({ data: [[['a', 1]], ['z']] });
    expect(Object.keys(carriedExports({ ZETA: ['z'], ALPHA: ['a'] }) ?? {})).toEqual(['ALPHA', 'ZETA']);
    expect(shapeOf([{ name: 'a', policy: 'x' }, { name: 'b' }])).toEqual(['o', { name: 's', policy: 's' }, ['policy']]);
    expect(shapeOf(['a', 1])).toBe('j');
    // As the stand-in writes it for the page: one string, prefix notation.
    expect(shapeText(['a', shapeOf([{ name: 'a', policy: 'x' }, { name: 'b' }])])).toBe('a{name:s,policy?:s}');
    expect(shapeText(['a', ['t', 's', ['a', 'n']]])).toBe('atsan');
    expect(shapeText(['r', ['o', { eras: ['a', ['o', { until: 's' }, ['until']]], none: ['o', {}, []] }, []]])).toBe('r{eras:a{until?:s},none:{}}');
    expect(() => shapeText(['o', { 'a:b': 's' }, []])).toThrow(/identifier/);
  });

  it('rides on the lexicon reply: one message holds the lexicon and the tables', async () => {
    const service = createLexiconService({
      readAsset: () => Promise.resolve(structuredClone(shipped)),
      loadStored: () => Promise.resolve(null),
      saveStored: () => Promise.resolve(),
      fetchSources: () => Promise.reject(new Error('offline in this test')),
    });
    const reply = await service.getLexicon();
    expect(reply.lexicon).toEqual(shipped);
    expect(reply.tables).toEqual(pageTables());
  });

  it('carries every table that is only data, and sends only those', async () => {
    const modules = Object.assign({}, ...(await Promise.all(CARRIED_DIRS.map((dir) => loadTableModules(dir))))) as Record<string, Record<string, unknown>>;
    const carried = Object.keys(modules).filter((name) => carriedExports(modules[name] as Record<string, unknown>));
    // The big ones must stay out of the content script (README: what the content script is made of),
    // and the page layer's own (lib/page/tables: the site profiles' scopes, the skipped tags) travel with them.
    expect(carried).toEqual(expect.arrayContaining(['bare-symbol-stoplist', 'name-aliases', 'context-words', 'company-names', 'cashtag-non-crypto', 'site-scopes', 'skipped-tags']));
    expect(Object.keys(pageTables()).sort()).toEqual(carried.sort());
  });
});

describe('the page layer\'s own tables in the content script (lib/page/tables: site scopes, skipped tags)', () => {
  const temp = mkdtempSync(join(tmpdir(), 'sector-lens-page-tables-'));
  const PAGE_TABLES = join(ROOT, 'lib/page/tables');
  const names = ['site-scopes', 'skipped-tags'];
  afterAll(() => {
    for (const name of names) vi.doUnmock(join(PAGE_TABLES, `${name}.ts`));
    vi.resetModules();
    rmSync(temp, { recursive: true, force: true });
  });

  it('are empty until the lexicon reply fills them, then each profile reads its own scope and the shared tags are skipped', async () => {
    vi.resetModules();
    for (const name of names) {
      const real = (await import(join(PAGE_TABLES, `${name}.ts`))) as Record<string, unknown>;
      const file = join(temp, `${name}.mjs`);
      writeFileSync(file, standInSource(name, carriedExports(real) ?? {}, REGISTRY));
      vi.doMock(join(PAGE_TABLES, `${name}.ts`), () => import(file));
    }
    vi.resetModules();
    const profiles = await import('../../../lib/page/site-profile');
    const { scanScopeOf } = await import('../../../lib/page/scan-scope');
    const { isSkippedElement } = await import('../../../lib/page/skip-rules');
    const registry = await import('../../../lib/page/page-tables');
    const element = (localName: string) => ({ localName, namespaceURI: 'http://www.w3.org/1999/xhtml', hasAttributes: () => false }) as unknown as Element;
    const all = [profiles.GENERIC_PROFILE, ...profiles.SITE_PROFILES];
    // Before the reply (a session never starts then): no profile has a scope, no tag is skipped.
    for (const profile of all) expect(scanScopeOf(profile)).toEqual({ skipSelector: null, rootSelector: null, shadowRoots: profile.shadowRoots });
    expect(isSkippedElement(element('script'))).toBe(false);
    registry.installTables(JSON.parse(JSON.stringify(pageTables())));
    for (const name of names) vi.doUnmock(join(PAGE_TABLES, `${name}.ts`));
    vi.resetModules();
    const inCode = await import('../../../lib/page/site-profile');
    const { scanScopeOf: scopeInCode } = await import('../../../lib/page/scan-scope');
    const { SKIPPED_TAGS } = await import('../../../lib/page/tables/skipped-tags');
    const inCodeAll = [inCode.GENERIC_PROFILE, ...inCode.SITE_PROFILES];
    all.forEach((profile, at) => {
      expect(profiles.siteScope(profile)).toEqual(inCode.siteScope(inCodeAll[at] as typeof profile));
      expect(scanScopeOf(profile)).toEqual(scopeInCode(inCodeAll[at] as typeof profile));
    });
    expect(scanScopeOf(profiles.X_PROFILE).rootSelector).toContain('primaryColumn');
    expect(profiles.siteScope(profiles.X_PROFILE).siteCard).toContain('/search?q=');
    for (const tag of SKIPPED_TAGS) expect(isSkippedElement(element(tag)), tag).toBe(true);
    expect(isSkippedElement(element('p'))).toBe(false);
  });
});

/** The lib/detect modules the content script bundles: what lib/detect/page-api.ts reaches by value imports. */
function pageDetectorModules(): Map<string, ts.SourceFile> {
  const found = new Map<string, ts.SourceFile>();
  const visit = (file: string) => {
    if (found.has(file) || !file.startsWith(join(ROOT, 'lib/detect'))) return;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    found.set(file, source);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
      if (ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly) continue;
      const path = resolve(dirname(file), (statement.moduleSpecifier as ts.StringLiteral).text);
      const target = [`${path}.ts`, join(path, 'index.ts'), path].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
      if (target) visit(target);
    }
  };
  visit(join(ROOT, 'lib/detect/page-api.ts'));
  return found;
}

/** Where a module reads a carried table while it loads (before the page fills the stand-ins). */
function readsAtLoad(source: ts.SourceFile, carried: readonly string[]): string[] {
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || statement.importClause?.isTypeOnly) continue;
    const path = resolve(dirname(source.fileName), (statement.moduleSpecifier as ts.StringLiteral).text);
    if (dirname(path) !== TABLES || !carried.includes(path.slice(TABLES.length + 1).replace(/\.ts$/, ''))) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) if (!element.isTypeOnly) names.add(element.name.text);
    if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
  }
  const found: string[] = [];
  const lazy = (node: ts.Node): boolean => {
    for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
      if (ts.isFunctionLike(at) || ts.isTypeNode(at) || ts.isImportDeclaration(at)) return true;
      // WordGate builds its hash table on first use, from the table as it is then (lib/detect/text/word-gate.ts).
      if (ts.isNewExpression(at) && at.expression.getText() === 'WordGate' && at.arguments?.includes(node as ts.Expression)) return true;
    }
    return false;
  };
  const walk = (node: ts.Node) => {
    if (ts.isIdentifier(node) && names.has(node.text) && !lazy(node)) found.push(`${source.fileName.slice(ROOT.length + 1)}: ${node.text} at line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    ts.forEachChild(node, walk);
  };
  walk(source);
  return found;
}

describe('what the page detector does with a table while it loads', () => {
  it('reads no carried table before the fill: only inside functions, or handed to a WordGate', async () => {
    const modules = await loadTableModules();
    const carried = Object.keys(modules).filter((name) => carriedExports(modules[name] as Record<string, unknown>));
    const page = pageDetectorModules();
    expect(page.has(join(ROOT, 'lib/detect/scan/scan-text.ts'))).toBe(true);
    expect([...page.values()].flatMap((source) => readsAtLoad(source, carried))).toEqual([]);
    // The check sees a load-time read (the union scan-text built before the tables travelled).
    const before = ts.createSourceFile(join(ROOT, 'lib/detect/scan/x.ts'), "import { COMPANY_NAMES } from '../tables/company-names';\nconst NOT_A_COIN = new Set([...COMPANY_NAMES]);\nconst gate = new WordGate(COMPANY_NAMES);\nexport const f = () => COMPANY_NAMES.has('a');", ts.ScriptTarget.Latest, true);
    expect(readsAtLoad(before, carried)).toEqual(['lib/detect/scan/x.ts: COMPANY_NAMES at line 2']);
  });
});

describe('the content script with table stand-ins', () => {
  const temp = mkdtempSync(join(tmpdir(), 'sector-lens-stand-ins-'));
  let modules: Record<string, Record<string, unknown>>;
  let carried: string[];

  beforeAll(async () => {
    modules = await loadTableModules();
    carried = Object.keys(modules).filter((name) => carriedExports(modules[name] as Record<string, unknown>));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  /** A fresh module graph in which every carried table is its generated stand-in, as in the page build. */
  async function withStandIns() {
    vi.resetModules();
    for (const name of carried) {
      const file = join(temp, `${name}.mjs`);
      writeFileSync(file, standInSource(name, carriedExports(modules[name] as Record<string, unknown>) ?? {}, REGISTRY));
      vi.doMock(join(TABLES, `${name}.ts`), () => import(file));
    }
    const api = (await import('../../../lib/detect/page-api')) as Api;
    const registry = await import('../../../lib/page/page-tables');
    const { GuardError: FreshGuardError } = await import('../../../lib/guard/guard');
    const standIns = Object.fromEntries(await Promise.all(carried.map(async (name) => [name, (await import(join(TABLES, `${name}.ts`))) as Record<string, unknown>] as const)));
    return { api, registry, standIns, GuardError: FreshGuardError };
  }

  afterAll(() => {
    for (const name of carried) vi.doUnmock(join(TABLES, `${name}.ts`));
    vi.resetModules();
  });

  it('fills the stand-ins from what the background sends, and then detects exactly as the real tables do', async () => {
    const { api, registry, standIns } = await withStandIns();
    // The stand-ins are in place and empty until filled.
    expect(standIns['bare-symbol-stoplist']?.BARE_SYMBOL_STOPLIST).toEqual(new Set());
    expect(standIns['name-aliases']?.NAME_ALIASES).toEqual([]);

    registry.installTables(JSON.parse(JSON.stringify(pageTables())));
    for (const name of carried) expect({ ...standIns[name] }, name).toEqual({ ...modules[name] });

    const realLexicon = real.compileLexicon(shipped as Parameters<Api['compileLexicon']>[0]);
    const pageLexicon = api.compileLexicon(shipped as Parameters<Api['compileLexicon']>[0]);
    expect([...pageLexicon.coins.keys()]).toEqual([...realLexicon.coins.keys()]);
    expect(TEXTS.length).toBeGreaterThan(60);
    let mentions = 0;
    for (const [file, text] of TEXTS) {
      for (const date of DATES) {
        const expected = detectAll(real, realLexicon, text, date);
        expect(detectAll(api, pageLexicon, text, date), `${file} @ ${date}`).toEqual(expected);
        mentions += expected.whole.mentions.length;
      }
    }
    expect(mentions).toBeGreaterThan(1000);
  });

  it('detects differently with the stand-ins empty (the comparison above is not vacuous)', async () => {
    const { api } = await withStandIns();
    const lexicon = api.compileLexicon(shipped as Parameters<Api['compileLexicon']>[0]);
    const realLexicon = real.compileLexicon(shipped as Parameters<Api['compileLexicon']>[0]);
    const differing = TEXTS.filter(([, text]) => JSON.stringify(detectAll(api, lexicon, text, DATES[1] as string)) !== JSON.stringify(detectAll(real, realLexicon, text, DATES[1] as string)));
    expect(differing.length).toBeGreaterThan(TEXTS.length / 2);
  });

  type Sent = Record<string, unknown[]>;
  /** Where an export travels in its module's array: the position of its name in sorted order. */
  const slot = (module: string, name: string): number => {
    const at = Object.keys(modules[module] as Record<string, unknown>).sort().indexOf(name);
    expect(at, `${module}.${name}`).toBeGreaterThanOrEqual(0);
    return at;
  };

  it.each([
    ['no tables', undefined],
    ['a module missing', (tables: Sent) => delete tables['bare-symbol-stoplist']],
    ['a module sent by name, not by position', (tables: Sent) => ((tables as Record<string, unknown>)['cashtag-non-crypto'] = { CASHTAG_NON_CRYPTO: ['ETH'] })],
    ['an export missing', (tables: Sent) => tables['name-aliases']?.splice(slot('name-aliases', 'NAME_ALIASES'), 1)],
    ['a Set sent as an object', (tables: Sent) => ((tables['bare-symbol-stoplist'] as unknown[])[slot('bare-symbol-stoplist', 'BARE_SYMBOL_STOPLIST')] = { ETH: true })],
    ['a number among strings', (tables: Sent) => ((tables['company-names'] as unknown[])[slot('company-names', 'COMPANY_NAMES')] as unknown[]).push(7)],
    ['an alias without its coin', (tables: Sent) => ((tables['name-aliases'] as unknown[])[slot('name-aliases', 'NAME_ALIASES')] as unknown[]).push({ name: 'X' })],
    ['an alias policy that is not a string', (tables: Sent) => ((tables['name-aliases'] as unknown[])[slot('name-aliases', 'NAME_ALIASES')] as unknown[]).push({ name: 'X', coinId: 'x', policy: 1 })],
  ])('refuses %s with a GuardError and fills nothing', async (_what, spoil) => {
    const { registry, standIns, GuardError } = await withStandIns();
    const tables = JSON.parse(JSON.stringify(pageTables())) as Sent;
    const sent = spoil ? (spoil(tables), tables) : undefined;
    expect(() => registry.installTables(sent)).toThrow(GuardError);
    for (const name of carried) {
      for (const value of Object.values(standIns[name] as Record<string, unknown>)) {
        expect(value instanceof Set || value instanceof Map ? value.size : Array.isArray(value) ? value.length : Object.keys(value as object).length).toBe(0);
      }
    }
  });
});

describe('phrase rules by number in the content script', () => {
  const order = phraseOrder(PHRASE_PATTERNS);
  const sources = readdirSync(join(ROOT, 'lib/detect'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.includes('/tables/'))
    .map((file) => readFileSync(join(ROOT, 'lib/detect', file), 'utf8'))
    .filter((code) => code.includes('new Phrase('));

  it('numbers every `new Phrase(name)` of the detector, keeping each line the same length', () => {
    expect(sources.length).toBeGreaterThan(5);
    for (const code of sources) {
      const numbered = numberPhrases(code, order);
      expect(numbered.length).toBe(code.length);
      expect(numbered.split('\n').map((line) => line.length)).toEqual(code.split('\n').map((line) => line.length));
      expect(numbered).not.toMatch(/new Phrase\(['"]/);
    }
  });

  it('gives a numbered phrase the pattern of its name', () => {
    for (const name of Object.keys(PHRASE_PATTERNS) as PhraseName[]) {
      const numbered = numberPhrases(`new Phrase('${name}')`, order);
      const at = Number(/\((\d+)/.exec(numbered)?.[1]);
      const pattern = new Phrase(at).pattern;
      expect(pattern, name).not.toBe(new Phrase(name).pattern);
      expect([pattern.source, pattern.flags], name).toEqual([new Phrase(name).pattern.source, new Phrase(name).pattern.flags]);
    }
  });

  it('fails the build on a name the table lacks', () => {
    expect(() => numberPhrases("new Phrase('noSuchPhrase')", order)).toThrow(/noSuchPhrase/);
  });

  it('writes phrase.ts\'s name lookup for numbers only, line lengths kept, and fails the build when the lookup moved', () => {
    const code = readFileSync(join(ROOT, 'lib/detect/text/phrase.ts'), 'utf8');
    const numbersOnly = phraseNumbersOnly(code);
    expect(numbersOnly).not.toContain('typeof this.name');
    expect(numbersOnly).toContain('phraseOrder(PHRASE_PATTERNS)[this.name as number]');
    expect(numbersOnly.split('\n').map((line) => line.length)).toEqual(code.split('\n').map((line) => line.length));
    expect(() => phraseNumbersOnly(code.replace("typeof this.name === 'number'", 'Number.isInteger(this.name)'))).toThrow(/phraseNumbersOnly/);
  });
});

describe('phrase constants as slots of one list in the content script (build-page-bundle.ts phrasesBySlot)', () => {
  const order = phraseOrder(PHRASE_PATTERNS);
  const files = readdirSync(join(ROOT, 'lib/detect'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith('tables'))
    .map((file) => join(ROOT, 'lib/detect', file));
  const constants = new Map(files.map((file) => [file.replace(/\.ts$/, ''), phraseConstants(readFileSync(file, 'utf8'))]));
  const constantsOf = (module: string) => constants.get(module);
  const PHRASES_AT = '/phrase-list.ts';

  it('finds every phrase constant of the detector', () => {
    const declared = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^(?:export )?const \w+ = new Phrase\(/gm)]).length;
    expect(declared).toBeGreaterThan(60);
    expect([...constants.values()].reduce((sum, found) => sum + found.size, 0)).toBe(declared);
  });

  it('points every use at the slot of its own phrase, takes out every constant, and keeps each line the same length', () => {
    let slots = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const slotted = phrasesBySlot(code, file, constantsOf, order, PHRASES_AT);
      if (slotted === null) continue;
      const lines = slotted.split('\n');
      expect(lines.slice(-2)).toEqual([`import { $phrases as $ph } from "${PHRASES_AT}";`, '']);
      expect(lines.slice(0, -2).map((line) => line.length), file).toEqual(code.split('\n').map((line) => line.length));
      expect(slotted, file).not.toMatch(/new Phrase\(/);
      // Each `$ph[N]` stands where the code named a constant of phrase N, its module's or imported.
      const named = new Map(constants.get(file.replace(/\.ts$/, '')));
      for (const [, name, from] of code.matchAll(/import \{([^}]*)\} from '(\.[^']+)'/g)) {
        const theirs = constantsOf(resolve(dirname(file), from as string));
        for (const item of (name as string).split(',').map((part) => part.trim())) if (theirs?.has(item)) named.set(item, theirs.get(item) as string);
      }
      for (const match of slotted.matchAll(/\$ph\[(\d+)\]/g)) {
        if (match.index >= slotted.length - 80) continue;
        const original = /^[A-Za-z_$][\w$]*/.exec(code.slice(match.index))?.[0] ?? '';
        expect(named.get(original), `${file} at ${match.index}`).toBe(order[Number(match[1])]);
        slots++;
      }
      // No constant is left named anywhere but in a property name.
      const source = ts.createSourceFile(file, slotted, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && named.has(node.text) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) expect.fail(`${file}: ${node.text} left at ${node.getStart(source)}`);
        node.forEachChild(visit);
      };
      visit(source);
    }
    expect(slots).toBeGreaterThan(70);
  });

  it('fails the build on a constant it cannot rewrite in place', () => {
    const file = join(ROOT, 'lib/detect/scan/example.ts');
    const lookup = (code: string) => (module: string) => (module === file.replace(/\.ts$/, '') ? phraseConstants(code) : undefined);
    const shadowed = "const TICKER_AFTER = new Phrase('tickerBefore');\nexport const f = (TICKER_AFTER: number) => TICKER_AFTER;\n";
    expect(() => phrasesBySlot(shadowed, file, lookup(shadowed), order, PHRASES_AT)).toThrow(/TICKER_AFTER/);
    const shorthand = "const TICKER_AFTER = new Phrase('tickerBefore');\nexport const f = () => ({ TICKER_AFTER });\n";
    expect(() => phrasesBySlot(shorthand, file, lookup(shorthand), order, PHRASES_AT)).toThrow(/TICKER_AFTER/);
    const unknown = "const NO_SUCH_AFTER = new Phrase('noSuchPhrase');\nexport const f = () => NO_SUCH_AFTER;\n";
    expect(() => phrasesBySlot(unknown, file, lookup(unknown), order, PHRASES_AT)).toThrow(/noSuchPhrase/);
    expect(phrasesBySlot('export const f = 1;\n', file, lookup(''), order, PHRASES_AT)).toBeNull();
  });

  it('makes phrase.ts export one numbered phrase per name of the table', () => {
    const code = readFileSync(join(ROOT, 'lib/detect/text/phrase.ts'), 'utf8');
    expect(phraseList(code, order.length)).toBe(`${code}\nexport const $phrases = Array.from({ length: ${order.length} }, (_, name) => new Phrase(name));\n`);
  });
});

describe('constants declared with let in the content script (build-page-bundle.ts constAsLet)', () => {
  it('writes every const declaration as let, lengths kept, and nothing else', () => {
    const code = "const a = 1, b = 'const c';\nexport const f = () => { for (const x of [a]) { const y = x; } return `const ${b}`; };\n// const in a comment\n";
    const written = constAsLet(code) as string;
    expect(written).toBe("let   a = 1, b = 'const c';\nexport let   f = () => { for (let   x of [a]) { let   y = x; } return `const ${b}`; };\n// const in a comment\n");
    expect(constAsLet('let a = 1;\n')).toBeNull();
  });

  it('leaves no const declaration in the detector and page modules it rewrites', () => {
    const files = ['lib/detect', 'lib/page'].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => join(ROOT, dir, file)));
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const written = constAsLet(code, file) ?? code;
      expect(written.length, file).toBe(code.length);
      const source = ts.createSourceFile(file, written, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) expect.fail(`${file}: a const at ${node.getStart(source)}`);
        node.forEachChild(visit);
      };
      visit(source);
    }
  });
});

/** The files a bundle reaches from `entry` through value imports (type-only imports bring no code). */
function reachedFrom(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, source = ''] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)(?! type )[^;]*?from '(\.[^']+)'/gms)) {
      const base = resolve(dirname(file), source).replace(/\.[jt]sx?$/, '');
      const next = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path));
      if (next) visit(next);
    }
  };
  visit(join(ROOT, entry));
  return [...seen];
}

describe('fields renamed in the content script', () => {
  const sourcesIn = (dir: string) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))
      .map((file) => [join(dir, file), readFileSync(join(ROOT, dir, file), 'utf8')] as const);
  /** Every source the page build bundles that could name a field in a string. */
  const sources = ['lib/detect', 'lib/page', 'lib/messaging', 'lib/guard', 'lib/storage', 'lib/settings', 'entrypoints', 'components'].flatMap(sourcesIn);
  /** Code on the other side of a boundary: what sends, stores or checks data, and the card chunk, built without renaming. */
  const across = [
    ...['lib/messaging', 'lib/storage', 'lib/settings', 'lib/model', 'lib/background', 'lib/guard', 'lib/i18n'].flatMap(sourcesIn),
    ...[...reachedFrom('entrypoints/card-ui.ts'), join(ROOT, 'lib/page/script-context.ts')].map((file) => [file, readFileSync(file, 'utf8')] as const),
  ];
  const wordsOf = (text: string) => new Set(text.match(/[A-Za-z_$][\w$]*/g));
  /**
   * What a source could carry under a field's name: the names of properties it reads, writes,
   * declares or destructures, and the words of its strings (local names and comments are no field).
   */
  const fieldWordsOf = (file: string, code: string) => {
    const words = new Set<string>();
    const visit = (node: ts.Node): void => {
      const parent = node.parent as ts.Node | undefined;
      if (ts.isStringLiteralLike(node)) for (const word of wordsOf(node.text)) words.add(word);
      else if (ts.isIdentifier(node) && parent && (ts.isPropertyAccessExpression(parent) ? parent.name === node : ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isClassElement(parent) || ts.isTypeElement(parent) || (ts.isBindingElement(parent) && (parent.propertyName === node || (!parent.propertyName && ts.isObjectBindingPattern(parent.parent)))))) words.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
    return words;
  };

  it('are never named in a string (an indexed access type such as WalkOptions[\'field\'] is none at run time)', () => {
    for (const field of RENAMED_FIELDS) {
      const quoted = new RegExp(`(?<![A-Z][\\w$]*\\[)(['"])${field}\\1`);
      for (const [file, code] of sources) expect(quoted.test(code), `${file}: ${field}`).toBe(false);
    }
  });

  it('are no word of the tables or a field of the lexicon the background sends', () => {
    const tableWords = wordsOf(JSON.stringify(pageTables()));
    const lexiconKeys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) {
          lexiconKeys.add(key);
          walk(inner);
        }
    };
    walk(shipped);
    for (const field of RENAMED_FIELDS) expect(tableWords.has(field) || lexiconKeys.has(field), field).toBe(false);
  });

  it('are named nowhere across a boundary: messages, storage, settings, the background, the card chunk, the script-context event', () => {
    expect(across.map(([file]) => file).some((file) => file.endsWith('card-controller.tsx'))).toBe(true);
    for (const [file, code] of across) {
      const words = fieldWordsOf(file, code);
      for (const field of RENAMED_FIELDS) expect(words.has(field), `${file}: ${field}`).toBe(false);
    }
  });

  it('are never read or written on a DOM or library object by the content script (the type checker says whose each one is)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!config) throw new Error('tsconfig.json did not parse');
    const program = ts.createProgram([join(ROOT, 'entrypoints/news.content/index.ts')], config.options);
    const checker = program.getTypeChecker();
    const ours = program.getSourceFiles().filter((file) => !file.isDeclarationFile && !file.fileName.includes('/node_modules/'));
    expect(ours.some((file) => file.fileName.endsWith('lib/detect/scan/forms.ts'))).toBe(true);
    const renamed = new Set(RENAMED_FIELDS);
    const foreign: string[] = [];
    const visit = (node: ts.Node): void => {
      const parent = node.parent as ts.Node | undefined;
      if (ts.isIdentifier(node) && renamed.has(node.text) && parent && (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isBindingElement(parent) || ts.isClassElement(parent) || ts.isTypeElement(parent))) {
        const declarations = checker.getSymbolAtLocation(node)?.declarations ?? [];
        const file = node.getSourceFile();
        const at = `${file.fileName.slice(ROOT.length + 1)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`;
        if (declarations.length === 0 || declarations.some((declaration) => declaration.getSourceFile().isDeclarationFile || declaration.getSourceFile().fileName.includes('/node_modules/'))) foreign.push(at);
      }
      ts.forEachChild(node, visit);
    };
    for (const file of ours) visit(file);
    expect(foreign).toEqual([]);
  }, 60_000);
});

describe('the reference path off in the content script (build-page-bundle.ts referencePathOff)', () => {
  const source = readFileSync(join(ROOT, 'lib/detect/text/hash-bits.ts'), 'utf8');

  it('fixes the switch off and leaves withExactLookups running its callback only', async () => {
    const off = referencePathOff(source);
    expect(off).toContain('const exactLookups = false;');
    expect(off).not.toContain('exactLookups = true');
    const { transform } = await import('esbuild');
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', (await transform(off, { loader: 'ts', format: 'cjs' })).code)(module, module.exports);
    const api = module.exports as { isExactLookups(): boolean; withExactLookups<T>(run: () => T): T };
    expect(api.withExactLookups(() => api.isExactLookups())).toBe(false);
  });

  it('fails the build when hash-bits.ts no longer has the switch it expects', () => {
    expect(() => referencePathOff(source.replace('let exactLookups = false;', 'let exactLookups = !1;'))).toThrow(/referencePathOff/);
  });
});
