/**
 * `include` and its variants: which file(s) an include line names, and what keepalived
 * says when they are missing or unusable (lib/parser.c read_conf_file / check_include and
 * the include_check options of keepalived 2.4).
 */
import { SyntaxCode } from './codes';
import { dirname, resolvePath, type ConfigHost, type ReadResult } from '../host';
import type { Severity, Span } from '../issue';
import { SourceFile } from './source';

export type IncludeCheck = 'readable' | 'match' | 'wildcard_match' | 'brace_match';

/** The include keywords and the checks each one adds. */
export const INCLUDE_VARIANTS: ReadonlyMap<string, readonly IncludeCheck[]> = new Map<string, readonly IncludeCheck[]>([
  ['include', []],
  ['includer', ['readable']],
  ['includem', ['readable', 'match']],
  ['includew', ['readable', 'wildcard_match']],
  ['includeb', ['readable', 'brace_match']],
  ['includea', ['readable', 'match', 'wildcard_match', 'brace_match']],
]);

export interface IncludeEdge {
  readonly variant: string;
  /** The whole include line. */
  readonly span: Span;
  /** The path word as written. */
  readonly pathSpan: Span;
  readonly pattern: string;
  /** The pattern made absolute against the including file's directory. */
  readonly resolved: string;
  /** Files actually read, in order. */
  readonly files: string[];
}

/** A pattern with glob(3) magic characters. */
export function hasWildcard(p: string): boolean {
  return /[*?[]/.test(p);
}

export function hasBraces(p: string): boolean {
  return /\{[^}]*,[^}]*\}/.test(p);
}

/**
 * Where an include's path leads. A relative path is relative to the including file's directory.
 * An absolute one names the target host's file system: under `root` when one is given (the
 * directory standing for the host's `/`); otherwise, when the configuration sits in a copy of
 * that tree (a repository's `etc/keepalived/keepalived.conf` including `/etc/keepalived/conf.d/*.conf`,
 * or a keepalived.conf kept anywhere including `/etc/keepalived/...`), the copy's file if it has
 * one, else the path itself.
 */
export function includeTarget(pattern: string, dir: string, entry: string, host: ConfigHost, root?: string): string {
  if (!pattern.startsWith('/')) return resolvePath(dir, pattern);
  if (root !== undefined) return resolvePath(root, pattern.slice(1));
  const copy = copiedTreePath(pattern, dir, entry);
  return copy !== undefined && host.glob(copy, 1).paths.length > 0 ? copy : resolvePath('/', pattern);
}

/** The path an absolute include has in a copy of the host's tree holding `dir` (see includeTarget). */
export function copiedTreePath(pattern: string, dir: string, entry: string): string | undefined {
  const want = pattern.split('/').filter((p) => p !== '');
  const have = dir.split('/').filter((p) => p !== '');
  // the including file's directory ends with the include's first directories: …/etc/keepalived + /etc/keepalived/conf.d/x
  for (let j = Math.min(have.length, want.length - 1); j >= 1; j--) {
    if (!have.slice(have.length - j).every((p, k) => p === want[k])) continue;
    return j === have.length ? undefined : resolvePath(`/${have.slice(0, have.length - j).join('/')}`, want.join('/'));
  }
  // keepalived.conf, wherever it is kept, is /etc/keepalived/keepalived.conf on the host
  const home = '/etc/keepalived/';
  if (pattern.startsWith(home) && /^keepalived\.conf/.test(entry.slice(entry.lastIndexOf('/') + 1)))
    return resolvePath(dirname(entry), pattern.slice(home.length));
  return undefined;
}

/** Most files one include line may pull in, and how deep includes may nest. */
export const MAX_INCLUDE_FILES = 2000;
export const MAX_INCLUDE_DEPTH = 32;

/** What reading an include needs from the reader. */
export interface IncludeReader {
  readonly host: ConfigHost;
  /** Report a problem on the include's path word. */
  issue(code: SyntaxCode, severity: Severity, message: string): void;
  /** Is the file with this real path being read already (an include cycle)? */
  beingRead(real: string): boolean;
  /** A file already read in this parse (read once: a file changing between reads must not move spans). */
  known(path: string): SourceFile | undefined;
  /** May an already-read file be read again (within the expansion budget)? */
  mayReread(file: SourceFile): boolean;
}

/**
 * The files an include line brings in, in reading order, with what keepalived says when they
 * are missing, unmatched, unusable or cyclic (per include variant). `depth` is the new file's depth.
 */
export function openInclude(edge: IncludeEdge, depth: number, r: IncludeReader): { file: SourceFile; real: string }[] {
  const { pattern, resolved, variant } = edge;
  const checks = INCLUDE_VARIANTS.get(variant) ?? [];
  if (depth > MAX_INCLUDE_DEPTH) {
    r.issue(SyntaxCode.includeDepth, 'error', `Includes are nested more than ${MAX_INCLUDE_DEPTH} deep here; the rest is not read.`);
    return [];
  }
  const wild = hasWildcard(pattern) || hasBraces(pattern);
  const g = r.host.glob(resolved, MAX_INCLUDE_FILES);
  if (g.truncated)
    r.issue(SyntaxCode.includeTooMany, 'warning', `'${pattern}' matches more than ${MAX_INCLUDE_FILES} files; only the first ${MAX_INCLUDE_FILES} are read.`);
  // keepalived's checks: a missing name (file, or the directory a wildcard looks in) is "Config files
  // missing" (fatal with includem, or includeb for a brace pattern), a part of a brace pattern missing
  // while the rest matches is "Some config files missing" (fatal with includeb).
  const missing = g.missing ?? 0;
  const matched = g.paths.length + (g.directories?.length ?? 0);
  if (matched === 0) {
    if (!wild || missing > 0) {
      const fatal = checks.includes(hasBraces(pattern) ? 'brace_match' : 'match');
      // keepalived takes the rest of the line as the path: quotes and blanks are part of it
      const quoted = /["']/.test(pattern) ? ' The quotes are part of the path keepalived looks for: write it without them.' : '';
      r.issue(
        SyntaxCode.includeMissing,
        fatal ? 'error' : 'warning',
        (wild
          ? `Nothing matches '${pattern}' because ${missing === 1 ? 'a file or directory it names does not exist' : `${missing} files or directories it names do not exist`} (looked for ${resolved}); keepalived reports "Config files missing" and skips this include.`
          : `Included file '${pattern}' does not exist (looked for ${resolved}); keepalived skips this include.`) + quoted,
      );
    } else {
      const strict = checks.includes('wildcard_match');
      r.issue(
        SyntaxCode.includeNoMatch,
        strict ? 'warning' : 'information',
        strict
          ? `No file matches '${pattern}'; ${variant} reports this as a configuration error.`
          : `No file matches '${pattern}'; keepalived skips it without a word.`,
      );
    }
    return [];
  }
  if (missing > 0) {
    r.issue(
      SyntaxCode.includeMissing,
      checks.includes('brace_match') ? 'error' : 'warning',
      `Some of the files '${pattern}' names do not exist (${missing} looked up in vain); keepalived reports "Some config files missing" and reads the others.`,
    );
  }
  for (const d of g.directories ?? [])
    r.issue(SyntaxCode.includeUnreadable, checks.includes('readable') ? 'error' : 'warning', `'${d}' is a directory, not a regular file: keepalived skips it.`);
  const toRead: { file: SourceFile; real: string }[] = [];
  for (const p of g.paths) {
    const real = r.host.realpath(p);
    if (r.beingRead(real)) {
      r.issue(SyntaxCode.includeCycle, 'error', `Include cycle: '${p}' is already being read (keepalived would read it again and again).`);
      continue;
    }
    const known = r.known(p);
    // Reading a file again (a ~SEQ of includes, the same include many times) counts as expansion.
    if (known && !r.mayReread(known)) continue;
    const read: ReadResult = known ? { kind: 'ok', text: known.text } : r.host.readFile(p);
    if (read.kind === 'ok') {
      toRead.push({ file: known ?? new SourceFile(p, read.text), real });
      edge.files.push(p);
    } else if (read.kind === 'special') {
      r.issue(
        SyntaxCode.includeUnreadable,
        'warning',
        `'${p}' is a ${read.what === 'executable' ? 'executable file' : read.what}, not a regular file: keepalived skips it.`,
      );
    } else if (read.kind === 'missing') {
      r.issue(SyntaxCode.includeMissing, 'warning', `Included file '${p}' disappeared while being read; keepalived skips it.`);
    } else {
      r.issue(SyntaxCode.includeUnreadable, checks.includes('readable') ? 'error' : 'warning', `Cannot read '${p}': ${read.message}. keepalived skips it.`);
    }
  }
  return toRead;
}
