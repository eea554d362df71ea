/**
 * Renderings of a template without its variables, to lint what holds for every rendering. A
 * variant chooses one branch of every conditional and renders every loop once or not at all;
 * every template line stays on its own line (line numbers are kept), a printed value becomes a
 * value of the type its keyword expects (`priority {{ p }}` → a valid priority; the same
 * expression gets the same value everywhere, different ones different values), and a line that
 * is nothing but printed values — which may stand for any number of lines — renders empty and is
 * remembered as open.
 */
import { BlockContext, blockKeywordValue, bodyWords } from './blockKeyword';
import { OffsetMap, type Piece } from './offsetMap';
import type { Tag } from './scan';
import { keyword, typedValue, Values, literalWords } from './values';
import type { TemplateNode, TemplateStructure } from './structure';
import { inRanges, type Range } from './trim';

export interface SkeletonRendering {
  readonly text: string;
  readonly map: OffsetMap;
  /** Rendering spans of the values standing for expressions (findings there are not real). */
  readonly values: readonly { readonly start: number; readonly end: number; readonly tag: Tag; readonly value: string }[];
  /** 0-based lines that were only printed values (any number of lines may stand there). */
  readonly openLines: ReadonlySet<number>;
  /** 0-based template lines with literal keepalived text this variant renders. */
  readonly renderedLines: ReadonlySet<number>;
  /** Keywords that whitespace control puts on the line of another statement (trim.ts), where they lose their meaning. */
  readonly joins: readonly JoinedKeyword[];
  /** Keywords that whitespace control glues to the value printed after them (`priority {{- p }}` renders `priority100`). */
  readonly glued: readonly GluedKeyword[];
}

/** A keyword at [start, end) of the template, glued to the value of the tag starting at `tag`. */
export interface GluedKeyword {
  readonly start: number;
  readonly end: number;
  readonly keyword: string;
  readonly tag: number;
}

/** A keyword at [start, end) of the template whose line the engine joins to the line (0-based) holding `into`. */
export interface JoinedKeyword {
  readonly start: number;
  readonly end: number;
  readonly keyword: string;
  readonly into: string;
  readonly intoLine: number;
}

type Item =
  | { readonly kind: 'text'; readonly start: number; readonly end: number }
  | { readonly kind: 'value'; readonly tag: Tag }
  | { readonly kind: 'open'; readonly tag: Tag };

/** The choices of one variant: the branch each conditional renders (-1: none), and whether loops render once or not at all. */
export interface Variant {
  readonly branch: ReadonlyMap<TemplateNode, number>;
  readonly loops: 'once' | 'zero';
}

/** Branches a conditional can take: its branches, and none when it has no else. */
const choicesOf = (n: TemplateNode & { kind: 'if' }) => [...n.branches.map((_, i) => i), ...(n.hasElse ? [] : [-1])];

/**
 * The variants that lint a template: every conditional's first branch with loops rendered once;
 * then, for each other branch of each conditional (none included), that branch with the branches
 * that hold it above it and first branches elsewhere; last, loops rendered zero times. Each branch
 * is rendered at least once, and a finding that one flip of one conditional removes does not hold
 * for every rendering. When there are more flips than `max` allows, the last ones share variants
 * (flips of different conditionals that agree on the branches above them), so every branch is
 * still rendered.
 */
export function variantsOf(nodes: readonly TemplateNode[], max: number): Variant[] {
  const flips: Map<TemplateNode, number>[] = [];
  let loops = false;
  const walk = (list: readonly TemplateNode[], path: ReadonlyMap<TemplateNode, number>) => {
    for (const node of list) {
      if (node.kind === 'if') {
        for (const c of choicesOf(node)) {
          const here = new Map(path).set(node, c);
          if (c !== 0) flips.push(here);
          if (c >= 0) walk(node.branches[c]!.body, here);
        }
      } else if (node.kind === 'loop') {
        loops = true;
        walk(node.body, path);
        if (node.empty) walk(node.empty, path);
      } else if (node.kind === 'group') walk(node.body, path);
    }
  };
  walk(nodes, new Map());
  const budget = Math.max(0, max - 1 - (loops ? 1 : 0));
  const out: Variant[] = [{ branch: new Map(), loops: 'once' }, ...packFlips(flips, budget).map((branch) => ({ branch, loops: 'once' as const }))];
  if (loops) out.push({ branch: new Map(), loops: 'zero' });
  return out;
}

/**
 * At most `budget` branch choices covering the flips: one flip each while they fit, else the
 * first ones alone and the rest packed (first fit) into shared variants — as few as hold them all.
 */
function packFlips(flips: readonly Map<TemplateNode, number>[], budget: number): Map<TemplateNode, number>[] {
  if (flips.length <= budget) return [...flips];
  const agree = (a: ReadonlyMap<TemplateNode, number>, b: ReadonlyMap<TemplateNode, number>) => [...b].every(([n, c]) => (a.get(n) ?? c) === c);
  let best: Map<TemplateNode, number>[] = [];
  for (let shared = 1; shared <= budget; shared++) {
    const bins: Map<TemplateNode, number>[] = [];
    let all = true;
    for (const f of flips.slice(budget - shared)) {
      const bin = bins.find((b) => agree(b, f));
      if (bin) for (const [n, c] of f) bin.set(n, c);
      else if (bins.length < shared) bins.push(new Map(f));
      else all = false;
    }
    best = [...flips.slice(0, budget - shared), ...bins];
    if (all) break;
  }
  return best;
}

/** The items a variant renders, in template order. */
function items(nodes: readonly TemplateNode[], v: Variant): Item[] {
  const out: Item[] = [];
  const walk = (list: readonly TemplateNode[]) => {
    for (const node of list) {
      switch (node.kind) {
        case 'text':
          out.push(node);
          break;
        case 'expr':
          out.push({ kind: 'value', tag: node.tag });
          break;
        case 'opaque':
          out.push({ kind: 'open', tag: node.tag });
          break;
        case 'if': {
          const pick = v.branch.get(node) ?? 0;
          if (pick >= 0) walk(node.branches[pick]!.body);
          break;
        }
        case 'loop':
          // a loop rendered zero times renders its `else` when it has one
          if (v.loops === 'once') walk(node.body);
          else if (node.empty) walk(node.empty);
          break;
        case 'group':
          walk(node.body);
          break;
        default:
          break;
      }
    }
  };
  walk(nodes);
  return out;
}

interface LinePart {
  readonly item: Item;
  /** the template line it is on (a joined line holds parts of several) */
  readonly line: number;
  /** literal text of a text item (part of it on this line) */
  readonly text?: string;
  readonly start?: number;
}

/** Where a line stands: the block it is in, and the first words of the block its '{' would open. */
interface LineContext {
  readonly parent: string | undefined;
  readonly body: () => readonly string[];
}

/** Render one line's parts: the output text and pieces (offsets relative to `outBase`). */
function renderLine(
  parts: readonly LinePart[],
  outBase: number,
  values: Values,
  out: { pieces: Piece[]; values: SkeletonRendering['values'][number][] },
  context: LineContext,
): { text: string; open: boolean } {
  const literal = parts.map((p) => p.text ?? '').join('');
  // a line of printed values only (or an include) may stand for any number of lines
  if (parts.some((p) => p.item.kind !== 'text') && literal.trim() === '') return { text: '', open: true };
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.text !== undefined) {
      out.pieces.push({ outStart: outBase + text.length, outLength: p.text.length, tplStart: p.start!, tplEnd: p.start! + p.text.length, literal: true });
      text += p.text;
      continue;
    }
    if (p.item.kind !== 'value') continue;
    const tag = p.item.tag;
    const after = parts
      .slice(i + 1)
      .map((x) => x.text ?? (x.item.kind === 'value' ? '1' : ''))
      .join('');
    const value = keywordValue(text, after, context) ?? typedValue(text, after, tag, values);
    out.pieces.push({ outStart: outBase + text.length, outLength: value.length, tplStart: tag.start, tplEnd: tag.end, literal: false });
    out.values.push({ start: outBase + text.length, end: outBase + text.length + value.length, tag, value });
    text += value;
  }
  return { text, open: false };
}

/** A value (glued to `head` and `tail`) in the keyword's place of a line that opens a block: the block keyword it may print. */
function keywordValue(before: string, after: string, context: LineContext): string | undefined {
  const head = /\S*$/.exec(before)![0];
  if (before.slice(0, before.length - head.length).trim() !== '' || !/\{\s*$/.test(after)) return undefined;
  const tail = /^[^\s{]*/.exec(after)![0];
  return blockKeywordValue(context.parent, head, tail, context.body);
}

/** Render a variant; `stripped`: the whitespace the engine strips around its tags (trim.ts), which may join lines. */
export function renderSkeleton(template: string, structure: TemplateStructure, variant: Variant, stripped: readonly Range[] = []): SkeletonRendering {
  const list = items(structure.nodes, variant);
  const pieces: Piece[] = [];
  const valueList: SkeletonRendering['values'][number][] = [];
  const openLines = new Set<number>();
  const renderedLines = new Set<number>();
  const values = new Values(literalWords(template));
  const blocks = new BlockContext();
  let text = '';
  let line: LinePart[] = [];
  let lineNo = 0;
  // the template line the current rendering line started on, and the newlines stripped since (a joined line)
  let lineStart = 0;
  let joined: number[] = [];
  const joins: JoinedKeyword[] = [];
  const glued: GluedKeyword[] = [];
  const newline = (at: number) => {
    pieces.push({ outStart: text.length, outLength: 1, tplStart: at, tplEnd: at + 1, literal: true });
    text += '\n';
  };
  const endLine = (newlineAt: number | undefined) => {
    const context: LineContext = { parent: blocks.current, body: () => (newlineAt === undefined ? [] : bodyWords(template, newlineAt + 1)) };
    const r = renderLine(line, text.length, values, { pieces, values: valueList }, context);
    if (!r.open) blocks.feed(r.text);
    if (r.open) openLines.add(lineStart);
    else for (const p of line) if (p.text !== undefined && p.text.trim() !== '') renderedLines.add(p.line);
    if (!r.open && joined.length > 0) joins.push(...joinedKeywords(line));
    const glue = r.open ? undefined : gluedKeyword(line, template, stripped);
    if (glue) glued.push(glue);
    text += r.open ? '' : r.text;
    // a joined line keeps the template's line count: the newlines it swallowed follow it
    for (const at of joined) newline(at);
    if (newlineAt !== undefined) newline(newlineAt);
    line = [];
    joined = [];
    lineStart = lineNo + 1;
  };
  // a newline the engine strips joins the next line to this one when this one has keepalived text
  const breakLine = (nl: number) => {
    if (inRanges(stripped, nl) && line.some((p) => p.text !== undefined && p.text.trim() !== '')) joined.push(nl);
    else endLine(nl);
    lineNo++;
  };
  const pushText = (it: Item, from: number, to: number) => {
    for (const [s, e] of keptSpans(stripped, from, to)) line.push({ item: it, text: template.slice(s, e), start: s, line: lineNo });
  };
  // walk the template once; items say what renders, every newline renders
  let pos = 0;
  const advanceGap = (to: number) => {
    // text and tags the variant leaves out: only their newlines render
    for (let i = template.indexOf('\n', pos); i >= 0 && i < to; i = template.indexOf('\n', i + 1)) {
      endLine(i);
      lineNo++;
    }
    pos = to;
  };
  for (const it of list) {
    const start = it.kind === 'text' ? it.start : it.tag.start;
    const end = it.kind === 'text' ? it.end : it.tag.end;
    advanceGap(start);
    if (it.kind === 'text') {
      let from = it.start;
      for (let nl = template.indexOf('\n', from); nl >= 0 && nl < it.end; nl = template.indexOf('\n', from)) {
        pushText(it, from, nl);
        breakLine(nl);
        from = nl + 1;
      }
      pushText(it, from, it.end);
      pos = it.end;
    } else {
      line.push({ item: it, line: lineNo });
      // a tag spanning lines keeps them
      advanceGap(end);
    }
  }
  advanceGap(template.length);
  endLine(undefined);
  return { text, map: new OffsetMap(pieces), values: valueList, openLines, renderedLines, joins, glued };
}

/**
 * The keywords of a joined line that begin a template line of their own after keepalived text
 * of an earlier one: keepalived reads them as values of the statement the line starts with (after
 * a brace, a statement may follow on the same line).
 */
function joinedKeywords(parts: readonly LinePart[]): JoinedKeyword[] {
  const out: JoinedKeyword[] = [];
  const content = (p: LinePart) => (p.text !== undefined ? p.text.trim() !== '' : p.item.kind === 'value');
  const first = parts.find(content);
  if (!first) return out;
  const into = first.text?.trim().split(/[ \t]+/)[0] ?? '';
  let before = '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const startsLine = p.line !== first.line && !parts.slice(0, i).some((q) => q.line === p.line && content(q));
    if (startsLine && p.text !== undefined && content(p) && !/[{}]$/.test(before.trimEnd())) {
      const lead = p.text.length - p.text.trimStart().length;
      const word = /^[^\s{}]+/.exec(p.text.slice(lead))?.[0] ?? '';
      if (keyword(word)) out.push({ start: p.start! + lead, end: p.start! + lead + word.length, keyword: word, into, intoLine: first.line });
    }
    before += p.text ?? (p.item.kind === 'value' ? 'x' : '');
  }
  return out;
}

/**
 * The line's first word when it is a keyword and the engine strips every blank between it and a
 * printed value (`priority {{- p }}`, or `priority` ↵ `{{- p }}`): keepalived reads one word,
 * `priority100`. Literal text glued the same way is already an unknown keyword of the rendering.
 */
function gluedKeyword(parts: readonly LinePart[], template: string, stripped: readonly Range[]): GluedKeyword | undefined {
  const i = parts.findIndex((p) => (p.text !== undefined ? p.text.trim() !== '' : p.item.kind === 'value'));
  const p = parts[i];
  if (p?.text === undefined) return undefined;
  const lead = p.text.length - p.text.trimStart().length;
  const word = p.text.slice(lead);
  const end = p.start! + p.text.length;
  // a keyword that needs a value, on its own: the printed value is meant as that value
  const needsValue = (keyword(word)?.args ?? []).some((a) => !a.optional);
  if (!/^[^\s{}]+$/.test(word) || !needsValue || !/\s/.test(template[end] ?? '') || !inRanges(stripped, end)) return undefined;
  for (const q of parts.slice(i + 1)) {
    if (q.text !== undefined) {
      if (q.text === '') continue;
      return undefined;
    }
    if (q.item.kind !== 'value') continue;
    const tag = q.item.tag;
    // `{{- x | nindent 4 }}` starts with a line break of its own (Helm's idiom)
    return /\bn?indent\b/.test(template.slice(tag.start, tag.end)) ? undefined : { start: p.start! + lead, end, keyword: word, tag: tag.start };
  }
  return undefined;
}

/** The parts of [from, to) that no stripped range covers (`stripped`: sorted, disjoint, as trim.ts makes them). */
function keptSpans(stripped: readonly Range[], from: number, to: number): Range[] {
  if (to <= from) return [];
  if (stripped.length === 0) return [[from, to]];
  const out: Range[] = [];
  let at = from;
  // the first range that ends after `from` (the ones before cannot cover any of it): called once per line, so no scan from the start
  let lo = 0;
  let hi = stripped.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stripped[mid]![1] <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < stripped.length; k++) {
    const [s, e] = stripped[k]!;
    if (e <= at) continue;
    if (s >= to) break;
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
    if (at >= to) break;
  }
  if (at < to) out.push([at, to]);
  return out;
}
