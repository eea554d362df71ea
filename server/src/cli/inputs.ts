/** What both commands share: the error that ends a run with exit status 2, and reading the files given. */
import * as path from 'node:path';
import type { ProjectFile, ProjectService } from '../language/project/index';
import type { CliOptions } from './args';

/** A problem that ends the run with exit status 2; `usage` adds the pointer to --help. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}

/** The name standard input's text gets without --stdin-filename (printed as `<stdin>`). */
export const STDIN_NAME = '<stdin>';

/** The path standard input's text stands for: --stdin-filename, else `<stdin>` in the current directory. */
export function stdinPath(opts: CliOptions, cwd: string): string {
  return path.resolve(cwd, opts.stdinFilename ?? STDIN_NAME);
}

/**
 * The files to lint: the paths searched, each read, and standard input's text for `-` (under
 * its --stdin-filename, which it replaces if that file is among the others); Kolla's files
 * must be readable too.
 */
export function readInputs(
  service: ProjectService,
  opts: CliOptions,
  cwd: string,
  readStdin?: () => string,
): { files: ProjectFile[]; namedFiles: boolean; folders: readonly string[] } {
  const found =
    opts.paths.length > 0 ? service.discover(opts.paths.map((p) => path.resolve(cwd, p))) : { files: [], errors: [], namedFiles: true, folders: [] };
  if (found.errors.length > 0) throw new CliError(found.errors.join('\n'));
  if (opts.paths.length > 0 && found.files.length === 0) throw new CliError('no keepalived configuration found under the given paths');
  const fromStdin = opts.stdin ? stdinFile(opts, cwd, readStdin) : undefined;
  const files = found.files
    .filter((file) => file !== fromStdin?.path)
    .map((file): ProjectFile => {
      const r = service.host.readFile(file);
      if (r.kind !== 'ok')
        throw new CliError(`cannot read ${file}: ${r.kind === 'error' ? r.message : r.kind === 'missing' ? 'no such file' : `it is a ${r.what}`}`);
      return { path: file, text: r.text };
    });
  if (fromStdin) files.push(fromStdin);
  const kolla = service.kollaPaths();
  const unreadable = kolla ? service.kollaReadProblems(kolla)[0] : undefined;
  if (unreadable) throw new CliError(`cannot read ${unreadable.path} (--${unreadable.what}): ${unreadable.problem}`);
  return { files, namedFiles: found.namedFiles, folders: found.folders };
}

function stdinFile(opts: CliOptions, cwd: string, readStdin: (() => string) | undefined): ProjectFile {
  if (!readStdin) throw new CliError('standard input cannot be read here');
  let text: string;
  try {
    text = readStdin();
  } catch (e) {
    throw new CliError(`cannot read standard input: ${(e as Error).message}`);
  }
  // the same limit the host puts on files
  if (text.length > 16 * 1024 * 1024) throw new CliError('standard input is larger than 16 MB');
  return { path: stdinPath(opts, cwd), text };
}

/** Print a CliError (one `keepalived-lint:` line per line of its message); the exit status 2. */
export function report(e: CliError, stderr: (s: string) => void): number {
  stderr(
    `${e.message
      .split('\n')
      .map((l) => `keepalived-lint: ${l}\n`)
      .join('')}${e.usage ? 'Try keepalived-lint --help.\n' : ''}`,
  );
  return 2;
}
