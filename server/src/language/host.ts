/**
 * What the language core needs from the outside world, injected by the CLI or the server.
 * The core never touches the file system or the network itself.
 */

export type ReadResult =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'missing' }
  /** exists but is not a regular, non-executable file: keepalived refuses these */
  | { readonly kind: 'special'; readonly what: 'directory' | 'device' | 'fifo' | 'socket' | 'executable' | 'other' }
  | { readonly kind: 'error'; readonly message: string };

/** What keepalived's script-security check looks at (owner and permission bits). */
export interface FileInfo {
  readonly mode: number;
  readonly uid: number;
  readonly isDirectory: boolean;
}

/** An entry of a directory listing. */
export interface DirEntry {
  readonly name: string;
  readonly kind: 'file' | 'directory' | 'other';
}

export interface GlobResult {
  readonly paths: readonly string[];
  readonly truncated: boolean;
  /** Directories the pattern matches (keepalived's glob marks and then skips them). */
  readonly directories?: readonly string[];
  /**
   * How many lookups failed on the way, as glibc's glob counts them through keepalived's
   * GLOB_ALTDIRFUNC hooks: a directory a wildcard is matched in that cannot be opened, a name
   * without wildcards (the whole pattern, or a component after a wildcard) that does not exist.
   * keepalived prints "Config files missing" / "Some config files missing" when it is not 0.
   */
  readonly missing?: number;
}

export interface ConfigHost {
  /** Read a file (already-open editor buffers take precedence over disk in the server). */
  readFile(path: string): ReadResult;
  /**
   * Expand a glob(3) pattern with csh brace expansion (GLOB_BRACE), as keepalived does, against
   * an absolute pattern. Returns matching paths in glob order (sorted per brace alternative),
   * directories excluded. `limit` bounds the work on hostile patterns.
   */
  glob(pattern: string, limit: number): GlobResult;
  /** Canonical path for cycle detection (symlinks resolved); the input when it cannot be resolved. */
  realpath(path: string): string;
  /** Owner and mode of a path on this machine, if it exists (optional: script-security checks). */
  stat?(path: string): FileInfo | undefined;
  /** The entries of a directory, or undefined when it cannot be listed (optional: file discovery). */
  listDir?(path: string): readonly DirEntry[] | undefined;
  /** The first `bytes` bytes of a regular file as text (optional: recognising a file by its first line). */
  readHead?(path: string, bytes: number): string | undefined;
}

/** Path helpers that do not depend on node:path, so the core stays host-neutral (POSIX paths). */
export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

export function resolvePath(base: string, p: string): string {
  const joined = p.startsWith('/') ? p : `${base.replace(/\/+$/, '')}/${p}`;
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** `dir` and the folders above it, nearest first, up to the root (at most `max` of them). */
export function* foldersUp(dir: string, max = 64): Generator<string> {
  let d = dir;
  for (let n = 0; n < max; n++) {
    yield d;
    const up = dirname(d);
    if (up === d || d === '.' || d === '') return;
    d = up;
  }
}

export function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}
