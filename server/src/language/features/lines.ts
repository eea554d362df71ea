/**
 * Physical lines of one file as keepalived's reader sees them, without reading them: where a
 * comment starts, which braces stand outside quotes and comments, which lines belong to a
 * multi-line `$NAME=` definition or are `~SEQ`/`~LST` lines, and which lines must not be touched
 * (longer than keepalived's buffer, NUL characters). Shared by formatting and folding; mirrors
 * decomment() and the brace split of syntax/preprocess.ts character for character.
 */
import { MAX_LINE } from '../syntax/definitions';

export type LineKind =
  /** empty or blanks only */
  | 'blank'
  /** nothing but a comment */
  | 'comment'
  /** keyword lines, braces, values */
  | 'code'
  /** `$NAME=value` (possibly conditional) */
  | 'definition'
  /** a line read as part of a multi-line definition */
  | 'continuation'
  /** `~SEQ(...)` / `~LST(...)` */
  | 'sequence';

export interface RawLine {
  readonly index: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character, line break excluded (a `\r` before `\n` is excluded too). */
  readonly end: number;
  /** Offset after the line break (== end at the end of the text). */
  readonly next: number;
  readonly text: string;
  readonly kind: LineKind;
  /** Index in `text` of the first non-blank character (text.length when blank). */
  readonly lead: number;
  /** Index in `text` where a comment starts, or -1. */
  readonly commentAt: number;
  /** Braces keepalived splits the line at (indexes in `text`). */
  readonly braces: readonly { readonly at: number; readonly open: boolean }[];
  /** The line ends in `\`: a definition continues on the next line. */
  readonly continues: boolean;
  /** Must be kept byte for byte: too long for keepalived's buffer, NUL characters, an unbalanced quote. */
  readonly verbatim: boolean;
  /** Contains a backslash before any comment: blanks between words are left alone. */
  readonly delicate: boolean;
}

interface Decommented {
  readonly lead: number;
  /** End of the content (comment and trailing blanks excluded). */
  readonly end: number;
  readonly commentAt: number;
  readonly cont: boolean;
  readonly openQuote: boolean;
}

/** keepalived's decomment() on a raw line (see syntax/decomment.ts), positions only. */
function decommentRaw(t: string): Decommented {
  let i = 0;
  while (i < t.length && (t[i] === ' ' || t[i] === '\t')) i++;
  const lead = i;
  let quote = false;
  let skip = -1;
  let contAt = -1;
  for (; i < t.length; i++) {
    const c = t[i];
    if (c === '"') {
      if (skip < 0) quote = !quote;
      continue;
    }
    if (c === '\\') {
      if (i + 1 < t.length) {
        i++;
        continue;
      }
      contAt = i;
      break;
    }
    if ((c === '#' || c === '!') && !quote && skip < 0) skip = i;
  }
  let end = skip >= 0 ? skip : contAt >= 0 ? contAt : t.length;
  while (end > lead && (t[end - 1] === ' ' || t[end - 1] === '\t')) end--;
  return { lead, end, commentAt: skip, cont: contAt >= 0, openQuote: quote };
}

/** Braces outside quotes in `t[from, to)`, as the reader splits them. */
function bracesOf(t: string, from: number, to: number): { at: number; open: boolean }[] {
  const out: { at: number; open: boolean }[] = [];
  for (let i = from; i < to; i++) {
    const c = t[i];
    if (c === '"') {
      const q = t.indexOf('"', i + 1);
      if (q < 0 || q >= to) break;
      i = q;
    } else if (c === '{' || c === '}') {
      out.push({ at: i, open: c === '{' });
    }
  }
  return out;
}

/** Bytes of `s` in UTF-8 (what keepalived's fgets() counts). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
}

const DEFINITION = /^\$[A-Za-z_][A-Za-z0-9_]*=/;

/** Strip a leading `@id ` / `@^id ` prefix from content. */
function afterConditional(content: string): string {
  if (content[0] !== '@') return content;
  const m = /^@\^?\S+[ \t]+/.exec(content);
  return m ? content.slice(m[0].length) : '';
}

/** Where a line stands in the text. */
interface LinePlace {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** A multi-line `$NAME=` definition is being read (its lines end in `\`). */
interface ScanState {
  inDefinition: boolean;
}

/** The kind of a line that is not blank. */
function kindOf(content: string, d: Decommented, state: ScanState): LineKind {
  if (state.inDefinition) {
    state.inDefinition = d.cont;
    return 'continuation';
  }
  if (d.end <= d.lead && !d.cont) return 'comment';
  const bare = afterConditional(content);
  if (DEFINITION.test(bare)) {
    state.inDefinition = d.cont;
    return 'definition';
  }
  return bare.startsWith('~SEQ') || bare.startsWith('~LST') ? 'sequence' : 'code';
}

function readLine(t: string, place: LinePlace, state: ScanState): RawLine {
  const verbatim = utf8Length(t) > MAX_LINE || t.includes('\0');
  if (t.trim() === '') {
    state.inDefinition = false;
    return { ...place, text: t, kind: 'blank', lead: t.length, commentAt: -1, braces: [], continues: false, verbatim, delicate: false };
  }
  const d = decommentRaw(t);
  const kind = kindOf(t.slice(d.lead, d.end), d, state);
  const codeEnd = d.commentAt >= 0 ? d.commentAt : t.length;
  return {
    ...place,
    text: t,
    kind,
    lead: d.lead,
    commentAt: d.commentAt,
    braces: kind === 'code' || kind === 'sequence' ? bracesOf(t, d.lead, d.end) : [],
    continues: d.cont,
    verbatim: verbatim || d.openQuote,
    delicate: t.slice(0, codeEnd).includes('\\'),
  };
}

export function scanLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  const state: ScanState = { inDefinition: false };
  let pos = 0;
  for (let index = 0; pos <= text.length; index++) {
    let nl = text.indexOf('\n', pos);
    const last = nl < 0;
    if (last) nl = text.length;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    const next = last ? nl : nl + 1;
    out.push(readLine(text.slice(pos, end), { index, start: pos, end, next }, state));
    if (last) break;
    pos = next;
  }
  return out;
}
