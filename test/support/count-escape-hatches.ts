/**
 * Counts type escape hatches in product code (lib, components, entrypoints) from the TypeScript
 * AST: `x as T` casts (not `as const`, which narrows rather than overrides), `<T>x` assertions and
 * `x!` non-null assertions. Run: `npx tsx test/support/count-escape-hatches.ts [root]`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = process.argv[2] ?? process.cwd();
const FOLDERS = ['lib', 'components', 'entrypoints'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const totals = { as: 0, nonNull: 0 };
const perFile: { file: string; as: number; nonNull: number }[] = [];
for (const file of FOLDERS.flatMap((folder) => sourceFiles(join(root, folder)))) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
  const counts = { as: 0, nonNull: 0 };
  const visit = (node: ts.Node): void => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const isConst = ts.isTypeReferenceNode(node.type) && node.type.typeName.getText(source) === 'const';
      if (!isConst) counts.as += 1;
    } else if (ts.isNonNullExpression(node)) {
      counts.nonNull += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  totals.as += counts.as;
  totals.nonNull += counts.nonNull;
  if (counts.as + counts.nonNull > 0) perFile.push({ file: relative(root, file), ...counts });
}

for (const row of perFile.sort((a, b) => b.as + b.nonNull - (a.as + a.nonNull))) console.log(`${String(row.as).padStart(3)} as ${String(row.nonNull).padStart(3)} !  ${row.file}`);
console.log(`total: ${totals.as} as casts, ${totals.nonNull} non-null assertions`);
