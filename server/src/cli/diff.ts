/**
 * Unified diffs for `keepalived-lint --fix-dry-run`: `--- a/PATH` / `+++ b/PATH` headers, hunks
 * with three lines of context, `\ No newline at end of file` where a side lacks one — what
 * `git apply` and `patch -p1` read. Lines are compared with their line endings, so a CRLF file's
 * diff keeps its CRs. The line matching is Myers' O(ND) algorithm: fixes change few lines of
 * long files.
 */

/** The lines of a text, each with its line ending (the last may have none). */
function linesOf(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** Beyond this many changed lines the search stops (its memory grows with them): fixes change few. */
const MAX_EDITS = 2000;

/** The edit script from `a` to `b` (Myers, shortest), as kept/removed/added lines in order. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // common prefix and suffix first: the search only covers what changed
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const x0 = a.slice(pre, a.length - suf);
  const y0 = b.slice(pre, b.length - suf);
  const n = x0.length;
  const m = y0.length;
  const max = n + m;
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    if (d > MAX_EDITS) {
      // texts too different to search further: everything between prefix and suffix is replaced
      const replaced = [...x0.map((line): Op => ({ kind: '-', line })), ...y0.map((line): Op => ({ kind: '+', line }))];
      return [...a.slice(0, pre).map((line): Op => ({ kind: ' ', line })), ...replaced, ...a.slice(a.length - suf).map((line): Op => ({ kind: ' ', line }))];
    }
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && x0[x] === y0[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // walk the trace back from (n, m)
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const t = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && t[off + k - 1]! < t[off + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : t[off + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      middle.push({ kind: ' ', line: x0[--x]! });
      y--;
    }
    if (d === 0) break;
    if (x === prevX) middle.push({ kind: '+', line: y0[--y]! });
    else middle.push({ kind: '-', line: x0[--x]! });
  }
  middle.reverse();
  return [...a.slice(0, pre).map((line): Op => ({ kind: ' ', line })), ...middle, ...a.slice(a.length - suf).map((line): Op => ({ kind: ' ', line }))];
}

const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);

/** One file's unified diff (empty when the texts are equal); `name` is the path in the headers. */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(linesOf(before), linesOf(after));
  const out: string[] = [`--- ${name.startsWith('/') ? name : `a/${name}`}\n`, `+++ ${name.startsWith('/') ? name : `b/${name}`}\n`];
  const changed = ops.map((o, i) => (o.kind !== ' ' ? i : -1)).filter((i) => i >= 0);
  let i = 0;
  while (i < changed.length) {
    // a hunk: changes closer than 2 × context lines share one
    let j = i;
    while (j + 1 < changed.length && changed[j + 1]! - changed[j]! <= 2 * context) j++;
    const from = Math.max(0, changed[i]! - context);
    const to = Math.min(ops.length, changed[j]! + context + 1);
    let oldLine = 1;
    let newLine = 1;
    for (let k = 0; k < from; k++) {
      if (ops[k]!.kind !== '+') oldLine++;
      if (ops[k]!.kind !== '-') newLine++;
    }
    const body = ops.slice(from, to);
    const oldCount = body.filter((o) => o.kind !== '+').length;
    const newCount = body.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`);
    for (const o of body) {
      out.push(`${o.kind}${o.line.endsWith('\n') ? o.line : `${o.line}\n\\ No newline at end of file\n`}`);
    }
    i = j + 1;
  }
  return out.join('');
}
