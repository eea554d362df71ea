/**
 * The file-system host for the CLI and the language server: reads files the way
 * keepalived would accept them (regular, non-executable files only; devices, FIFOs and
 * directories are refused without being opened) and expands include globs like glob(3)
 * with GLOB_BRACE. Files are only ever read, never written.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join as joinPath, resolve as resolveNodePath } from 'node:path';
import type Braces from 'braces';
import type Picomatch from 'picomatch';
import type { ConfigHost, GlobResult, ReadResult } from '../language/host';

/** Largest file we read; keepalived configs are small and /dev/zero-like inputs must not exhaust memory. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface NodeHostOptions {
  /** Contents that take precedence over disk (open editor buffers), by absolute path. */
  readonly overlay?: (path: string) => string | undefined;
}

export function createNodeHost(options: NodeHostOptions = {}): ConfigHost {
  return {
    readFile: (p) => {
      const o = options.overlay?.(p);
      if (o !== undefined) return { kind: 'ok', text: o };
      return readRegularFile(p);
    },
    glob: (pattern, limit) => globFiles(pattern, limit, options.overlay),
    stat: (p) => {
      try {
        const st = statSync(p);
        return { mode: st.mode, uid: st.uid, isDirectory: st.isDirectory() };
      } catch {
        return undefined;
      }
    },
    listDir: (p) => {
      try {
        return readdirSync(p, { withFileTypes: true }).map((e) => ({ name: e.name, kind: e.isDirectory() ? 'directory' : e.isFile() ? 'file' : 'other' }));
      } catch {
        return undefined;
      }
    },
    readHead: (p, bytes) => {
      const o = options.overlay?.(p);
      return o !== undefined ? o.slice(0, bytes) : readHead(p, bytes);
    },
    realpath: (p) => {
      try {
        // the libc realpath(3): one call, where the JavaScript version lstat()s every component
        return realpathSync.native(p);
      } catch {
        return resolveNodePath(p);
      }
    },
  };
}

/** The first bytes of a regular file (never blocking on a FIFO), or undefined. */
export function readHead(p: string, bytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!fstatSync(fd).isFile()) return undefined;
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readRegularFile(p: string): ReadResult {
  let st: Stats;
  try {
    st = statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'error', message: 'too many levels of symbolic links' };
    return { kind: 'error', message: (e as Error).message };
  }
  if (st.isDirectory()) return { kind: 'special', what: 'directory' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { kind: 'special', what: 'device' };
  if (st.isFIFO()) return { kind: 'special', what: 'fifo' };
  if (st.isSocket()) return { kind: 'special', what: 'socket' };
  if (!st.isFile()) return { kind: 'special', what: 'other' };
  if (st.mode & 0o111) return { kind: 'special', what: 'executable' };
  if (st.size > MAX_FILE_BYTES) return { kind: 'error', message: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` };
  let fd: number | undefined;
  try {
    // O_NONBLOCK: a file swapped for a FIFO between stat and open must not block us.
    fd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
    const st2 = fstatSync(fd);
    if (!st2.isFile()) return { kind: 'special', what: 'other' };
    const size = Math.min(st2.size, MAX_FILE_BYTES);
    const buf = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { kind: 'ok', text: buf.subarray(0, read).toString('utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'error', message: (e as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const MAGIC = /[*?[]/;

// Loaded the first time an include has a pattern: most runs have none, and starting the two
// libraries at load time was a third of a millisecond of every keepalived-lint run (bench/NOTES.md).
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use */
let bracesLib: typeof Braces | undefined;
const braces = (...args: Parameters<typeof Braces>) => (bracesLib ??= require('braces') as typeof Braces)(...args);
let picomatchLib: typeof Picomatch | undefined;
const picomatch = (...args: Parameters<typeof Picomatch>) => (picomatchLib ??= require('picomatch') as typeof Picomatch)(...args);
/* eslint-enable @typescript-eslint/no-require-imports */

/** glob(3) with GLOB_BRACE: brace alternatives in order, each sorted; `*` never crosses `/` nor matches a leading dot. */
export function globFiles(pattern: string, limit: number, overlay?: (p: string) => string | undefined): GlobResult {
  let alternatives: string[];
  try {
    alternatives = /\{.*,.*\}/.test(pattern) ? braces(pattern, { expand: true, rangeLimit: 1000 }) : [pattern];
  } catch {
    alternatives = [pattern];
  }
  const out: string[] = [];
  const directories: string[] = [];
  const seen = new Set<string>();
  let truncated = false;
  let missing = 0;
  for (const alt of alternatives) {
    const found = globOne(alt, limit - out.length, overlay);
    missing += found.missing;
    for (const d of found.directories) if (!directories.includes(d)) directories.push(d);
    for (const f of found.paths) {
      if (!seen.has(f)) {
        seen.add(f);
        out.push(f);
      }
    }
    if (found.truncated || out.length >= limit) {
      truncated = found.truncated || alternatives.length > 1;
      break;
    }
  }
  return { paths: out, truncated, directories, missing };
}

/** glob(3) reads a double quote as itself; picomatch reads quotes as quoting: escape them (an escaped character stays escaped). */
export function literalQuotes(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) out += c + pattern[++i]!;
    else out += c === '"' ? '\\"' : c;
  }
  return out;
}

function exists(p: string, overlay?: (p: string) => string | undefined): boolean {
  if (overlay?.(p) !== undefined) return true;
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * One brace alternative, walked as glibc's glob walks it: components up to the first wildcard are
 * taken as written; a wildcard component lists its directory (a directory that cannot be listed
 * counts as missing); a plain component after a wildcard, or a pattern without any, must exist
 * (counted as missing when it does not).
 */
function globOne(
  pattern: string,
  limit: number,
  overlay?: (p: string) => string | undefined,
): { paths: string[]; directories: string[]; truncated: boolean; missing: number } {
  if (!MAGIC.test(pattern)) {
    if (!exists(pattern, overlay)) return { paths: [], directories: [], truncated: false, missing: 1 };
    return isDir(pattern) && overlay?.(pattern) === undefined
      ? { paths: [], directories: [pattern], truncated: false, missing: 0 }
      : { paths: [pattern], directories: [], truncated: false, missing: 0 };
  }
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  let current = [pattern.startsWith('/') ? '/' : '.'];
  const segments = pattern.startsWith('/') ? parts.slice(1) : parts;
  let truncated = false;
  let missing = 0;
  let afterWildcard = false;
  /** What readdir's entry types already tell (no stat needed), for paths found by listing a directory. */
  const known = new Map<string, boolean>();
  const dirP = (p: string): boolean => known.get(p) ?? isDir(p);
  for (const [i, seg] of segments.entries()) {
    const last = i === segments.length - 1;
    const next: string[] = [];
    for (const dir of current) {
      if (!MAGIC.test(seg)) {
        const p = joinPath(dir, seg);
        if (afterWildcard && !exists(p, overlay)) {
          missing++;
          continue;
        }
        next.push(p);
        continue;
      }
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        missing++;
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const isMatch = picomatch(literalQuotes(seg), { dot: false, nobrace: true, noextglob: true });
      for (const e of entries) {
        if (!isMatch(e.name)) continue;
        const p = joinPath(dir, e.name);
        // a symlink (or an unknown type) is followed by stat() as before; the rest is known
        if (e.isDirectory()) known.set(p, true);
        else if (!e.isSymbolicLink() && (e.isFile() || e.isFIFO() || e.isSocket() || e.isCharacterDevice() || e.isBlockDevice())) known.set(p, false);
        next.push(p);
        if (next.length > limit * 4) {
          truncated = true;
          break;
        }
      }
    }
    // entries a wildcard matched must be directories to go on (GLOB_ONLYDIR); a plain name is
    // looked up as written, and a next step that cannot use it counts it as missing
    if (MAGIC.test(seg)) {
      afterWildcard = true;
      current = last ? next : next.filter((p) => dirP(p));
    } else current = next;
  }
  const files = current.filter((p) => !dirP(p));
  const directories = current.filter((p) => dirP(p));
  if (files.length > limit) return { paths: files.slice(0, limit), directories, truncated: true, missing };
  return { paths: files, directories, truncated, missing };
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
