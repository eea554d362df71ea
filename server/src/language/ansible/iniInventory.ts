/**
 * Ansible INI inventory (Kolla's `multinode` format): `[group]` host lines with `key=value`
 * variables and `[a:b]` ranges, `[group:children]`, `[group:vars]`. Follows the rules of
 * Ansible's ini inventory plugin, including its deferred `children` references (a child group may
 * be declared later in the file; one never declared makes Ansible reject the whole file).
 */
import type { Issue, Span } from '../issue';
import { expandHostRange, shlexSplit, stripPort } from './iniLex';
import { parseIniValue } from './pyValues';
import type { Inventory, InventoryGroup, InventoryHost, VarDef } from './types';

interface MGroup {
  name: string;
  span?: Span;
  hosts: string[];
  children: string[];
  vars: Map<string, VarDef>;
}
interface MHost {
  name: string;
  span: Span;
  vars: Map<string, VarDef>;
  groups: string[];
}

const SECTION = /^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$/;
const GROUP_NAME = /^([^:\]\s]+)\s*(?:#.*)?$/;

export function parseInventory(file: string, text: string): Inventory {
  const issues: Issue[] = [];
  const groups = new Map<string, MGroup>();
  const hosts = new Map<string, MHost>();
  const declared = new Set<string>(['all', 'ungrouped']);
  /** child group → (parent, where referenced) pending until the child is declared */
  const pending = new Map<string, { parent: string; span: Span }[]>();
  const pendingVars = new Map<string, Span>();

  const group = (name: string, span?: Span): MGroup => {
    let g = groups.get(name);
    if (!g) {
      g = { name, span, hosts: [], children: [], vars: new Map() };
      groups.set(name, g);
    } else if (!g.span && span) g.span = span;
    return g;
  };
  const addChild = (parent: string, child: string): void => {
    const p = group(parent);
    if (!p.children.includes(child)) p.children.push(child);
  };
  const fail = (message: string, span: Span): void => {
    issues.push({
      code: 'kolla-inventory-syntax',
      severity: 'error',
      message: `${message} — Ansible cannot parse this inventory, so it runs with no hosts at all.`,
      span,
    });
  };
  group('all');
  group('ungrouped');

  let current = 'ungrouped';
  /** `skip`: inside a section Ansible rejected; its lines are not reported again */
  let state: 'hosts' | 'children' | 'vars' | 'skip' = 'hosts';
  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    const start = lineStart;
    lineStart += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const lineSpan: Span = { file, start: start + lead, end: start + lead + trimmed.length };
    if (trimmed.startsWith('[')) {
      const m = SECTION.exec(trimmed);
      if (!m) {
        fail(`Invalid section header ${trimmed}`, lineSpan);
        state = 'skip';
        continue;
      }
      const name = m[1]!; // SECTION's first group is not optional
      const kind = m[2] ?? 'hosts';
      if (kind !== 'hosts' && kind !== 'children' && kind !== 'vars') {
        fail(`Section [${name}:${kind}] has unknown type: ${kind}`, lineSpan);
        state = 'skip';
        continue;
      }
      current = name;
      state = kind;
      const nameSpan: Span = { file, start: lineSpan.start + 1, end: lineSpan.start + 1 + name.length };
      if (state === 'vars') {
        if (!declared.has(current)) pendingVars.set(current, nameSpan);
        group(current, nameSpan);
        continue;
      }
      group(current, nameSpan);
      declared.add(current);
      pendingVars.delete(current);
      const waiting = pending.get(current);
      if (waiting) {
        for (const w of waiting) addChild(w.parent, current);
        pending.delete(current);
      }
      continue;
    }
    if (state === 'skip') continue;
    if (state === 'children') {
      const m = GROUP_NAME.exec(trimmed);
      if (!m) {
        fail(`Expected group name, got: ${trimmed}`, lineSpan);
        continue;
      }
      const child = m[1]!;
      const span: Span = { file, start: lineSpan.start, end: lineSpan.start + child.length };
      if (declared.has(child)) addChild(current, child);
      else pending.set(child, [...(pending.get(child) ?? []), { parent: current, span }]);
      continue;
    }
    if (state === 'vars') {
      const eq = trimmed.indexOf('=');
      if (eq < 0) {
        fail(`Expected key=value, got: ${trimmed}`, lineSpan);
        continue;
      }
      const key = trimmed.slice(0, eq).trim();
      const rawValue = trimmed.slice(eq + 1).trim();
      const valueOffset = lineSpan.start + trimmed.indexOf(rawValue, eq + 1);
      const pv = parseIniValue(rawValue);
      group(current).vars.set(key, {
        name: key,
        source: 'inventory-group',
        group: current,
        ...pv,
        keySpan: { file, start: lineSpan.start, end: lineSpan.start + key.length },
        span: { file, start: valueOffset, end: valueOffset + rawValue.length },
      });
      continue;
    }
    // a host line
    const lexed = shlexSplit(line);
    if ('error' in lexed) {
      fail(lexed.error, { file, start: start + lexed.at, end: start + line.length });
      continue;
    }
    const [patternTok, ...varToks] = lexed.tokens;
    if (!patternTok) continue;
    const patternSpan: Span = { file, start: start + patternTok.start, end: start + patternTok.end };
    let names: string[];
    try {
      names = expandHostRange(stripPort(patternTok.text));
    } catch (e) {
      fail((e as Error).message, patternSpan);
      continue;
    }
    const lineVars: VarDef[] = [];
    let bad = false;
    for (const t of varToks) {
      const eq = t.text.indexOf('=');
      if (eq < 0) {
        fail(`Expected key=value host variable assignment, got: ${t.text}`, { file, start: start + t.start, end: start + t.end });
        bad = true;
        break;
      }
      const key = t.text.slice(0, eq);
      const eqAt = t.offsets[eq]!; // one offset per character of text
      const valueStart = eqAt + 1;
      lineVars.push({
        name: key,
        source: 'inventory-host',
        ...parseIniValue(t.text.slice(eq + 1)),
        keySpan: { file, start: start + t.start, end: start + eqAt },
        span: { file, start: start + Math.min(valueStart, t.end), end: start + t.end },
      });
    }
    if (bad) continue;
    const g = group(current);
    for (const name of names) {
      let h = hosts.get(name);
      if (!h) {
        h = { name, span: patternSpan, vars: new Map(), groups: [] };
        hosts.set(name, h);
      }
      for (const v of lineVars) h.vars.set(v.name, v);
      if (!g.hosts.includes(name)) g.hosts.push(name);
      if (!h.groups.includes(current)) h.groups.push(current);
    }
  }
  for (const [child, [r]] of pending) {
    if (r) fail(`Section [${r.parent}:children] includes undefined group: ${child}`, r.span);
  }
  for (const [name, span] of pendingVars) fail(`Section [${name}:vars] not valid for undefined group: ${name}`, span);

  const outGroups = new Map<string, InventoryGroup>();
  for (const g of groups.values()) outGroups.set(g.name, { ...g });
  const outHosts = new Map<string, InventoryHost>();
  for (const h of hosts.values()) outHosts.set(h.name, { ...h });
  return { file, groups: outGroups, hosts: outHosts, issues };
}
