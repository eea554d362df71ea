/** Finding keepalived configuration files under the paths given on the command line. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);
const FIRST_LINE = /^[!#]\s*Configuration File for keepalived/i;

/** Is this file a keepalived configuration, judged by its name (and first line for *.conf)? */
export function looksLikeKeepalived(file: string): boolean {
  const base = path.basename(file);
  if (base === 'keepalived.conf' || base.startsWith('keepalived.conf.') || base.endsWith('.keepalived')) return true;
  const parts = file.split(path.sep);
  if (base.endsWith('.conf') && (parts.includes('keepalived') || parts[parts.length - 2] === 'keepalived.d')) return true;
  if (base.endsWith('.conf') || base.endsWith('.cfg')) return firstLineMatches(file);
  return false;
}

function firstLineMatches(file: string): boolean {
  try {
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const buf = Buffer.alloc(128);
      const n = fs.readSync(fd, buf, 0, 128, 0);
      return FIRST_LINE.test(buf.subarray(0, n).toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

export interface Discovered {
  readonly files: string[];
  /** Paths that could not be read at all. */
  readonly errors: string[];
}

export function discover(paths: readonly string[], limit = 10_000): Discovered {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const abs = path.resolve(f);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(abs);
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      errors.push(`${p}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      continue;
    }
    if (st.isDirectory()) {
      const stack = [p];
      while (stack.length > 0 && files.length < limit) {
        const dir = stack.pop()!;
        let entries: fs.Dirent[];
        try {
          entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? 1 : -1));
        } catch {
          continue;
        }
        for (const e of entries) {
          const full = path.join(dir, e.name);
          if (e.isDirectory()) {
            if (!SKIP_DIRS.has(e.name)) stack.push(full);
          } else if (e.isFile() && looksLikeKeepalived(full)) add(full);
        }
      }
    } else {
      add(p);
    }
  }
  files.sort();
  return { files, errors };
}
