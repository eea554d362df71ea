/**
 * The facade: globals.yml (+ passwords.yml) + inventory → per-host keepalived.conf and the
 * template's inputs with their spans. Pure: takes texts, or reads through a ConfigHost.
 */
import type { ConfigHost } from '../host';
import type { Issue } from '../issue';
import { groupMembers } from '../ansible/groups';
import { parseInventory } from '../ansible/iniInventory';
import { renderHost } from './render';
import { KOLLA_TEMPLATE_PLACES } from './template';
import { boolOf, VariableResolver } from './scope';
import type { KollaGlobals, KollaModel, KollaOptions } from './types';
import { loadVarsFile } from '../ansible/yamlVars';

export interface SourceText {
  readonly file: string;
  readonly text: string;
}

export interface KollaSources {
  readonly globals: SourceText;
  readonly inventory?: SourceText;
  readonly passwords?: SourceText;
  /** host_vars/<host>.yml beside the inventory, by host. */
  readonly hostVars?: ReadonlyMap<string, SourceText>;
  /** Kolla's keepalived.conf.j2 from a Kolla-Ansible installation (default: the built-in model). */
  readonly template?: SourceText;
}

/** The template's inputs in the order KollaGlobals lists them. */
export const GLOBAL_NAMES: readonly (keyof KollaGlobals)[] = [
  'kolla_internal_vip_address',
  'kolla_external_vip_address',
  'network_interface',
  'api_interface',
  'kolla_external_vip_interface',
  'keepalived_virtual_router_id',
  'keepalived_track_script_enabled',
  'keepalived_traffic_mode',
  'keepalived_password',
  'enable_haproxy',
  'enable_keepalived',
  'haproxy_enable_external_vip',
  'kolla_same_external_internal_vip',
  'api_address_family',
];

export interface KollaContext {
  readonly model: KollaModel;
  /** The resolver behind the model, for callers that need other variables or per-host values. */
  readonly resolver: VariableResolver;
  readonly options: KollaOptions;
}

export function buildKollaContext(sources: KollaSources, options: KollaOptions = {}): KollaContext {
  const globalsFile = loadVarsFile(sources.globals.file, sources.globals.text, 'globals');
  const passwordsFile = sources.passwords ? loadVarsFile(sources.passwords.file, sources.passwords.text, 'passwords') : undefined;
  const inventory = sources.inventory ? parseInventory(sources.inventory.file, sources.inventory.text) : undefined;
  const hostVars = new Map([...(sources.hostVars ?? [])].map(([host, t]) => [host, loadVarsFile(t.file, t.text, 'host_vars')] as const));
  const resolver = new VariableResolver({ globals: globalsFile, passwords: passwordsFile, inventory, hostVars, options });

  const globals = Object.fromEntries(GLOBAL_NAMES.map((n) => [n, resolver.resolve(n)])) as unknown as KollaGlobals;
  const group = groupMembers(inventory, options.group ?? 'loadbalancer');
  const enabled = globals.enable_keepalived.known ? boolOf(globals.enable_keepalived, true) : undefined;
  const hosts = enabled === false ? [] : group.hosts.map((h, i) => renderHost(resolver, group, h, i, inventory?.hosts.get(h)?.span, sources.template?.text));
  const issues: Issue[] = [
    ...globalsFile.issues,
    ...(passwordsFile?.issues ?? []),
    ...(inventory?.issues ?? []),
    ...[...hostVars.values()].flatMap((h) => h.issues),
  ];
  const model: KollaModel = { globalsFile, passwordsFile, inventory, globals, group, keepalivedEnabled: enabled, hosts, issues };
  return { model, resolver, options };
}

export function buildKollaModel(sources: KollaSources, options: KollaOptions = {}): KollaModel {
  return buildKollaContext(sources, options).model;
}

export interface KollaPaths {
  readonly globals: string;
  readonly inventory?: string;
  readonly passwords?: string;
  /** Kolla-Ansible's keepalived.conf.j2 (absent: the installed one when found, else the built-in model). */
  readonly template?: string;
}

/**
 * Read the files through a ConfigHost and build the model. A file that cannot be read becomes a
 * `kolla-file-unreadable` issue (globals.yml is then treated as empty).
 */
export function loadKollaContext(host: ConfigHost, paths: KollaPaths, options: KollaOptions = {}): KollaContext {
  const problems: Issue[] = [];
  const read = (file: string | undefined): SourceText | undefined => {
    if (file === undefined) return undefined;
    const r = host.readFile(file);
    if (r.kind === 'ok') return { file, text: r.text };
    const why = r.kind === 'missing' ? 'it does not exist' : r.kind === 'special' ? `it is a ${r.what}` : r.message;
    problems.push({
      code: 'kolla-file-unreadable',
      severity: 'error',
      message: `Cannot read ${file}: ${why}.`,
      span: { file, start: 0, end: 0 },
    });
    return undefined;
  };
  const globals = read(paths.globals) ?? { file: paths.globals, text: '' };
  const inventory = read(paths.inventory);
  // host_vars/<host>.yml beside the inventory (Ansible reads them for the hosts it lists)
  const hostVars = new Map<string, SourceText>();
  if (inventory) {
    const dir = inventory.file.includes('/') ? inventory.file.slice(0, inventory.file.lastIndexOf('/')) : '.';
    for (const h of parseInventory(inventory.file, inventory.text).hosts.keys())
      for (const name of [`${h}.yml`, `${h}.yaml`, h]) {
        const r = host.readFile(`${dir}/host_vars/${name}`);
        if (r.kind === 'ok') {
          hostVars.set(h, { file: `${dir}/host_vars/${name}`, text: r.text });
          break;
        }
      }
  }
  // Kolla-Ansible's own template when it is installed here (or named), the built-in model otherwise
  const installed = paths.template ?? KOLLA_TEMPLATE_PLACES.find((p) => host.stat?.(p) !== undefined);
  const ctx = buildKollaContext({ globals, inventory, passwords: read(paths.passwords), hostVars, template: read(installed) }, options);
  return { ...ctx, model: { ...ctx.model, issues: [...problems, ...ctx.model.issues] } };
}

/** The hosts of the loadbalancer group, from the inventory alone (nothing read or rendered besides). */
export function kollaGroupHosts(host: ConfigHost, paths: KollaPaths): readonly string[] {
  const r = paths.inventory === undefined ? undefined : host.readFile(paths.inventory);
  return r?.kind === 'ok' ? groupMembers(parseInventory(paths.inventory!, r.text), 'loadbalancer').hosts : [];
}

export function loadKollaModel(host: ConfigHost, paths: KollaPaths, options: KollaOptions = {}): KollaModel {
  return loadKollaContext(host, paths, options).model;
}
