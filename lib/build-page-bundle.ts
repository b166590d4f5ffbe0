/**
 * How the page-side scripts are bundled (wxt.config.ts applies it per entrypoint group): what
 * every tab of an enabled site downloads, parses and keeps, so every kilobyte counts
 * (lib/page/README.md, "What the content script is made of").
 *
 * - The content script and the card chunk use the browser's own `browser`/`chrome` instead of
 *   webextension-polyfill (~3 KB gzip each): in MV3 both browsers' extension APIs return
 *   promises, and the page side's one listener answers through `sendResponse`
 *   (lib/messaging/messenger.ts). Background, popup and options keep the polyfill.
 * - The content script checks what it receives with lib/guard, not zod (~7 KB gzip). lib/detect
 *   still builds its lexicon schema when imported (lib/detect/lexicon/compact-format.ts, used by
 *   the background's parseLexicon), so `zod/mini` resolves there to a stand-in: building a schema
 *   costs nothing, and using one throws, so zod creeping back into the eager script fails loudly
 *   in the end-to-end tests instead of quietly adding kilobytes. The card chunk keeps real zod.
 * - The detector's tables (lib/detect/tables/*) and the site profiles' scopes (lib/page/tables/*)
 *   are not in the content script: each module whose
 *   exports can all travel as data resolves to a stand-in with the same export names and empty
 *   collections, filled from the tables the background sends with the lexicon
 *   (lib/detect/table-transfer.ts, lib/page/page-tables.ts). The stand-ins are generated from the
 *   real modules' exports at every build, so a table or export added later is covered; a module
 *   exporting a function or a RegExp stays code, and the build says so.
 * - The detector's reference path (`withExactLookups`, lib/detect/text/hash-bits.ts: every
 *   shortcut off, for test/unit/detect/fast-path.test.ts) is fixed off in the content script:
 *   no tab turns it on, so the minifier drops the exact-lookup branches it guards.
 * - Both are minified by terser (below), not esbuild. In the content script, the detector's phrase
 *   constants become slots of one list (`phrasesBySlot`) and every `const` is written `let`
 *   (`constAsLet`), both before terser and both for bytes only (lib/page/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { InlineConfig, Plugin } from 'vite';
import { carriedExports, standInSource, type CarriedExports } from './detect/table-transfer';
import { phraseOrder } from './detect/text/phrase';

const ZOD_ABSENT = '\0sector-lens:zod-absent';
const SCRIPT_CONTEXT = fileURLToPath(new URL('./page/script-context.ts', import.meta.url));

/** Every export of zod/mini, bound to one inert value that throws when asked to parse. */
async function zodAbsentModule(): Promise<string> {
  const names = Object.keys(await import('zod/mini'));
  return [
    "const refuse = () => { throw new Error('zod is not in the content script: check page-side input with lib/guard'); };",
    'const PARSE = new Set(["parse", "safeParse", "parseAsync", "safeParseAsync", "decode", "encode", "safeDecode", "safeEncode"]);',
    'const absent = new Proxy(function absent() {}, { get: (_t, key) => (PARSE.has(key) ? refuse : absent), apply: () => absent, construct: () => absent });',
    `export { ${names.map((name) => `absent as ${name}`).join(', ')} };`,
    'export default absent;',
  ].join('\n');
}

/**
 * WXT's entry wrapper constructs its ContentScriptContext for the content script; ours
 * (lib/page/script-context.ts) keeps only the signal and the stop-the-older-copy event.
 */
function ownScriptContext(): Plugin {
  return {
    name: 'sector-lens:script-context',
    enforce: 'pre',
    resolveId: (source) => (source === 'wxt/utils/content-script-context' ? SCRIPT_CONTEXT : null),
  };
}

const DETECT_DIR = fileURLToPath(new URL('./detect/', import.meta.url));
const TABLES_DIR = fileURLToPath(new URL('./detect/tables/', import.meta.url));
/** The page layer's own data that travels the same way: the site profiles' scan scopes. */
const PAGE_TABLES_DIR = fileURLToPath(new URL('./page/tables/', import.meta.url));
/** Every directory of carried modules; a module's name (its file name) is unique across them. */
export const CARRIED_DIRS = [TABLES_DIR, PAGE_TABLES_DIR];
const TABLE_REGISTRY = fileURLToPath(new URL('./page/page-tables.ts', import.meta.url));
const STAND_IN = '\0sector-lens:table-stand-in:';

/** Every table module (file name without .ts → its exports), evaluated as the background will. */
export async function loadTableModules(dir = TABLES_DIR): Promise<Record<string, Record<string, unknown>>> {
  const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.includes('.test.'));
  const modules = await Promise.all(files.map(async (file) => [basename(file, '.ts'), (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>] as const));
  return Object.fromEntries(modules);
}

/** The content script's table modules: stand-ins for the carried ones (see the top of the file). */
function tableStandIns(): Plugin {
  let carried: Map<string, CarriedExports> | undefined;
  return {
    name: 'sector-lens:table-stand-ins',
    enforce: 'pre',
    async buildStart() {
      carried = new Map();
      const kept: string[] = [];
      const modules = await Promise.all(CARRIED_DIRS.map((dir) => loadTableModules(dir)));
      const names = modules.flatMap((found) => Object.keys(found));
      if (new Set(names).size !== names.length) throw new Error(`two carried table modules share a file name: ${names.join(', ')}`);
      for (const [name, module] of modules.flatMap((found) => Object.entries(found))) {
        const exports = carriedExports(module);
        if (exports) carried.set(name, exports);
        else kept.push(name);
      }
      // Not an error: such a table costs bytes, not correctness (npm run bench:size shows them).
      if (kept.length > 0) this.warn(`detector tables kept as code in the content script (a function or RegExp export): ${kept.join(', ')}`);
    },
    resolveId(source, importer) {
      if (!carried || !importer || !source.startsWith('.')) return null;
      const path = resolve(dirname(importer), source).replace(/\.[cm]?[jt]s$/, '');
      if (!CARRIED_DIRS.some((dir) => dirname(path) === resolve(dir))) return null;
      return carried.has(basename(path)) ? STAND_IN + basename(path) : null;
    },
    load(id) {
      if (!id.startsWith(STAND_IN)) return null;
      const name = id.slice(STAND_IN.length);
      return standInSource(name, carried?.get(name) ?? {}, TABLE_REGISTRY);
    },
  };
}

const HASH_BITS = fileURLToPath(new URL('./detect/text/hash-bits.ts', import.meta.url));
const REFERENCE_SWITCH = 'let exactLookups = false;';
const REFERENCE_RUN = /export function withExactLookups<T>\(run: \(\) => T\): T \{\n[^]*?\n\}\n/;

/** hash-bits.ts with the reference path's switch a constant (false) and `withExactLookups` only
 * running its callback; a source that no longer has either fails the build. */
export function referencePathOff(code: string): string {
  if (!code.includes(REFERENCE_SWITCH) || !REFERENCE_RUN.test(code)) throw new Error('hash-bits.ts: the reference-path switch moved; update referencePathOff');
  return code.replace(REFERENCE_SWITCH, 'const exactLookups = false;').replace(REFERENCE_RUN, 'export function withExactLookups<T>(run: () => T): T {\n  return run();\n}\n');
}

/** And every `isExactLookups()` of the detector written as `false`: terser inlines the function
 * at some call sites only, and a call it keeps keeps the branch it guards. */
function referencePathFixedOff(): Plugin {
  return {
    name: 'sector-lens:reference-path-off',
    enforce: 'pre',
    transform(code, id) {
      if (id === HASH_BITS) return { code: referencePathOff(code), map: null };
      return id.startsWith(DETECT_DIR) && code.includes('isExactLookups()') ? { code: code.replaceAll('isExactLookups()', 'false'.padEnd(16)), map: null } : null;
    },
  };
}

const PHRASE_CALL = /new Phrase\((['"])([A-Za-z0-9]+)\1\)/g;

/**
 * `new Phrase('name')` → `new Phrase(N)`, N the name's place in `phraseOrder` (lib/detect/text/phrase.ts),
 * padded with spaces to the same length so that source maps stay exact (the minifier drops the
 * spaces). A name the table lacks fails the build.
 */
export function numberPhrases(code: string, order: readonly string[]): string {
  return code.replace(PHRASE_CALL, (call: string, _quote: string, name: string) => {
    const at = order.indexOf(name);
    if (at < 0) throw new Error(`new Phrase('${name}'): no such phrase in tables/phrase-patterns.ts`);
    return `new Phrase(${at}`.padEnd(call.length - 1) + ')';
  });
}

const PHRASE_FILE = fileURLToPath(new URL('./detect/text/phrase.ts', import.meta.url));
const PHRASE_NAME_LOOKUP = "typeof this.name === 'number' ? phraseOrder(PHRASE_PATTERNS)[this.name] : this.name";

/**
 * phrase.ts with the lookup of a phrase's name written for numbers only: in the content script every
 * phrase is numbered (`numberPhrases` fails the build otherwise), so the branch for a name is dead
 * (news.js −14 B). Padded to the same length, as above; a source without the lookup fails the build.
 */
export function phraseNumbersOnly(code: string): string {
  if (!code.includes(PHRASE_NAME_LOOKUP)) throw new Error('phrase.ts: the name lookup moved; update phraseNumbersOnly');
  return code.replace(PHRASE_NAME_LOOKUP, 'phraseOrder(PHRASE_PATTERNS)[this.name as number]'.padEnd(PHRASE_NAME_LOOKUP.length));
}

/** phrase.ts as `phraseNumbersOnly` writes it, on the TypeScript source. */
function phraseNamesNumbered(): Plugin {
  return {
    name: 'sector-lens:phrase-names-numbered',
    enforce: 'pre',
    transform: (code, id) => (id === PHRASE_FILE ? { code: phraseNumbersOnly(code), map: null } : null),
  };
}

const PHRASE_CONSTANT = /^(?:export )?const ([A-Za-z_$][\w$]*) = new Phrase\((['"])([A-Za-z0-9]+)\2\);$/;

/** A module's phrase constants, `const NAME = new Phrase('name')` at the top level: NAME → 'name'. */
export function phraseConstants(code: string): Map<string, string> {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false);
  const constants = new Map<string, string>();
  for (const statement of source.statements) {
    const match = ts.isVariableStatement(statement) ? PHRASE_CONSTANT.exec(statement.getText(source)) : null;
    if (match) constants.set(match[1] as string, match[3] as string);
  }
  return constants;
}

/** What the content script calls the page's one list of phrases (`PHRASE_LIST`, below). */
const PHRASE_SLOTS = '$ph';
/** The list's export from phrase.ts in the content-script build (`phraseList`). */
const PHRASE_LIST = '$phrases';

/**
 * A detector module with its phrase constants taken out: every `const NAME = new Phrase('name')`
 * (exported or not) becomes blanks, and every reference to NAME, its own or imported from another
 * detector module, becomes `$ph[N]`, N the phrase's place in `order`, `$ph` the one list of
 * phrases phrase.ts builds in the content script (`phraseList`). In news.js each phrase was a
 * top-level constant of its module (~70 declarations, `Xe=new Ph(46)`), which cost more than the
 * list's index at each use (lib/page/README.md). Two constants of one phrase share its one
 * instance: the pattern is compiled once instead of twice, and a sticky pattern's `lastIndex` is
 * read right after the test that set it, never across another call. Lengths are kept as
 * `numberPhrases` keeps them (blanks; a name is never shorter than `$ph[NN]`; the import goes on
 * a line of its own at the end), so source maps stay exact. A module that declares a name it would
 * rewrite in another way (a parameter or a local of the same name, `{ NAME }`) fails the build.
 * `constantsOf` gives a module's constants by its path without extension. Null: nothing to do.
 */
export function phrasesBySlot(code: string, file: string, constantsOf: (module: string) => ReadonlyMap<string, string> | undefined, order: readonly string[], phraseModule: string): string | null {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const slotOf = new Map<string, number>();
  const edits: [number, number, string][] = [];
  const blank = (start: number, end: number) => edits.push([start, end, code.slice(start, end).replace(/[^\n]/g, ' ')]);
  const own = constantsOf(file.replace(/\.[cm]?[jt]s$/, ''));
  const slot = (phrase: string) => {
    const at = order.indexOf(phrase);
    if (at < 0) throw new Error(`new Phrase('${phrase}'): no such phrase in tables/phrase-patterns.ts`);
    return at;
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      const match = PHRASE_CONSTANT.exec(statement.getText(source));
      if (match && own?.get(match[1] as string) === match[3]) {
        slotOf.set(match[1] as string, slot(match[3] as string));
        blank(statement.getStart(source), statement.end);
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('.')) {
      const bindings = statement.importClause?.namedBindings;
      const theirs = constantsOf(resolve(dirname(file), statement.moduleSpecifier.text).replace(/\.[cm]?[jt]s$/, ''));
      if (!theirs || !bindings || !ts.isNamedImports(bindings)) continue;
      for (const specifier of bindings.elements) {
        const phrase = theirs.get((specifier.propertyName ?? specifier.name).text);
        if (phrase === undefined) continue;
        slotOf.set(specifier.name.text, slot(phrase));
        const next = code.indexOf(',', specifier.end);
        blank(specifier.getStart(source), next >= 0 && code.slice(specifier.end, next).trim() === '' ? next + 1 : specifier.end);
      }
    }
  }
  if (slotOf.size === 0) return null;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return;
    if (ts.isIdentifier(node) && slotOf.has(node.text)) {
      const parent = node.parent;
      const isName = (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isGetAccessor(parent)) && parent.name === node;
      if (!isName) {
        const declared = ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isExportSpecifier(parent);
        const atTop = ts.isVariableDeclaration(parent) && ts.isVariableStatement(parent.parent.parent) && parent.parent.parent.parent === source;
        if (declared && !atTop) throw new Error(`${file}: ${node.text} is a phrase constant and also declared or exported another way; phrasesBySlot cannot rewrite it`);
        if (!declared) {
          const text = `${PHRASE_SLOTS}[${slotOf.get(node.text) as number}]`;
          if (text.length > node.text.length) throw new Error(`${file}: the phrase constant ${node.text} is shorter than ${text}`);
          edits.push([node.getStart(source), node.end, text.padEnd(node.text.length)]);
        }
      }
    }
    node.forEachChild(visit);
  };
  for (const statement of source.statements) {
    if (!(ts.isVariableStatement(statement) && edits.some(([start]) => start === statement.getStart(source)))) visit(statement);
  }
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return `${out}${code.slice(at)}\nimport { ${PHRASE_LIST} as ${PHRASE_SLOTS} } from ${JSON.stringify(phraseModule)};\n`;
}

/**
 * phrase.ts in the content script also exports the list `phrasesBySlot` points into: one Phrase per
 * name of the table, by number, made when the module loads (each compiles its pattern at first use,
 * as before, so nothing reads the table while the script loads). Appended on a line of its own.
 */
export function phraseList(code: string, count: number): string {
  return `${code}\nexport const ${PHRASE_LIST} = Array.from({ length: ${count} }, (_, name) => new Phrase(name));\n`;
}

/** The phrase rules' names out of the content script (`numberPhrases`), and their constants (`phrasesBySlot`). */
function phraseNumbers(): Plugin {
  let order: string[] = [];
  const constants = new Map<string, Map<string, string>>();
  return {
    name: 'sector-lens:phrase-numbers',
    async buildStart() {
      order = phraseOrder((await loadTableModules())['phrase-patterns']?.PHRASE_PATTERNS ?? {});
      constants.clear();
      for (const file of readdirSync(DETECT_DIR, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts') || file.startsWith('tables')) continue;
        const found = phraseConstants(readFileSync(join(DETECT_DIR, file), 'utf8'));
        if (found.size > 0) constants.set(join(DETECT_DIR, file).replace(/\.ts$/, ''), found);
      }
    },
    transform(code, id) {
      if (!id.startsWith(DETECT_DIR)) return null;
      if (id === PHRASE_FILE) return { code: phraseList(code, order.length), map: null };
      const slotted = phrasesBySlot(code, id, (module) => constants.get(module), order, PHRASE_FILE) ?? code;
      if (!slotted.includes('new Phrase(')) return slotted === code ? null : { code: slotted, map: null };
      return { code: numberPhrases(slotted, order), map: null };
    },
  };
}

/**
 * A module with every `const` declaration written `let  ` (two spaces: lengths kept, so source maps
 * stay exact; the minifier drops them). Terser writes each declaration as it finds it, and `let`
 * gzips better than `const` in news.js, where ~200 declarations and `for (const … of …)` sit among
 * 43 `let`s. The same program: the type checker already refuses an assignment to a constant, the
 * only thing `const` would stop at run time, and both bind per block and per loop iteration alike.
 * Null when the module declares no constant.
 */
export function constAsLet(code: string, file = 'module.js'): string | null {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const starts: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      const at = node.getStart(source);
      if (code.startsWith('const', at)) starts.push(at);
    }
    node.forEachChild(visit);
  };
  visit(source);
  if (starts.length === 0) return null;
  let out = '';
  let from = 0;
  for (const at of starts) {
    out += `${code.slice(from, at)}let  `;
    from = at + 'const'.length;
  }
  return out + code.slice(from);
}

/** Every module of the content script as `constAsLet` writes it, after TypeScript is stripped. */
function constantsAsLet(): Plugin {
  return {
    name: 'sector-lens:const-as-let',
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id.replace(/\?.*$/, '')) && !id.startsWith('\0')) return null;
      const written = constAsLet(code, id);
      return written === null ? null : { code: written, map: null };
    },
  };
}

function zodAbsent(): Plugin {
  return {
    name: 'sector-lens:zod-absent',
    enforce: 'pre',
    resolveId: (source) => (source === 'zod/mini' || source === 'zod' ? ZOD_ABSENT : null),
    load: (id) => (id === ZOD_ABSENT ? zodAbsentModule() : null),
  };
}

/**
 * Property names terser renames in the content script only. Each is read and written with dots
 * by code the content script bundles, never named in a string, and never a field of anything that
 * leaves or enters the script: not of a message (lib/messaging), stored data, the tables or the
 * lexicon the background sends, a DOM object, the script-context event, or anything the card
 * chunk (built apart, without renaming) reads or is handed (test/unit/page/page-tables.test.ts
 * checks all of these on the sources and the data). A name missing here only costs bytes.
 * Three groups (Node's zlib -9 of news.js): the detector's page-context fields
 * (lib/detect/scan/page-context.ts; −83 B); the detector's own working fields (compiled lexicon,
 * tokens, words, context, phrases, hash gates, form rows) and the page layer's internal ones
 * (scanner, walker, scope, chunking, lazy card): together −377 B, 25,590 → 25,213 B; eight more
 * and the two below, 25,213 → 25,153 B; the fourth group, fourteen names the earlier passes left
 * (the scanner's and the session's `detector`, `scanner`, `onChange`, `maxMentionLength`, a
 * mention's `confidence`, which only the detector and its CLI read, the renamed-eras `ever`, …),
 * 25,519 → 25,483 B, and six of the page layer's (`profile`, `elements`, `setDate`, `stop`, a
 * profile's `path` and a post's `time`) once the profiles lost their ids, 25,347 → 25,339 B. Terser keeps any name some DOM object has (its `domprops`
 * list: `pattern`, our Phrase's; `mask`, our bit set's) unless told `builtins: true`; the regex
 * alone decides here, and the test asks the type checker that no content-script source reads or
 * writes one of these names on a DOM or library object.
 */
export const RENAMED_FIELDS = [
  ...['symbolBindings', 'nameBindings', 'boundCoins', 'stronglyBoundCoins', 'otherSenses', 'longTailSymbols', 'longTailNames', 'pendingScans', 'acronyms', 'phraseAcronyms', 'projectTickers', 'liveContrasts', 'witnessedAt'],
  ...['testAt', 'capitalisedWordBefore', 'cryptoNounAfter', 'titleCase', 'functionWordAfter', 'chainPrepositionBefore', 'sentenceStart', 'symbolIsWord', 'capitalisedWordAfter', 'nonAscii', 'namePrefixes', 'runStart', 'hashes', 'candidateCount', 'mayHave', 'gapAfter', 'nameHashes', 'judge', 'shouting', 'byName', 'maxNameWords', 'mixedCase', 'candidateAt', 'hyphenAfter', 'bits', 'entryLists', 'byHash', 'entriesAt', 'nextCandidate', 'compiled', 'ends', 'prefixes', 'execAt', 'hasLowerCase', 'symbolHashes', 'nameTargets', 'renamedEver', 'slots', 'lineStart', 'wordsFrom', 'lineEnd', 'hasUpperCase', 'reports', 'starts', 'shapes', 'evidence', 'listed', 'pattern', 'mask', 'priceMoved', 'marketVerbAfter', 'candidate'],
  ...['onShadowRoot', 'rootSelector', 'retryPending', 'maxMention', 'pauseIfDue', 'skipSelector', 'moreAlternatives', 'redetectIndexed', 'scanDocument', 'redetect', 'ownFrom', 'sliceStart', 'isCurrent', 'scanNodes', 'pruneDisconnected', 'setQuietMutations', 'standing', 'loadCard', 'ownTo', 'sliceMs', 'fairAt', 'openNearest', 'liveRanges', 'firstScan', 'warm', 'hadPending', 'tally', 'due', 'scanned', 'unresolved'],
  ...['onChange', 'detector', 'other', 'hosts', 'doc', 'maxMentionLength', 'known', 'whole', 'scanner', 'uses', 'ever', 'confidence', 'setPins', 'what', 'profile', 'elements', 'setDate', 'stop', 'path', 'time'],
];

/**
 * The DOM's node-type, tree-walker and document-position constants the content script reads,
 * written as their numbers (Vite's `define`, on the syntax tree: never inside a string). They
 * are fixed by the DOM standard, so the program is the same; terser cannot know them and kept
 * each as a property read (`Node.ELEMENT_NODE`, 20 in news.js). Content script only.
 */
export const DOM_CONSTANTS: Record<string, string> = {
  'Node.ELEMENT_NODE': '1',
  'Node.TEXT_NODE': '3',
  'Node.DOCUMENT_FRAGMENT_NODE': '11',
  'Node.DOCUMENT_POSITION_PRECEDING': '2',
  'NodeFilter.SHOW_ELEMENT': '1',
  'NodeFilter.SHOW_TEXT': '4',
};

export type PageBundle = 'content-script' | 'card-chunk';

/** Adjust WXT's Vite config for one page-side build (in place, as WXT's hook expects). */
export function configurePageBundle(kind: PageBundle, config: InlineConfig, { sourceMaps = false } = {}): void {
  config.resolve ??= {};
  const alias = config.resolve.alias;
  if (Array.isArray(alias)) throw new Error('configurePageBundle expects WXT aliases as an object');
  // @wxt-dev/browser: what `wxt/browser` is without the polyfill module (the browser's own API).
  config.resolve.alias = { ...(alias as Record<string, string> | undefined), 'wxt/browser': '@wxt-dev/browser' };
  if (kind === 'content-script') {
    config.plugins = [...(config.plugins ?? []), zodAbsent(), ownScriptContext(), tableStandIns(), phraseNumbers(), phraseNamesNumbered(), referencePathFixedOff(), constantsAsLet()];
    config.define = { ...config.define, ...DOM_CONSTANTS };
  }
  // Terser instead of Vite's default esbuild minifier, for these two bundles only: two compress
  // passes and top-level mangling take ~1 KB gzip off the content script (every tab) and ~0.6 off
  // the card chunk, for ~3-7 s more per build (README, library table). Both are IIFEs WXT wraps
  // itself, so treating the code as a module (strict, top level ours) is safe.
  config.build ??= {};
  config.build.minify = 'terser';
  config.build.terserOptions = { compress: { passes: 2 }, mangle: kind === 'content-script' ? { properties: { regex: new RegExp(`^(?:${RENAMED_FIELDS.join('|')})$`), builtins: true } } : true, module: true, toplevel: true, format: { comments: false } };
  // `npm run bench:size` attributes the minified bytes to their sources (test/bench/bundle-size.ts).
  if (sourceMaps) config.build.sourcemap = true;
}
