/**
 * Where the Kolla-Ansible deployments of a project come from: the command line, the settings
 * (relative to the settings' folder or the workspace folder), or found in the folders — and the
 * deployment read with each host's facts.
 */
import { dirname, resolvePath, type ConfigHost } from '../host';
import { kollaGroupHosts, loadKollaContext, type KollaContext, type KollaPaths } from '../kolla/model';
import { commonFolder, type KollaDeploymentSource } from './deployments';
import { findKollaGlobals, findKollaInventory, kollaInventoryIn } from './discover';
import type { NodeFacts } from './facts';
import { asCidrs, networksOnly, type KeepalivedSettings } from './settings';
import { readProblem, type KollaReadProblem } from './types';

/** What the search needs of the project service. */
export interface KollaSearch {
  readonly host: ConfigHost;
  /** Kolla files given explicitly (the CLI's --globals...): they win, and nothing is searched. */
  readonly given?: KollaPaths;
  /** Where the command runs: with `given`, an inventory is also looked for there. */
  readonly cwd?: string;
  /** The folder relative settings paths are resolved against, when not the workspace folder. */
  readonly settingsBase?: string;
  readonly settings: KeepalivedSettings;
  settingsFor(path: string): KeepalivedSettings;
}

/**
 * The Kolla-Ansible deployments: given on the command line; else set in the settings (relative
 * to the settings' folder, or the workspace folder), their inventory found beside or above
 * globals.yml when not set; and, with `discover`, every Kolla globals.yml in the folders.
 */
export function kollaSources(p: KollaSearch, folders: readonly string[], discover: boolean): KollaDeploymentSource[] {
  if (p.given) {
    const known = givenSources.get(p.given);
    if (known) return known;
    const found = completeGiven(p, p.given);
    givenSources.set(p.given, found);
    return found;
  }
  const out: KollaDeploymentSource[] = [];
  const scopes: { folder?: string; settings: KeepalivedSettings }[] =
    folders.length > 0 ? folders.map((f) => ({ folder: f, settings: p.settingsFor(f) })) : [{ settings: p.settings }];
  for (const { folder, settings } of scopes) {
    const k = settings.kolla;
    if (!k.globals) continue;
    const base = p.settingsBase ?? folder;
    const abs = (x: string | undefined) => (x === undefined ? undefined : base !== undefined ? resolvePath(base, x) : x);
    const globals = abs(k.globals)!;
    if (out.some((o) => o.paths.globals === globals)) continue;
    const top = folder ?? base ?? dirname(globals);
    const inventory = abs(k.inventory) ?? findKollaInventory(p.host, globals, top);
    out.push({
      paths: { globals, inventory, passwords: abs(k.passwords) ?? besideGlobals(p.host, globals, 'passwords.yml'), template: abs(k.template) },
      root: folder ?? base ?? '/',
      how: 'settings',
      inventoryHow: k.inventory ? 'settings' : inventory ? 'found' : undefined,
    });
  }
  if (!discover) return out;
  for (const globals of findKollaGlobals(p.host, folders)) {
    if (out.some((o) => o.paths.globals === globals)) continue;
    const folder = folders.find((f) => globals.startsWith(f.endsWith('/') ? f : `${f}/`)) ?? dirname(globals);
    const inventory = findKollaInventory(p.host, globals, folder);
    const g = dirname(globals);
    const root = inventory ? commonFolder([globals, inventory]) : g.endsWith('/etc/kolla') ? dirname(dirname(g)) : g;
    out.push({
      paths: { globals, inventory, passwords: besideGlobals(p.host, globals, 'passwords.yml') },
      root,
      how: 'found',
      inventoryHow: inventory ? 'found' : undefined,
    });
  }
  return out;
}

/** The command line's Kolla files, completed once per project (the service asks several times a run). */
const givenSources = new WeakMap<KollaPaths, KollaDeploymentSource[]>();

/** What --globals did not name, found as the editor finds it: the inventory beside globals.yml or above it, passwords.yml beside it. */
function completeGiven(p: KollaSearch, g: KollaPaths): KollaDeploymentSource[] {
  const near = g.inventory ?? findKollaInventory(p.host, g.globals, '/');
  // Kolla's quick start copies multinode and all-in-one into the directory kolla-ansible runs from
  const here = near === undefined && p.cwd !== undefined ? kollaInventoryIn(p.host, p.cwd) : undefined;
  const inventory = near ?? here;
  // one found that cannot be read is left out (the run would otherwise stop on a file no one named)
  const beside = g.passwords === undefined ? besideGlobals(p.host, g.globals, 'passwords.yml') : undefined;
  const passwords = g.passwords ?? (beside !== undefined && p.host.readFile(beside).kind === 'ok' ? beside : undefined);
  return [
    {
      paths: { ...g, inventory, passwords },
      root: '/',
      how: 'command-line',
      inventoryHow: g.inventory !== undefined ? 'command-line' : near !== undefined ? 'found' : here !== undefined ? 'found-here' : undefined,
      passwordsHow: g.passwords !== undefined ? 'command-line' : passwords !== undefined ? 'found' : undefined,
    },
  ];
}

function besideGlobals(host: ConfigHost, globals: string, name: string): string | undefined {
  const p = resolvePath(dirname(globals), name);
  return host.stat ? (host.stat(p) ? p : undefined) : host.readFile(p).kind === 'ok' ? p : undefined;
}

/** The Kolla files that cannot be read (the CLI refuses to run then). */
export function kollaReadProblems(host: ConfigHost, paths: KollaPaths): KollaReadProblem[] {
  const out: KollaReadProblem[] = [];
  for (const what of ['globals', 'inventory', 'passwords'] as const) {
    const p = paths[what];
    if (p === undefined) continue;
    const problem = readProblem(host, p);
    if (problem) out.push({ path: p, what, problem });
  }
  return out;
}

/**
 * The deployment, with each host's interfaces from its facts (the settings keyed by the host or
 * a folder of the deployment, a .keepalived-lint.json there) and the subnets every host shares.
 */
export function kollaContextOf(
  host: ConfigHost,
  paths: KollaPaths,
  root: string | undefined,
  factsOf: (path: string, node: string) => NodeFacts,
): KollaContext {
  const base = root ?? dirname(paths.globals);
  const hostInterfaces: Record<string, Record<string, string[]>> = {};
  let shared: Record<string, string[]> = {};
  for (const name of kollaGroupHosts(host, paths)) {
    const f = factsOf(`${base === '/' ? '' : base}/${name}/keepalived.conf`, name);
    if (f.own.size > 0) hostInterfaces[name] = asCidrs(f.own);
    if (f.shared.size > 0) shared = { ...shared, ...asCidrs(networksOnly(f.shared)) };
  }
  if (Object.keys(hostInterfaces).length === 0 && Object.keys(shared).length === 0) return loadKollaContext(host, paths);
  return loadKollaContext(host, paths, { interfaces: shared, hostInterfaces });
}
