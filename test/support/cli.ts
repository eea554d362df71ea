/** Running keepalived-lint in-process for tests: output captured, from an empty folder by default (no settings file found). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let tmp: string | undefined;
/** One empty temporary folder per test process. */
export function emptyDir(): string {
  tmp ??= fs.mkdtempSync(path.join(os.tmpdir(), 'kl-cli-'));
  return tmp;
}

/** Run in-process; `stdin` is what `-` reads (none: reading it fails as a closed input would). */
export function runCliCaptured(args: readonly string[], cwd = emptyDir(), stdin?: string): Run {
  let stdout = '';
  let stderr = '';
  const readStdin = () => {
    if (stdin === undefined) throw new Error('no input');
    return stdin;
  };
  const code = runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, isTty: false, readStdin });
  return { code, stdout, stderr };
}

/** Remove the empty folder (a later emptyDir() makes a new one). */
export function removeEmptyDir(): void {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
}
