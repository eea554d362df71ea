/**
 * Incremental linting of one document as it is edited: the same result as lint() (index.ts) on
 * every text, for a fraction of the work on a large file.
 *
 * - Reading: only the segments (top-level blocks) an edit touches are read again (segments.ts).
 * - Analysis: symbols and instances of unchanged segments are kept (model.ts).
 * - Validation: per-block rules (validation/scope.ts) run on views of the segments that changed
 *   and of the segments that may read them — those naming an object a changed segment defined or
 *   named (before or after the edit), or referring to a kind whose set of defined names changed
 *   (suggestions list them). Their findings are kept per segment (their own span objects, moved
 *   with the text). Everything changes at once after an edit to a block other blocks read as a
 *   whole (global_defs, static_*, track_group, anything not a named block) or when braces do not
 *   balance (keepalived's brace-counted skips can then hide any later block). Every other rule runs
 *   on the whole configuration.
 *
 * test/unit/incremental.test.ts applies random edit sequences and compares every result with a
 * fresh lint().
 */
import type { ConfigModel } from '../analysis/model';
import type { NamedObject } from '../analysis/symbols';
import type { VrrpInstance } from '../analysis/vrrp';
import type { RefKind } from '../catalogue/types';
import type { ConfigHost } from '../host';
import type { LintOptions, LintResult } from '../index';
import type { Issue } from '../issue';
import { rules } from '../validation/index';
import { runRules } from '../validation/run';
import { BLOCK_RULES } from '../validation/scope';
import { finish } from '../validation/validate';
import type { Rule, ValidationOptions } from '../validation/rule';
import { IncrementalModel, segmentView, type SegmentSymbols } from './model';
import { SegmentedFile, segmentIndexAt, type Segment, type SegmentChange } from './segments';
import { cloneIssue, moveIssues } from './shift';

/** Named top-level blocks that other blocks read only through their names (see the file comment). */
const LOCAL_BLOCKS = new Set([
  'vrrp_instance',
  'vrrp_script',
  'vrrp_sync_group',
  'virtual_server',
  'virtual_server_group',
  'track_file',
  'vrrp_track_file',
  'vrrp_track_process',
  'bfd_instance',
]);

interface SegmentState {
  /** `kind\0name` of the objects the segment names (references), once each. */
  readonly names: readonly string[];
  /** `kind\0name` of its definitions and of its references (with repeats). */
  readonly defines: readonly string[];
  readonly refs: readonly string[];
  /** Kinds it refers to. */
  readonly refKinds: readonly RefKind[];
  readonly definesSyncGroup: boolean;
  /** An edit here may change what any block reads. */
  readonly global: boolean;
  /** Findings of the per-block rules on it, with the index of their rule in `rules`. */
  found: Issue[];
  foundRule: number[];
  validated: boolean;
}

const key = (kind: RefKind, name: string) => `${kind}\0${name}`;

/** Kinds whose second definition keepalived skips whole (analysis/resolve.ts), references inside included. */
const SKIPPED_WHEN_DUPLICATE = new Set(['vrrp_instance', 'vrrp_sync_group']);

export class IncrementalLinter {
  private readonly file: SegmentedFile;
  private readonly analysis = new IncrementalModel();
  private readonly states = new WeakMap<Segment, SegmentState>();
  private readonly options: LintOptions;
  private readonly ruleOptions: ValidationOptions & LintOptions;
  private result: LintResult | undefined;

  constructor(
    readonly path: string,
    text: string,
    host: ConfigHost,
    options: LintOptions = {},
  ) {
    this.options = options;
    this.ruleOptions = { ...options, fileInfo: options.fileInfo ?? host.stat?.bind(host) };
    this.file = new SegmentedFile(path, text, host, { configId: options.configId, root: options.root });
  }

  get text(): string {
    return this.file.text;
  }

  /** The result for the current text. */
  current(): LintResult {
    this.result ??= this.validate({ full: true, removed: [], added: this.file.segments, edit: undefined });
    return this.result;
  }

  /** The document's new text. */
  update(text: string): LintResult {
    if (!this.result) {
      if (text !== this.file.text) this.file.reset(text);
      return this.current();
    }
    if (text === this.file.text) return this.result;
    this.result = this.validate(this.file.update(text));
    return this.result;
  }

  /** Read everything again (a file it includes, or the settings, changed). */
  reset(text: string = this.file.text): LintResult {
    this.result = this.validate(this.file.reset(text));
    return this.result;
  }

  private stateOf(seg: Segment, symbolsOf: (seg: Segment) => SegmentSymbols): SegmentState {
    let st = this.states.get(seg);
    if (st) return st;
    const own = symbolsOf(seg);
    const names = new Set<string>();
    const defines: string[] = [];
    const refKinds = new Set<RefKind>();
    let definesSyncGroup = false;
    for (const d of own.definitions) {
      const k = key(d.kind, d.name);
      defines.push(k);
      if (d.kind === 'vrrp_sync_group') definesSyncGroup = true;
    }
    const refs: string[] = [];
    for (const r of own.references) {
      refs.push(key(r.kind, r.name));
      names.add(key(r.kind, r.name));
      refKinds.add(r.kind);
    }
    const global = seg.statements.some((s) => !s.def || !s.body || !LOCAL_BLOCKS.has(s.keyword.value));
    // plain lists: one per segment of a large file, and most hold a name or two
    st = { names: [...names], defines, refs, refKinds: [...refKinds], definesSyncGroup, global, found: [], foundRule: [], validated: false };
    this.states.set(seg, st);
    return st;
  }

  private validate(change: SegmentChange): LintResult {
    const { model, symbolsOf } = this.analysis.build(this.file);
    const segs = this.file.segments;
    const states = segs.map((s) => this.stateOf(s, symbolsOf));

    let dirty = this.dirtySegments(change, segs, states);
    // cached findings follow the text (related spans may point anywhere in the file); one touching
    // the edited text is found again
    const edit = change.edit;
    if (edit && !change.full && dirty.size < segs.length) {
      const more = new Set(dirty);
      segs.forEach((seg, i) => {
        const st = states[i]!;
        if (st.validated && !dirty.has(seg) && !moveIssues(st.found, this.path, edit)) more.add(seg);
      });
      dirty = more;
    }
    const blockRules: { rule: Rule; index: number }[] = [];
    rules.forEach((rule, index) => {
      if (BLOCK_RULES.has(rule.id)) blockRules.push({ rule, index });
    });
    if (dirty.size === segs.length && this.validateWhole(model, segs, states, blockRules)) dirty = new Set();
    let instanceOf: Map<NamedObject, VrrpInstance> | undefined;
    segs.forEach((seg, i) => {
      const st = states[i]!;
      if (st.validated && !dirty.has(seg)) return;
      instanceOf ??= new Map(model.instances.map((x) => [x.obj, x]));
      const view = segmentView(model, seg, symbolsOf(seg), instanceOf);
      st.found = [];
      st.foundRule = [];
      for (const { rule, index } of blockRules) {
        for (const issue of runRules([rule], { model: view, options: this.ruleOptions })) {
          st.found.push(cloneIssue(issue));
          st.foundRule.push(index);
        }
      }
      st.validated = true;
    });

    // every finding in the order a full validation gives it: rule by rule, segment by segment
    const byRule: Issue[][] = rules.map(() => []);
    for (const st of states) for (let k = 0; k < st.found.length; k++) byRule[st.foundRule[k]!]!.push(st.found[k]!);
    const raw: Issue[] = [...model.parsed.syntaxIssues];
    rules.forEach((rule, index) => {
      if (BLOCK_RULES.has(rule.id)) raw.push(...byRule[index]!);
      else raw.push(...runRules([rule], { model, options: this.ruleOptions }));
    });
    // (a result holds the cached issue objects: it is valid until the next update, like its model,
    // whose tokens move with the text)
    return { model, issues: finish(raw, model, this.options.severities) };
  }

  /**
   * Every segment at once: the per-block rules run on the whole configuration (cheaper than one
   * view per block) and each finding goes to the segment its span is in; where a per-block rule
   * reports what it finds in a block (the test checks this too). False, having kept nothing, when
   * a finding is in no segment.
   */
  private validateWhole(
    model: ConfigModel,
    segs: readonly Segment[],
    states: readonly SegmentState[],
    blockRules: readonly { rule: Rule; index: number }[],
  ): boolean {
    const inFile = new Map<string, number>();
    segs.forEach((seg, i) => {
      for (const p of seg.included.keys()) inFile.set(p, i);
    });
    const found: Issue[][] = segs.map(() => []);
    const foundRule: number[][] = segs.map(() => []);
    for (const { rule, index } of blockRules) {
      for (const issue of runRules([rule], { model, options: this.ruleOptions })) {
        const k = issue.span.file === this.path ? segmentIndexAt(segs, issue.span.start) : inFile.get(issue.span.file);
        if (k === undefined) return false;
        found[k]!.push(cloneIssue(issue));
        foundRule[k]!.push(index);
      }
    }
    states.forEach((st, i) => {
      st.found = found[i]!;
      st.foundRule = foundRule[i]!;
      st.validated = true;
    });
    return true;
  }

  /** Segments whose per-block findings may have changed. */
  private dirtySegments(change: SegmentChange, segs: readonly Segment[], states: readonly SegmentState[]): ReadonlySet<Segment> {
    const all = (): Set<Segment> => new Set(segs);
    if (change.full) return all();
    if (segs.some((s) => s.braceTrouble) || change.removed.some((s) => s.braceTrouble)) return all();
    const changed = [...change.removed, ...change.added];
    for (const seg of changed) if (!this.states.get(seg) || this.states.get(seg)!.global) return all();
    const st = (seg: Segment) => this.states.get(seg)!;
    // what the changed segments define and name, before and after the edit
    const definedThere = new Set<string>();
    const namedThere = new Set<string>();
    const count = new Map<string, number>();
    const tally = (k: string, n: number) => count.set(k, (count.get(k) ?? 0) + n);
    let syncGroupChanged = false;
    for (const seg of changed) {
      for (const d of st(seg).defines) definedThere.add(d);
      for (const n of st(seg).names) namedThere.add(n);
      if (st(seg).definesSyncGroup) syncGroupChanged = true;
    }
    for (const seg of change.removed) {
      for (const d of st(seg).defines) tally(`d\0${d}`, -1);
      for (const n of st(seg).refs) tally(`r\0${n}`, -1);
    }
    for (const seg of change.added) {
      for (const d of st(seg).defines) tally(`d\0${d}`, 1);
      for (const n of st(seg).refs) tally(`r\0${n}`, 1);
    }
    // kinds of the objects changed blocks define (suggestions list the usable ones: a name, or a
    // vrrp_script's script line, can change which), and whether any name came or went at all
    const kinds = new Set<string>();
    for (const d of definedThere) kinds.add(d.slice(0, d.indexOf('\0')));
    let namesMoved = false;
    for (const n of count.values()) if (n !== 0) namesMoved = true;
    // A segment reads the content of the objects it names (D1), and which of the definitions of a
    // name it holds comes first (D2). It is read by the segments naming what it defines: those
    // change when its references come or go, or when it is a sync group, whose content its members
    // read (D3). Sync groups read each other's members (D4). A definition that changes may change
    // the suggestions of every reference of its kind (D5).
    let readDefiners = namesMoved || syncGroupChanged;
    const dirty = new Set<Segment>(change.added);
    // A block sharing a name with a changed one may now be the duplicate keepalived skips (or no
    // longer be): its references then come or go, as if it changed too (second round).
    const skipsChanged: number[] = [];
    const mark = (round: number) =>
      segs.forEach((seg, i) => {
        if (dirty.has(seg)) return;
        const s = states[i]!;
        let hit = false;
        for (const n of s.names) {
          if (definedThere.has(n) || (namesMoved && namedThere.has(n) && n.startsWith('vrrp_instance\0'))) {
            hit = true;
            break;
          }
        }
        for (const d of s.defines) {
          if (!definedThere.has(d)) continue;
          hit = true;
          if (round === 0 && SKIPPED_WHEN_DUPLICATE.has(d.slice(0, d.indexOf('\0')))) {
            skipsChanged.push(i);
            break;
          }
        }
        if (!hit && readDefiners) {
          for (const d of s.defines) {
            if (namedThere.has(d)) {
              hit = true;
              break;
            }
          }
        }
        if (!hit && kinds.size > 0) {
          for (const k of s.refKinds) if (kinds.has(k)) hit = true;
          if (s.definesSyncGroup && kinds.has('vrrp_instance')) hit = true;
        }
        if (hit) dirty.add(seg);
      });
    mark(0);
    if (skipsChanged.length > 0) {
      for (const i of skipsChanged) for (const n of states[i]!.names) namedThere.add(n);
      namesMoved = true;
      readDefiners = true;
      mark(1);
    }
    return dirty;
  }
}
