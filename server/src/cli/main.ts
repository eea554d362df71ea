/**
 * keepalived-lint: the language core on the command line.
 * Exit status: 0 no errors (warnings within --max-warnings), 1 errors, 2 usage or I/O problems.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Issue } from '../language/issue';
import { loadKollaContext, type KollaPaths } from '../language/kolla/index';
import { SourceFile } from '../language/syntax/source';
import { lintConfigs, nodeNames, type ConfigInput } from '../language/workspace/index';
import { lintKolla } from '../language/workspace/kolla';
import { createNodeHost, readRegularFile } from '../host/nodeHost';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { discover } from '../host/discover';
import { runElection } from './election';
import { asCidrs, interfacesFor, networksOnly, parseInterfaceSpecs, type InterfaceSpecs } from './interfaces';
import { locate, toJson, toSarif, toText } from './printers';
import { findSettings, loadSettings, type FileSettings } from './settings';

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

/** The Kolla files to check: `--globals/--inventory/--passwords`, else the settings file's `kolla` section. */
function kollaPaths(opts: CliOptions, settings: FileSettings, settingsFile: string | undefined, cwd: string): KollaPaths | undefined {
  if (opts.globals !== undefined) {
    return {
      globals: path.resolve(cwd, opts.globals),
      inventory: opts.inventory !== undefined ? path.resolve(cwd, opts.inventory) : undefined,
      passwords: opts.passwords !== undefined ? path.resolve(cwd, opts.passwords) : undefined,
    };
  }
  if (opts.inventory !== undefined || opts.passwords !== undefined) throw new UsageError('--inventory and --passwords need --globals');
  const k = settings.kolla;
  if (!k?.globals) return undefined;
  const base = settingsFile ? path.dirname(settingsFile) : cwd;
  return {
    globals: path.resolve(base, k.globals),
    inventory: k.inventory ? path.resolve(base, k.inventory) : undefined,
    passwords: k.passwords ? path.resolve(base, k.passwords) : undefined,
  };
}

function readProblem(r: ReturnType<typeof readRegularFile>): string | undefined {
  if (r.kind === 'ok') return undefined;
  return r.kind === 'error' ? r.message : r.kind === 'missing' ? 'no such file' : `it is a ${r.what}`;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  let opts: CliOptions;
  let settings: FileSettings = {};
  let kolla: KollaPaths | undefined;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (opts.version) {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const settingsFile = opts.config ? path.resolve(io.cwd, opts.config) : findSettings(io.cwd);
    if (settingsFile) settings = loadSettings(settingsFile);
    kolla = kollaPaths(opts, settings, settingsFile, io.cwd);
    if (opts.paths.length === 0 && !kolla) throw new UsageError('no PATH given');
  } catch (e) {
    io.stderr(`keepalived-lint: ${(e as Error).message}\n${e instanceof UsageError ? 'Try keepalived-lint --help.\n' : ''}`);
    return 2;
  }
  let specs: InterfaceSpecs;
  try {
    specs = parseInterfaceSpecs(opts.interfaces, settings.interfaces);
  } catch (e) {
    io.stderr(`keepalived-lint: ${(e as Error).message}\n`);
    return 2;
  }
  if (opts.command === 'election') return runElection(opts, io, { settings, kolla, specs });
  const found = opts.paths.length > 0 ? discover(opts.paths.map((p) => path.resolve(io.cwd, p))) : { files: [], errors: [] };
  for (const e of found.errors) io.stderr(`keepalived-lint: ${e}\n`);
  if (found.errors.length > 0) return 2;
  if (opts.paths.length > 0 && found.files.length === 0) {
    io.stderr('keepalived-lint: no keepalived configuration found under the given paths\n');
    return 2;
  }
  // With several nodes (or a Kolla deployment), an address given without a node is no one node's.
  const several = found.files.length > 1 || kolla !== undefined;
  const names = nodeNames(found.files);
  const inputs: ConfigInput[] = [];
  for (const [i, file] of found.files.entries()) {
    const r = readRegularFile(file);
    if (r.kind !== 'ok') {
      io.stderr(`keepalived-lint: cannot read ${file}: ${readProblem(r)}\n`);
      return 2;
    }
    const name = names[i]!; // one name per file
    inputs.push({ path: file, text: r.text, name, interfaces: interfacesFor(specs, name, several), nodeInterfaces: specs.perNode.get(name) });
  }
  const files = new Map<string, SourceFile>();
  if (kolla) {
    for (const [what, p] of [
      ['--globals', kolla.globals],
      ['--inventory', kolla.inventory],
      ['--passwords', kolla.passwords],
    ] as const) {
      if (p === undefined) continue;
      const r = readRegularFile(p);
      if (r.kind !== 'ok') {
        io.stderr(`keepalived-lint: cannot read ${p} (${what}): ${readProblem(r)}\n`);
        return 2;
      }
      files.set(p, new SourceFile(p, r.text));
    }
  }

  const host = createNodeHost();
  const configId = opts.configId ?? settings.configId;
  const severities = settings.rules;
  const subnets = networksOnly(specs.common);
  // Files named one by one are the nodes the user means: the same interface name is taken as the same
  // network. Files found by walking a directory may be unrelated configurations: only shared VIPs,
  // peers, multicast groups or known subnets put them on one network.
  const namedFiles = opts.paths.every((p) => {
    try {
      return !fs.statSync(path.resolve(io.cwd, p)).isDirectory();
    } catch {
      return true;
    }
  });
  const keepalivedVersion = opts.keepalivedVersion ?? settings.version;
  const ws = lintConfigs(inputs, host, {
    configId,
    keepalivedVersion,
    severities,
    subnets,
    sameNetwork: namedFiles,
    noCluster: kolla !== undefined || !opts.cluster,
  });
  for (const r of ws.results) for (const [p, f] of r.result.model.parsed.files) files.set(p, f);
  const issues: Issue[] = [...ws.issues, ...ws.clusterIssues];
  if (kolla) {
    const hostInterfaces = Object.fromEntries([...specs.perNode].map(([node, m]) => [node, asCidrs(m)]));
    const ctx = loadKollaContext(host, kolla, { interfaces: asCidrs(specs.common), hostInterfaces });
    const k = lintKolla(ctx, ws.nodes, { severities, subnets, sameNetwork: true, clusterOnly: opts.cluster ? undefined : [] });
    issues.push(...k.issues);
  }

  const located = issues.map((i) => locate(i, files));
  located.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  if (opts.format === 'json') io.stdout(`${toJson(located)}\n`);
  else if (opts.format === 'sarif') io.stdout(`${toSarif(located, version(), io.cwd)}\n`);
  else io.stdout(toText(located, opts.color ?? io.isTty, io.cwd));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) return 1;
  return 0;
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
