/**
 * The length in lines of every function in a tree of TypeScript sources, read with the TypeScript
 * compiler API: declarations, methods, constructors, accessors, function expressions and arrow
 * functions. A function's length runs from its first line to its last, nested functions included
 * (a callback written inline is part of the function that writes it, and is measured on its own too).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export interface FunctionLength {
  /** path relative to the root given */
  file: string;
  /** a readable name: `readRoute`, `ProjectService.lintFile`, `registerFeatures/<arrow>@120` */
  name: string;
  line: number;
  lines: number;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function ownName(node: ts.Node, sf: ts.SourceFile): string | undefined {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name) || ts.isPrivateIdentifier(named.name))) return named.name.text;
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  // `const f = () => …`, `x: () => …`, `x = function () …`
  const p = node.parent;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return p.name.text;
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) return p.left.getText(sf);
  return undefined;
}

function isFunction(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node)
  );
}

/** Every function of one source text. */
export function functionLengthsOf(file: string, text: string): FunctionLength[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: FunctionLength[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const visit = (node: ts.Node, outer: string[]) => {
    let trail = outer;
    if (isFunction(node) && node.body) {
      const first = lineOf(node.getStart(sf));
      const own = ownName(node, sf) ?? `<${ts.isArrowFunction(node) ? 'arrow' : 'function'}>@${first}`;
      const cls = node.parent && ts.isClassLike(node.parent) ? (node.parent.name?.text ?? '<class>') : undefined;
      const name = [...outer, cls ? `${cls}.${own}` : own].join('/');
      out.push({ file, name, line: first, lines: lineOf(node.end) - first + 1 });
      trail = [...outer, cls ? `${cls}.${own}` : own];
    }
    ts.forEachChild(node, (child) => visit(child, trail));
  };
  visit(sf, []);
  return out;
}

/** Every function below `dirs` (relative to `root`), longest first. */
export function functionLengths(root: string, dirs: string[]): FunctionLength[] {
  const out: FunctionLength[] = [];
  for (const dir of dirs) {
    const abs = path.join(root, dir);
    if (!fs.existsSync(abs)) continue;
    for (const f of sources(abs)) out.push(...functionLengthsOf(path.relative(root, f), fs.readFileSync(f, 'utf8')));
  }
  return out.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
}
