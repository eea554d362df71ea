/**
 * Formatting: whitespace only. Every line is indented by its brace depth; blanks between words
 * collapse to one outside quotes and comments; trailing blanks go; runs of more than two blank
 * lines shrink to two. Nothing keepalived reads changes: no token is added, removed, changed or
 * moved to another line, lines that belong to a multi-line `$NAME=` definition keep every
 * character, `$NAME=` and `~SEQ` lines keep their text after the indentation, and lines
 * keepalived would cut (over 1023 bytes) are left alone. Formatting twice gives the same text.
 */
import type { Span } from '../issue';
import { MAX_LINE } from '../syntax/definitions';
import { scanLines, utf8Length, type RawLine } from './lines';

export interface FormatOptions {
  readonly tabSize: number;
  readonly insertSpaces: boolean;
  /** Make sure the text ends with a line break. */
  readonly insertFinalNewline?: boolean;
  /** Remove blank lines at the end of the text. */
  readonly trimFinalNewlines?: boolean;
}

/** A replacement of text[start, end) (offsets in the formatted file). */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** Blank lines kept in a row. */
const MAX_BLANK_RUN = 2;

/** The formatted form of one line: its new text, or null when the line is dropped. */
function formatLines(lines: readonly RawLine[], o: FormatOptions): (string | null)[] {
  const unit = o.insertSpaces ? ' '.repeat(Math.max(1, o.tabSize)) : '\t';
  const out: (string | null)[] = [];
  let depth = 0;
  let blankRun = 0;
  for (const l of lines) {
    if (l.index === lines.length - 1 && l.index > 0 && l.text === '') {
      // the empty "line" after a final line break
      out.push('');
      continue;
    }
    if (l.kind === 'blank') {
      blankRun++;
      out.push(blankRun > MAX_BLANK_RUN ? null : l.verbatim ? l.text : '');
      continue;
    }
    blankRun = 0;
    if (l.kind === 'continuation') {
      out.push(l.text);
      continue;
    }
    // Closing braces at the start of the line belong to the enclosing level.
    let closes = 0;
    let from = l.lead;
    for (const b of l.braces) {
      if (b.open || b.at !== firstNonBlankFrom(l.text, from)) break;
      closes++;
      from = b.at + 1;
    }
    const level = Math.max(0, depth - closes);
    for (const b of l.braces) depth = Math.max(0, depth + (b.open ? 1 : -1));
    if (l.verbatim) {
      out.push(l.text);
      continue;
    }
    const body = (l.kind === 'code' || l.kind === 'comment') && !l.delicate ? collapse(l) : l.text.slice(l.lead);
    const trimmed = trimEnd(body);
    // A line keepalived would cut (over 1023 bytes) keeps its own form: check the length before
    // building it, so absurd nesting cannot make formatting quadratic.
    if (level * unit.length + trimmed.length > MAX_LINE) {
      out.push(l.text);
      continue;
    }
    const formatted = unit.repeat(level) + trimmed;
    out.push(utf8Length(formatted) > MAX_LINE ? l.text : formatted);
  }
  const lastLine = lines[lines.length - 1];
  if (o.trimFinalNewlines && lines.length > 1 && lastLine?.text === '') {
    // blank lines before the final line break
    for (let i = lines.length - 2; i > 0 && lines[i]?.kind === 'blank'; i--) out[i] = null;
  }
  return out;
}

function firstNonBlankFrom(t: string, i: number): number {
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  return i;
}

/** Trailing blanks go, unless a backslash stands before them (it would become a line continuation). */
function trimEnd(s: string): string {
  let e = s.length;
  while (e > 0 && (s[e - 1] === ' ' || s[e - 1] === '\t')) e--;
  if (e < s.length && e > 0 && s[e - 1] === '\\') return s;
  return s.slice(0, e);
}

/**
 * Blanks between words become one space outside double quotes; quoted text, the comment and
 * the blanks before the comment stay as written.
 */
function collapse(l: RawLine): string {
  const t = l.text;
  const codeEnd = l.commentAt >= 0 ? l.commentAt : t.length;
  const code = t.slice(l.lead, codeEnd);
  const comment = t.slice(codeEnd);
  const trailing = /[ \t]*$/.exec(code)![0];
  const words = code.slice(0, code.length - trailing.length);
  let out = '';
  let quote = false;
  for (let i = 0; i < words.length; i++) {
    const c = words[i];
    if (c === '"') quote = !quote;
    if (!quote && (c === ' ' || c === '\t')) {
      while (i + 1 < words.length && (words[i + 1] === ' ' || words[i + 1] === '\t')) i++;
      out += ' ';
      continue;
    }
    out += c;
  }
  return comment ? out + trailing + comment : out;
}

/** Edits that format `text` (every line, or the lines `range` touches). */
export function format(text: string, o: FormatOptions, range?: Span): TextEdit[] {
  const lines = scanLines(text);
  const formatted = formatLines(lines, o);
  const edits: TextEdit[] = [];
  const inRange = (l: RawLine) => !range || (l.next > range.start && l.start <= range.end) || l.start === range.start;
  for (const [i, l] of lines.entries()) {
    if (!inRange(l)) continue;
    const f = formatted[i];
    const prev = lines[i - 1];
    if (f === null) {
      // drop the line with its line break (the last line: with the break before it)
      if (l.next > l.start) edits.push({ start: l.start, end: l.next, newText: '' });
      else if (prev) edits.push({ start: prev.end, end: l.end, newText: '' });
    } else if (f !== undefined && f !== l.text) {
      edits.push({ start: l.start, end: l.end, newText: f });
    }
  }
  if (o.insertFinalNewline && !range && text.length > 0 && !text.endsWith('\n')) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    edits.push({ start: text.length, end: text.length, newText: eol });
  }
  return mergeAdjacent(edits);
}

/** Edits must not overlap; deletions of a line and the edit of the line before touch at one offset only. */
function mergeAdjacent(edits: TextEdit[]): TextEdit[] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return out;
}

/** Apply edits (sorted, non-overlapping) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** The whole text formatted. */
export function formatText(text: string, o: FormatOptions): string {
  return applyEdits(text, format(text, o));
}
