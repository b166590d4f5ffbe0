/**
 * Our own conventions (STYLE.md), checked on the tree so they do not depend on review: entrypoints
 * are wiring, every data table has a test that imports it, file names are kebab-case.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const tracked = (...patterns: string[]): string[] =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...patterns], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file !== '');
const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** What an entrypoint may hold at top level: imports, `export default define…(…)`, and in an HTML page's script one `render(…)`. */
function wiringViolations(file: string): string[] {
  const source = parse(file);
  const htmlPageScript = /^entrypoints\/[^/]+\/main\.tsx?$/.test(file);
  const calleeName = (node: ts.Expression): string | null => (ts.isCallExpression(node) && ts.isIdentifier(node.expression) ? node.expression.text : null);
  return source.statements
    .filter((statement) => {
      if (ts.isImportDeclaration(statement)) return false;
      if (ts.isExportAssignment(statement)) return !/^define[A-Z]/.test(calleeName(statement.expression) ?? '');
      if (htmlPageScript && ts.isExpressionStatement(statement)) return calleeName(statement.expression) !== 'render';
      return true;
    })
    .map((statement) => `${file}:${source.getLineAndCharacterOfPosition(statement.getStart()).line + 1} ${statement.getText().split('\n')[0]}`);
}

/** Exported UPPER_CASE constants holding eight or more literal entries: data, wherever it lives. */
function isTableModule(file: string): boolean {
  if (file.includes('/tables/')) return true;
  const source = parse(file);
  const entries = (node: ts.Expression | undefined): number => {
    if (!node) return 0;
    if (ts.isArrayLiteralExpression(node)) return node.elements.length;
    if (ts.isObjectLiteralExpression(node)) return node.properties.length;
    if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) return entries(node.expression);
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) return entries(node.arguments?.[0]);
    return 0;
  };
  return source.statements.some(
    (statement) =>
      ts.isVariableStatement(statement) &&
      statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) &&
      statement.declarationList.declarations.some((declaration) => /^[A-Z][A-Z0-9_]+$/.test(declaration.name.getText(source)) && entries(declaration.initializer) >= 8),
  );
}

/** Every project file some test imports (relative specifiers, resolved; extension dropped). */
function modulesImportedByTests(): Set<string> {
  const imported = new Set<string>();
  for (const file of tracked('test/**/*.ts', 'test/**/*.tsx')) {
    for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      imported.add(relative(ROOT, resolve(ROOT, dirname(file), match[1] ?? '')).replace(/\.(tsx?|js)$/, ''));
    }
  }
  return imported;
}

describe('conventions', () => {
  it('entrypoints only wire modules together (no top-level code beyond define*/render)', () => {
    const files = tracked('entrypoints/**/*.ts', 'entrypoints/**/*.tsx', 'entrypoints/*.ts');
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files.flatMap(wiringViolations)).toEqual([]);
  });

  it('every data table in lib has a test that imports it', () => {
    const tables = tracked('lib/**/*.ts').filter(isTableModule);
    expect(tables).toContain('lib/model/taxonomy.ts');
    expect(tables).toContain('lib/sites/default-sites.ts');
    const imported = modulesImportedByTests();
    const untested = tables.filter((file) => !imported.has(file.replace(/\.ts$/, '')) && !imported.has(dirname(file)));
    expect(untested).toEqual([]);
  });

  it('file names are kebab-case', () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;
    const allowed = new Set(['README.md', 'SOURCES.md']);
    const offenders = tracked('lib', 'components', 'entrypoints', 'test', 'public')
      .filter((file) => !file.startsWith('test/fixtures/'))
      .filter((file) => !kebab.test(basename(file)) && !allowed.has(basename(file)));
    expect(offenders).toEqual([]);
  });
});
