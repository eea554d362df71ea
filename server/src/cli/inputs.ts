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

/** The files to lint: the paths searched, each read; Kolla's files must be readable too. */
export function readInputs(service: ProjectService, opts: CliOptions, cwd: string): { files: ProjectFile[]; namedFiles: boolean } {
  const found = opts.paths.length > 0 ? service.discover(opts.paths.map((p) => path.resolve(cwd, p))) : { files: [], errors: [], namedFiles: true };
  if (found.errors.length > 0) throw new CliError(found.errors.join('\n'));
  if (opts.paths.length > 0 && found.files.length === 0) throw new CliError('no keepalived configuration found under the given paths');
  const files = found.files.map((file): ProjectFile => {
    const r = service.host.readFile(file);
    if (r.kind !== 'ok')
      throw new CliError(`cannot read ${file}: ${r.kind === 'error' ? r.message : r.kind === 'missing' ? 'no such file' : `it is a ${r.what}`}`);
    return { path: file, text: r.text };
  });
  const kolla = service.kollaPaths();
  const unreadable = kolla ? service.kollaReadProblems(kolla)[0] : undefined;
  if (unreadable) throw new CliError(`cannot read ${unreadable.path} (--${unreadable.what}): ${unreadable.problem}`);
  return { files, namedFiles: found.namedFiles };
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
