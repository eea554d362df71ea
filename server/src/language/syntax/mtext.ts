/**
 * Mapped text: a string whose characters remember where they came from.
 *
 * keepalived rewrites lines before it splits them into words (comments removed, `@id`
 * prefixes stripped, `$NAME` replaced, `~SEQ` lines repeated, lines split at braces).
 * Every piece of rewritten text keeps a segment that maps it back to the file the user
 * wrote, so diagnostics land on the original characters: copied text maps one-to-one,
 * text produced by an expansion maps to the whole `$NAME` (or `~SEQ`) that produced it.
 */

export interface Seg {
  /** Index in `text` where this segment starts (segments are sorted, the first at 0). */
  readonly at: number;
  readonly file: string;
  /** Original offset of the segment's first character. */
  readonly off: number;
  /** For synthetic text: every character maps to [off, fixedEnd) in the original file. */
  readonly fixedEnd?: number;
}

export interface MText {
  readonly text: string;
  readonly segs: readonly Seg[];
}

export interface OrigRange {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** True when any part of the range came from an expansion. */
  readonly synthetic: boolean;
}

export function plain(text: string, file: string, off: number): MText {
  return { text, segs: [{ at: 0, file, off }] };
}

/** The segment holding index `i` (segs is never empty: the first starts at 0). */
function segAt(m: MText, i: number): Seg {
  return m.segs[segIndex(m, i)]!;
}

function segIndex(m: MText, i: number): number {
  const segs = m.segs;
  if (segs.length === 1) return 0;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.at <= i)
      lo = mid; // lo < mid <= hi < segs.length
    else hi = mid - 1;
  }
  return lo;
}

/** Original range of the characters [from, to) of `m`. */
export function origin(m: MText, from: number, to: number): OrigRange {
  const a = segAt(m, from);
  const lastIndex = Math.max(from, to - 1);
  const b = segAt(m, lastIndex);
  const start = a.fixedEnd !== undefined ? a.off : a.off + (from - a.at);
  let end = b.fixedEnd !== undefined ? b.fixedEnd : b.off + (lastIndex - b.at) + (to > from ? 1 : 0);
  let file = a.file;
  if (b.file !== a.file || end < start) {
    // A range that spans files (an expansion defined elsewhere): report the start only.
    end = a.fixedEnd !== undefined ? a.fixedEnd : start + Math.max(0, to - from);
    file = a.file;
  }
  return { file, start, end, synthetic: a.fixedEnd !== undefined || b.fixedEnd !== undefined };
}

/** `s` moved to index `at` (what `{ ...s, at }` builds, without the spread). */
function at(s: Seg, at: number): Seg {
  return s.fixedEnd !== undefined ? { at, file: s.file, off: s.off, fixedEnd: s.fixedEnd } : { at, file: s.file, off: s.off };
}

/** The characters [from, to) of `m` with their mapping. */
export function slice(m: MText, from: number, to: number = m.text.length): MText {
  if (from <= 0 && to >= m.text.length) return m;
  const segs: Seg[] = [];
  const first = segIndex(m, from);
  for (let k = first; k < m.segs.length; k++) {
    const s = m.segs[k];
    if (s === undefined || s.at >= to) break;
    if (k === first) {
      segs.push(s.fixedEnd !== undefined ? at(s, 0) : { at: 0, file: s.file, off: s.off + (from - s.at) });
    } else {
      segs.push(at(s, s.at - from));
    }
  }
  if (segs.length === 0) segs.push(at(m.segs[m.segs.length - 1]!, 0));
  return { text: m.text.slice(from, to), segs };
}

/** Concatenate mapped texts. */
export function concat(parts: readonly MText[]): MText {
  const nonEmpty = parts.filter((p) => p.text.length > 0);
  const first = nonEmpty[0];
  if (first === undefined) return parts[0] ? { text: '', segs: parts[0].segs.slice(0, 1) } : { text: '', segs: [{ at: 0, file: '', off: 0 }] };
  if (nonEmpty.length === 1) return first;
  let text = '';
  const segs: Seg[] = [];
  for (const p of nonEmpty) {
    const base = text.length;
    for (const s of p.segs) {
      if (s.at >= p.text.length) continue;
      segs.push(at(s, s.at + base));
    }
    text += p.text;
  }
  return { text, segs };
}

/** Text that maps, as a whole, to one original range (an expansion's use site). */
export function synthetic(text: string, file: string, start: number, end: number): MText {
  return { text, segs: [{ at: 0, file, off: start, fixedEnd: end }] };
}

/** Replace [from, to) of `m` with `insert`, whose characters all map to the replaced range. */
export function replaceRange(m: MText, from: number, to: number, insert: string): MText {
  const o = origin(m, from, to);
  return concat([slice(m, 0, from), synthetic(insert, o.file, o.start, o.end), slice(m, to)]);
}

const WS = /[ \t\f\v\r\n]/;

export function isSpace(c: string): boolean {
  return WS.test(c);
}

/** Remove leading and trailing blanks (space/tab), keeping the mapping. */
export function trim(m: MText): MText {
  const t = m.text;
  let a = 0;
  let b = t.length;
  while (a < b && (t[a] === ' ' || t[a] === '\t')) a++;
  while (b > a && (t[b - 1] === ' ' || t[b - 1] === '\t')) b--;
  return a === 0 && b === t.length ? m : slice(m, a, b);
}
