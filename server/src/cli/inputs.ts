/** What both commands share: reading the files given (and standard input), and reporting an InputError (exit status 2). */
import { resolve as resolvePath } from 'node:path';
import { InputError, readProjectInputs, type ProjectFile, type ProjectInputs, type ProjectService } from '../language/project/index';
import type { CliOptions } from './args';

/** The name standard input's text gets without --stdin-filename (printed as `<stdin>`). */
export const STDIN_NAME = '<stdin>';

/** The path standard input's text stands for: --stdin-filename, else `<stdin>` in the current directory. */
export function stdinPath(opts: CliOptions, cwd: string): string {
  return resolvePath(cwd, opts.stdinFilename ?? STDIN_NAME);
}

/**
 * The files to lint (the project service finds and reads them) and standard input's text for `-`.
 * What was found for the user (the inventory beside globals.yml...) is said on standard error with
 * the text format, unless --quiet; what cannot be checked without a file always.
 */
export function readInputs(service: ProjectService, opts: CliOptions, cwd: string, readStdin?: () => string, stderr?: (s: string) => void): ProjectInputs {
  const fromStdin = opts.stdin ? stdinFile(opts, cwd, readStdin) : undefined;
  const inputs = readProjectInputs(
    service,
    opts.paths.map((p) => resolvePath(cwd, p)),
    fromStdin,
    // the Kolla deployments the directories hold are checked (lint) and previewed (election)
    { writes: opts.fix === 'write' },
  );
  if (stderr) {
    for (const w of inputs.warnings) stderr(`keepalived-lint: warning: ${w}\n`);
    if (opts.format === 'text' && !opts.quiet) for (const n of inputs.notes) stderr(`keepalived-lint: using ${n}\n`);
  }
  return inputs;
}

function stdinFile(opts: CliOptions, cwd: string, readStdin: (() => string) | undefined): ProjectFile {
  if (!readStdin) throw new InputError('standard input cannot be read here');
  let text: string;
  try {
    text = readStdin();
  } catch (e) {
    throw new InputError(`cannot read standard input: ${(e as Error).message}`);
  }
  // the same limit the host puts on files
  if (text.length > 16 * 1024 * 1024) throw new InputError('standard input is larger than 16 MB');
  return { path: stdinPath(opts, cwd), text };
}

/** Print an InputError (one `keepalived-lint:` line per line of its message); the exit status 2. */
export function report(e: InputError, stderr: (s: string) => void): number {
  stderr(
    `${e.message
      .split('\n')
      .map((l) => `keepalived-lint: ${l}\n`)
      .join('')}${e.usage ? 'Try keepalived-lint --help.\n' : ''}`,
  );
  return 2;
}
