/**
 * The small part of Jinja we evaluate statically: strings made of literal text and
 * `{{ name }}` expressions, optionally with the filters `bool`, `default(<literal>)` / `d(...)`,
 * `string`, `lower`, `upper`, `trim`. Anything else (statements, conditionals, other filters,
 * subscripts, operators) makes the value unknown, silently.
 */
import { ansibleBool, printPython } from '../ansible/pyValues';
import type { AnsibleScalar } from './types';

export type TemplatePiece = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'expr'; readonly expr: Expr };

export interface Literal {
  readonly kind: 'literal';
  readonly value: AnsibleScalar;
}
export interface Filter {
  readonly name: 'bool' | 'default' | 'string' | 'lower' | 'upper' | 'trim';
  readonly arg?: AnsibleScalar;
}
export interface Expr {
  readonly primary: { readonly kind: 'var'; readonly name: string } | Literal;
  readonly filters: readonly Filter[];
}

/** True when Ansible would template this string. */
export function hasJinja(s: string): boolean {
  return s.includes('{{') || s.includes('{%') || s.includes('{#');
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseLiteral(src: string): Literal | undefined {
  const s = src.trim();
  const [, quote, inner] = /^(['"])(.*)\1$/s.exec(s) ?? [];
  if (quote !== undefined && inner !== undefined && !inner.includes(quote) && !inner.includes('\\')) return { kind: 'literal', value: inner };
  if (/^-?\d+$/.test(s)) return { kind: 'literal', value: parseInt(s, 10) };
  if (/^-?\d+\.\d*$/.test(s)) return { kind: 'literal', value: Number(s) };
  if (s === 'true' || s === 'True') return { kind: 'literal', value: true };
  if (s === 'false' || s === 'False') return { kind: 'literal', value: false };
  if (s === 'none' || s === 'None') return { kind: 'literal', value: null };
  return undefined;
}

/** Split on `|` outside quotes and parentheses. */
function splitPipes(src: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of src) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (quote || depth !== 0) return undefined;
  parts.push(cur);
  return parts;
}

export function parseExpr(src: string): Expr | undefined {
  const [headPart, ...filterParts] = splitPipes(src) ?? [];
  if (headPart === undefined) return undefined;
  const head = headPart.trim();
  const primary =
    NAME.test(head) && !['true', 'false', 'none', 'True', 'False', 'None'].includes(head) ? { kind: 'var' as const, name: head } : parseLiteral(head);
  if (!primary) return undefined;
  const filters: Filter[] = [];
  for (const raw of filterParts) {
    const f = raw.trim();
    const call = /^([A-Za-z_]+)\s*\((.*)\)$/s.exec(f);
    if (call) {
      if (call[1] !== 'default' && call[1] !== 'd') return undefined;
      const arg = parseLiteral(call[2]!);
      if (!arg) return undefined;
      filters.push({ name: 'default', arg: arg.value });
    } else if (f === 'bool' || f === 'string' || f === 'lower' || f === 'upper' || f === 'trim') {
      filters.push({ name: f });
    } else return undefined;
  }
  return { primary, filters };
}

/** Pieces of a template string, or undefined when it holds anything we do not evaluate. */
export function splitTemplate(s: string): TemplatePiece[] | undefined {
  if (s.includes('{%') || s.includes('{#')) return undefined;
  const pieces: TemplatePiece[] = [];
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('{{', i);
    if (open < 0) {
      pieces.push({ kind: 'text', text: s.slice(i) });
      break;
    }
    if (open > i) pieces.push({ kind: 'text', text: s.slice(i, open) });
    const close = s.indexOf('}}', open + 2);
    if (close < 0) return undefined;
    const expr = parseExpr(s.slice(open + 2, close));
    if (!expr) return undefined;
    pieces.push({ kind: 'expr', expr });
    i = close + 2;
  }
  return pieces;
}

/** The outcome of looking a variable up: defined or not, known or not. */
export interface Lookup {
  readonly defined: boolean;
  readonly known: boolean;
  readonly value?: AnsibleScalar;
  readonly reason?: string;
}

export interface EvalResult {
  readonly known: boolean;
  readonly value?: AnsibleScalar;
  readonly reason?: string;
}

function applyFilter(f: Filter, v: Lookup): Lookup {
  if (f.name === 'default') return v.defined ? v : { defined: true, known: true, value: f.arg ?? null };
  if (!v.defined) return v;
  if (!v.known) return v;
  const x = v.value ?? null;
  switch (f.name) {
    case 'bool':
      return { ...v, value: ansibleBool(x) };
    case 'string':
      return { ...v, value: printPython(x) };
    case 'lower':
      return { ...v, value: printPython(x).toLowerCase() };
    case 'upper':
      return { ...v, value: printPython(x).toUpperCase() };
    case 'trim':
      return { ...v, value: printPython(x).trim() };
  }
  return v;
}

export function evalExpr(expr: Expr, lookup: (name: string) => Lookup): EvalResult {
  let v: Lookup = expr.primary.kind === 'literal' ? { defined: true, known: true, value: expr.primary.value } : lookup(expr.primary.name);
  for (const f of expr.filters) v = applyFilter(f, v);
  if (!v.defined) return { known: false, reason: v.reason ?? 'undefined' };
  if (!v.known) return { known: false, reason: v.reason ?? 'jinja' };
  return { known: true, value: v.value ?? null };
}

/**
 * Evaluate a template string. A string that is exactly one expression keeps the expression's
 * type (as Ansible converts `"{{ x | bool }}"` back to a boolean); otherwise the pieces are joined.
 */
export function evalTemplate(s: string, lookup: (name: string) => Lookup): EvalResult {
  const pieces = splitTemplate(s);
  if (!pieces) return { known: false, reason: 'jinja' };
  const [only] = pieces;
  if (pieces.length === 1 && only?.kind === 'expr') return evalExpr(only.expr, lookup);
  let out = '';
  for (const p of pieces) {
    if (p.kind === 'text') {
      out += p.text;
      continue;
    }
    const r = evalExpr(p.expr, lookup);
    if (!r.known) return r;
    out += printPython(r.value ?? null);
  }
  return { known: true, value: out };
}
