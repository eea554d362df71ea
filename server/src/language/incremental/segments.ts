/**
 * The entry file read in segments: runs of whole lines after which the reader and the block
 * structure are both at rest — no include open, no multi-line `$NAME` definition going on, no block
 * open, no block keyword waiting for its '{', every '{' matched. A top-level block (with the
 * comments after it) is one segment; a block whose braces do not balance runs on into the next.
 *
 * One reader and one parser read the segments in order, exactly as preprocess + parse read the
 * whole file (a fresh block builder per segment is the same builder at rest). After an edit only
 * the segments it touches are read again, from the reader state recorded at the first of them;
 * reading stops at the first old segment boundary (past the edit) where the state equals the one
 * recorded there — the same `$NAME` definitions in force — and the old segments after it are kept,
 * their offsets moved by the edit's length. When that could read differently from a full read
 * (an expansion budget ran out, or two segments include the same file), the whole file is read.
 */
import type { ConfigHost } from '../host';
import type { Issue } from '../issue';
import type { Statement } from '../syntax/ast';
import { walk } from '../syntax/ast';
import type { ParsedConfig } from '../syntax/index';
import { feedLines } from '../syntax/parser';
import {
  MAX_EXPANDED_CHARS,
  MAX_EXPANDED_LINES,
  MAX_SUBSTITUTION_WORK,
  resumableReader,
  sameDefinitions,
  type ConditionalLine,
  type Preprocessed,
  type MidWordComment,
  type PreprocessOptions,
  type ReaderState,
  type RepetitionSite,
} from '../syntax/preprocess';
import type { Definition, VariableUse } from '../syntax/definitions';
import type { IncludeEdge } from '../syntax/includes';
import { SourceFile } from '../syntax/source';
import { SyntaxCode } from '../syntax/codes';
import { AstBuilder, type NamedBlock } from '../syntax/toAst';
import type { KToken } from '../syntax/tokens';
import { cloneIssue, commonPrefix, commonSuffix, shiftSegment, type TextEdit } from './shift';

interface Usage {
  readonly lines: number;
  readonly chars: number;
  readonly work: number;
}

/** One segment of the entry file and everything reading it produced. */
export interface Segment {
  /** [start, end) in the current text of the entry file. */
  start: number;
  end: number;
  readonly tokens: KToken[];
  /** Its top-level statements (with their bodies). */
  readonly statements: Statement[];
  /** The reader's issues, then the block builder's (spans are the segment's own copies). */
  readonly readerIssues: readonly Issue[];
  readonly astIssues: readonly Issue[];
  /** The '{'s that opened nothing. */
  readonly strayOpens: readonly KToken[];
  /** On the last segment: its block builder, which says what the end of the file leaves open. */
  readonly endBuilder: AstBuilder | undefined;
  readonly definitions: readonly Definition[];
  readonly uses: readonly VariableUse[];
  readonly conditionals: readonly ConditionalLine[];
  readonly repetitions: readonly RepetitionSite[];
  readonly includes: readonly IncludeEdge[];
  readonly midWordComments: readonly MidWordComment[];
  /** Files other than the entry that reading it read. */
  readonly included: ReadonlyMap<string, SourceFile>;
  /** `$NAME` definitions in force where it starts. */
  readonly startDefs: ReadonlyMap<string, Definition>;
  readonly usage: Usage;
  /** An expansion budget ran out while reading it (or before, in the same read). */
  readonly stopped: boolean;
  /** A '{' that opened nothing, a block keyword without its '{', a '}' closing nothing, or a value line '{': keepalived's brace-counted skips may then disagree with the structure. */
  readonly braceTrouble: boolean;
  /** Its top-level blocks of the kinds keepalived skips when their name repeats, and whether it skipped each (syntax/toAst.ts). */
  readonly namedBlocks: readonly NamedBlock[];
}

/** What one update changed, for the analysis and validation above. */
export interface SegmentChange {
  /** The whole file was read again. */
  readonly full: boolean;
  /** Segments gone (their objects are no longer in `segments`). */
  readonly removed: readonly Segment[];
  /** Segments read in this update. */
  readonly added: readonly Segment[];
  /** The edit: old text [start, oldEnd) became new text [start, oldEnd + delta); the text around it is the same. */
  readonly edit: TextEdit | undefined;
}

/** Most segments have no reader artifacts: they share one empty list each (never written to). */
const NONE: readonly never[] = [];
const sliceFrom = <T>(list: readonly T[], from: number): readonly T[] => (list.length > from ? list.slice(from) : NONE);

const BRACE_CODES = new Set<string>([SyntaxCode.unexpectedOpenBrace, SyntaxCode.missingOpenBrace, SyntaxCode.extraCloseBrace]);

/** The next line start after `from` where a top-level statement may begin (a line not starting with a blank, `}` or a comment). */
function nextCandidate(text: string, from: number): number {
  let i = text.indexOf('\n', from);
  while (i >= 0 && i + 1 < text.length) {
    const c = text.charCodeAt(i + 1);
    // space, tab, CR, LF, '}', '#', '!'
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10 && c !== 0x7d && c !== 0x23 && c !== 0x21) return i + 1;
    i = text.indexOf('\n', i + 1);
  }
  return text.length;
}

/** The index of the segment holding offset `o` among segments in text order (the last one at the end of the text). */
export function segmentIndexAt(segs: readonly { readonly start: number }[], o: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class SegmentedFile {
  private segs: Segment[] = [];
  private file: SourceFile;
  private parsedCache: ParsedConfig | undefined;

  constructor(
    readonly path: string,
    text: string,
    private readonly host: ConfigHost,
    private readonly options: PreprocessOptions,
  ) {
    this.file = new SourceFile(path, text);
    this.segs = this.read(0, undefined, undefined).fresh;
  }

  get text(): string {
    return this.file.text;
  }

  get segments(): readonly Segment[] {
    return this.segs;
  }

  /** Read the whole file again (included files changed). */
  reset(text: string = this.text): SegmentChange {
    const removed = this.segs;
    this.file = new SourceFile(this.path, text);
    this.segs = this.read(0, undefined, undefined).fresh;
    this.parsedCache = undefined;
    return { full: true, removed, added: this.segs, edit: undefined };
  }

  /** The file's new text: read again what the edit touched. */
  update(text: string): SegmentChange {
    const old = this.text;
    if (text === old) return { full: false, removed: [], added: [], edit: undefined };
    if (this.segs.some((s) => s.stopped)) return this.reset(text);
    const p = commonPrefix(old, text);
    const s = commonSuffix(old, text, Math.min(old.length, text.length) - p);
    const delta = text.length - old.length;
    const oldEditEnd = old.length - s;
    const first = this.indexAt(Math.max(0, p - 1));
    const last = this.indexAt(oldEditEnd);
    const from = this.segs[first]!;
    let usage = { lines: 0, chars: 0, work: 0 };
    for (let k = 0; k < first; k++) usage = add(usage, this.segs[k]!.usage);
    this.file = new SourceFile(this.path, text);
    const names = new Set<string>();
    for (let k = 0; k < first; k++) for (const b of this.segs[k]!.namedBlocks) names.add(b.key);
    const { fresh, resumeAt } = this.read(
      from.start,
      { defs: from.startDefs, expandedLines: usage.lines, expandedChars: usage.chars, substitutionWork: usage.work },
      {
        segs: this.segs,
        k: last + 1,
        delta,
      },
      names,
    );
    const kept = resumeAt === undefined ? [] : this.segs.slice(resumeAt);
    const removed = this.segs.slice(first, resumeAt ?? this.segs.length);
    const shiftFrom = resumeAt === undefined ? undefined : this.segs[resumeAt]!.start;
    if (delta !== 0 && shiftFrom !== undefined) for (const seg of kept) shiftSegment(seg, this.path, delta);
    const next = [...this.segs.slice(0, first), ...fresh, ...kept];
    if (!readsAsWhole(next) || !skipsAsWhole(next)) return this.reset(text);
    this.segs = next;
    this.parsedCache = undefined;
    return { full: false, removed, added: fresh, edit: { start: p, oldEnd: oldEditEnd, delta } };
  }

  /** The parse of the whole file, assembled from the segments (as parseConfig gives it). */
  parsed(): ParsedConfig {
    if (this.parsedCache) return this.parsedCache;
    const segs = this.segs;
    const files = new Map<string, SourceFile>([[this.path, this.file]]);
    for (const s of segs) for (const [p, f] of s.included) if (!files.has(p)) files.set(p, f);
    const cat = <T>(pick: (s: Segment) => readonly T[]): T[] => {
      const out: T[] = [];
      for (const s of segs) {
        const a = pick(s);
        for (let i = 0; i < a.length; i++) out.push(a[i]!);
      }
      return out;
    };
    const issues = cat((s) => s.readerIssues);
    const lastSeg = segs[segs.length - 1];
    const endIssues = lastSeg?.endBuilder?.endIssues(cat((s) => (s === lastSeg ? [] : s.strayOpens))) ?? [];
    const syntaxIssues = [...issues, ...cat((s) => s.astIssues), ...endIssues];
    let tokens: KToken[] | undefined;
    const parsed: ParsedConfig = {
      entry: this.path,
      get tokens(): KToken[] {
        return (tokens ??= cat((s) => s.tokens));
      },
      files,
      issues,
      definitions: cat((s) => s.definitions),
      uses: cat((s) => s.uses),
      conditionals: cat((s) => s.conditionals),
      repetitions: cat((s) => s.repetitions),
      includes: cat((s) => s.includes),
      midWordComments: cat((s) => s.midWordComments),
      statements: cat((s) => s.statements),
      syntaxIssues,
    };
    this.parsedCache = parsed;
    return parsed;
  }

  /** The segment holding offset `o` (the last one at the end of the text). */
  private indexAt(o: number): number {
    return segmentIndexAt(this.segs, o);
  }

  /**
   * Read from `pos` (a segment start) in `state`, segment by segment, to the end of the file or
   * until an old segment (`resume.segs[k...]`, shifted by `resume.delta`) starts where a segment
   * ends with the same definitions in force.
   */
  private read(
    pos: number,
    state: ReaderState | undefined,
    resume: { readonly segs: readonly Segment[]; k: number; readonly delta: number } | undefined,
    names = new Set<string>(),
  ): { fresh: Segment[]; resumeAt: number | undefined } {
    const text = this.file.text;
    const reader = resumableReader(this.file, this.host, this.options, state, pos);
    const out = reader.out;
    const fresh: Segment[] = [];
    let startState = reader.state();
    let start = pos;
    let builder = new AstBuilder(names);
    const mark = () => ({
      tokens: out.tokens.length,
      issues: out.issues.length,
      definitions: out.definitions.length,
      uses: out.uses.length,
      conditionals: out.conditionals.length,
      repetitions: out.repetitions.length,
      includes: out.includes.length,
      midWordComments: out.midWordComments.length,
    });
    let at = mark();
    let parsedTo = 0;
    let limit = nextCandidate(text, pos);
    for (;;) {
      reader.readTo(limit);
      if (out.tokens.length > parsedTo) {
        feedLines(parsedTo === 0 ? out.tokens : out.tokens.slice(parsedTo), builder);
        parsedTo = out.tokens.length;
      }
      const done = reader.done;
      if (!done && !(reader.clean && builder.clean)) {
        limit = nextCandidate(text, limit);
        continue;
      }
      const end = done ? text.length : limit;
      const endState = reader.state();
      fresh.push(this.segment(out, start, end, at, startState, endState, builder, done, reader.stopped));
      if (done) return { fresh, resumeAt: undefined };
      if (resume) {
        while (resume.k < resume.segs.length && resume.segs[resume.k]!.start + resume.delta < end) resume.k++;
        const old = resume.segs[resume.k];
        if (old && old.start + resume.delta === end && sameDefinitions(endState.defs, old.startDefs)) return { fresh, resumeAt: resume.k };
      }
      start = end;
      startState = endState;
      builder = new AstBuilder(names);
      // the segment holds copies: the reader's lists start again empty (no second copy of the file's tokens)
      for (const list of [out.tokens, out.issues, out.definitions, out.uses, out.conditionals, out.repetitions, out.includes, out.midWordComments])
        list.length = 0;
      parsedTo = 0;
      at = mark();
      limit = nextCandidate(text, limit);
    }
  }

  private segment(
    r: Preprocessed,
    start: number,
    end: number,
    at: {
      tokens: number;
      issues: number;
      definitions: number;
      uses: number;
      conditionals: number;
      repetitions: number;
      includes: number;
      midWordComments: number;
    },
    startState: ReaderState,
    endState: ReaderState,
    builder: AstBuilder,
    last: boolean,
    stopped: boolean,
  ): Segment {
    // every file its include lines read, also those an earlier segment read first
    const includes = sliceFrom(r.includes, at.includes);
    const included = new Map<string, SourceFile>();
    if (includes.length > 0) {
      const read = new Set<string>();
      for (const edge of includes) for (const p of edge.files) read.add(p);
      // in the order the reader first read them (as the files of a full parse are)
      for (const [p, f] of r.files) if (read.has(p) && p !== this.path) included.set(p, f);
    }
    const astIssues = builder.issuesSoFar.length > 0 ? builder.issuesSoFar.map(cloneIssue) : NONE;
    const statements = [...builder.topLevel];
    let braceTrouble = astIssues.some((x) => BRACE_CODES.has(x.code)) || (last && builder.endIssues().some((x) => BRACE_CODES.has(x.code)));
    if (!braceTrouble) for (const s of walk(statements)) if (s.isValue && s.keyword.value === '{') braceTrouble = true;
    return {
      start,
      end,
      tokens: r.tokens.slice(at.tokens),
      statements,
      readerIssues: r.issues.length > at.issues ? r.issues.slice(at.issues).map(cloneIssue) : NONE,
      astIssues,
      strayOpens: builder.strayOpensSoFar,
      endBuilder: last ? builder : undefined,
      definitions: sliceFrom(r.definitions, at.definitions),
      uses: sliceFrom(r.uses, at.uses),
      conditionals: sliceFrom(r.conditionals, at.conditionals),
      repetitions: sliceFrom(r.repetitions, at.repetitions),
      includes,
      midWordComments: sliceFrom(r.midWordComments, at.midWordComments),
      included,
      startDefs: startState.defs,
      usage: {
        lines: endState.expandedLines - startState.expandedLines,
        chars: endState.expandedChars - startState.expandedChars,
        work: endState.substitutionWork - startState.substitutionWork,
      },
      stopped,
      braceTrouble,
      namedBlocks: builder.namedBlocks,
    };
  }
}

const add = (a: Usage, b: Usage): Usage => ({ lines: a.lines + b.lines, chars: a.chars + b.chars, work: a.work + b.work });

/**
 * Did each segment skip the duplicate blocks a full read skips? A kept segment was built knowing
 * the names read before it then; an edit before it may have added or removed one.
 */
function skipsAsWhole(segs: readonly Segment[]): boolean {
  const names = new Set<string>();
  for (const s of segs) {
    for (const b of s.namedBlocks) {
      if (names.has(b.key) !== b.skipped) return false;
      names.add(b.key);
    }
  }
  return true;
}

/**
 * Do the segments, each read by the reader it was read with, read as one full read would? Not
 * when a budget ran out (what runs out depends on everything before), the totals pass a budget,
 * or two segments read the same included file (a full read reads it once and charges the second
 * include against the budget).
 */
function readsAsWhole(segs: readonly Segment[]): boolean {
  let total: Usage = { lines: 0, chars: 0, work: 0 };
  const seen = new Set<string>();
  for (const s of segs) {
    if (s.stopped) return false;
    total = add(total, s.usage);
    for (const p of s.included.keys()) {
      if (seen.has(p)) return false;
      seen.add(p);
    }
  }
  return total.lines <= MAX_EXPANDED_LINES && total.chars <= MAX_EXPANDED_CHARS && total.work <= MAX_SUBSTITUTION_WORK;
}
