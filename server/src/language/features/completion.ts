/**
 * Completion: the keywords of the block at the cursor (found in the AST, also on an empty line
 * or a half-typed word) — without those the block already has and takes once —, snippets for
 * block keywords and whole-block snippets where their first keyword is valid, enum and on/off
 * values after keywords that take them, names of defined objects where a name is expected,
 * known interfaces after `interface` / `dev`. Nothing is offered that is not valid at the cursor.
 */
import { SYNC_VALUE_OPTIONS } from '../analysis/syncDaemon';
import type { ParsedAddress } from '../analysis/addresses';
import type { ConfigModel } from '../analysis/model';
import { block, lookup, ROOT } from '../catalogue/index';
import { SNIPPETS } from '../catalogue/snippets';
import type { ArgSpec, ArgType, KeywordDef, RefKind } from '../catalogue/types';
import { unknownIn } from '../catalogue/version';
import type { Span } from '../issue';
import { blockAt, type FeatureContext } from './locate';
import { keywordDetail, keywordMarkdown } from './describe';

export type CompletionKind = 'keyword' | 'block' | 'value' | 'reference' | 'interface' | 'snippet';

export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Snippet text (`${1:name}` placeholders) to insert instead of the label. */
  readonly snippet?: string;
  readonly deprecated?: boolean;
  readonly sortText?: string;
  /** What the typed word is matched against, when not the label (a snippet's prefixes). */
  readonly filterText?: string;
}

export interface CompletionResult {
  /** The text the entries replace: the (half-typed) word at the cursor. */
  readonly replace: Span;
  readonly items: CompletionEntry[];
}

export interface CompletionOptions {
  readonly interfaces?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /**
   * Offer keywords when nothing is typed on the line yet (default true). An editor asking
   * because a blank was typed sets it false, so indenting a line does not pop up every keyword.
   */
  readonly keywordsAfterBlank?: boolean;
  /** The keepalived version of the target hosts (`keepalived.version`): keywords it does not know are not offered. */
  readonly keepalivedVersion?: string;
}

/** Example names for the name a block keyword defines. */
const NAME_EXAMPLE: Partial<Record<RefKind, string>> = {
  vrrp_instance: 'VI_1',
  vrrp_script: 'chk_service',
  vrrp_sync_group: 'VG_1',
  track_file: 'track_file_1',
  track_process: 'track_process_1',
  bfd_instance: 'bfd_1',
  virtual_server_group: 'VSG_1',
  track_group: 'TG_1',
  garp_group: 'garp_1',
};

const BOOL_VALUES = ['on', 'off', 'true', 'false', 'yes', 'no'];

const escapeSnippet = (s: string) => s.replace(/[$}\\]/g, '\\$&');

function placeholder(a: ArgSpec, n: number): string {
  const t = a.type;
  if (t.kind === 'name') return `\${${n}:${escapeSnippet(NAME_EXAMPLE[t.defines] ?? a.name)}}`;
  if (t.kind === 'enum' && t.values.length > 0) return `\${${n}|${t.values.map((v) => v.replace(/[,|$}\\]/g, '\\$&')).join(',')}|}`;
  return `\${${n}:${escapeSnippet(a.name)}}`;
}

/** A word of a syntax line as a snippet part: `<seconds 1-86400>` a placeholder, `MTU|ADVERT|<bytes>` a choice of its words. */
function syntaxWord(word: string, n: number): string {
  if (word.includes('|')) {
    const words = word.split('|').filter((w) => /^[A-Za-z0-9_-]+$/.test(w));
    if (words.length > 0) return `\${${n}|${words.join(',')}|}`;
  }
  const m = /^<([^ >]+)[^>]*>$/.exec(word);
  return m ? `\${${n}:${escapeSnippet(m[1]!)}}` : escapeSnippet(word);
}

/**
 * The arguments of a free-form keyword as snippet text: its `insertArgs`, else the required words of
 * the first form of its syntax line (optional `[...]` parts left out), each `<...>` a placeholder.
 */
function freeformArgs(def: KeywordDef): string {
  if (def.insertArgs !== undefined) return def.insertArgs;
  const syntax = def.syntax ?? '';
  if (!syntax.startsWith(`${def.name} `)) return '';
  let required = '';
  let depth = 0;
  for (const c of syntax.slice(def.name.length).split(' | ')[0]!) {
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (depth === 0) required += c;
  }
  // `<seconds 1-86400>` is one word
  const words = (required.match(/<[^>]*>|\S+/g) ?? []).filter((w) => w !== '...');
  return words.map((w, i) => syntaxWord(w, i + 1)).join(' ');
}

/** The snippet for a keyword: required arguments as placeholders, `{ }` for block keywords. */
export function keywordSnippet(def: KeywordDef): string | undefined {
  const required = (def.args ?? []).filter((a) => !a.optional);
  const opensBlock = def.opens !== undefined || def.values !== undefined;
  const free = def.freeform && !def.args ? freeformArgs(def) : '';
  if (required.length === 0 && !opensBlock && free === '') return undefined;
  let n = 1;
  let s = escapeSnippet(def.name);
  for (const a of required) s += ` ${placeholder(a, n++)}`;
  if (free !== '') s += ` ${free}`;
  if (opensBlock) s += ' {\n\t$0\n}';
  return s;
}

/**
 * The keywords of a block, without those it already has and takes only once (a value or a flag
 * that is not repeatable: a second `priority` only replaces the first). `present`: the keywords
 * of the block's other lines.
 */
function keywordEntries(blockId: string, present: ReadonlySet<string>, known: (d: KeywordDef) => boolean): CompletionEntry[] {
  const b = block(blockId);
  if (!b) return [];
  // the reader handles `include` lines in any block
  const include = blockId === ROOT ? [] : [lookup(ROOT, 'include')].filter((d): d is KeywordDef => d !== undefined);
  const once = (d: KeywordDef) => !d.repeatable && d.opens === undefined && d.values === undefined;
  const defs: [KeywordDef, string][] = [
    ...b.keywords.filter((d) => known(d) && !(present.has(d.name) && once(d))).map((d): [KeywordDef, string] => [d, blockId]),
    ...include.map((d): [KeywordDef, string] => [d, ROOT]),
  ];
  return defs.map(([def, where]) => ({
    label: def.name,
    kind: def.opens || def.values ? 'block' : 'keyword',
    detail: keywordDetail(def),
    documentation: keywordMarkdown(def, where),
    snippet: keywordSnippet(def),
    deprecated: def.deprecated !== undefined,
    sortText: `${def.deprecated ? '1' : '0'}${def.name}`,
  }));
}

/** Does the target's keepalived know a keyword? (every keyword, when the version is not set) */
const knownTo =
  (version: string | undefined) =>
  (d: KeywordDef): boolean =>
    version === undefined || unknownIn(d, version) === undefined;

/** The whole-block snippets whose first keyword is valid in the block (none in value blocks such as track_script). */
function snippetEntries(blockId: string, known: (d: KeywordDef) => boolean): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  for (const [name, s] of Object.entries(SNIPPETS)) {
    const first = /^\s*([A-Za-z_][\w]*)/.exec(s.body[0] ?? '')?.[1];
    const def = first === undefined ? undefined : lookup(blockId, first);
    if (!def || !known(def)) continue;
    out.push({
      label: name,
      kind: 'snippet',
      detail: s.description,
      snippet: s.body.join('\n'),
      filterText: s.prefix.join(' '),
      sortText: `2${name}`,
    });
  }
  return out;
}

function namesOf(model: ConfigModel, kind: RefKind, skip: ReadonlySet<string> = new Set()): CompletionEntry[] {
  return model.symbols
    .ofKind(kind)
    .filter((o) => !skip.has(o.name))
    .map((o) => ({ label: o.name, kind: 'reference' as const, detail: `${kind} ${o.name}` }));
}

function interfaceEntries(o: CompletionOptions, model: ConfigModel): CompletionEntry[] {
  const names = new Map<string, string>();
  for (const [name, nets] of o.interfaces ?? []) names.set(name, nets.map((n) => `${n.address}/${n.prefix}`).join(', '));
  // interfaces the configuration already names are offered too
  for (const inst of model.instances) if (inst.interface && !names.has(inst.interface.value)) names.set(inst.interface.value, 'used in this configuration');
  return [...names].map(([label, detail]) => ({ label, kind: 'interface' as const, detail }));
}

function valueEntries(t: ArgType, model: ConfigModel, o: CompletionOptions): CompletionEntry[] {
  switch (t.kind) {
    case 'enum':
      return t.values.map((v) => ({ label: v, kind: 'value' as const }));
    case 'bool':
      return BOOL_VALUES.map((v) => ({ label: v, kind: 'value' as const }));
    case 'ref':
      return namesOf(model, t.target);
    case 'interface':
      return interfaceEntries(o, model);
    default:
      return [];
  }
}

/**
 * lvs_sync_daemon's words (`lvs_sync_daemon <interface> [[inst] <vrrp_instance>] [id <syncid>] ...`):
 * the interface first, then the VRRP instance it follows (after the interface or after `inst`).
 */
function syncDaemonEntries(words: readonly string[], model: ConfigModel, o: CompletionOptions): CompletionEntry[] {
  if (words.length === 1) return interfaceEntries(o, model);
  const prev = words[words.length - 1]!;
  if (prev === 'inst' || (words.length === 2 && !SYNC_VALUE_OPTIONS.has(prev))) return namesOf(model, 'vrrp_instance');
  return [];
}

/** Value-block kinds whose lines name objects of a kind. */
const VALUE_NAMES: Record<string, RefKind> = {
  track_script: 'vrrp_script',
  track_file: 'track_file',
  track_process: 'track_process',
  track_bfd: 'bfd_instance',
  instances: 'vrrp_instance',
};

interface LineContext {
  /** Complete words before the cursor on the logical line (after an `@id` prefix and the last brace). */
  readonly words: string[];
  /** The half-typed word at the cursor. */
  readonly partialStart: number;
  readonly partialEnd: number;
  /** The cursor is in a comment or a quoted string. */
  readonly inert: boolean;
}

function lineContext(text: string, offset: number): LineContext {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  let quote = false;
  let segStart = 0;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') quote = !quote;
    else if (!quote && (c === '#' || c === '!')) return { words: [], partialStart: offset, partialEnd: offset, inert: true };
    else if (!quote && (c === '{' || c === '}')) segStart = i + 1;
  }
  if (quote) return { words: [], partialStart: offset, partialEnd: offset, inert: true };
  let seg = before.slice(segStart).replace(/^[ \t]+/, '');
  const cond = /^@\^?\S+[ \t]+/.exec(seg);
  if (cond) seg = seg.slice(cond[0].length);
  const m = /[^ \t"]*$/.exec(seg)!;
  const partial = m[0];
  const words = seg
    .slice(0, seg.length - partial.length)
    .split(/[ \t]+/)
    .filter((w) => w !== '');
  let end = offset;
  while (end < lineEnd && !/[ \t"{}#!\r]/.test(text.charAt(end))) end++;
  return { words, partialStart: offset - partial.length, partialEnd: end, inert: false };
}

export function complete(ctx: FeatureContext, offset: number, o: CompletionOptions = {}): CompletionResult | undefined {
  const { model, file } = ctx;
  const src = model.parsed.files.get(file);
  if (!src) return undefined;
  const lc = lineContext(src.text, offset);
  if (lc.inert) return undefined;
  const replace: Span = { file, start: lc.partialStart, end: lc.partialEnd };
  const { body, owner } = blockAt(model.parsed, file, lc.partialStart);
  const blockId = body?.id ?? ROOT;
  const items: CompletionEntry[] = [];
  if (o.keywordsAfterBlank === false && lc.words.length === 0 && lc.partialStart === lc.partialEnd) return { replace, items };

  if (body?.kind === 'values') {
    const target = VALUE_NAMES[blockId];
    const present = new Set(body.statements.filter((s) => s.keyword.span.start !== lc.partialStart).flatMap((s) => [s.keyword.value]));
    if (lc.words.length === 0) {
      if (target) items.push(...namesOf(model, target, present));
      if (blockId === 'interfaces' || blockId === 'track_interface') items.push(...interfaceEntries(o, model));
    } else {
      const prev = lc.words[lc.words.length - 1];
      if (prev === 'dev') items.push(...interfaceEntries(o, model));
      else if (blockId === 'instances') items.push(...namesOf(model, 'vrrp_instance', new Set(lc.words)));
    }
    return { replace, items };
  }

  const keyword = lc.words[0];
  if (keyword === undefined) {
    // top-level blocks repeat (and an included file adds to its includer): only a block's own lines count
    const lines = body?.statements ?? [];
    const present = new Set(lines.filter((st) => !st.isValue && st.keyword.span.start !== lc.partialStart).map((st) => st.keyword.value));
    const known = knownTo(o.keepalivedVersion);
    // a block the target's keepalived does not know is skipped whole: nothing in it counts
    for (let s = owner; s; s = s.parent) if (s.def && !known(s.def)) return { replace, items };
    items.push(...keywordEntries(blockId, present, known), ...snippetEntries(blockId, known));
    return { replace, items };
  }

  const def = lookup(blockId, keyword);
  const prev = lc.words[lc.words.length - 1];
  if (prev === 'dev' || prev === 'interface') {
    items.push(...interfaceEntries(o, model));
    return { replace, items };
  }
  if (blockId === ROOT && keyword === 'virtual_server' && lc.words.length === 1) {
    items.push(
      { label: 'group', kind: 'value', detail: 'virtual_server group <name>' },
      { label: 'fwmark', kind: 'value', detail: 'virtual_server fwmark <mark>' },
    );
    return { replace, items };
  }
  if (blockId === ROOT && keyword === 'virtual_server' && prev === 'group') {
    items.push(...namesOf(model, 'virtual_server_group'));
    return { replace, items };
  }
  if (blockId === 'global_defs' && keyword === 'lvs_sync_daemon') {
    items.push(...syncDaemonEntries(lc.words, model, o));
    return { replace, items };
  }
  if (!def?.args) return { replace, items };
  const i = lc.words.length - 1;
  const args = def.args;
  const spec = i < args.length ? args[i] : args[args.length - 1]?.repeat ? args[args.length - 1] : undefined;
  if (spec) items.push(...valueEntries(spec.type, model, o));
  return { replace, items };
}
