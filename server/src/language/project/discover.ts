/**
 * Which files are keepalived configurations, decided once for the CLI (paths on the command line)
 * and the server (workspace folders): by name (`keepalived.conf`, `keepalived.conf.*`,
 * `*.keepalived`, `*.conf` under a `keepalived` or `keepalived.d` folder) or, for other `*.conf` /
 * `*.cfg` files, by keepalived's customary first line. Walks go through the host (listDir,
 * readHead), are bounded, and only read.
 */
import { parseAnyInventory } from '../ansible/inventory';
import { basename, dirname, resolvePath, type ConfigHost } from '../host';
import { isTemplateName } from '../templates/detect';
import { KEEPALIVED_FIRST_LINE } from '../../shared/protocol';

export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);
/** keepalived's sample files start with this line (`!` or `#` comment); the client uses the same. */
export const FIRST_LINE = KEEPALIVED_FIRST_LINE;

export type NameVerdict = 'yes' | 'no' | 'first-line';

/** What the name alone says: a keepalived file, not one, or "look at the first line". */
export function judgeName(path: string): NameVerdict {
  const base = basename(path);
  if (base === 'keepalived.conf' || base.startsWith('keepalived.conf.') || base.endsWith('.keepalived')) return 'yes';
  const parts = path.split('/');
  if (base.endsWith('.conf') && (parts.includes('keepalived') || parts[parts.length - 2] === 'keepalived.d')) return 'yes';
  // keepalived.conf.j2, templates/keepalived/vrrp.erb: a template extension and keepalived in the name or path
  if (isTemplateName(path)) return 'yes';
  if (base.endsWith('.conf') || base.endsWith('.cfg')) return 'first-line';
  return 'no';
}

/** Is this file a keepalived configuration, judged by its name (and first line for *.conf / *.cfg)? */
export function isKeepalivedFile(host: ConfigHost, path: string): boolean {
  const v = judgeName(path);
  if (v !== 'first-line') return v === 'yes';
  const head = host.readHead?.(path, 128);
  return head !== undefined && FIRST_LINE.test(head);
}

/** Files under `folders` that `accept` takes, sorted; at most `limit` files and `maxDirs` folders are visited. */
export function walkFiles(
  host: ConfigHost,
  folders: readonly string[],
  accept: (path: string, name: string) => boolean,
  limit = 500,
  maxDirs = 5000,
): string[] {
  const out = new Set<string>();
  let dirs = 0;
  for (const root of folders) {
    const stack = [root];
    while (stack.length > 0 && out.size < limit && dirs < maxDirs) {
      const dir = stack.pop()!;
      dirs++;
      const entries = [...(host.listDir?.(dir) ?? [])].sort((a, b) => (a.name < b.name ? 1 : -1));
      for (const e of entries) {
        const full = dir.endsWith('/') ? `${dir}${e.name}` : `${dir}/${e.name}`;
        if (e.kind === 'directory') {
          if (!SKIP_DIRS.has(e.name)) stack.push(full);
        } else if (e.kind === 'file' && accept(full, e.name)) {
          out.add(full);
          if (out.size >= limit) break;
        }
      }
    }
  }
  return [...out].sort();
}

/** Keepalived files under `folders`, sorted; at most `limit` files and `maxDirs` folders are visited. */
export function findKeepalivedFiles(host: ConfigHost, folders: readonly string[], limit = 500, maxDirs = 5000): string[] {
  return walkFiles(host, folders, (p) => isKeepalivedFile(host, p), limit, maxDirs);
}

/** Lines a Kolla-Ansible globals.yml has (set or commented out, as in Kolla's sample). */
const KOLLA_GLOBALS = /^[ \t]*#?[ \t]*(kolla_[a-z0-9_]+|openstack_release|enable_haproxy|enable_keepalived|keepalived_virtual_router_id)[ \t]*:/m;

/** Is this a Kolla-Ansible globals.yml (by name and content)? */
export function isKollaGlobals(host: ConfigHost, path: string): boolean {
  if (basename(path) !== 'globals.yml') return false;
  const head =
    host.readHead?.(path, 64 * 1024) ??
    (() => {
      const r = host.readFile(path);
      return r.kind === 'ok' ? r.text : undefined;
    })();
  return head !== undefined && KOLLA_GLOBALS.test(head);
}

/** Kolla-Ansible globals.yml files under the folders. */
export function findKollaGlobals(host: ConfigHost, folders: readonly string[], limit = 20, maxDirs = 5000): string[] {
  return walkFiles(host, folders, (p, name) => name === 'globals.yml' && isKollaGlobals(host, p), limit, maxDirs);
}

/** Names a Kolla-Ansible inventory goes by, most likely first. */
export const INVENTORY_NAMES: readonly string[] = ['multinode', 'all-in-one', 'inventory', 'inventory.ini', 'hosts', 'hosts.ini', 'inventory.yml', 'hosts.yml'];

/** Does this text read as an inventory with the groups Kolla's keepalived runs on? */
export function isKollaInventory(path: string, text: string): boolean {
  const inv = parseAnyInventory(path, text);
  return ['loadbalancer', 'network', 'control'].some((g) => inv.groups.has(g));
}

/**
 * The inventory of a Kolla deployment: a file by one of the usual names (or in an `inventory/`
 * folder) in the folder of globals.yml or a folder above it, up to `top`, that has the
 * loadbalancer (or network, control) group.
 */
export function findKollaInventory(host: ConfigHost, globals: string, top: string): string | undefined {
  let dir = dirname(globals);
  for (let depth = 0; depth < 16; depth++) {
    const found = kollaInventoryIn(host, dir);
    if (found !== undefined) return found;
    if (dir === top || !dir.startsWith(top.endsWith('/') ? top : `${top}/`)) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** A Kolla inventory in `dir` or its `inventory/` folder, by one of the usual names (the first that has Kolla's groups). */
export function kollaInventoryIn(host: ConfigHost, dir: string): string | undefined {
  for (const d of [dir, resolvePath(dir, 'inventory')]) {
    for (const name of INVENTORY_NAMES) {
      const p = resolvePath(d, name);
      if (host.stat && !host.stat(p)) continue;
      const r = host.readFile(p);
      if (r.kind === 'ok' && isKollaInventory(p, r.text)) return p;
    }
  }
  return undefined;
}

export interface Discovered {
  readonly files: string[];
  /** Paths that could not be read at all. */
  readonly errors: string[];
  /** Every path given was a file (not a directory): the user named the nodes one by one. */
  readonly namedFiles: boolean;
  /** The directories among the paths (searched for Kolla-Ansible deployments too). */
  readonly folders: readonly string[];
}

/** Command-line paths (absolute): files as given, directories searched. */
export function discover(host: ConfigHost, paths: readonly string[], limit = 10_000): Discovered {
  const files = new Set<string>();
  const errors: string[] = [];
  const dirs: string[] = [];
  let namedFiles = true;
  for (const p of paths) {
    const st = host.stat?.(p);
    if (st?.isDirectory) {
      dirs.push(p);
      namedFiles = false;
    } else if (st) {
      files.add(resolvePath('/', p));
    } else {
      const r = host.readFile(p);
      errors.push(`${p}: ${r.kind === 'error' ? r.message : 'no such file or directory'}`);
    }
  }
  for (const f of findKeepalivedFiles(host, dirs, limit, 50_000)) files.add(resolvePath('/', f));
  return { files: [...files].sort(), errors, namedFiles, folders: dirs };
}

/** Keepalived files beside `file` (and, for <host>/keepalived.conf, the other hosts' ones): the nodes a lone document is taken with. */
export function filesBeside(host: ConfigHost, file: string, max = 200): string[] {
  const dir = dirname(file);
  const out = new Set<string>([file]);
  const list = (d: string) => host.listDir?.(d) ?? [];
  for (const e of list(dir)) {
    const p = resolvePath(dir, e.name);
    if (out.size < max && e.kind === 'file' && isKeepalivedFile(host, p)) out.add(p);
  }
  if (basename(file) === 'keepalived.conf') {
    const parent = dirname(dir);
    for (const e of list(parent)) {
      if (e.kind !== 'directory') continue;
      const p = resolvePath(parent, `${e.name}/keepalived.conf`);
      if (out.size < max && host.stat?.(p) && !host.stat(p)!.isDirectory) out.add(p);
    }
  }
  return [...out];
}
