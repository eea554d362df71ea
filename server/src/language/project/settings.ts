/**
 * The settings of a project, read once for the CLI (`.keepalived-lint.json`) and the server (the
 * editor's `keepalived` section): both use the same keys. Reading never throws; what is malformed
 * is left out and described in `problems` (the CLI refuses to run with problems, the server logs
 * them and goes on).
 *
 *   { "rules": { "argument-extra": "off" }, "configId": "lb1", "version": "2.2.7", "root": "rootfs",
 *     "interfaces": { "eth0": "192.0.2.10/24", "lb2:eth0": "192.0.2.11/24, 2001:db8::11/64", "k8s/:eth0": "192.168.50.0/24" },
 *     "configIds": { "lb2": "lb2", "k8s/": "k8s" },
 *     "kolla": { "globals": "etc/kolla/globals.yml", "inventory": "multinode" } }
 *
 * Keys of `interfaces` and `configIds` name what they hold for: nothing (every node), a node
 * (`lb2:`), or a folder relative to the settings' folder, ending with `/` (`k8s/:`). Values are
 * strings (several addresses separated by commas or spaces; lists are read too), so that VS Code's
 * Settings editor can edit them as a table.
 */
import { networkOf, parseAddress, type ParsedAddress } from '../analysis/addresses';
import { TEMPLATE_SETTINGS, type TemplateSetting } from '../templates/detect';
import type { SeveritySetting } from '../validation/validate';

export type { SeveritySetting };

export type InterfaceMap = Map<string, ParsedAddress[]>;

/** The target hosts' interfaces: `NAME` entries hold on every node, `NODE:NAME` on one node, `FOLDER/:NAME` on the nodes in a folder. */
export interface InterfaceSpecs {
  readonly common: InterfaceMap;
  readonly perNode: Map<string, InterfaceMap>;
  /** Folder (relative to the settings' folder, without the trailing `/`) → the interfaces of the nodes in it. */
  readonly perFolder: Map<string, InterfaceMap>;
}

/** Kolla-Ansible files as written in the settings (relative to the settings' base folder). */
export interface KollaSettings {
  readonly globals?: string;
  readonly inventory?: string;
  readonly passwords?: string;
  /** Kolla-Ansible's keepalived.conf.j2 (default: the installed one, else the built-in model). */
  readonly template?: string;
}

export interface TemplatesSettings {
  readonly inventory?: string;
  readonly vars: readonly string[];
  readonly hosts?: string;
  /** Env files (one node each) envsubst templates are rendered with. */
  readonly envFiles: readonly string[];
}

export interface KeepalivedSettings {
  /** keepalived's --config-id: which `@id` lines are read. */
  readonly configId?: string;
  /** Config ids per node name or per folder (`k8s/`, relative to the settings' folder): they win over configId. */
  readonly configIds: ReadonlyMap<string, string>;
  /** The keepalived version of the target hosts (keyword-version). */
  readonly version?: string;
  /** The directory standing for the target hosts' `/` (relative to the settings' folder): absolute include paths are read under it. */
  readonly root?: string;
  readonly interfaces: InterfaceSpecs;
  /** Per-code severities (`off` drops the code). */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly kolla: KollaSettings;
  /** Read files as templates of this engine (`auto`: by name and content; `none`: never). */
  readonly template: TemplateSetting;
  /** What templates are rendered with: an Ansible inventory, extra variables files, the hosts (a group or names). */
  readonly templates: TemplatesSettings;
  /** Editor-only presentation settings (the CLI ignores them). */
  readonly inlayHints: { readonly effectivePriority: boolean; readonly variables: boolean };
  readonly codeLens: boolean;
}

export const LEVELS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export function emptySpecs(): InterfaceSpecs {
  return { common: new Map(), perNode: new Map(), perFolder: new Map() };
}

/** A copy whose maps can be added to (the command line adds its --interface entries). */
export function cloneSpecs(s: InterfaceSpecs): InterfaceSpecs {
  return { common: new Map(s.common), perNode: new Map(s.perNode), perFolder: new Map(s.perFolder) };
}

export const defaultSettings: KeepalivedSettings = {
  configIds: new Map(),
  interfaces: emptySpecs(),
  rules: {},
  kolla: {},
  template: 'auto',
  templates: { vars: [], envFiles: [] },
  inlayHints: { effectivePriority: true, variables: true },
  codeLens: true,
};

/** A malformed entry that was left out: the setting it belongs to and what is wrong, in one sentence. */
export interface SettingsProblem {
  readonly setting: 'settings' | 'rules' | 'interfaces' | 'configIds' | 'template';
  readonly message: string;
}

export interface SettingsReading {
  readonly settings: KeepalivedSettings;
  readonly problems: readonly SettingsProblem[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** A folder key (`k8s/`, `./`): the folder without `./` and the trailing `/` ('' for the settings' own folder). */
export function folderKey(scope: string): string | undefined {
  if (!scope.endsWith('/')) return undefined;
  return scope.replace(/^\.\/?/, '').replace(/\/+$/, '');
}

/** Add `[NODE:|FOLDER/:]NAME` = `ADDRESS/PREFIX` (several separated by commas or spaces) to the specs; the problem when it is malformed. */
export function addInterfaceSpec(specs: InterfaceSpecs, key: string, cidrs: string): string | undefined {
  const colon = key.indexOf(':');
  const scope = colon < 0 ? undefined : key.slice(0, colon);
  const name = colon < 0 ? key : key.slice(colon + 1);
  if (scope === '') return `--interface expects NODE:NAME=ADDRESS/PREFIX with a node name (got '${key}=${cidrs}')`;
  const words = cidrs.split(/[\s,]+/).filter((w) => w !== '');
  const addrs = words.map((w) => parseAddress(w, true));
  if (!name || words.length === 0 || addrs.some((a) => !a || a.prefix === undefined))
    return `--interface expects NAME=ADDRESS/PREFIX, e.g. eth0=192.0.2.10/24 (got '${key}=${cidrs}')`;
  let map = specs.common;
  if (scope !== undefined) {
    const folder = folderKey(scope);
    const table = folder !== undefined ? specs.perFolder : specs.perNode;
    const k = folder ?? scope;
    const m = table.get(k) ?? new Map<string, ParsedAddress[]>();
    table.set(k, m);
    map = m;
  }
  map.set(name, [...(map.get(name) ?? []), ...(addrs as ParsedAddress[])]);
  return undefined;
}

/** `NAME=CIDR` / `NODE:NAME=CIDR` command-line entries; the problem of the first malformed one. */
export function addInterfaceArgs(specs: InterfaceSpecs, args: readonly string[]): string | undefined {
  for (const s of args) {
    const eq = s.indexOf('=');
    if (eq <= 0) return `--interface expects NAME=ADDRESS/PREFIX (got '${s}')`;
    const p = addInterfaceSpec(specs, s.slice(0, eq), s.slice(eq + 1));
    if (p) return p;
  }
  return undefined;
}

function readInterfaces(raw: unknown, problems: SettingsProblem[]): InterfaceSpecs {
  const specs = emptySpecs();
  if (raw === undefined) return specs;
  if (!isObject(raw)) {
    problems.push({ setting: 'interfaces', message: 'interfaces must be an object of NAME: "ADDRESS/PREFIX"' });
    return specs;
  }
  for (const [name, v] of Object.entries(raw)) {
    for (const c of Array.isArray(v) ? v : [v]) {
      const p = typeof c === 'string' ? addInterfaceSpec(specs, name, c) : `interfaces.${name} must be "ADDRESS/PREFIX" (several separated by commas)`;
      if (p) problems.push({ setting: 'interfaces', message: p });
    }
  }
  return specs;
}

function readConfigIds(raw: unknown, problems: SettingsProblem[]): Map<string, string> {
  const out = new Map<string, string>();
  if (raw === undefined) return out;
  if (!isObject(raw)) {
    problems.push({ setting: 'configIds', message: 'configIds must be an object of NODE or FOLDER/: "ID"' });
    return out;
  }
  for (const [key, v] of Object.entries(raw)) {
    const id = str(v);
    if (id === undefined || key === '') problems.push({ setting: 'configIds', message: `configIds.${key} must be a config id (a non-empty string)` });
    else out.set(folderKey(key) !== undefined ? `${folderKey(key)}/` : key, id.trim());
  }
  return out;
}

function readRules(raw: unknown, problems: SettingsProblem[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  if (raw === undefined) return rules;
  if (!isObject(raw)) {
    problems.push({ setting: 'rules', message: 'rules must be an object of code: level' });
    return rules;
  }
  for (const [code, level] of Object.entries(raw)) {
    if (typeof level === 'string' && (LEVELS as readonly string[]).includes(level)) rules[code] = level as SeveritySetting;
    else problems.push({ setting: 'rules', message: `rules.${code} must be one of ${LEVELS.join(', ')}` });
  }
  return rules;
}

/** A list of paths (a single string is read as a list of one). */
function paths(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return typeof v === 'string' && v.trim() !== '' ? [v] : [];
}

function readTemplates(raw: unknown): TemplatesSettings {
  const t = isObject(raw) ? raw : {};
  return { inventory: str(t.inventory), vars: paths(t.vars), hosts: str(t.hosts), envFiles: paths(t.envFiles) };
}

function readTemplate(raw: unknown, problems: SettingsProblem[]): TemplateSetting {
  if (raw === undefined || raw === '') return 'auto';
  if (typeof raw === 'string' && (TEMPLATE_SETTINGS as readonly string[]).includes(raw)) return raw as TemplateSetting;
  problems.push({ setting: 'template', message: `template must be one of ${TEMPLATE_SETTINGS.join(', ')}` });
  return 'auto';
}

/** Read a raw settings object (JSON from a file, or the editor's `keepalived` section). */
export function readSettings(raw: unknown): SettingsReading {
  if (!isObject(raw)) return { settings: defaultSettings, problems: raw === undefined ? [] : [{ setting: 'settings', message: 'expected a JSON object' }] };
  const problems: SettingsProblem[] = [];
  const kolla = isObject(raw.kolla) ? raw.kolla : {};
  const hints = isObject(raw.inlayHints) ? raw.inlayHints : {};
  return {
    settings: {
      configId: str(raw.configId),
      configIds: readConfigIds(raw.configIds, problems),
      version: str(raw.version),
      root: str(raw.root),
      interfaces: readInterfaces(raw.interfaces, problems),
      rules: readRules(raw.rules, problems),
      kolla: { globals: str(kolla.globals), inventory: str(kolla.inventory), passwords: str(kolla.passwords), template: str(kolla.template) },
      template: readTemplate(raw.template, problems),
      templates: readTemplates(raw.templates),
      inlayHints: { effectivePriority: hints.effectivePriority !== false, variables: hints.variables !== false },
      codeLens: raw.codeLens !== false,
    },
    problems,
  };
}

/** The networks of a map: `10.0.0.11/24` → `10.0.0.0/24`; host routes are dropped. */
export function networksOnly(map: ReadonlyMap<string, readonly ParsedAddress[]>): InterfaceMap {
  const out: InterfaceMap = new Map();
  for (const [name, addrs] of map) {
    const nets = addrs.filter((a) => a.prefix! < (a.family === 4 ? 32 : 128)).map((a) => parseAddress(networkOf(a, a.prefix!), true)!);
    out.set(name, nets);
  }
  return out;
}

/**
 * The interfaces one node's rules see: the common entries (only their subnets when several nodes
 * are checked: an address given without a node is no one node's) plus the node's own entries,
 * which replace common ones of the same name.
 */
export function interfacesFor(specs: InterfaceSpecs, node: string | undefined, severalNodes: boolean): InterfaceMap {
  const base = severalNodes ? networksOnly(specs.common) : new Map(specs.common);
  const own = node !== undefined ? specs.perNode.get(node) : undefined;
  if (own) for (const [name, addrs] of own) base.set(name, addrs);
  return base;
}

/** CIDR strings per interface (for the Kolla options). */
export function asCidrs(map: ReadonlyMap<string, readonly ParsedAddress[]>): Record<string, string[]> {
  return Object.fromEntries([...map].map(([name, addrs]) => [name, addrs.map((a) => `${a.address}/${a.prefix}`)]));
}
