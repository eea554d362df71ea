/**
 * What is known about one node besides its configuration: the config id keepalived runs it with,
 * and its interfaces with their addresses. Each fact comes from the most specific place that
 * gives it, and says where that was (the Clusters view shows it):
 *
 *   1. the settings' entries keyed by the node (`"lb2:eth0"`, configIds `"lb2"`),
 *   2. a `.keepalived-lint.json` beside the files (the nearest one above the file; one beside a
 *      `<host>/keepalived.conf` describes that host alone), its node keys first,
 *   3. the settings' entries keyed by a folder the file is in (`"k8s/:eth0"`, configIds `"k8s/"`),
 *   4. the settings' plain entries (every node) — the command line's --config-id wins over all.
 *
 * Interfaces given for a scope (plain or folder keys) hold on every node there: with several
 * nodes, only their subnets are used (an address given for all is no one node's).
 */
import type { ParsedAddress } from '../analysis/addresses';
import { basename, dirname, foldersUp, resolvePath, type ConfigHost } from '../host';
import { nodeName } from './nodes';
import { folderKey, networksOnly, readSettings, type InterfaceMap, type KeepalivedSettings } from './settings';

export const SETTINGS_FILE = '.keepalived-lint.json';

/** Where a fact comes from, in words for the user (`settings: keepalived.interfaces "lb1:eth0"`). */
export interface FactOrigin {
  readonly kind: 'settings' | 'settings-file' | 'command-line' | 'inventory';
  /** What set it: the setting and key, the file and key. */
  readonly detail: string;
  /** The file that holds it, when it is one (a .keepalived-lint.json, an inventory). */
  readonly file?: string;
}

export interface NodeFacts {
  readonly node: string;
  readonly configId?: string;
  readonly configIdFrom?: FactOrigin;
  /** Interfaces and addresses that are this node's own. */
  readonly own: InterfaceMap;
  /** Interfaces that hold on every node of a scope the node is in. */
  readonly shared: InterfaceMap;
  /** Where each interface of `own` and `shared` comes from. */
  readonly interfacesFrom: readonly InterfaceFact[];
}

export interface InterfaceFact {
  readonly name: string;
  readonly addresses: readonly ParsedAddress[];
  /** The node's own addresses, or what holds for every node of a scope. */
  readonly own: boolean;
  readonly origin: FactOrigin;
}

/** A settings file found beside some files. */
export interface SettingsFileFound {
  readonly path: string;
  readonly settings: KeepalivedSettings;
}

const inside = (file: string, folder: string) => folder === '' || folder === '/' || file.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** The interfaces a node's rules see: the shared ones (only their subnets with several nodes) and its own over them. */
export function interfacesOfFacts(facts: NodeFacts, severalNodes: boolean): InterfaceMap {
  const out = severalNodes ? networksOnly(facts.shared) : new Map(facts.shared);
  for (const [name, addrs] of facts.own) out.set(name, addrs);
  return out;
}

export interface FactsOptions {
  /** Folders that relative folder keys of the settings are resolved against (the settings file's folder, the workspace folders). */
  readonly bases: readonly string[];
  /** A config id that wins over every other (the command line's --config-id). */
  readonly configId?: string;
}

export class FactsResolver {
  private readonly files = new Map<string, SettingsFileFound | null>();

  constructor(
    private readonly host: ConfigHost,
    private readonly settings: KeepalivedSettings,
    private readonly options: FactsOptions,
  ) {}

  /** The nearest `.keepalived-lint.json` in the folder of `path` or above it. */
  settingsFileFor(path: string): SettingsFileFound | undefined {
    const seen: string[] = [];
    let found: SettingsFileFound | null | undefined;
    for (const dir of foldersUp(dirname(path))) {
      found = this.files.get(dir);
      if (found !== undefined) break;
      seen.push(dir);
      const p = resolvePath(dir, SETTINGS_FILE);
      const r = this.host.readFile(p);
      if (r.kind === 'ok') {
        let raw: unknown;
        try {
          raw = JSON.parse(r.text);
        } catch {
          raw = undefined;
        }
        found = raw === undefined ? null : { path: p, settings: readSettings(raw).settings };
        break;
      }
    }
    for (const d of seen) this.files.set(d, found ?? null);
    return found ?? undefined;
  }

  /** The facts of the node whose configuration is `path` (named `node`, by default after its file). */
  factsFor(path: string, node = nodeName(path)): NodeFacts {
    const s = this.settings;
    const shared: InterfaceMap = new Map();
    const own: InterfaceMap = new Map();
    const origins = new Map<InterfaceMap, Map<string, FactOrigin>>([
      [shared, new Map()],
      [own, new Map()],
    ]);
    const put = (into: InterfaceMap, map: ReadonlyMap<string, readonly ParsedAddress[]>, origin: (name: string) => FactOrigin) => {
      for (const [name, addrs] of map) {
        into.set(name, [...addrs]);
        origins.get(into)!.set(name, origin(name));
      }
    };
    const folders = (table: ReadonlyMap<string, InterfaceMap>, bases: readonly string[]) =>
      [...table]
        .flatMap(([folder, map]) => bases.map((b) => ({ folder, abs: folder === '' ? b : resolvePath(b, folder), map })))
        .filter((f) => inside(path, f.abs))
        .sort((a, b) => a.abs.length - b.abs.length);

    // 4, 3: the settings' plain and folder entries
    put(shared, s.interfaces.common, (n) => ({ kind: 'settings', detail: `keepalived.interfaces "${n}"` }));
    const beside = this.settingsFileFor(path);
    const b = beside?.settings;
    const bDir = beside ? dirname(beside.path) : undefined;
    // 2: the settings file beside the files (beside a <host>/keepalived.conf it is that host's)
    if (b && bDir) {
      const forHost = bDir === dirname(path) && basename(path) === 'keepalived.conf';
      const fileOrigin = (key: string): FactOrigin => ({ kind: 'settings-file', detail: `${SETTINGS_FILE} "interfaces": "${key}"`, file: beside.path });
      put(forHost ? own : shared, b.interfaces.common, fileOrigin);
      for (const f of folders(b.interfaces.perFolder, [bDir])) put(shared, f.map, (n) => fileOrigin(`${f.folder}/:${n}`));
      const mine = b.interfaces.perNode.get(node);
      if (mine) put(own, mine, (n) => fileOrigin(`${node}:${n}`));
    }
    for (const f of folders(s.interfaces.perFolder, this.options.bases))
      put(shared, f.map, (n) => ({ kind: 'settings', detail: `keepalived.interfaces "${f.folder}/:${n}"` }));
    // 1: the settings' node entries
    const mine = s.interfaces.perNode.get(node);
    if (mine) put(own, mine, (n) => ({ kind: 'settings', detail: `keepalived.interfaces "${node}:${n}"` }));
    for (const name of own.keys()) shared.delete(name);
    const facts = (map: InterfaceMap, isOwn: boolean): InterfaceFact[] =>
      [...map].map(([name, addresses]) => ({ name, addresses, own: isOwn, origin: origins.get(map)!.get(name)! }));
    return { node, ...this.configIdFor(path, node, beside), own, shared, interfacesFrom: [...facts(own, true), ...facts(shared, false)] };
  }

  private configIdFor(path: string, node: string, beside: SettingsFileFound | undefined): { configId?: string; configIdFrom?: FactOrigin } {
    if (this.options.configId !== undefined) return { configId: this.options.configId, configIdFrom: { kind: 'command-line', detail: '--config-id' } };
    const s = this.settings;
    const byNode = s.configIds.get(node);
    if (byNode !== undefined) return { configId: byNode, configIdFrom: { kind: 'settings', detail: `keepalived.configIds "${node}"` } };
    const b = beside?.settings;
    const fileOrigin = (detail: string): FactOrigin => ({ kind: 'settings-file', detail: `${SETTINGS_FILE} ${detail}`, file: beside!.path });
    if (b) {
      const id = b.configIds.get(node);
      if (id !== undefined) return { configId: id, configIdFrom: fileOrigin(`"configIds": "${node}"`) };
    }
    const folderIds = (ids: ReadonlyMap<string, string>, bases: readonly string[]) =>
      [...ids]
        .filter(([k]) => k.endsWith('/'))
        .flatMap(([k, id]) => bases.map((base) => ({ k, id, abs: resolvePath(base, folderKey(k) ?? '') })))
        .filter((f) => inside(path, f.abs))
        .sort((x, y) => y.abs.length - x.abs.length)[0];
    const explicitFolder = folderIds(s.configIds, this.options.bases);
    const fileFolder = b && beside ? folderIds(b.configIds, [dirname(beside.path)]) : undefined;
    // the deeper folder wins; a tie goes to the settings
    const best = [explicitFolder && { ...explicitFolder, file: false }, fileFolder && { ...fileFolder, file: true }]
      .filter((x) => !!x)
      .sort((x, y) => y.abs.length - x.abs.length || Number(x.file) - Number(y.file))[0];
    if (best)
      return {
        configId: best.id,
        configIdFrom: best.file ? fileOrigin(`"configIds": "${best.k}"`) : { kind: 'settings', detail: `keepalived.configIds "${best.k}"` },
      };
    if (b?.configId !== undefined) return { configId: b.configId, configIdFrom: fileOrigin('"configId"') };
    if (s.configId !== undefined) return { configId: s.configId, configIdFrom: { kind: 'settings', detail: 'keepalived.configId' } };
    return {};
  }
}
