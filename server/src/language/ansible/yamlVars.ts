/**
 * Load an Ansible variables file (globals.yml, passwords.yml) with positions.
 *
 * Safe by construction: the `yaml` package's core schema with no custom tags (Ansible's `!vault`
 * and `!unsafe` stay unresolved tags we only look at), nothing is executed. Values are read again
 * as PyYAML (YAML 1.1) reads them, at every depth: see yamlData.ts.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Issue, Span } from '../issue';
import { YamlReader } from './yamlData';
import type { VarDef, VarsFile, VarSource } from './types';

function span(file: string, range: readonly [number, number, ...number[]] | null | undefined): Span {
  return range ? { file, start: range[0], end: range[1] } : { file, start: 0, end: 0 };
}

/**
 * The definition of variable `name` from its value node in a YAML file: a scalar as Ansible loads it,
 * a list or map whole (yamlData.ts).
 */
export function varDefOf(name: string, source: VarSource, file: string, keySpan: Span, valueNode: unknown, reader: YamlReader): VarDef {
  valueNode = reader.target(valueNode);
  if (valueNode === null || valueNode === undefined)
    return { name, source, value: null, printed: '', keySpan, span: { file, start: keySpan.end, end: keySpan.end } };
  if (isScalar(valueNode)) return { name, source, keySpan, span: span(file, valueNode.range), ...reader.scalar(valueNode) };
  if (!isMap(valueNode) && !isSeq(valueNode)) return { name, source, value: null, printed: '', keySpan, span: { file, start: keySpan.end, end: keySpan.end } };
  const complex = isSeq(valueNode) ? 'list' : 'map';
  return { name, source, value: undefined, printed: '', complex, data: reader.data(valueNode), keySpan, span: span(file, valueNode.range) };
}

/** Is the text JSON (Ansible's loader reads it with json.loads before trying YAML)? */
function isJson(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
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
  const reader = new YamlReader(doc, isJson(text));
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
  // a merge key `<<` at the top brings its map's variables (the file's own keys win)
  const own = new Set<string>();
  for (const pair of reader.mapPairs(root)) {
    const keyNode = pair.key;
    if (!isScalar(keyNode)) continue;
    const name = String(keyNode.value);
    const keySpan = span(file, keyNode.range);
    const def = varDefOf(name, source, file, keySpan, pair.value, reader);
    const previous = vars.get(name);
    if (!pair.merged && own.has(name) && previous?.keySpan) {
      issues.push({
        code: 'kolla-yaml-duplicate-key',
        severity: 'warning',
        message: `${name} is set twice in this file; Ansible uses only the last value and ignores this one.`,
        span: previous.keySpan,
        related: [{ span: keySpan, message: 'the value Ansible uses' }],
      });
    }
    if (!pair.merged) own.add(name);
    vars.set(name, def);
  }
  return { file, vars, issues };
}
