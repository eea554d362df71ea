/**
 * Reference resolution as keepalived does it, which is stricter than "the name exists somewhere":
 *
 * - VRRP trackers (`track_script`, `track_file`, `track_process`, `track_bfd`) and FILE_CHECK /
 *   BFD_CHECK look the name up while the line is read, so the object must be defined *earlier*
 *   in reading order (includes expanded); a later definition is "not found".
 * - A vrrp_script without a (non-empty) `script` line, a track_file without a `file` path or a
 *   vrrp_track_process without a `process`, is dropped at its closing brace, and its references
 *   find nothing.
 * - A second definition of a name is dropped (vrrp_instance, vrrp_sync_group, bfd_instance are
 *   reported; vrrp_script, track_file, vrrp_track_process are silently shadowed), and keepalived
 *   skips the body of a dropped instance or sync group, so references inside it are never looked up.
 * - `virtual_server group NAME` and sync-group members are resolved after the whole file is read.
 * - Each keepalived process reads the whole file but skips the top-level blocks it does not own
 *   (the VRRP process skips global_defs and the LVS blocks, the checker process global_defs and
 *   the VRRP blocks) by counting braces. A `{` that the owning process ignores ("Unexpected '{'")
 *   makes that skip run past the block's real end, and the definitions it swallows do not exist
 *   for that process (keepalived.conf with vrrp_script blocks inside global_defs does this).
 */
import type { RefKind } from '../catalogue/types';
import { child, statementsNamed, walk, type Statement, type Word } from '../syntax/ast';
import { scriptCommand } from './command';
import { collectPerBlockFrom, topOf, wholeOf, type ConfigModel } from './model';
import type { NamedObject, Reference } from './symbols';
import { SyntaxCode } from '../syntax/codes';

/** Kinds looked up while the referring line is read (definition must come first). */
const RESOLVED_WHILE_READING: ReadonlySet<RefKind> = new Set(['vrrp_script', 'track_file', 'track_process', 'bfd_instance']);

/** Kinds whose duplicate definition makes keepalived skip the whole block. */
const SKIPPED_WHEN_DUPLICATE: ReadonlySet<RefKind> = new Set(['vrrp_instance', 'vrrp_sync_group']);

export type Resolution =
  /** Found and usable. */
  | { readonly kind: 'ok'; readonly target: NamedObject }
  /** Not defined anywhere (with the nearest candidates available for a suggestion). */
  | { readonly kind: 'missing' }
  /** Defined, but only after the reference: keepalived has not read it yet. */
  | { readonly kind: 'later'; readonly target: NamedObject }
  /** Defined, but keepalived removes the object (a vrrp_script without a script). */
  | { readonly kind: 'removed'; readonly target: NamedObject }
  /** Defined, but the process that needs it never reads it: `by` is the block whose skip swallows it. */
  | { readonly kind: 'hidden'; readonly target: NamedObject; readonly by: Statement };

/** The keepalived processes that read a configuration. */
export type Process = 'vrrp' | 'checker';

export interface References {
  /** Reading-order index of every statement (includes expanded in place). */
  order(s: Statement): number;
  /** The reference is inside a block keepalived skips (a duplicate instance or sync group, or a block its process never reads). */
  inSkippedBlock(s: Statement): boolean;
  /** The block whose brace-counted skip hides `s` from `process`, if any. */
  hiddenBy(s: Statement, process: Process): Statement | undefined;
  resolve(ref: Reference): Resolution;
  /** Effective definitions of a kind (first of each name, not removed). */
  usable(kind: RefKind): NamedObject[];
  /** References that resolve to `obj`. */
  usersOf(obj: NamedObject): Reference[];
}

/** The first word of the `script` line keepalived would run for a vrrp_script, if any. */
export function vrrpScriptCommand(def: Statement): Word | undefined {
  let found: Word | undefined;
  for (const c of def.body?.statements ?? []) {
    if (c.isValue || c.keyword.value !== 'script' || !c.def) continue;
    // keepalived re-reads each `script` line with quoting and escapes (analysis/command.ts) and
    // replaces the command with what it finds; a line that yields no program (`script ""`)
    // leaves the earlier command in place (set_script_params_array returns early).
    if (scriptCommand(c).argv.length > 0) found = c.args[0] ?? c.keyword;
  }
  return found;
}

/** The first `file` line of a track_file that names a path (the one keepalived keeps), if any. */
export function trackFilePath(def: Statement): Word | undefined {
  for (const c of def.body?.statements ?? []) {
    if (!c.isValue && c.def && c.keyword.value === 'file' && c.args[0]) return c.args[0];
  }
  return undefined;
}

/** The first `process` line of a vrrp_track_process that names one (what keepalived watches), if any. */
export function trackedProcess(def: Statement): Word | undefined {
  for (const c of def.body?.statements ?? []) {
    if (!c.isValue && c.def && c.keyword.value === 'process' && c.args[0]) return c.args[0];
  }
  return undefined;
}

/**
 * An object keepalived keeps: a vrrp_script with a script to run, a track_file with a file, a
 * vrrp_track_process with a process (others always).
 */
export function isKept(obj: NamedObject): boolean {
  if (obj.kind === 'vrrp_script') return vrrpScriptCommand(obj.stmt) !== undefined;
  if (obj.kind === 'track_file') return trackFilePath(obj.stmt) !== undefined;
  if (obj.kind === 'track_process') return trackedProcess(obj.stmt) !== undefined;
  return true;
}

const cache = new WeakMap<ConfigModel, References>();

export function references(view: ConfigModel): References {
  const model = wholeOf(view);
  let r = cache.get(model);
  if (!r) {
    r = build(model);
    cache.set(model, r);
  }
  return r;
}

/** Top-level blocks of the checker (LVS) process; track_file and bfd_instance are read by both. */
const CHECKER_BLOCKS = new Set(['virtual_server', 'virtual_server_group', 'SSL']);
const SHARED_BLOCKS = new Set(['track_file', 'vrrp_track_file', 'bfd_instance']);

function ownedBy(kw: string, process: Process): boolean {
  if (kw === 'global_defs') return false;
  if (SHARED_BLOCKS.has(kw)) return true;
  return process === 'checker' ? CHECKER_BLOCKS.has(kw) : !CHECKER_BLOCKS.has(kw);
}

/** The value lines `{` of each top-level statement (a block statement never changes once parsed). */
const braceValueLines = new WeakMap<Statement, readonly Statement[]>();

const braceValueLinesIn = (list: readonly Statement[]) => statementsNamed(list, '{').filter((s) => s.isValue);

/** Brace counting and the parse can only disagree where a '{' opened nothing or a value block had no '{'. */
function bracesMatchStructure(model: ConfigModel): boolean {
  for (const i of model.parsed.syntaxIssues)
    if (i.code === SyntaxCode.unexpectedOpenBrace || i.code === SyntaxCode.missingOpenBrace || i.code === SyntaxCode.extraCloseBrace) return false;
  return collectPerBlockFrom(model, braceValueLines, braceValueLinesIn, (list) => list).length === 0;
}

/** Depth-first index of each statement within its top-level statement (computed once per block). */
const localOrder = new WeakMap<Statement, Map<Statement, number>>();

/** Top-level statements a process never reads, with the block whose skip swallows them. */
function hiddenStatements(model: ConfigModel, process: Process): Map<Statement, Statement> {
  const out = new Map<Statement, Statement>();
  if (bracesMatchStructure(model)) return out;
  const tokens = model.parsed.tokens;
  let tokenIndex: Map<object, number> | undefined;
  const indexOf = (t: object): number => {
    tokenIndex ??= new Map(tokens.map((k, i) => [k as object, i]));
    return tokenIndex.get(t) ?? -1;
  };
  const roots = model.parsed.statements;
  for (const [r, s] of roots.entries()) {
    if (!s.def || !s.body?.open || ownedBy(s.keyword.value, process) || out.has(s)) continue;
    const open = indexOf(s.body.open);
    if (open < 0) continue;
    let depth = 0;
    let end = tokens.length;
    for (let i = open; i < tokens.length; i++) {
      const name = tokens[i]!.tokenType.name;
      if (name === 'LCurly') depth++;
      else if (name === 'RCurly' && --depth === 0) {
        end = i;
        break;
      }
    }
    for (const later of roots.slice(r + 1)) {
      const k = indexOf(later.keyword);
      if (k < 0 || k > end) break;
      out.set(later, s);
    }
  }
  return out;
}

function build(model: ConfigModel): References {
  // Reading order: the top-level statement's place, then the place inside it (includes expanded in place).
  let topIndex: Map<Statement, number> | undefined;
  const topPlace = (s: Statement): number | undefined => {
    topIndex ??= new Map(model.parsed.statements.map((t, i) => [t, i]));
    return topIndex.get(topOf(s));
  };
  const localPlace = (s: Statement): number | undefined => {
    const top = topOf(s);
    if (top === s) return 0;
    let local = localOrder.get(top);
    if (!local) {
      local = new Map();
      let n = 0;
      for (const x of walk([top])) local.set(x, n++);
      localOrder.set(top, local);
    }
    return local.get(s);
  };
  const order = (s: Statement): number => {
    const t = topPlace(s);
    const l = t === undefined ? undefined : localPlace(s);
    return t === undefined || l === undefined ? Number.MAX_SAFE_INTEGER : t * 2 ** 24 + l;
  };
  /** `a` is read before `b` (the places inside a block are only counted for two statements of one block). */
  const before = (a: Statement, b: Statement): boolean => {
    const ta = topPlace(a) ?? Number.MAX_SAFE_INTEGER;
    const tb = topPlace(b) ?? Number.MAX_SAFE_INTEGER;
    if (ta !== tb || ta === Number.MAX_SAFE_INTEGER) return ta < tb;
    return order(a) < order(b);
  };

  const hidden: Record<Process, Map<Statement, Statement> | undefined> = { vrrp: undefined, checker: undefined };
  const hiddenBy = (s: Statement, process: Process): Statement | undefined => {
    const map = (hidden[process] ??= hiddenStatements(model, process));
    if (map.size === 0) return undefined;
    let root = s;
    while (root.parent) root = root.parent;
    return map.get(root);
  };

  const skipped = new Set<Statement>();
  for (const d of model.symbols.definitions) if (d.duplicateOf && SKIPPED_WHEN_DUPLICATE.has(d.kind)) skipped.add(d.stmt);
  const inSkippedBlock = (s: Statement): boolean => {
    for (let p: Statement | undefined = s; p; p = p.parent) if (skipped.has(p)) return true;
    return hiddenBy(s, processOf(s)) !== undefined;
  };

  const resolve = (ref: Reference): Resolution => {
    const defs = model.symbols.definitionsNamed(ref.kind, ref.name);
    const [firstDefined] = defs;
    if (!firstDefined) return { kind: 'missing' };
    if (!RESOLVED_WHILE_READING.has(ref.kind)) {
      const by = hiddenBy(firstDefined.stmt, processOf(ref.stmt));
      return by ? { kind: 'hidden', target: firstDefined, by } : { kind: 'ok', target: firstDefined };
    }
    // The first definition read before the reference is the one keepalived finds.
    const earlier = defs.filter((d) => before(d.stmt, ref.stmt));
    const [first] = earlier;
    if (!first) return { kind: 'later', target: firstDefined };
    const process = processOf(ref.stmt);
    const by = hiddenBy(first.stmt, process);
    if (by) return { kind: 'hidden', target: first, by };
    if (!isKept(first)) {
      // keepalived dropped it; a later same-name script / track_file defined before the reference is then found.
      const next = earlier.find((d) => isKept(d));
      return next ? { kind: 'ok', target: next } : { kind: 'removed', target: first };
    }
    return { kind: 'ok', target: first };
  };

  // A reference resolves only to a definition of its own kind and name: the users of an object are
  // found among the references to its name, when asked.
  const users = new Map<NamedObject, Reference[]>();
  const usersOf = (obj: NamedObject): Reference[] => {
    let list = users.get(obj);
    if (!list) {
      list = [];
      for (const ref of model.symbols.referencesTo(obj.kind, obj.name)) {
        if (inSkippedBlock(ref.stmt)) continue;
        const res = resolve(ref);
        if (res.kind === 'ok' && res.target === obj) list.push(ref);
      }
      users.set(obj, list);
    }
    return list;
  };

  const usable = (kind: RefKind): NamedObject[] => model.symbols.ofKind(kind).filter((d) => isKept(d));
  return { order, inSkippedBlock, hiddenBy, resolve, usable, usersOf };
}

/** The process that reads a statement: the checker for LVS blocks, the VRRP process otherwise. */
export function processOf(s: Statement): Process {
  let root = s;
  while (root.parent) root = root.parent;
  return CHECKER_BLOCKS.has(root.keyword.value) ? 'checker' : 'vrrp';
}

/** The statement a value-line reference belongs to, for messages: `track_script` etc. */
export function referenceContext(ref: Reference): string {
  if (ref.stmt.isValue) return ref.stmt.parent?.keyword.value ?? ref.stmt.blockId;
  return `${ref.stmt.blockId} ${ref.stmt.keyword.value}`;
}

/** The instance or sync group that holds a track line, if any. */
export function ownerOf(s: Statement): Statement | undefined {
  for (let p = s.parent; p; p = p.parent) {
    if (p.keyword.value === 'vrrp_instance' || p.keyword.value === 'vrrp_sync_group') return p;
  }
  return undefined;
}

/** The `group { }` statement of a sync group (the first one). */
export function syncGroupBlock(sg: Statement): Statement | undefined {
  return child(sg, 'group');
}
