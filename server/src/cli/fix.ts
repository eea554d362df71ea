/**
 * `keepalived-lint --fix` and `--fix-dry-run`: the project service applies the safe fixes
 * (ProjectService.fixFiles); here the result is written back, or printed as a unified diff, and
 * what remains is reported like any lint.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { InputError, type FixOutcome, type ProjectLint, type ProjectInputs, type ProjectService } from '../language/project/index';
import type { CliOptions } from './args';
import { unifiedDiff } from './diff';
import { STDIN_NAME, stdinPath } from './inputs';

export interface FixIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly cwd: string;
  /** Write a file; node's fs by default. */
  readonly writeFile?: (path: string, text: string) => void;
}

/** Report findings through `write` in the format asked for; the exit status (main.ts printLint). */
export type PrintLint = (result: ProjectLint, write: (s: string) => void) => number;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The path a diff names: relative to the current directory when inside it, else absolute. */
function diffName(file: string, cwd: string, opts: CliOptions): string {
  if (opts.stdin && opts.stdinFilename === undefined && file === stdinPath(opts, cwd)) return STDIN_NAME;
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

/** One line about what was (or would be) fixed. */
function summary(outcome: FixOutcome, dryRun: boolean): string {
  const n = outcome.applied.length;
  if (n === 0) return 'Nothing has a safe fix: no file changed.';
  const what = `${plural(n, 'problem')} in ${plural(outcome.changed.length, 'file')}`;
  return dryRun ? `${what} would be fixed (the diff above).` : `Fixed ${what}.`;
}

export function runFix(opts: CliOptions, io: FixIo, service: ProjectService, input: ProjectInputs, print: PrintLint): number {
  const outcome = service.fixFiles(input.files, input.namedFiles, input.folders);
  if (opts.fix === 'diff') {
    io.stdout(outcome.changed.map((f) => unifiedDiff(diffName(f.path, io.cwd, opts), f.before, f.after)).join(''));
    // the diff owns standard output: what remains is reported on standard error
    const code = print(outcome.lint, io.stderr);
    if (opts.format === 'text' && !opts.quiet) io.stderr(`${summary(outcome, true)}\n`);
    return code;
  }
  const write = io.writeFile ?? ((p: string, t: string) => writeFileSync(p, t));
  for (const f of outcome.changed) {
    try {
      write(f.path, f.after);
    } catch (e) {
      throw new InputError(`cannot write ${f.path}: ${(e as Error).message}`);
    }
  }
  const code = print(outcome.lint, io.stdout);
  if (opts.format === 'text' && !opts.quiet) io.stdout(`${summary(outcome, false)}\n`);
  return code;
}
