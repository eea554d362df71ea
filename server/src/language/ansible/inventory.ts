/**
 * Ansible inventories in both formats: INI (Kolla's `multinode` parser, kolla/inventory.ts) and
 * YAML (`all: { hosts: {...}, children: { group: { hosts, vars, children } }, vars }`), read into
 * one shape with the place of every host, group and variable.
 */
import { isMap, isScalar, parseDocument, type Node, type Pair } from 'yaml';
import { varDefOf } from './yamlVars';
import { YamlReader } from './yamlData';
import type { Issue, Span } from '../issue';
import { parseInventory as parseIni } from './iniInventory';
import type { Inventory, VarDef } from './types';

/** Does the text look like a YAML inventory (a top-level mapping with `hosts`/`children`/`vars` under a group)? */
export function isYamlInventory(text: string): boolean {
  return /^[A-Za-z_][\w-]*:\s*(#.*)?$/m.test(text) && /^\s+(hosts|children|vars):/m.test(text) && !/^\s*\[/m.test(text);
}

const spanOf = (file: string, n: Node | null | undefined): Span => (n?.range ? { file, start: n.range[0], end: n.range[1] } : { file, start: 0, end: 0 });

function varsOf(reader: YamlReader, file: string, node: Node | null | undefined, source: VarDef['source'], group?: string): Map<string, VarDef> {
  const out = new Map<string, VarDef>();
  if (!isMap(node)) return out;
  for (const pair of reader.mapPairs(node)) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    const def = varDefOf(name, source, file, spanOf(file, pair.key), pair.value, reader);
    out.set(name, group === undefined ? def : { ...def, group });
  }
  return out;
}

/** A YAML inventory. */
export function parseYamlInventory(file: string, text: string): Inventory {
  const issues: Issue[] = [];
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false });
  const reader = new YamlReader(doc);
  for (const e of doc.errors)
    issues.push({
      code: 'kolla-inventory-syntax',
      severity: 'error',
      message: `${e.message.split('\n')[0]} — Ansible cannot parse this inventory.`,
      span: { file, start: e.pos[0], end: e.pos[1] },
    });
  const groups = new Map<string, { name: string; span?: Span; hosts: string[]; children: string[]; vars: Map<string, VarDef> }>();
  const hosts = new Map<string, { name: string; span: Span; vars: Map<string, VarDef>; groups: string[] }>();
  const group = (name: string, span?: Span) => {
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { name, span, hosts: [], children: [], vars: new Map() }));
    return g;
  };
  const walk = (name: string, node: Node | null | undefined, nameSpan: Span) => {
    const g = group(name, nameSpan);
    if (!isMap(node)) return;
    const part = (key: string) => node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | null | undefined;
    for (const [k, v] of varsOf(reader, file, part('vars'), 'inventory-group', name)) g.vars.set(k, v);
    const hs = part('hosts');
    if (isMap(hs)) {
      for (const pair of hs.items as Pair<Node, Node>[]) {
        if (!isScalar(pair.key)) continue;
        const h = String(pair.key.value);
        const entry = hosts.get(h) ?? { name: h, span: spanOf(file, pair.key), vars: new Map<string, VarDef>(), groups: [] };
        for (const [k, v] of varsOf(reader, file, pair.value, 'inventory-host')) entry.vars.set(k, v);
        if (!entry.groups.includes(name)) entry.groups.push(name);
        hosts.set(h, entry);
        if (!g.hosts.includes(h)) g.hosts.push(h);
      }
    }
    const ch = part('children');
    if (isMap(ch)) {
      for (const pair of ch.items as Pair<Node, Node>[]) {
        if (!isScalar(pair.key)) continue;
        const child = String(pair.key.value);
        if (!g.children.includes(child)) g.children.push(child);
        walk(child, pair.value, spanOf(file, pair.key));
      }
    }
  };
  const root = doc.contents as Node | null;
  if (isMap(root)) {
    for (const pair of root.items as Pair<Node, Node>[]) if (isScalar(pair.key)) walk(String(pair.key.value), pair.value, spanOf(file, pair.key));
  }
  group('all');
  group('ungrouped');
  // every top-level group is a child of all; a host in no group is in ungrouped
  for (const name of groups.keys())
    if (name !== 'all' && !groups.get('all')!.children.includes(name) && ![...groups.values()].some((g) => g.children.includes(name)))
      groups.get('all')!.children.push(name);
  for (const h of hosts.values()) if (h.groups.length === 0 || (h.groups.length === 1 && h.groups[0] === 'all')) group('ungrouped').hosts.push(h.name);
  return {
    file,
    hosts: hosts,
    groups: groups,
    issues,
  };
}

/** An inventory in either format. */
export function parseAnyInventory(file: string, text: string): Inventory {
  return isYamlInventory(text) || /\.ya?ml$/.test(file) ? parseYamlInventory(file, text) : parseIni(file, text);
}
