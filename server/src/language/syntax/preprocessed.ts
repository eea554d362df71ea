/**
 * What the reader (preprocess.ts) produces: the tokens of a parse with everything it met on the
 * way (files, definitions and uses, conditional lines, repetitions, includes, mid-word comments,
 * its own issues), and the state it carries between lines for incremental reading.
 */
import type { Issue, Span } from '../issue';
import type { Definition, VariableUse } from './definitions';
import type { IncludeEdge } from './includes';
import type { SourceFile } from './source';
import type { KToken } from './tokens';

export interface PreprocessOptions {
  /** keepalived's `-i` / `--config-id`; undefined: no `@id` line matches. */
  readonly configId?: string;
  /** The directory standing for the target host's `/` (absolute include paths are read under it). */
  readonly root?: string;
}

export interface ConditionalLine {
  /** The `@id` / `@^id` prefix. */
  readonly span: Span;
  readonly id: string;
  readonly negated: boolean;
  readonly active: boolean;
  /** The whole line it governs. */
  readonly lineSpan: Span;
}

export interface RepetitionSite {
  readonly span: Span;
  readonly vars: readonly string[];
  readonly rounds: number;
}

/** A `#` or `!` glued to a word: keepalived cuts the word there (`auth_pass ab#cd` is `ab`). */
export interface MidWordComment {
  /** The comment character and the rest of the word it hides. */
  readonly span: Span;
  /** What keepalived keeps of the word. */
  readonly kept: string;
  /** What it drops (up to the next blank). */
  readonly dropped: string;
}

export interface Preprocessed {
  readonly entry: string;
  readonly tokens: KToken[];
  readonly files: Map<string, SourceFile>;
  readonly issues: Issue[];
  readonly definitions: Definition[];
  readonly uses: VariableUse[];
  readonly conditionals: ConditionalLine[];
  readonly repetitions: RepetitionSite[];
  readonly includes: IncludeEdge[];
  readonly midWordComments: MidWordComment[];
}

/** What the reader carries from one line of the entry file to the next, where incremental reading may restart. */
export interface ReaderState {
  /** `$NAME` definitions in force (built-ins included). */
  readonly defs: ReadonlyMap<string, Definition>;
  readonly expandedLines: number;
  readonly expandedChars: number;
  readonly substitutionWork: number;
}

/**
 * The reader, paused between lines of the entry file (incremental re-reading, language/incremental):
 * it starts at a line with a given state and reads up to a limit, as often as asked.
 */
export interface ResumableReader {
  readonly out: Preprocessed;
  /** Read until the entry file's next line starts at or after `limit` (or the file ends); what earlier lines produced is read first. */
  readTo(limit: number): void;
  /** Paused between two lines of the entry file with nothing in progress (no include open, no multi-line definition, no rest of a line). */
  readonly clean: boolean;
  /** The entry file is read to its end. */
  readonly done: boolean;
  /** The state now (the definitions map is shared until it changes). */
  state(): ReaderState;
  /** An expansion or substitution budget ran out (the results depend on everything read before). */
  readonly stopped: boolean;
}
