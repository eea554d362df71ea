/**
 * `# keepalived-lint disable-next-line [code ...]` comments (also with `!`): the next line's
 * findings with those codes (or all, without codes) are not reported.
 */
import type { SourceFile } from '../syntax/source';

const DIRECTIVE = /[#!]\s*keepalived-lint\s+disable-next-line\b([^\n#!]*)/g;

/** For one file: line number (0-based, the line after the comment) → codes (empty set = all). */
export function suppressions(file: SourceFile): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const text = file.text;
  if (!text.includes('keepalived-lint')) return out;
  for (const m of text.matchAll(DIRECTIVE)) {
    const line = file.positionAt(m.index).line + 1;
    const codes = m[1]!.split(/[\s,]+/).filter((c) => c.length > 0);
    const set = out.get(line) ?? new Set<string>();
    if (codes.length === 0) set.add('*');
    for (const c of codes) set.add(c);
    out.set(line, set);
  }
  return out;
}
