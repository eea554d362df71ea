/**
 * Go to definition, find references and rename for named objects (vrrp_script, vrrp_instance,
 * vrrp_sync_group, track_file, vrrp_track_process, bfd_instance, virtual_server_group...) and for
 * `$NAME` parameters, across every file the configuration reads.
 */
import type { ConfigModel } from '../analysis/model';
import type { RefKind } from '../catalogue/types';
import type { Span } from '../issue';
import type { Word } from '../syntax/ast';
import type { ParsedConfig } from '../syntax/index';
import { BUILTIN_PARAMETERS } from '../syntax/definitions';
import { KIND_TITLE } from '../catalogue/kinds';
import { contains, nameSpan, placeOf, textOf, wordAt, type FeatureContext } from './locate';

export type SymbolTarget =
  | { readonly kind: 'object'; readonly refKind: RefKind; readonly name: string; readonly word: Word }
  | { readonly kind: 'parameter'; readonly name: string; readonly span: Span };

export interface RenameEdit {
  readonly span: Span;
  readonly newText: string;
}

export type RenameResult = { readonly edits: RenameEdit[] } | { readonly error: string };
export type PrepareRenameResult = { readonly span: Span; readonly placeholder: string } | { readonly error: string };

const NAME_CHAR = /[A-Za-z0-9_]/;

/** The `$NAME` (or `${NAME...}`) at `offset`, from definitions, uses and the text of lines keepalived does not substitute. */
function parameterAt(p: ParsedConfig, file: string, offset: number): { name: string; span: Span } | undefined {
  for (const d of p.definitions) if (d.span && contains(d.span, file, offset)) return { name: d.name, span: d.span };
  for (const u of p.uses) {
    if (contains(u.span, file, offset) && nameInUse(p, u.span, u.name)) return { name: u.name, span: u.span };
  }
  for (const region of textRegions(p)) {
    if (!contains(region, file, offset)) continue;
    const t = textOf(p, region);
    const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const start = region.start + m.index;
      if (offset >= start && offset <= start + m[0].length) return { name: m[1]!, span: { file, start, end: start + m[0].length } };
    }
  }
  return undefined;
}

/** Is the text at a use span `$NAME` / `${NAME...}` written there (not text of an outer expansion)? */
function nameInUse(p: ParsedConfig, span: Span, name: string): boolean {
  const t = textOf(p, span);
  return t === `$${name}` || (t.startsWith(`\${${name}`) && !NAME_CHAR.test(t[name.length + 2] ?? ''));
}

/** Text keepalived reads without recording uses: definition values, `~SEQ` headers, inactive `@id` lines. */
function textRegions(p: ParsedConfig): Span[] {
  const out: Span[] = [];
  for (const d of p.definitions) if (d.valueSpan) out.push(d.valueSpan);
  for (const r of p.repetitions) out.push(r.span);
  for (const c of p.conditionals) if (!c.active) out.push(c.lineSpan);
  return out;
}

export function symbolAt(ctx: FeatureContext, offset: number): SymbolTarget | undefined {
  const p = ctx.model.parsed;
  const param = parameterAt(p, ctx.file, offset);
  if (param) return { kind: 'parameter', ...param };
  const hit = wordAt(p, ctx.file, offset);
  if (!hit) return undefined;
  const s = ctx.model.symbols;
  const def = s.definitions.find((d) => d.nameWord === hit.word);
  if (def) return { kind: 'object', refKind: def.kind, name: def.name, word: hit.word };
  const ref = s.references.find((r) => r.word === hit.word);
  if (ref) return { kind: 'object', refKind: ref.kind, name: ref.name, word: hit.word };
  return undefined;
}

/** Where `$NAME` is written: definitions (`$NAME` of `$NAME=`) and uses, name part only. */
function parameterOccurrences(p: ParsedConfig, name: string): { declarations: Span[]; uses: Span[]; builtin: boolean } {
  const declarations: Span[] = [];
  const uses: Span[] = [];
  const seen = new Set<string>();
  const add = (list: Span[], s: Span) => {
    const k = `${s.file}\0${s.start}`;
    if (!seen.has(k)) {
      seen.add(k);
      list.push(s);
    }
  };
  for (const d of p.definitions) if (d.name === name && d.span) add(declarations, { file: d.span.file, start: d.span.start + 1, end: d.span.end });
  let builtin = false;
  for (const u of p.uses) {
    if (u.name !== name) continue;
    if (u.definition && !u.definition.span) builtin = true;
    if (!nameInUse(p, u.span, name)) continue;
    const off = textOf(p, u.span)[1] === '{' ? 2 : 1;
    add(uses, { file: u.span.file, start: u.span.start + off, end: u.span.start + off + name.length });
  }
  for (const region of textRegions(p)) {
    const t = textOf(p, region);
    const re = /\$(\{?)([A-Za-z_][A-Za-z0-9_]*)/g;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (m[2] !== name) continue;
      const start = region.start + m.index + 1 + m[1]!.length;
      add(uses, { file: region.file, start, end: start + name.length });
    }
  }
  return { declarations, uses, builtin };
}

function objectOccurrences(model: ConfigModel, kind: RefKind, name: string): { declarations: Word[]; uses: Word[] } {
  return {
    declarations: model.symbols.definitions.filter((d) => d.kind === kind && d.name === name).map((d) => d.nameWord),
    uses: model.symbols.referencesTo(kind, name).map((r) => r.word),
  };
}

/** Where the symbol at `offset` is defined (the effective definition first). */
export function definitionOf(ctx: FeatureContext, offset: number): Span[] {
  const t = symbolAt(ctx, offset);
  if (!t) return [];
  const p = ctx.model.parsed;
  if (t.kind === 'parameter') {
    const use = p.uses.find((u) => contains(u.span, ctx.file, offset) && u.name === t.name);
    if (use?.definition?.span) return [use.definition.span];
    return p.definitions.filter((d) => d.name === t.name && d.span).map((d) => d.span!);
  }
  const first = ctx.model.symbols.lookup(t.refKind, t.name);
  return first ? [first.nameWord.span] : [];
}

/** Every place the symbol at `offset` is named. */
export function referencesOf(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Span[] {
  const t = symbolAt(ctx, offset);
  if (!t) return [];
  if (t.kind === 'parameter') {
    const o = parameterOccurrences(ctx.model.parsed, t.name);
    return includeDeclaration ? [...o.declarations, ...o.uses] : o.uses;
  }
  const o = objectOccurrences(ctx.model, t.refKind, t.name);
  return (includeDeclaration ? [...o.declarations, ...o.uses] : o.uses).filter((w) => !w.synthetic).map((w) => w.span);
}

/** The places in this file where the symbol at `offset` is named: its definitions (`write`) and uses (`read`), for highlighting. */
export function highlightsOf(ctx: FeatureContext, offset: number): { span: Span; write: boolean }[] {
  const t = symbolAt(ctx, offset);
  if (!t) return [];
  let declarations: Span[];
  let uses: Span[];
  if (t.kind === 'parameter') ({ declarations, uses } = parameterOccurrences(ctx.model.parsed, t.name));
  else {
    const o = objectOccurrences(ctx.model, t.refKind, t.name);
    const spans = (ws: Word[]) => ws.filter((w) => !w.synthetic).map((w) => w.span);
    declarations = spans(o.declarations);
    uses = spans(o.uses);
  }
  const here = (s: Span) => s.file === ctx.file;
  return [...declarations.filter(here).map((span) => ({ span, write: true })), ...uses.filter(here).map((span) => ({ span, write: false }))].sort(
    (a, b) => a.span.start - b.span.start,
  );
}

export function prepareRename(ctx: FeatureContext, offset: number): PrepareRenameResult | undefined {
  const p = ctx.model.parsed;
  const t = symbolAt(ctx, offset);
  if (!t) {
    const hit = wordAt(p, ctx.file, offset);
    if (hit && hit.index === 0 && !hit.stmt.isValue) return { error: 'Keywords cannot be renamed.' };
    if (hit?.word.synthetic) return { error: 'This text comes from a $NAME or ~SEQ expansion; rename the parameter instead.' };
    return {
      error:
        'Only the names of scripts, instances, sync groups, tracked files and processes, BFD instances, virtual server groups and $NAME parameters can be renamed.',
    };
  }
  if (t.kind === 'parameter') {
    const o = parameterOccurrences(p, t.name);
    if (o.declarations.length === 0) return { error: `$${t.name} is not defined by a $${t.name}= line (it is built in or set by ~SEQ / ~LST).` };
    const at = [...o.declarations, ...o.uses].find((s) => s.file === ctx.file && s.start - 2 <= offset && offset <= s.end);
    const span = at ?? { file: ctx.file, start: t.span.start + 1, end: t.span.start + 1 + t.name.length };
    return { span, placeholder: t.name };
  }
  if (t.word.synthetic) return { error: 'This name comes from a $NAME or ~SEQ expansion; rename the parameter instead.' };
  const span = nameSpan(p, t.word);
  if (!span) return { error: 'This name is written with escapes; rename it by hand.' };
  return { span, placeholder: t.name };
}

const VALID_OBJECT_NAME = /^[^\s"{}#!\\$]+$/;
const VALID_PARAMETER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function rename(ctx: FeatureContext, offset: number, newName: string): RenameResult {
  const prep = prepareRename(ctx, offset);
  if (!prep) return { error: 'Nothing to rename here.' };
  if ('error' in prep) return prep;
  const p = ctx.model.parsed;
  const t = symbolAt(ctx, offset)!;
  if (t.kind === 'parameter') {
    if (!VALID_PARAMETER.test(newName)) return { error: `'${newName}' is not a parameter name (a letter or _, then letters, digits or _).` };
    const taken = newName === t.name ? undefined : parameterTaken(p, newName, ctx.file);
    if (taken) return { error: taken };
    const o = parameterOccurrences(p, t.name);
    return { edits: [...o.declarations, ...o.uses].map((span) => ({ span, newText: newName })) };
  }
  if (!VALID_OBJECT_NAME.test(newName) || newName.startsWith('@') || newName.startsWith('~')) {
    return { error: `'${newName}' cannot be a name: no blanks, quotes, braces, comment characters, backslashes or $, and no leading @ or ~.` };
  }
  const other = newName === t.name ? undefined : ctx.model.symbols.lookup(t.refKind, newName);
  if (other) {
    return {
      error: `A ${KIND_TITLE[t.refKind]} named '${newName}' is already defined (${placeOf(p, other.nameWord.span, ctx.file)}): keepalived would keep only the first of the two.`,
    };
  }
  const o = objectOccurrences(ctx.model, t.refKind, t.name);
  const edits: RenameEdit[] = [];
  for (const w of [...o.declarations, ...o.uses]) {
    if (w.synthetic) return { error: `'${t.name}' is also named through a $NAME or ~SEQ expansion (${where(p, w.span)}); rename there by hand.` };
    const span = nameSpan(p, w);
    if (!span) return { error: `'${t.name}' is written with escapes at ${where(p, w.span)}; rename it by hand.` };
    edits.push({ span, newText: newName });
  }
  return { edits };
}

/** Why `$name` cannot be the new name of a parameter (keepalived defines it, or a `$name=` line does), if it cannot. */
function parameterTaken(p: ParsedConfig, name: string, file: string): string | undefined {
  if (BUILTIN_PARAMETERS.includes(name)) return `$${name} is a parameter keepalived defines itself: the uses would read its value instead.`;
  const d = p.definitions.find((x) => x.name === name && x.span);
  return d?.span ? `$${name} is already defined (${placeOf(p, d.span, file)}): the two parameters would become one.` : undefined;
}

function where(p: ParsedConfig, s: Span): string {
  const f = p.files.get(s.file);
  if (!f) return s.file;
  return `${s.file.slice(s.file.lastIndexOf('/') + 1)}:${f.positionAt(s.start).line + 1}`;
}

/** References of the symbol at `offset` in every context the file is read in, each place once. */
export function referencesAcross(contexts: readonly FeatureContext[], offset: number, includeDeclaration: boolean): Span[] {
  const seen = new Set<string>();
  return contexts
    .flatMap((ctx) => referencesOf(ctx, offset, includeDeclaration))
    .filter((s) => !seen.has(`${s.file}\0${s.start}`) && !!seen.add(`${s.file}\0${s.start}`));
}

/** Rename in every context the file is read in, each place once; the first context's refusal wins. */
export function renameAcross(contexts: readonly FeatureContext[], offset: number, newName: string): RenameResult {
  const seen = new Set<string>();
  const edits: RenameEdit[] = [];
  for (const ctx of contexts) {
    const r = rename(ctx, offset, newName);
    if ('error' in r) return r;
    for (const e of r.edits) {
      const k = `${e.span.file}\0${e.span.start}`;
      if (!seen.has(k)) edits.push(e);
      seen.add(k);
    }
  }
  return { edits };
}
