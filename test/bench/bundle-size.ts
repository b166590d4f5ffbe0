/**
 * `npm run bench:size`: what the page-side bundles are made of. Builds the extension with source
 * maps for the content script and the card chunk (SECTOR_LENS_PAGE_SOURCEMAP=1, into a scratch
 * folder) and attributes every minified byte to the source it came from. Per source (or folder,
 * `--depth N` path segments; default: the folders under lib/ and each package), it prints the raw
 * bytes and what gzip -9 of the whole file loses when that source's bytes are taken out: the
 * figure to weigh a change by (a part's gzip on its own overstates it, since gzip shares
 * strings across the file). The file sizes are computed as `npm run bench:page` computes them.
 * `--json`: one JSON object on the last line of stdout.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildExtension, ROOT } from '../support/build-for-tests';

const JSON_OUTPUT = process.argv.includes('--json');
const depthArg = process.argv.indexOf('--depth');
const DEPTH = depthArg > 0 ? Number(process.argv[depthArg + 1]) : undefined;
const log = (line: string) => (JSON_OUTPUT ? process.stderr : process.stdout).write(`${line}\n`);
const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source-map v3 `mappings` → [generated line, generated column, source index] per segment. */
function decodeMappings(mappings: string): [number, number, number][] {
  const segments: [number, number, number][] = [];
  let source = 0;
  mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      segments.push([lineIndex, column, fields.length > 1 ? source : -1]);
    }
  });
  return segments;
}

/** A source's path as a group name: lib/… and entrypoints/… by folder, packages by name. */
function groupOf(source: string | undefined): string {
  if (!source) return '(wrapper)';
  const path = source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return `${pkg} (package)`;
  const local = relative(ROOT, join(ROOT, path.replace(/^.*?\/(lib|entrypoints|components)\//, '$1/')));
  const parts = local.split('/');
  return parts.slice(0, DEPTH ?? (parts[0] === 'lib' && parts[1] === 'detect' ? 3 : 2)).join('/');
}

interface Part {
  part: string;
  rawBytes: number;
  gzipBytesWithout: number;
}

function attribute(file: string): { rawBytes: number; gzipBytes: number; parts: Part[] } {
  let code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const marks = decodeMappings(map.mappings)
    .map(([line, column, source]) => ({ at: lineStarts[line]! + column, group: groupOf(source < 0 ? undefined : map.sources[source]) }))
    .sort((a, b) => a.at - b.at);
  // Each byte belongs to the last mapping at or before it.
  const owner: string[] = new Array<string>(code.length).fill('(wrapper)');
  marks.forEach((mark, i) => owner.fill(mark.group, mark.at, marks[i + 1]?.at ?? code.length));
  // The source-map comment is not in a normal build: left out, so the sizes are bench:page's.
  const comment = /\/\/# sourceMappingURL=\S*\n?/.exec(code);
  if (comment) {
    owner.splice(comment.index, comment[0].length);
    code = code.slice(0, comment.index) + code.slice(comment.index + comment[0].length);
  }
  const whole = gzipBytes(code);
  const parts = [...new Set(owner)].map((part) => {
    let rest = '';
    let raw = 0;
    for (let i = 0; i < code.length; i++) {
      if (owner[i] === part) raw++;
      else rest += code[i];
    }
    return { part, rawBytes: raw, gzipBytesWithout: whole - gzipBytes(rest) };
  });
  return { rawBytes: Buffer.byteLength(code), gzipBytes: whole, parts: parts.sort((a, b) => b.gzipBytesWithout - a.gzipBytesWithout) };
}

const outDir = mkdtempSync(join(tmpdir(), 'sector-lens-size-'));
try {
  process.env.SECTOR_LENS_PAGE_SOURCEMAP = '1';
  const dir = buildExtension('https://api.coingecko.com/api/v3', outDir);
  const report: Record<string, ReturnType<typeof attribute>> = {};
  for (const [name, file] of [
    ['contentScript', join(dir, 'content-scripts', 'news.js')],
    ['cardChunk', join(dir, 'card-ui.js')],
  ] as const) {
    const result = (report[name] = attribute(file));
    log(`\n${relative(dir, file)}: ${result.rawBytes} B raw, ${result.gzipBytes} B gzip -9 (${(result.gzipBytes / 1024).toFixed(1)} KB)`);
    log(`${'raw B'.padStart(8)} ${'gzip −B'.padStart(8)}  part`);
    for (const part of result.parts) log(`${String(part.rawBytes).padStart(8)} ${String(-part.gzipBytesWithout).padStart(8)}  ${part.part}`);
  }
  if (JSON_OUTPUT) process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
