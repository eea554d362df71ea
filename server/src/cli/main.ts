/**
 * keepalived-lint: the language core on the command line.
 * Exit status: 0 no errors (warnings within --max-warnings), 1 errors, 2 usage or I/O problems.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNodeHost } from '../host/nodeHost';
import {
  addInterfaceArgs,
  cloneSpecs,
  createProjectService,
  defaultSettings,
  type KeepalivedSettings,
  type KollaPaths,
  type ProjectService,
} from '../language/project/index';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { runElection } from './election';
import { CliError, readInputs, report } from './inputs';
import { locate, toJson, toSarif, toText } from './printers';
import { findSettings, loadSettings } from './settings';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  readonly isTty: boolean;
}

export function version(): string {
  for (const p of [path.join(__dirname, '..', 'package.json'), path.join(__dirname, '../../../../package.json')]) {
    try {
      return (JSON.parse(fs.readFileSync(p, 'utf8')) as { version: string }).version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

/** The Kolla files named on the command line (absolute); `--inventory`/`--passwords` need `--globals`. */
function kollaOptions(opts: CliOptions, cwd: string): KollaPaths | undefined {
  const abs = (p: string | undefined) => (p !== undefined ? path.resolve(cwd, p) : undefined);
  if (opts.globals !== undefined) return { globals: abs(opts.globals)!, inventory: abs(opts.inventory), passwords: abs(opts.passwords) };
  if (opts.passwords !== undefined) throw new CliError('--passwords needs --globals', true);
  return undefined;
}

/** The project service for the command line: the settings file, then the options over it. */
function projectFor(opts: CliOptions, cwd: string): ProjectService {
  let fileSettings: KeepalivedSettings = defaultSettings;
  let interfaceProblems: string[] = [];
  const settingsFile = opts.config ? path.resolve(cwd, opts.config) : findSettings(cwd);
  if (settingsFile) ({ settings: fileSettings, interfaceProblems } = loadSettings(settingsFile));
  const kolla = kollaOptions(opts, cwd);
  const settings: KeepalivedSettings = {
    ...fileSettings,
    configId: opts.configId ?? fileSettings.configId,
    version: opts.keepalivedVersion ?? fileSettings.version,
    template: opts.template ?? fileSettings.template,
    interfaces: cloneSpecs(fileSettings.interfaces),
  };
  const templates = {
    inventory: opts.inventory !== undefined ? path.resolve(cwd, opts.inventory) : undefined,
    vars: opts.vars.map((v) => path.resolve(cwd, v)),
    hosts: opts.host,
  };
  const service = createProjectService(createNodeHost(), {
    settings,
    settingsBase: settingsFile ? path.dirname(settingsFile) : cwd,
    configId: opts.configId,
    kolla,
    cluster: opts.cluster,
    templates,
  });
  if (opts.paths.length === 0 && !service.kollaPaths()) throw new CliError('no PATH given', true);
  const problem = interfaceProblems[0] ?? addInterfaceArgs(settings.interfaces, opts.interfaces);
  if (problem) throw new CliError(problem);
  return service;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    let opts: CliOptions;
    try {
      opts = parseArgs(argv);
    } catch (e) {
      if (e instanceof UsageError) throw new CliError(e.message, true);
      throw e;
    }
    if (opts.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (opts.version) {
      io.stdout(`${version()}\n`);
      return 0;
    }
    let service: ProjectService;
    try {
      service = projectFor(opts, io.cwd);
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError((e as Error).message);
    }
    if (opts.command === 'election') return runElection(opts, io, service);
    const { files, namedFiles } = readInputs(service, opts, io.cwd);
    const result = service.lintProject(files, namedFiles);
    const located = result.issues.map((i) => locate(i, result.files));
    located.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    if (opts.format === 'json') io.stdout(`${toJson(located)}\n`);
    else if (opts.format === 'sarif') io.stdout(`${toSarif(located, version(), io.cwd)}\n`);
    else io.stdout(toText(located, opts.color ?? io.isTty, io.cwd));
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    const warnings = result.issues.filter((i) => i.severity === 'warning').length;
    if (errors > 0) return 1;
    if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) return 1;
    return 0;
  } catch (e) {
    if (e instanceof CliError) return report(e, io.stderr);
    throw e;
  }
}

/** Entry point of bin/keepalived-lint.js. */
export function main(): void {
  // `keepalived-lint ... | head`: a closed pipe ends the output quietly, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  let code: number;
  try {
    code = runCli(process.argv.slice(2), {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      cwd: process.cwd(),
      isTty: process.stdout.isTTY === true,
    });
  } catch (e) {
    // A bug, not a user error: say so plainly, without a stack trace unless asked for.
    process.stderr.write(`keepalived-lint: internal error: ${(e as Error).message}\n${process.env.KEEPALIVED_LINT_DEBUG ? `${(e as Error).stack}\n` : ''}`);
    code = 2;
  }
  process.exitCode = code;
}
