/**
 * keepalived-lint: the language core on the command line.
 * Exit status: 0 no errors (warnings within --max-warnings), 1 errors, 2 usage or I/O problems.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAddress, type ParsedAddress } from '../language/analysis/addresses';
import { lint } from '../language/index';
import type { Issue } from '../language/issue';
import type { SourceFile } from '../language/syntax/source';
import { createNodeHost, readRegularFile } from '../host/nodeHost';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { discover } from './discover';
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

export function parseInterfaces(specs: readonly string[], fromSettings: Record<string, string | string[]> = {}): Map<string, ParsedAddress[]> {
  const map = new Map<string, ParsedAddress[]>();
  const add = (name: string, cidr: string) => {
    const a = parseAddress(cidr, true);
    if (!name || !a || a.prefix === undefined) throw new UsageError(`--interface expects NAME=ADDRESS/PREFIX, e.g. eth0=192.0.2.10/24 (got '${name}=${cidr}')`);
    map.set(name, [...(map.get(name) ?? []), a]);
  };
  for (const [name, v] of Object.entries(fromSettings)) for (const c of Array.isArray(v) ? v : [v]) add(name, c);
  for (const s of specs) {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new UsageError(`--interface expects NAME=ADDRESS/PREFIX (got '${s}')`);
    add(s.slice(0, eq), s.slice(eq + 1));
  }
  return map;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  let opts: CliOptions;
  let settings: FileSettings = {};
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
    if (opts.paths.length === 0) throw new UsageError('no PATH given');
    const settingsFile = opts.config ? path.resolve(io.cwd, opts.config) : findSettings(io.cwd);
    if (settingsFile) settings = loadSettings(settingsFile);
  } catch (e) {
    io.stderr(`keepalived-lint: ${(e as Error).message}\n${e instanceof UsageError ? 'Try keepalived-lint --help.\n' : ''}`);
    return 2;
  }
  let interfaces: Map<string, ParsedAddress[]>;
  try {
    interfaces = parseInterfaces(opts.interfaces, settings.interfaces);
  } catch (e) {
    io.stderr(`keepalived-lint: ${(e as Error).message}\n`);
    return 2;
  }
  const found = discover(opts.paths.map((p) => path.resolve(io.cwd, p)));
  for (const e of found.errors) io.stderr(`keepalived-lint: ${e}\n`);
  if (found.errors.length > 0) return 2;
  if (found.files.length === 0) {
    io.stderr('keepalived-lint: no keepalived configuration found under the given paths\n');
    return 2;
  }
  const host = createNodeHost();
  const configId = opts.configId ?? settings.configId;
  const lintOptions = { configId, interfaces, severities: settings.rules };
  const issues: Issue[] = [];
  const files = new Map<string, SourceFile>();
  const included = new Set<string>();
  const results: { file: string; issues: Issue[] }[] = [];
  for (const file of found.files) {
    const r = readRegularFile(file);
    if (r.kind !== 'ok') {
      io.stderr(`keepalived-lint: cannot read ${file}: ${r.kind === 'error' ? r.message : r.kind === 'missing' ? 'no such file' : `it is a ${r.what}`}\n`);
      return 2;
    }
    const res = lint(file, r.text, host, lintOptions);
    for (const [p, f] of res.model.parsed.files) {
      files.set(p, f);
      if (p !== file) included.add(p);
    }
    results.push({ file, issues: res.issues });
  }
  // A file included by another one is checked as part of it, not again on its own.
  const seen = new Set<string>();
  for (const r of results) {
    if (included.has(r.file)) continue;
    for (const i of r.issues) {
      const key = `${i.code}\0${i.span.file}\0${i.span.start}\0${i.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(i);
    }
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
