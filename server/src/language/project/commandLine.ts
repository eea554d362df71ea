/**
 * A project as a command line describes it (keepalived-lint's options, already parsed): the
 * settings file (`--config`, else the nearest `.keepalived-lint.json`), the options that win over
 * it, the Kolla files and template variables given, and the files to lint read through the host.
 * A problem with what was given is an InputError (the CLI ends with status 2).
 */
import { dirname, foldersUp, resolvePath, type ConfigHost } from '../host';
import type { KollaPaths } from '../kolla/model';
import { SETTINGS_FILE } from './facts';
import { createProjectService, type ProjectService } from './service';
import { addInterfaceArgs, cloneSpecs, defaultSettings, readSettings, type KeepalivedSettings } from './settings';
import { ansibleFilesProblem, envFilesProblem, unknownHostsProblem } from './templateVariables';
import { problemOf, type ProjectFile } from './types';
import type { TemplateSetting } from '../templates/detect';

/** What was given is wrong: the message names it; `usage` adds the pointer to --help. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}

/** The command line's project options; paths relative to `cwd`. */
export interface CommandLineProject {
  readonly cwd: string;
  /** --config FILE; without it `.keepalived-lint.json` is searched upwards from `settingsFrom` (default `cwd`). */
  readonly config?: string;
  readonly settingsFrom?: string;
  readonly configId?: string;
  readonly keepalivedVersion?: string;
  /** --root DIR (relative to cwd). */
  readonly root?: string;
  readonly template?: TemplateSetting;
  /** --interface values (`[NODE:]IFACE[=CIDR,...]`). */
  readonly interfaces: readonly string[];
  readonly globals?: string;
  readonly inventory?: string;
  readonly passwords?: string;
  readonly vars: readonly string[];
  readonly host?: string;
  /** --env-file values: one node each, for envsubst templates (replace the settings' templates.envFiles). */
  readonly envFiles?: readonly string[];
  readonly cluster: boolean;
}

/** The nearest settings file in `dir` or a folder above it; one that exists but cannot be read is found too (and reported), not skipped. */
function findSettingsFile(host: ConfigHost, dir: string): string | undefined {
  for (const d of foldersUp(dir)) {
    const p = resolvePath(d, SETTINGS_FILE);
    if (host.readFile(p).kind !== 'missing') return p;
  }
  return undefined;
}

/** A settings file's settings; the problems with `interfaces` are returned (reported with the command line's own). */
function loadSettingsFile(host: ConfigHost, file: string, given: boolean): { settings: KeepalivedSettings; interfaceProblems: string[] } {
  const r = host.readFile(file);
  if (r.kind !== 'ok') throw new InputError(`cannot read ${file}${given ? ' (--config)' : ''}: ${problemOf(r)}`);
  let raw: unknown;
  try {
    raw = JSON.parse(r.text);
  } catch (e) {
    throw new InputError(`${file}: not JSON (${(e as Error).message})`);
  }
  const { settings, problems } = readSettings(raw);
  const other = problems.find((p) => p.setting !== 'interfaces');
  if (other) throw new InputError(`${file}: ${other.message}`);
  return { settings, interfaceProblems: problems.map((p) => p.message) };
}

/** The Kolla files given (absolute); `--passwords` needs `--globals`. */
function kollaGiven(q: CommandLineProject): KollaPaths | undefined {
  const abs = (p: string | undefined) => (p !== undefined ? resolvePath(q.cwd, p) : undefined);
  if (q.globals !== undefined) return { globals: resolvePath(q.cwd, q.globals), inventory: abs(q.inventory), passwords: abs(q.passwords) };
  if (q.passwords !== undefined) throw new InputError('--passwords needs --globals', true);
  return undefined;
}

/** The project service for a command line: the settings file, then the options over it. */
export function commandLineProject(host: ConfigHost, q: CommandLineProject): ProjectService {
  const file = q.config !== undefined ? resolvePath(q.cwd, q.config) : findSettingsFile(host, q.settingsFrom ?? q.cwd);
  const loaded = file ? loadSettingsFile(host, file, q.config !== undefined) : { settings: defaultSettings, interfaceProblems: [] };
  const settings: KeepalivedSettings = {
    ...loaded.settings,
    configId: q.configId ?? loaded.settings.configId,
    version: q.keepalivedVersion ?? loaded.settings.version,
    // settings resolve it against their folder, so the command line's goes in absolute
    root: q.root !== undefined ? resolvePath(q.cwd, q.root) : loaded.settings.root,
    template: q.template ?? loaded.settings.template,
    interfaces: cloneSpecs(loaded.settings.interfaces),
  };
  const service = createProjectService(host, {
    settings,
    cwd: q.cwd,
    settingsBase: file ? dirname(file) : q.cwd,
    configId: q.configId,
    kolla: kollaGiven(q),
    cluster: q.cluster,
    templates: {
      inventory: q.inventory !== undefined ? resolvePath(q.cwd, q.inventory) : undefined,
      vars: q.vars.map((v) => resolvePath(q.cwd, v)),
      hosts: q.host,
      envFiles: (q.envFiles ?? []).map((f) => resolvePath(q.cwd, f)),
    },
  });
  const problem = loaded.interfaceProblems[0] ?? addInterfaceArgs(settings.interfaces, q.interfaces);
  if (problem) throw new InputError(problem);
  return service;
}

/** The files to lint and how they were named (`--no-cluster` and the workspace model need it). */
export interface ProjectInputs {
  readonly files: ProjectFile[];
  /** Files were named one by one (not found in directories). */
  readonly namedFiles: boolean;
  /** The directories searched (the workspace model's folders). */
  readonly folders: readonly string[];
  /** What was found for the user rather than given (Kolla's inventory, passwords.yml, custom configs): one sentence each. */
  readonly notes: readonly string[];
  /** What the run cannot check for lack of a file the user can give: one sentence each. */
  readonly warnings: readonly string[];
}

/** How the command reads its inputs. */
export interface ReadInputsOptions {
  /** --fix: files found for the user are checked, never written (--fix writes only what a PATH names). */
  readonly writes?: boolean;
}

/**
 * The files to lint: the paths searched (absolute), each read, and a text standing for a file
 * (standard input under its name, which replaces that file if it is among the others); Kolla's
 * files must be readable too. The directories among the paths may hold Kolla-Ansible deployments,
 * found there as the editor finds them in a workspace (lintProject checks them, the election
 * previews their hosts): which is said, and a directory that holds one but no keepalived file is
 * no error (Kolla renders every host).
 */
export function readProjectInputs(service: ProjectService, paths: readonly string[], given?: ProjectFile, how: ReadInputsOptions = {}): ProjectInputs {
  const kollaFound = commandLineKolla(service, paths.length === 0 && given === undefined, how.writes === true);
  const searched = paths.length > 0 ? paths : kollaFound.customConfigs ? [kollaFound.customConfigs] : [];
  const found = searched.length > 0 ? service.discover(searched) : { files: [], errors: [], namedFiles: true, folders: [] };
  if (found.errors.length > 0) throw new InputError(found.errors.join('\n'));
  const inFolders = kollaInFolders(service, found.folders);
  if (paths.length > 0 && found.files.length === 0 && inFolders.deployments === 0)
    throw new InputError('no keepalived configuration found under the given paths');
  const files = found.files
    .filter((file) => file !== given?.path)
    .map((file): ProjectFile => {
      const r = service.host.readFile(file);
      if (r.kind !== 'ok') throw new InputError(`cannot read ${file}: ${problemOf(r)}`);
      return { path: file, text: r.text };
    });
  if (given) files.push(given);
  const kolla = service.kollaPaths();
  const unreadable = kolla ? service.kollaReadProblems(kolla)[0] : undefined;
  if (unreadable) throw new InputError(`cannot read ${unreadable.path} (--${unreadable.what}): ${unreadable.problem}`);
  // the env files envsubst templates are rendered with must read and parse
  const envFiles = new Set(files.filter((f) => service.templateEngine(f.path, f.text) === 'envsubst').flatMap((f) => service.templateSources(f.path).envFiles));
  const envProblem = envFilesProblem(service.host, [...envFiles]);
  if (envProblem) throw new InputError(`env file ${envProblem}`);
  // and the inventory and variables files Jinja2 templates are rendered with must read
  const jinja = files.filter((f) => service.templateEngine(f.path, f.text) === 'jinja').map((f) => service.templateSources(f.path));
  const ansibleProblem = ansibleFilesProblem(service.host, jinja);
  if (ansibleProblem) throw new InputError(ansibleProblem);
  // and --host must name hosts (or groups, env-file nodes) there are
  for (const f of files) {
    const engine = service.templateEngine(f.path, f.text);
    const problem = engine && unknownHostsProblem(service.host, f.path, engine, service.templateSources(f.path));
    if (problem) throw new InputError(problem);
  }
  return {
    files,
    namedFiles: found.namedFiles,
    folders: found.folders,
    notes: [...kollaFound.notes, ...inFolders.notes],
    warnings: [...kollaFound.warnings, ...inFolders.warnings],
  };
}

/** Kolla's node_custom_config beside globals.yml (its default, /etc/kolla/config beside /etc/kolla/globals.yml). */
const CUSTOM_CONFIGS = 'config/keepalived';

/**
 * What `--globals` did not name and was found as the editor finds it (kollaSources.ts): the
 * inventory, passwords.yml and, when no PATH is given (`lookForConfigs`), the custom configs Kolla
 * deploys instead of its template (node_custom_config/keepalived beside globals.yml).
 */
function commandLineKolla(service: ProjectService, lookForConfigs: boolean, writes: boolean): { notes: string[]; warnings: string[]; customConfigs?: string } {
  const source = service.kollaSources()[0];
  const notes: string[] = [];
  const warnings: string[] = [];
  if (source?.how !== 'command-line') return { notes, warnings };
  const { globals, inventory, passwords } = source.paths;
  if (source.inventoryHow === 'found') notes.push(`the inventory ${inventory} (found beside globals.yml or above it; --inventory names another)`);
  else if (source.inventoryHow === 'found-here') notes.push(`the inventory ${inventory} (found in the current directory; --inventory names another)`);
  else if (inventory === undefined)
    warnings.push(
      `no inventory given (--inventory) nor found beside ${globals}, above it or in the current directory: Kolla's loadbalancer hosts are neither rendered nor checked`,
    );
  if (source.passwordsHow === 'found') notes.push(`the passwords ${passwords} (found beside globals.yml; --passwords names another)`);
  if (!lookForConfigs) return { notes, warnings };
  const dir = resolvePath(dirname(globals), CUSTOM_CONFIGS);
  if (!service.host.stat?.(dir)?.isDirectory) return { notes, warnings };
  if (writes) {
    warnings.push(`--fix changes only the files a PATH names: the custom configs under ${dir} are not checked (name them to fix them)`);
    return { notes, warnings };
  }
  notes.push(`the custom configs under ${dir} (Kolla's node_custom_config; a PATH names others)`);
  return { notes, warnings, customConfigs: dir };
}

/**
 * The Kolla-Ansible deployments found in the directories given, as the editor finds them in a
 * workspace (kollaSources.ts: a Kolla globals.yml, its inventory beside it or in a folder above
 * it within the directory, passwords.yml beside it): what lintProject will check, for the user.
 * None when --globals or the settings name a deployment (then nothing is searched).
 */
function kollaInFolders(service: ProjectService, folders: readonly string[]): { notes: string[]; warnings: string[]; deployments: number } {
  const notes: string[] = [];
  const warnings: string[] = [];
  const found = folders.length > 0 ? service.kollaSources(folders, true).filter((s) => s.how === 'found') : [];
  for (const { paths } of found) {
    const folder = folders.find((f) => paths.globals.startsWith(f.endsWith('/') ? f : `${f}/`)) ?? dirname(paths.globals);
    notes.push(`the Kolla-Ansible deployment ${paths.globals} (found under ${folder}; --globals names one and turns the search off)`);
    if (paths.inventory !== undefined) notes.push(`the inventory ${paths.inventory} (found beside globals.yml or above it)`);
    else
      warnings.push(
        `no inventory found beside ${paths.globals} or in a folder above it within ${folder}: Kolla's loadbalancer hosts are neither rendered nor checked (--globals with --inventory names it)`,
      );
    if (paths.passwords !== undefined) notes.push(`the passwords ${paths.passwords} (found beside globals.yml)`);
  }
  return { notes, warnings, deployments: found.length };
}
