/**
 * Unified diffs for `keepalived-lint --fix-dry-run`: `--- a/PATH` / `+++ b/PATH` headers, hunks
 * with three lines of context, `\ No newline at end of file` where a side lacks one — what
 * `git apply` and `patch -p1` read. The hunks come from jsdiff (`structuredPatch`), which compares
 * lines with their line endings (a CRLF file's diff keeps its CRs); here only the printing, with
 * the ranges as `diff -u` writes them (a count of 1 left out).
 */
import { structuredPatch } from 'diff';

const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);

/** One file's unified diff (empty when the texts are equal); `name` is the path in the headers. */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const patch = structuredPatch(name, name, before, after, undefined, undefined, { context });
  const header = (side: 'a' | 'b') => (name.startsWith('/') ? name : `${side}/${name}`);
  const out = [`--- ${header('a')}\n`, `+++ ${header('b')}\n`];
  for (const h of patch.hunks) {
    out.push(`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@\n`);
    for (const line of h.lines) out.push(`${line}\n`);
  }
  return out.join('');
}
