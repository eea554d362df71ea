/**
 * Ansible INI inventory (Kolla's `multinode` format): `[group]` host lines with `key=value`
 * variables and `[a:b]` ranges, `[group:children]`, `[group:vars]`. Follows the rules of
 * Ansible's ini inventory plugin, including its deferred `children` references (a child group may
 * be declared later in the file; one never declared makes Ansible reject the whole file).
 */
import type { Issue, Span } from '../issue';
import { expandHostRange, shlexSplit, stripPort, type LexToken } from './iniLex';
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

type SectionKind = 'hosts' | 'children' | 'vars';

/** One non-blank, non-comment line: where it starts in the text, as written, trimmed, and its span. */
interface Line {
  readonly start: number;
  readonly text: string;
  readonly trimmed: string;
  readonly span: Span;
}

/** The inventory as read so far, and the section being read. */
class IniReader {
  readonly issues: Issue[] = [];
  readonly groups = new Map<string, MGroup>();
  readonly hosts = new Map<string, MHost>();
  readonly declared = new Set<string>(['all', 'ungrouped']);
  /** child group: (parent, where referenced) pending until the child is declared */
  readonly pending = new Map<string, { parent: string; span: Span }[]>();
  /** `[g:vars]` of a group not (yet) declared, and where */
  readonly pendingVars = new Map<string, Span>();
  current = 'ungrouped';
  /** `skip`: inside a section Ansible rejected; its lines are not reported again */
  state: SectionKind | 'skip' = 'hosts';

  constructor(readonly file: string) {
    this.group('all');
    this.group('ungrouped');
  }

  group(name: string, span?: Span): MGroup {
    let g = this.groups.get(name);
    if (!g) {
      g = { name, span, hosts: [], children: [], vars: new Map() };
      this.groups.set(name, g);
    } else if (!g.span && span) g.span = span;
    return g;
  }

  addChild(parent: string, child: string): void {
    const p = this.group(parent);
    if (!p.children.includes(child)) p.children.push(child);
  }

  fail(message: string, span: Span): void {
    this.issues.push({
      code: 'kolla-inventory-syntax',
      severity: 'error',
      message: `${message} — Ansible cannot parse this inventory, so it runs with no hosts at all.`,
      span,
    });
  }

  /** `[name]`, `[name:children]`, `[name:vars]`: a section starts (a declared group's pending children join it). */
  section(line: Line): void {
    const m = SECTION.exec(line.trimmed);
    if (!m) {
      this.fail(`Invalid section header ${line.trimmed}`, line.span);
      this.state = 'skip';
      return;
    }
    const name = m[1]!; // SECTION's first group is not optional
    const kind = m[2] ?? 'hosts';
    if (kind !== 'hosts' && kind !== 'children' && kind !== 'vars') {
      this.fail(`Section [${name}:${kind}] has unknown type: ${kind}`, line.span);
      this.state = 'skip';
      return;
    }
    this.current = name;
    this.state = kind;
    const nameSpan: Span = { file: this.file, start: line.span.start + 1, end: line.span.start + 1 + name.length };
    if (kind === 'vars') {
      if (!this.declared.has(name)) this.pendingVars.set(name, nameSpan);
      this.group(name, nameSpan);
      return;
    }
    this.group(name, nameSpan);
    this.declared.add(name);
    this.pendingVars.delete(name);
    const waiting = this.pending.get(name);
    if (waiting) {
      for (const w of waiting) this.addChild(w.parent, name);
      this.pending.delete(name);
    }
  }

  /** A line of `[g:children]`: a group name, maybe declared later. */
  child(line: Line): void {
    const m = GROUP_NAME.exec(line.trimmed);
    if (!m) return this.fail(`Expected group name, got: ${line.trimmed}`, line.span);
    const child = m[1]!;
    const span: Span = { file: this.file, start: line.span.start, end: line.span.start + child.length };
    if (this.declared.has(child)) this.addChild(this.current, child);
    else this.pending.set(child, [...(this.pending.get(child) ?? []), { parent: this.current, span }]);
  }

  /** A line of `[g:vars]`: `key = value`. */
  groupVar(line: Line): void {
    const { trimmed, span: lineSpan } = line;
    const eq = trimmed.indexOf('=');
    if (eq < 0) return this.fail(`Expected key=value, got: ${trimmed}`, lineSpan);
    const key = trimmed.slice(0, eq).trim();
    const rawValue = trimmed.slice(eq + 1).trim();
    const valueOffset = lineSpan.start + trimmed.indexOf(rawValue, eq + 1);
    this.group(this.current).vars.set(key, {
      name: key,
      source: 'inventory-group',
      group: this.current,
      ...parseIniValue(rawValue),
      keySpan: { file: this.file, start: lineSpan.start, end: lineSpan.start + key.length },
      span: { file: this.file, start: valueOffset, end: valueOffset + rawValue.length },
    });
  }

  /** A host line: a host pattern (`web[1:3]`) and `key=value` variables, shell-quoted. */
  host(line: Line): void {
    const file = this.file;
    const start = line.start;
    const lexed = shlexSplit(line.text);
    if ('error' in lexed) return this.fail(lexed.error, { file, start: start + lexed.at, end: start + line.text.length });
    const [patternTok, ...varToks] = lexed.tokens;
    if (!patternTok) return;
    const patternSpan: Span = { file, start: start + patternTok.start, end: start + patternTok.end };
    let names: string[];
    try {
      names = expandHostRange(stripPort(patternTok.text));
    } catch (e) {
      return this.fail((e as Error).message, patternSpan);
    }
    const lineVars = this.hostVars(varToks, start);
    if (!lineVars) return;
    const g = this.group(this.current);
    for (const name of names) {
      let h = this.hosts.get(name);
      if (!h) {
        h = { name, span: patternSpan, vars: new Map(), groups: [] };
        this.hosts.set(name, h);
      }
      for (const v of lineVars) h.vars.set(v.name, v);
      if (!g.hosts.includes(name)) g.hosts.push(name);
      if (!h.groups.includes(this.current)) h.groups.push(this.current);
    }
  }

  /** The `key=value` tokens after a host pattern (undefined when one is not an assignment). */
  hostVars(tokens: readonly LexToken[], start: number): VarDef[] | undefined {
    const file = this.file;
    const out: VarDef[] = [];
    for (const t of tokens) {
      const eq = t.text.indexOf('=');
      if (eq < 0) {
        this.fail(`Expected key=value host variable assignment, got: ${t.text}`, { file, start: start + t.start, end: start + t.end });
        return undefined;
      }
      const eqAt = t.offsets[eq]!; // one offset per character of text
      const valueStart = eqAt + 1;
      out.push({
        name: t.text.slice(0, eq),
        source: 'inventory-host',
        ...parseIniValue(t.text.slice(eq + 1)),
        keySpan: { file, start: start + t.start, end: start + eqAt },
        span: { file, start: start + Math.min(valueStart, t.end), end: start + t.end },
      });
    }
    return out;
  }

  /** What Ansible rejects once the whole file is read: children and vars of groups never declared. */
  finish(): Inventory {
    for (const [child, [r]] of this.pending) {
      if (r) this.fail(`Section [${r.parent}:children] includes undefined group: ${child}`, r.span);
    }
    for (const [name, span] of this.pendingVars) this.fail(`Section [${name}:vars] not valid for undefined group: ${name}`, span);
    const groups = new Map<string, InventoryGroup>();
    for (const g of this.groups.values()) groups.set(g.name, { ...g });
    const hosts = new Map<string, InventoryHost>();
    for (const h of this.hosts.values()) hosts.set(h.name, { ...h });
    return { file: this.file, groups, hosts, issues: this.issues };
  }
}

/** The reader of a line in each kind of section. */
const LINE_READERS: Record<SectionKind, (r: IniReader, line: Line) => void> = {
  hosts: (r, line) => r.host(line),
  children: (r, line) => r.child(line),
  vars: (r, line) => r.groupVar(line),
};

export function parseInventory(file: string, text: string): Inventory {
  const r = new IniReader(file);
  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    const start = lineStart;
    lineStart += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const read: Line = { start, text: line, trimmed, span: { file, start: start + lead, end: start + lead + trimmed.length } };
    if (trimmed.startsWith('[')) r.section(read);
    else if (r.state !== 'skip') LINE_READERS[r.state](r, read);
  }
  return r.finish();
}
