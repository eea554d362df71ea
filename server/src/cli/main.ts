/**
 * keepalived-lint: the language core on the command line.
 * Exit status: 0 no errors (warnings within --max-warnings), 1 errors, 2 usage or I/O problems.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createNodeHost } from '../host/nodeHost';
import { commandLineProject, InputError, type ProjectLint, type ProjectService } from '../language/project/index';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { runElection, type ElectionIo } from './election';
import { runExplain } from './explain';
import { runFix } from './fix';
import { readInputs, report, STDIN_NAME, stdinPath } from './inputs';
import { stdoutIsTty, writeAll } from './output';
import { locate, toCodeQuality, toGithub, toJson, toSarif, toText, type Located } from './printers';

export interface CliIo extends ElectionIo {
  readonly isTty: boolean;
  /** Called when the options are read and the command (not --help or --version) starts. */
  readonly started?: () => void;
  /** Write a file (--fix); node's fs by default. */
  readonly writeFile?: (path: string, text: string) => void;
}

export function version(): string {
  for (const p of [join(__dirname, '..', 'package.json'), join(__dirname, '../../../../package.json')]) {
    try {
      return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

/** The project service for the command line (the settings file, then the options over it: the core's commandLineProject). */
function projectFor(opts: CliOptions, cwd: string): ProjectService {
  const service = commandLineProject(createNodeHost(), {
    ...opts,
    cwd,
    // settings are searched from the current directory, or from the file standard input stands for
    settingsFrom: opts.stdin && opts.stdinFilename !== undefined ? dirname(stdinPath(opts, cwd)) : cwd,
  });
  if (opts.paths.length === 0 && !opts.stdin && !service.kollaPaths()) throw new InputError('no PATH given', true);
  return service;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    let opts: CliOptions;
    try {
      opts = parseArgs(argv);
    } catch (e) {
      if (e instanceof UsageError) throw new InputError(e.message, true);
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
    // no project, and no code cache written after it (bin/keepalived-lint.js keeps the linter's)
    if (opts.command === 'explain') return runExplain(opts, io);
    io.started?.();
    const service = projectFor(opts, io.cwd);
    if (opts.command === 'election') return runElection(opts, io, service);
    // directories given are searched for Kolla-Ansible deployments too (unless --globals names one)
    const inputs = readInputs(service, opts, io.cwd, io.readStdin, io.stderr);
    if (opts.fix) return runFix(opts, io, service, inputs, (r, write) => printLint(r, opts, io, write));
    return printLint(service.lintProject(inputs.files, inputs.namedFiles, inputs.folders), opts, io);
  } catch (e) {
    if (e instanceof InputError) return report(e, io.stderr);
    throw e;
  }
}

/** Print the findings in the format asked for (errors only with --quiet); the exit status. */
export function printLint(result: ProjectLint, opts: CliOptions, io: CliIo, write: (s: string) => void = io.stdout): number {
  const unnamed = opts.stdin && opts.stdinFilename === undefined ? stdinPath(opts, io.cwd) : undefined;
  const located = result.issues
    .filter((i) => !opts.quiet || i.severity === 'error')
    .map((i): Located => {
      const l = locate(i, result.files);
      return l.file === unnamed ? { ...l, file: STDIN_NAME } : l;
    });
  located.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  if (opts.format === 'json') write(`${toJson(located)}\n`);
  else if (opts.format === 'sarif') write(`${toSarif(located, version(), io.cwd)}\n`);
  else if (opts.format === 'codequality') write(`${toCodeQuality(located, io.cwd)}\n`);
  else if (opts.format === 'github') write(toGithub(located, io.cwd));
  else write(toText(located, opts.color ?? io.isTty, io.cwd));
  // the exit status counts every finding, --quiet or not
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  if (errors > 0) return 1;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) return 1;
  return 0;
}

/**
 * Entry point of bin/keepalived-lint.js. True when the run linted or previewed an election and
 * ended normally (exit status 0 or 1): the code cache the launcher writes then holds the functions
 * such a run needs, not only those of `--help` or of a usage error.
 */
export function main(): boolean {
  let started = false;
  // output.ts: no stream objects (they cost more than linting a small file); `keepalived-lint ... | head`:
  // a closed pipe ends the output quietly, not with a stack trace.
  let code: number;
  try {
    code = runCli(process.argv.slice(2), {
      stdout: (s) => writeAll(1, s),
      stderr: (s) => writeAll(2, s),
      cwd: process.cwd(),
      get isTty() {
        return stdoutIsTty();
      },
      readStdin: () => readFileSync(0, 'utf8'),
      started: () => {
        started = true;
      },
    });
  } catch (e) {
    // A bug, not a user error: say so plainly, without a stack trace unless asked for.
    writeAll(2, `keepalived-lint: internal error: ${(e as Error).message}\n${process.env.KEEPALIVED_LINT_DEBUG ? `${(e as Error).stack}\n` : ''}`);
    code = 2;
  }
  process.exitCode = code;
  return started && code !== 2;
}
