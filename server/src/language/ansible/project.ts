/**
 * The variables an Ansible project gives each host, as a template is rendered for it: role
 * defaults, the inventory's group and host variables, group_vars/ and host_vars/ beside the
 * inventory, role vars and extra-vars files — in Ansible's order of precedence, each value with
 * the place it was set. Everything is read through the ConfigHost; nothing is executed.
 */
import { dirname, foldersUp, resolvePath, type ConfigHost } from '../host';
import type { Issue } from '../issue';
import { groupMembers, hostGroups, hostGroupVars } from './groups';
import type { Inventory, VarDef, VarSource } from './types';
import { loadVarsFile } from './yamlVars';
import { parseAnyInventory } from './inventory';

export interface AnsibleSources {
  /** The inventory file (INI or YAML). */
  readonly inventory?: string;
  /** Extra-vars files (`-e @file`), lowest first. */
  readonly varsFiles?: readonly string[];
  /** The role the template belongs to (its defaults/ and vars/). */
  readonly roleDir?: string;
}

export interface AnsibleProject {
  readonly sources: AnsibleSources;
  readonly inventory?: Inventory;
  readonly groupVars: ReadonlyMap<string, ReadonlyMap<string, VarDef>>;
  readonly hostVars: ReadonlyMap<string, ReadonlyMap<string, VarDef>>;
  readonly roleDefaults: ReadonlyMap<string, VarDef>;
  readonly roleVars: ReadonlyMap<string, VarDef>;
  readonly extraVars: ReadonlyMap<string, VarDef>;
  /** Files that could not be read or parsed. */
  readonly issues: readonly Issue[];
  /** Every file read (for positions). */
  readonly files: ReadonlyMap<string, string>;
}

/** `roles/<role>/templates/...` → `roles/<role>`. */
export function roleOf(templatePath: string): string | undefined {
  const m = /^(.*\/roles\/[^/]+)\/templates\//.exec(templatePath);
  return m?.[1];
}

const YAML_NAMES = (base: string) => [`${base}.yml`, `${base}.yaml`, `${base}.json`, base];

class Reader {
  readonly issues: Issue[] = [];
  readonly files = new Map<string, string>();
  constructor(private readonly host: ConfigHost) {}

  text(path: string): string | undefined {
    const r = this.host.readFile(path);
    if (r.kind !== 'ok') return undefined;
    this.files.set(path, r.text);
    return r.text;
  }

  /** A vars file, or every file of a vars directory (group_vars/web/*.yml), merged in name order. */
  vars(base: string, source: VarSource): Map<string, VarDef> {
    const out = new Map<string, VarDef>();
    for (const name of YAML_NAMES(base)) {
      const st = this.host.stat?.(name);
      if (st?.isDirectory) {
        const entries = [...(this.host.listDir?.(name) ?? [])]
          .filter((e) => e.kind === 'file' && /\.(ya?ml|json)$/.test(e.name))
          .sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const e of entries) this.merge(out, resolvePath(name, e.name), source);
        return out;
      }
      if (st) {
        this.merge(out, name, source);
        return out;
      }
    }
    return out;
  }

  private merge(into: Map<string, VarDef>, file: string, source: VarSource): void {
    const text = this.text(file);
    if (text === undefined) return;
    const loaded = loadVarsFile(file, text, source);
    this.issues.push(...loaded.issues);
    for (const [k, v] of loaded.vars) into.set(k, v);
  }
}

export function loadAnsibleProject(host: ConfigHost, sources: AnsibleSources): AnsibleProject {
  const reader = new Reader(host);
  let inventory: Inventory | undefined;
  const groupVars = new Map<string, Map<string, VarDef>>();
  const hostVars = new Map<string, Map<string, VarDef>>();
  if (sources.inventory) {
    const text = reader.text(sources.inventory);
    if (text === undefined) {
      reader.issues.push({
        code: 'kolla-file-unreadable',
        severity: 'error',
        message: `Cannot read the inventory ${sources.inventory}.`,
        span: { file: sources.inventory, start: 0, end: 0 },
      });
    } else {
      inventory = parseAnyInventory(sources.inventory, text);
      reader.issues.push(...inventory.issues);
      const dir = dirname(sources.inventory);
      for (const g of inventory.groups.keys()) {
        const vars = reader.vars(resolvePath(dir, `group_vars/${g}`), 'group_vars');
        if (vars.size > 0) groupVars.set(g, vars);
      }
      for (const h of inventory.hosts.keys()) {
        const vars = reader.vars(resolvePath(dir, `host_vars/${h}`), 'host_vars');
        if (vars.size > 0) hostVars.set(h, vars);
      }
    }
  }
  const role = sources.roleDir;
  const roleDefaults = role ? reader.vars(resolvePath(role, 'defaults/main'), 'role-defaults') : new Map<string, VarDef>();
  const roleVars = role ? reader.vars(resolvePath(role, 'vars/main'), 'role-vars') : new Map<string, VarDef>();
  const extraVars = new Map<string, VarDef>();
  for (const f of sources.varsFiles ?? []) {
    if (reader.text(f) === undefined) {
      reader.issues.push({
        code: 'kolla-file-unreadable',
        severity: 'error',
        message: `Cannot read the variables file ${f}.`,
        span: { file: f, start: 0, end: 0 },
      });
      continue;
    }
    for (const [k, v] of reader.vars(f.replace(/\.(ya?ml|json)$/, ''), 'extra-vars')) extraVars.set(k, v);
  }
  return { sources, inventory, groupVars, hostVars, roleDefaults, roleVars, extraVars, issues: reader.issues, files: reader.files };
}

/** What is computed once per project: the groups table, each host's variables (a project does not change once loaded). */
const memo = new WeakMap<AnsibleProject, { groups?: Readonly<Record<string, readonly string[]>>; vars: Map<string, ReadonlyMap<string, VarDef>> }>();

function memoOf(project: AnsibleProject) {
  let m = memo.get(project);
  if (!m) memo.set(project, (m = { vars: new Map() }));
  return m;
}

/**
 * A host's variables, highest precedence last applied: role defaults < inventory group vars <
 * group_vars/all < group_vars/<group> (children over parents) < inventory host vars <
 * host_vars/<host> < role vars < extra vars.
 */
export function hostVariables(project: AnsibleProject, host: string): ReadonlyMap<string, VarDef> {
  const m = memoOf(project);
  let out = m.vars.get(host);
  if (!out) m.vars.set(host, (out = layeredVariables(project, host)));
  return out;
}

function layeredVariables(project: AnsibleProject, host: string): Map<string, VarDef> {
  const out = new Map<string, VarDef>(project.roleDefaults);
  const inv = project.inventory;
  if (inv) {
    for (const [k, v] of hostGroupVars(inv, host)) out.set(k, v);
    // group_vars files in the same order as the inventory's own group variables
    for (const g of hostGroups(inv, host)) for (const [k, v] of project.groupVars.get(g) ?? []) out.set(k, v);
    for (const [k, v] of inv.hosts.get(host)?.vars ?? []) out.set(k, v);
  }
  for (const [k, v] of project.hostVars.get(host) ?? []) out.set(k, v);
  for (const [k, v] of project.roleVars) out.set(k, v);
  for (const [k, v] of project.extraVars) out.set(k, v);
  return out;
}

/** `groups` as templates see it: every group's hosts, in Ansible's order (one table per project, shared by its hosts). */
export function groupsTable(project: AnsibleProject): Readonly<Record<string, readonly string[]>> {
  const m = memoOf(project);
  return (m.groups ??= computeGroups(project));
}

function computeGroups(project: AnsibleProject): Record<string, string[]> {
  const inv = project.inventory;
  if (!inv) return { all: [], ungrouped: [] };
  const table: Record<string, string[]> = Object.fromEntries([...inv.groups.keys()].map((g) => [g, [...groupMembers(inv, g).hosts]]));
  // every host is in all; ungrouped holds the hosts of no other group
  table.all = [...inv.hosts.keys()];
  table.ungrouped = table.all.filter((h) => hostGroups(inv, h).every((g) => g === 'all' || g === 'ungrouped'));
  return table;
}

/** The groups a host is in (Ansible's `group_names`: without all). */
export function groupNames(project: AnsibleProject, host: string): string[] {
  return project.inventory ? hostGroups(project.inventory, host).filter((g) => g !== 'all' && g !== 'ungrouped') : [];
}

/** Group names that say "keepalived runs here". */
const KEEPALIVED_GROUP = /keepalived|loadbalancer|^lbs?$|^lb[-_]|[-_]lbs?$|haproxy|vrrp|^vip/i;

/**
 * The hosts a keepalived template is rendered for: `wanted` (a host or a group, comma-separated),
 * else the hosts of the groups whose names say keepalived runs there, else every host.
 */
export function templateHosts(project: AnsibleProject, wanted?: string): string[] {
  const inv = project.inventory;
  if (!inv) return [];
  const table = groupsTable(project);
  if (wanted) {
    const out: string[] = [];
    for (const w of wanted
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      for (const h of table[w] ?? (inv.hosts.has(w) ? [w] : [])) if (!out.includes(h)) out.push(h);
    return out;
  }
  const groups = [...inv.groups.keys()].filter((g) => KEEPALIVED_GROUP.test(g));
  const hosts = groups.flatMap((g) => table[g] ?? []);
  return hosts.length > 0 ? [...new Set(hosts)] : [...inv.hosts.keys()];
}

/** The names of `wanted` (comma-separated hosts or groups) that are neither a host nor a group of the inventory. */
export function unknownHostNames(project: AnsibleProject, wanted: string | undefined): string[] {
  const inv = project.inventory;
  if (!inv || !wanted) return [];
  const table = groupsTable(project);
  return wanted
    .split(',')
    .map((s) => s.trim())
    .filter((w) => w !== '' && table[w] === undefined && !inv.hosts.has(w));
}

/** ansible.cfg's `inventory` (relative to the file), looked for from `dir` upwards. */
export function inventoryFromAnsibleCfg(host: ConfigHost, dir: string): string | undefined {
  for (const d of foldersUp(dir)) {
    const cfg = resolvePath(d, 'ansible.cfg');
    const r = host.readFile(cfg);
    if (r.kind === 'ok') {
      const m = /^\s*inventory\s*=\s*([^,\n#;]+)/m.exec(r.text);
      if (m) {
        const p = resolvePath(d, m[1]!.trim());
        const st = host.stat?.(p);
        if (st?.isDirectory) {
          for (const name of ['hosts', 'hosts.ini', 'hosts.yml', 'hosts.yaml', 'inventory', 'inventory.ini'])
            if (host.stat?.(resolvePath(p, name))) return resolvePath(p, name);
          return undefined;
        }
        return p;
      }
      return undefined;
    }
  }
  return undefined;
}
