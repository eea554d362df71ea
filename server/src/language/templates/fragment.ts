/**
 * Templates that are one piece of a configuration: a Puppet concat fragment or a Chef conf.d file
 * holding one instance, virtual server or script, or the file an `include` inside a block reads
 * (`HTTP_GET { … }` included from a real_server). Their global_defs and the scripts they track
 * are elsewhere; a piece of a block is linted inside the blocks that hold it (synthetic lines
 * around the rendering, whose own findings are dropped), so its in-block checks still run.
 */
import { blocks, blocksAccepting, ROOT } from '../catalogue/index';
import type { KeywordDef } from '../catalogue/types';
import type { Statement } from '../syntax/ast';
import { BlockContext, uncommented } from './blockKeyword';
import { OffsetMap, type Piece } from './offsetMap';
import type { SkeletonRendering } from './skeleton';
import type { TemplateNode, TemplateStructure } from './structure';

/** Blocks put around the rendering of a piece of a block: the lines that open them, and their closing braces. */
export interface Wrapper {
  readonly open: string;
  readonly close: string;
}

/** A whole configuration by its name (keepalived.conf, keepalived.conf.j2...). */
export const wholeConfigName = (path: string) => /(^|\/)keepalived\.conf([.][^/]*)?$/.test(path);

/** The keywords of the lines of a rendering outside every block (undefined: its braces do not balance). */
function topKeywords(text: string): string[] | undefined {
  const context = new BlockContext();
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (context.depth === 0) {
      const word = /^\s*([^\s{}]+)/.exec(uncommented(line))?.[1];
      if (word !== undefined) out.push(word);
    }
    context.feed(line);
  }
  return context.depth === 0 && !context.extraClose ? out : undefined;
}

/** Arguments that make a synthetic block line valid (addresses from a range templates rarely use). */
function argsOf(k: KeywordDef): string {
  if (k.name === 'virtual_server') return ' 198.51.100.254 80';
  const words = (k.args ?? [])
    .filter((a) => !a.optional)
    .map((a) => (a.type.kind === 'ip' || a.type.kind === 'prefix' || a.type.kind === 'host' ? '198.51.100.253' : a.type.kind === 'port' ? '80' : 'fragment'));
  return words.map((w) => ` ${w}`).join('');
}

/** The block lines that lead from the top level into block `id`, outermost first (undefined: no way there). */
function chainTo(id: string): string[] | undefined {
  const lines: string[] = [];
  for (let b = id; b !== ROOT;) {
    if (lines.length > 6) return undefined;
    const opener = blocks()
      .flatMap((p) => p.keywords.filter((k) => k.opens === b).map((k) => ({ parent: p.id, k })))
      .at(0);
    if (!opener) return undefined;
    lines.unshift(`${opener.k.name}${argsOf(opener.k)} {\n`);
    b = opener.parent;
  }
  return lines;
}

/**
 * The blocks to put around a rendering whose top-level lines all belong inside one block
 * (`HTTP_GET {` → virtual_server and real_server), or undefined for a rendering that starts at
 * the top level, whose braces do not balance, or whose top-level keywords fit no single block
 * (genuine mistakes).
 */
export function fragmentWrapper(text: string): Wrapper | undefined {
  const top = topKeywords(text);
  // a piece whose braces do not balance is linted as it is: its brace findings are real
  if (top === undefined || top.length === 0 || top.some((w) => blocksAccepting(w).includes(ROOT))) return undefined;
  const common = blocksAccepting(top[0]!).filter((b) => top.every((w) => blocksAccepting(w).includes(b)));
  for (const b of common) {
    const chain = chainTo(b);
    if (chain && chain.length > 0) return { open: chain.join(''), close: '}\n'.repeat(chain.length) };
  }
  return undefined;
}

/** A rendering inside the wrapper's blocks: offsets, values and open lines moved; the synthetic text maps to no template text. */
export function wrapRendering(r: SkeletonRendering, w: Wrapper): SkeletonRendering {
  const shift = w.open.length;
  const close = (r.text.endsWith('\n') || r.text === '' ? '' : '\n') + w.close;
  // (the furthest template text: a joined line's newlines follow its text)
  const end = r.map.pieces.reduce((m, p) => Math.max(m, p.tplEnd), 0);
  const pieces: Piece[] = [
    { outStart: 0, outLength: shift, tplStart: 0, tplEnd: 0, literal: false },
    ...r.map.pieces.map((p) => ({ ...p, outStart: p.outStart + shift })),
    { outStart: shift + r.text.length, outLength: close.length, tplStart: end, tplEnd: end, literal: false },
  ];
  const lines = w.open.split('\n').length - 1;
  return {
    text: w.open + r.text + close,
    map: new OffsetMap(pieces),
    values: r.values.map((v) => ({ ...v, start: v.start + shift, end: v.end + shift })),
    openLines: new Set([...r.openLines].map((l) => l + lines)),
    renderedLines: r.renderedLines,
    joins: r.joins,
    glued: r.glued,
  };
}

/** Is rendering offset `o` inside the synthetic lines of a wrapped rendering? */
export function inWrapper(o: number, text: string, w: Wrapper): boolean {
  return o < w.open.length || o >= text.length - w.close.length;
}

/** Top-level blocks a conf.d fragment holds (one template per instance, virtual server or script, as Chef and Puppet modules write them). */
const FRAGMENT_BLOCKS = new Set([
  'vrrp_instance',
  'virtual_server',
  'virtual_server_group',
  'vrrp_sync_group',
  'vrrp_script',
  'vrrp_track_process',
  'track_file',
  'vrrp_track_file',
  'bfd_instance',
]);

/** Loops of the template (outside other loops), in conditionals and groups too. */
function outerLoops(nodes: readonly TemplateNode[]): (TemplateNode & { kind: 'loop' })[] {
  return nodes.flatMap((n) =>
    n.kind === 'loop' ? [n] : n.kind === 'if' ? n.branches.flatMap((b) => outerLoops(b.body)) : n.kind === 'group' ? outerLoops(n.body) : [],
  );
}

/** Where template offset `t` lands in a rendering (the first rendered text at or after it). */
function renderingOffset(r: SkeletonRendering, t: number): number {
  const p = r.map.pieces.find((x) => x.tplEnd > t);
  return p ? p.outStart + (p.literal ? Math.max(0, t - p.tplStart) : 0) : r.text.length;
}

/**
 * A template that is one piece of a configuration: a piece of a block (wrapped), or, named other
 * than keepalived.conf, holding one instance, virtual server or script, with no loop and no
 * include at its top level (a loop or an include inside the block is part of it).
 */
export function isFragment(
  path: string,
  structure: TemplateStructure,
  v: {
    readonly rendering: SkeletonRendering;
    readonly statements: readonly Statement[];
    readonly includes: readonly { readonly span: { file: string; start: number } }[];
  },
  wrapped: boolean,
): boolean {
  if (wrapped) return true;
  if (wholeConfigName(path)) return false;
  const top = v.statements.filter((s) => s.span.file === path);
  const inside = (o: number) => top.some((s) => s.body?.open && s.body.open.span.start < o && (!s.body.close || o < s.body.close.span.start));
  if (v.includes.some((e) => e.span.file === path && !inside(e.span.start))) return false;
  if (outerLoops(structure.nodes).some((n) => !inside(renderingOffset(v.rendering, n.tag.end)))) return false;
  return top.length === 1 && FRAGMENT_BLOCKS.has(top[0]!.keyword.value);
}
