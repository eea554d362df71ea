/**
 * Moving what was read across an edit: the common prefix and suffix of two texts (where the edit
 * is), a kept segment's offsets, and issues' spans — each span object moved exactly once.
 */
import type { Issue, Span } from '../issue';
import { walk } from '../syntax/ast';
import { shiftToken } from '../syntax/tokens';
import type { Segment } from './segments';

export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
}

const cloneSpan = (s: Span): Span => ({ file: s.file, start: s.start, end: s.end });

/** An issue with its own span objects (shared ones would move twice). */
export function cloneIssue(i: Issue): Issue {
  return { ...i, span: cloneSpan(i.span), related: i.related?.map((r) => ({ ...r, span: cloneSpan(r.span) })) };
}

/** Length of the common prefix (binary search over native comparisons of slices: ~n bytes compared, no loop per character). */
export function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the common suffix, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Move a kept segment by `delta` characters (its spans in the entry file; included files do not move). */
export function shiftSegment(seg: Segment, entry: string, delta: number): void {
  seg.start += delta;
  seg.end += delta;
  const tokens = seg.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.file === entry) shiftToken(t, delta);
  }
  // a statement's span is its keyword's (moved with the token) or its own
  for (const s of walk(seg.statements)) {
    const sp = s.span;
    if (sp !== s.keyword.span && sp.file === entry) {
      const m = sp as { start: number; end: number };
      m.start += delta;
      m.end += delta;
    }
  }
  if (seg.readerIssues.length > 0) shiftIssues(seg.readerIssues, entry, delta, 0);
  if (seg.astIssues.length > 0) shiftIssues(seg.astIssues, entry, delta, 0);
  if (seg.definitions.length + seg.uses.length + seg.conditionals.length + seg.repetitions.length + seg.includes.length + seg.midWordComments.length === 0)
    return;
  const moved = new Set<Span>();
  const move = (sp: Span | undefined): void => {
    if (!sp || sp.file !== entry || moved.has(sp)) return;
    moved.add(sp);
    const m = sp as { start: number; end: number };
    m.start += delta;
    m.end += delta;
  };
  for (const d of seg.definitions) {
    move(d.span);
    move(d.valueSpan);
  }
  for (const u of seg.uses) move(u.span);
  for (const c of seg.conditionals) {
    move(c.span);
    move(c.lineSpan);
  }
  for (const r of seg.repetitions) move(r.span);
  for (const i of seg.includes) {
    move(i.span);
    move(i.pathSpan);
  }
  for (const m of seg.midWordComments) move(m.span);
}

/**
 * Move the spans (and related spans) of issues with their own span objects across an edit: a span
 * after it moves by its length, one before it stays. Returns false when a span overlaps the edit
 * (the issue must be found again).
 */
export function moveIssues(issues: readonly Issue[], entry: string, edit: TextEdit): boolean {
  let ok = true;
  const check = (sp: Span): void => {
    if (sp.file === entry && sp.start < edit.oldEnd && sp.end > edit.start) ok = false;
    // an empty span at the edit's start is before it; one at its end is after it
    if (sp.file === entry && sp.start === sp.end && sp.start > edit.start && sp.start < edit.oldEnd) ok = false;
  };
  for (const i of issues) {
    check(i.span);
    if (i.related) for (const r of i.related) check(r.span);
  }
  if (!ok) return false;
  if (edit.delta !== 0) shiftIssues(issues, entry, edit.delta, edit.oldEnd);
  return true;
}

/** Move the spans (and related spans) of issues with their own span objects that start at or after `from` in `entry`. */
export function shiftIssues(issues: readonly Issue[], entry: string, delta: number, from: number): void {
  const move = (sp: Span): void => {
    if (sp.file !== entry || sp.start < from) return;
    const m = sp as { start: number; end: number };
    m.start += delta;
    m.end += delta;
  };
  for (const i of issues) {
    move(i.span);
    if (i.related) for (const r of i.related) move(r.span);
  }
}
