/**
 * `include` and its variants: which file(s) an include line names, and what keepalived
 * says when they are missing or unusable (lib/parser.c read_conf_file / check_include and
 * the include_check options of keepalived 2.4).
 */
import type { Span } from '../issue';

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

/** Most files one include line may pull in, and how deep includes may nest. */
export const MAX_INCLUDE_FILES = 2000;
export const MAX_INCLUDE_DEPTH = 32;
