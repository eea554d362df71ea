/**
 * Finding keepalived configuration files on disk, shared by the CLI (paths on the command
 * line) and the server (workspace folders). By name (`keepalived.conf`, `keepalived.conf.*`,
 * `*.keepalived`, `*.conf` under a `keepalived` or `keepalived.d` folder) or, for other
 * `*.conf` / `*.cfg` files, by keepalived's customary first line. Bounded walks; read-only.
 */
import * as fs from 'node:fs';
import * as nodePath from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);
const FIRST_LINE = /^[!#]\s*Configuration File for keepalived/i;

function firstLineMatches(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    if (!fs.fstatSync(fd).isFile()) return false;
    const buf = Buffer.alloc(128);
    const n = fs.readSync(fd, buf, 0, 128, 0);
    return FIRST_LINE.test(buf.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Is this file a keepalived configuration, judged by its name (and first line for *.conf / *.cfg)? */
export function isKeepalivedFile(file: string): boolean {
  const base = nodePath.basename(file);
  if (base === 'keepalived.conf' || base.startsWith('keepalived.conf.') || base.endsWith('.keepalived')) return true;
  const parts = file.split(nodePath.sep);
  if (base.endsWith('.conf') && (parts.includes('keepalived') || parts[parts.length - 2] === 'keepalived.d')) return true;
  if (base.endsWith('.conf') || base.endsWith('.cfg')) return firstLineMatches(file);
  return false;
}

/** Keepalived files under `folders`, sorted; at most `limit` files and `maxDirs` folders are visited. */
export function findKeepalivedFiles(folders: readonly string[], limit = 500, maxDirs = 5000): string[] {
  const out = new Set<string>();
  let dirs = 0;
  for (const root of folders) {
    const stack = [root];
    while (stack.length > 0 && out.size < limit && dirs < maxDirs) {
      const dir = stack.pop()!;
      dirs++;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? 1 : -1));
      for (const e of entries) {
        const full = nodePath.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) stack.push(full);
        } else if (e.isFile() && isKeepalivedFile(full)) {
          out.add(full);
          if (out.size >= limit) break;
        }
      }
    }
  }
  return [...out].sort();
}

export interface Discovered {
  readonly files: string[];
  /** Paths that could not be read at all. */
  readonly errors: string[];
}

/** Command-line paths: files as given, directories searched. */
export function discover(paths: readonly string[], limit = 10_000): Discovered {
  const files = new Set<string>();
  const errors: string[] = [];
  const dirs: string[] = [];
  for (const p of paths) {
    try {
      if (fs.statSync(p).isDirectory()) dirs.push(p);
      else files.add(nodePath.resolve(p));
    } catch (e) {
      errors.push(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
    }
  }
  for (const f of findKeepalivedFiles(dirs, limit, 50_000)) files.add(nodePath.resolve(f));
  return { files: [...files].sort(), errors };
}
