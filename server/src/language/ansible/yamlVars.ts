/**
 * Load an Ansible variables file (globals.yml, passwords.yml) with positions.
 *
 * Safe by construction: the `yaml` package's core schema with no custom tags (Ansible's `!vault`
 * and `!unsafe` stay unresolved tags we only look at), nothing is executed. Plain scalars are
 * re-read as PyYAML (YAML 1.1) reads them, see pyValues.ts.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';
import type { Issue, Span } from '../issue';
import { printPython, pyFloatRepr, resolvePlainYaml11 } from './pyValues';
import type { AnsibleScalar, VarDef, VarsFile, VarSource } from './types';

function span(file: string, range: readonly [number, number, ...number[]] | null | undefined): Span {
  return range ? { file, start: range[0], end: range[1] } : { file, start: 0, end: 0 };
}

function scalarValue(node: Scalar): { value: AnsibleScalar; printed: string; unsafe?: boolean; vault?: boolean } {
  const tag = node.tag;
  if (tag === '!vault') return { value: null, printed: '', vault: true };
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar's value is a string, number, boolean, bigint or Date: String() prints each
  const src = typeof node.source === 'string' ? node.source : String(node.value ?? '');
  if (tag === '!unsafe') return { value: src, printed: src, unsafe: true };
  if (tag === 'tag:yaml.org,2002:str' || tag === '!!str') return { value: src, printed: src };
  if (!tag && node.type === 'PLAIN') return resolvePlainYaml11(src);
  const v = node.value;
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return { value: v, printed: printPython(v) };
  if (typeof v === 'number') return { value: v, printed: Number.isInteger(v) && !/[.eE]/.test(src) ? String(v) : pyFloatRepr(v) };
  if (typeof v === 'bigint') return { value: Number(v), printed: String(v) };
  return { value: src, printed: src };
}

/** A list's or map's whole value; undefined when YAML refuses to expand it (an alias bomb). */
export function wholeValue(node: Node, doc: Parameters<Node['toJS']>[0]): unknown {
  try {
    return node.toJS(doc, { maxAliasCount: 100 }) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Parse `text` as a vars file. `source` labels where the values come from (globals/passwords).
 * Returns every top-level key; duplicate keys keep the last value (as Ansible does) with a warning.
 */
export function loadVarsFile(file: string, text: string, source: VarSource): VarsFile {
  const issues: Issue[] = [];
  const vars = new Map<string, VarDef>();
  const doc = parseDocument(text, {
    schema: 'core',
    customTags: [],
    uniqueKeys: false,
    merge: true,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  for (const e of doc.errors) {
    issues.push({
      code: 'kolla-yaml-syntax',
      severity: 'error',
      message: `${e.message.split('\n')[0]} — Ansible refuses to load this file, so the deployment stops before anything is rendered.`,
      span: { file, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) },
    });
  }
  const root = doc.contents as Node | null;
  if (root === null || root === undefined) return { file, vars, issues };
  if (!isMap(root)) {
    issues.push({
      code: 'kolla-yaml-syntax',
      severity: 'error',
      message: 'A variables file must be a mapping of variable names to values; Ansible refuses to load this one.',
      span: span(file, root.range),
    });
    return { file, vars, issues };
  }
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode)) continue;
    const name = String(keyNode.value);
    const keySpan = span(file, keyNode.range);
    let valueNode = pair.value as Node | null;
    if (isAlias(valueNode)) valueNode = (valueNode.resolve(doc) as Node | undefined) ?? null;
    let def: VarDef;
    if (valueNode === null || valueNode === undefined) {
      def = { name, source, value: null, printed: '', keySpan, span: { file, start: keySpan.end, end: keySpan.end } };
    } else if (isScalar(valueNode)) {
      def = { name, source, keySpan, span: span(file, valueNode.range), ...scalarValue(valueNode) };
    } else {
      const complex = isSeq(valueNode) ? 'list' : 'map';
      def = { name, source, value: undefined, printed: '', complex, data: wholeValue(valueNode, doc), keySpan, span: span(file, valueNode.range) };
    }
    const previous = vars.get(name);
    if (previous?.keySpan) {
      issues.push({
        code: 'kolla-yaml-duplicate-key',
        severity: 'warning',
        message: `${name} is set twice in this file; Ansible uses only the last value and ignores this one.`,
        span: previous.keySpan,
        related: [{ span: keySpan, message: 'the value Ansible uses' }],
      });
    }
    vars.set(name, def);
  }
  return { file, vars, issues };
}
