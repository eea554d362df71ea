/**
 * Document outline (blocks as a tree: instances with VRID and VIPs, scripts, sync groups,
 * virtual servers with real servers and checkers, `$NAME` definitions) and workspace symbols
 * (every named object and parameter of the configurations given).
 */
import type { ConfigModel } from '../analysis/model';
import type { RefKind } from '../catalogue/types';
import type { Span } from '../issue';
import { child, children, childrenOf, fullSpan, type Statement } from '../syntax/ast';
import type { FeatureContext } from './locate';

export type OutlineKind =
  'namespace' | 'class' | 'function' | 'module' | 'object' | 'array' | 'constant' | 'variable' | 'event' | 'interface' | 'struct' | 'file' | 'field';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: OutlineKind;
  /** The whole block. */
  readonly span: Span;
  /** The part to select (the name). */
  readonly selection: Span;
  readonly children: OutlineSymbol[];
}

const KIND_OF_KEYWORD: Record<string, OutlineKind> = {
  global_defs: 'namespace',
  vrrp_instance: 'class',
  vrrp_script: 'function',
  vrrp_sync_group: 'module',
  vrrp_track_process: 'function',
  track_file: 'function',
  vrrp_track_file: 'function',
  bfd_instance: 'event',
  virtual_server: 'interface',
  virtual_server_group: 'array',
  real_server: 'struct',
  garp_group: 'object',
  track_group: 'module',
  SSL: 'object',
};

const arg = (s: Statement, kw: string): string | undefined => {
  const all = children(s, kw);
  return all[all.length - 1]?.args.map((a) => a.value).join(' ');
};

function detailOf(model: ConfigModel, s: Statement): string | undefined {
  const kw = s.keyword.value;
  const join = (xs: (string | undefined)[]) => xs.filter((x) => x !== undefined && x !== '').join(' · ') || undefined;
  switch (kw) {
    case 'vrrp_instance': {
      const inst = model.instances.find((i) => i.stmt === s);
      if (!inst) return undefined;
      return join([
        inst.vrid !== undefined ? `VRID ${inst.vrid}` : undefined,
        `priority ${inst.effectivePriority}`,
        inst.state,
        inst.vips.length > 0 ? inst.vips.map((v) => v.word.value).join(', ') : undefined,
      ]);
    }
    case 'vrrp_script':
      return arg(s, 'script');
    case 'vrrp_sync_group':
      return (
        children(s, 'group')
          .flatMap((g) => childrenOf(g))
          .flatMap((l) => [l.keyword.value, ...l.args.map((a) => a.value)])
          .join(', ') || undefined
      );
    case 'track_file':
    case 'vrrp_track_file':
      return arg(s, 'file');
    case 'vrrp_track_process':
      return arg(s, 'process');
    case 'bfd_instance':
      return arg(s, 'neighbor_ip') ?? arg(s, 'neighbour_ip');
    case 'virtual_server':
      return join([
        arg(s, 'lb_algo') ?? arg(s, 'lvs_sched'),
        arg(s, 'lb_kind') ?? arg(s, 'lvs_method'),
        arg(s, 'protocol'),
        `${children(s, 'real_server').length} real servers`,
      ]);
    case 'real_server':
      return join([
        arg(s, 'weight') !== undefined ? `weight ${arg(s, 'weight')}` : undefined,
        ...childrenOf(s)
          .filter((c) => c.def?.opens !== undefined)
          .map((c) => c.keyword.value),
      ]);
    case 'url':
      return arg(s, 'path');
    default:
      return undefined;
  }
}

function outlineOf(model: ConfigModel, file: string, stmts: readonly Statement[]): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const s of stmts) {
    const inner = s.body ? outlineOf(model, file, s.body.statements) : [];
    if (s.span.file !== file) {
      out.push(...inner); // an include inside a block: show what this file holds
      continue;
    }
    if (s.isValue) {
      if (s.parent?.body?.kind === 'values') {
        out.push({ name: [s.keyword.value, ...s.args.map((a) => a.value)].join(' '), kind: 'constant', span: s.span, selection: s.keyword.span, children: [] });
      }
      continue;
    }
    if (!s.body) continue;
    const nameWord = s.def?.args?.[0]?.type.kind === 'name' ? s.args[0] : undefined;
    const named = nameWord !== undefined;
    const kw = s.keyword.value;
    const name = nameWord ? nameWord.value : [kw, ...s.args.map((a) => a.value)].join(' ');
    const detailParts = [named ? kw : undefined, detailOf(model, s)].filter((x): x is string => !!x);
    const span = fullSpan(s);
    out.push({
      name,
      detail: detailParts.join(' · ') || undefined,
      kind: KIND_OF_KEYWORD[kw] ?? (s.body.kind === 'values' ? 'array' : 'object'),
      span,
      selection: nameWord ? nameWord.span : s.keyword.span,
      children: inner,
    });
  }
  return out;
}

export function documentSymbols(ctx: FeatureContext): OutlineSymbol[] {
  const { model, file } = ctx;
  const out = outlineOf(model, file, model.parsed.statements);
  for (const d of model.parsed.definitions) {
    if (d.span?.file !== file) continue;
    const span = d.valueSpan && d.valueSpan.file === file ? { file, start: d.span.start, end: Math.max(d.span.end, d.valueSpan.end) } : d.span;
    out.push({ name: `$${d.name}`, detail: d.value.split('\n')[0], kind: 'variable', span, selection: d.span, children: [] });
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return out;
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: OutlineKind;
  /** The keyword that defines it. */
  readonly container: string;
  readonly span: Span;
}

const KIND_OF_REF: Record<RefKind, OutlineKind> = {
  vrrp_instance: 'class',
  vrrp_script: 'function',
  vrrp_sync_group: 'module',
  track_file: 'function',
  track_process: 'function',
  bfd_instance: 'event',
  virtual_server_group: 'array',
  track_group: 'module',
  garp_group: 'object',
};

/** Does `query` match `name` as a case-insensitive subsequence? */
export function fuzzyMatch(query: string, name: string): boolean {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  let j = 0;
  for (let i = 0; i < n.length && j < q.length; i++) if (n[i] === q[j]) j++;
  return j === q.length;
}

/** Named objects, virtual servers and `$NAME` definitions of the configurations, each once. */
export function workspaceSymbols(models: readonly ConfigModel[], query: string): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  const seen = new Set<string>();
  const add = (sym: WorkspaceSymbol) => {
    const key = `${sym.span.file}\0${sym.span.start}`;
    if (seen.has(key) || !fuzzyMatch(query, sym.name)) return;
    seen.add(key);
    out.push(sym);
  };
  for (const m of models) {
    for (const d of m.symbols.definitions) {
      if (d.nameWord.synthetic) continue;
      add({ name: d.name, kind: KIND_OF_REF[d.kind], container: d.stmt.keyword.value, span: d.nameWord.span });
    }
    for (const s of m.parsed.statements) {
      if (s.keyword.value === 'virtual_server' && s.def && s.args.length > 0 && !s.keyword.synthetic) {
        add({ name: s.args.map((a) => a.value).join(' '), kind: 'interface', container: 'virtual_server', span: s.span });
      }
      if (s.keyword.value === 'global_defs' && s.def) {
        const rid = child(s, 'router_id')?.args[0];
        if (rid && !rid.synthetic) add({ name: rid.value, kind: 'namespace', container: 'router_id', span: rid.span });
      }
    }
    for (const d of m.parsed.definitions) if (d.span) add({ name: `$${d.name}`, kind: 'variable', container: 'parameter', span: d.span });
  }
  return out;
}
