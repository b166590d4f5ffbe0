/**
 * ESLint rule `zones/import-zones`: layer boundaries checked on RESOLVED import paths. Every
 * specifier (relative, WXT alias `@/ ~/ @@/ ~~/`, bare package, `#imports`) is turned into a
 * project path or a package name before it is compared with the zones, so `../market/service`,
 * `@/lib/market` and `../market/index.ts` are one and the same crossing. Checked forms: import,
 * `export … from`, `export * from`, dynamic `import()`, `require()`, `import x = require()` and
 * `typeof import()` types. Why our own rule rather than eslint-plugin-import-x: README "Libraries".
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.d.ts', '.css', '.json'];
const WXT_ALIASES = ['@@', '~~', '@', '~'];

/** `**` any depth, `*` within one segment, `{a,b}` either; anchored at both ends. */
export function globToRegExp(glob) {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i];
    if (glob.slice(i) === '/**') {
      // `lib/market/**` also names the folder itself (`import '@/lib/market'`).
      out += '(?:/.*)?';
      break;
    }
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      out += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`;
      i = end;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}
function escape(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** The file a path names, the way TypeScript's bundler resolution finds it; the path itself if none. */
function resolveFile(path) {
  if (isFile(path)) return path;
  const jsToTs = path.replace(/\.(m?)js$/, '.$1ts');
  if (jsToTs !== path && isFile(jsToTs)) return jsToTs;
  for (const ext of EXTENSIONS) if (isFile(path + ext)) return path + ext;
  for (const ext of EXTENSIONS) if (isFile(`${path}/index${ext}`)) return `${path}/index${ext}`;
  return path;
}

/**
 * @returns {{ kind: 'project', path: string } | { kind: 'package', name: string } | { kind: 'outside' }}
 *   `path` relative to root with forward slashes.
 */
export function resolveSpecifier(rawSpecifier, fromFile, root) {
  // Vite's `?inline`, `?url`… name the same file.
  const specifier = rawSpecifier.replace(/\?.*$/, '');
  let absolute = null;
  if (specifier.startsWith('.')) absolute = resolve(dirname(fromFile), specifier);
  else if (isAbsolute(specifier)) absolute = specifier;
  else {
    const alias = WXT_ALIASES.find((name) => specifier === name || specifier.startsWith(`${name}/`));
    if (alias) absolute = resolve(root, `.${specifier.slice(alias.length)}`);
  }
  if (absolute === null) return { kind: 'package', name: specifier };
  const path = relative(root, resolveFile(absolute)).split(sep).join('/');
  return path.startsWith('../') || path === '..' ? { kind: 'outside' } : { kind: 'project', path };
}

function packageMatches(name, pattern) {
  return pattern.endsWith('/*') ? name === pattern.slice(0, -2) || name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

const zoneSchema = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    target: { type: 'array', items: { type: 'string' } },
    targetExcept: { type: 'array', items: { type: 'string' } },
    from: { type: 'array', items: { type: 'string' } },
    except: { type: 'array', items: { type: 'string' } },
    packages: { type: 'array', items: { type: 'string' } },
    allowTypeImports: { type: 'boolean' },
    message: { type: 'string' },
  },
  required: ['name', 'target', 'message'],
  additionalProperties: false,
};

/** @type {import('eslint').Rule.RuleModule} */
export const importZonesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Layer boundaries on resolved import paths (lib/lint/zones.js).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' }, zones: { type: 'array', items: zoneSchema } }, required: ['root', 'zones'], additionalProperties: false }],
    messages: { crossing: '{{message}} ({{zone}}: `{{specifier}}` is {{resolved}})' },
  },
  create(context) {
    const { root, zones } = context.options[0];
    const file = relative(root, context.filename).split(sep).join('/');
    const active = zones
      .filter((zone) => zone.target.some((glob) => globToRegExp(glob).test(file)) && !(zone.targetExcept ?? []).some((glob) => globToRegExp(glob).test(file)))
      .map((zone) => ({ ...zone, from: (zone.from ?? []).map(globToRegExp), except: (zone.except ?? []).map(globToRegExp) }));
    if (active.length === 0) return {};

    function check(sourceNode, typeOnly) {
      if (!sourceNode) return;
      let specifier = null;
      if (sourceNode.type === 'Literal' && typeof sourceNode.value === 'string') specifier = sourceNode.value;
      else if (sourceNode.type === 'TemplateLiteral' && sourceNode.expressions.length === 0) specifier = sourceNode.quasis[0]?.value.cooked ?? null;
      if (specifier === null) return;
      const target = resolveSpecifier(specifier, context.filename, root);
      for (const zone of active) {
        if (typeOnly && zone.allowTypeImports) continue;
        const crosses =
          target.kind === 'package'
            ? (zone.packages ?? []).some((pattern) => packageMatches(target.name, pattern))
            : target.kind === 'project' && zone.from.some((re) => re.test(target.path)) && !zone.except.some((re) => re.test(target.path));
        if (crosses) {
          const resolved = target.kind === 'package' ? `package ${target.name}` : target.kind === 'project' ? target.path : 'outside';
          context.report({ node: sourceNode, messageId: 'crossing', data: { message: zone.message, zone: zone.name, specifier, resolved } });
        }
      }
    }

    const allType = (specifiers, key) => specifiers.length > 0 && specifiers.every((s) => s[key] === 'type');
    return {
      ImportDeclaration: (node) => check(node.source, node.importKind === 'type' || allType(node.specifiers, 'importKind')),
      ExportNamedDeclaration: (node) => check(node.source, node.exportKind === 'type' || allType(node.specifiers, 'exportKind')),
      ExportAllDeclaration: (node) => check(node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node.source, false),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) check(node.arguments[0], false);
      },
      TSImportEqualsDeclaration: (node) => {
        if (node.moduleReference.type === 'TSExternalModuleReference') check(node.moduleReference.expression, node.importKind === 'type');
      },
      // typescript-eslint ≥ 8.4x names the literal `source`; older ones wrap it in `argument`.
      TSImportType: (node) => check('source' in node ? node.source : node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument, true),
    };
  },
};

export default { rules: { 'import-zones': importZonesRule } };
