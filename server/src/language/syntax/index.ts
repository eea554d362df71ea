/**
 * The syntax facade: text (and the files it includes) → tokens → lines → AST.
 */
import type { ConfigHost } from '../host';
import type { Issue } from '../issue';
import { adoptIndex, type Statement } from './ast';
import { parseInto } from './parser';
import { preprocess, type Preprocessed, type PreprocessOptions } from './preprocess';
import { AstBuilder } from './toAst';

export interface ParsedConfig extends Preprocessed {
  /** Top-level statements, includes expanded in place. */
  readonly statements: Statement[];
  /** Everything the reader and the parser found wrong (validation rules add the rest). */
  readonly syntaxIssues: Issue[];
}

export function parseConfig(path: string, text: string, host: ConfigHost, options: PreprocessOptions = {}): ParsedConfig {
  const pre = preprocess(path, text, host, options);
  const builder = new AstBuilder();
  parseInto(pre.tokens, builder);
  const ast = builder.finish();
  adoptIndex(ast.statements, builder.made);
  return { ...pre, statements: ast.statements, syntaxIssues: [...pre.issues, ...ast.issues] };
}

export type { Statement, Body, Word, ConfigAst } from './ast';
export { child, children, childrenOf, walk, wordsOf, fullSpan } from './ast';
export type { PreprocessOptions, ConditionalLine, RepetitionSite } from './preprocess';
export type { Definition, VariableUse } from './definitions';
export type { IncludeEdge } from './includes';
export { SourceFile } from './source';
export type { Position } from './source';
