/**
 * The nodes of a project: the configurations no other one includes (an included file is read as
 * part of its includer), each named after its file. Computed here and nowhere else.
 */
import type { ClusterNode } from '../analysis/cluster';
import type { ParsedAddress } from '../analysis/addresses';
import type { ConfigModel } from '../analysis/model';
import { basename, dirname } from '../host';

/**
 * A node's name from its file: `lb1.conf` → lb1, `keepalived.conf.lb1` → lb1, and
 * `<host>/keepalived.conf` → host (Kolla's node_custom_config/keepalived/<host>/keepalived.conf).
 */
export function nodeName(path: string): string {
  const base = basename(path);
  if (base === 'keepalived.conf') {
    const dir = basename(dirname(path));
    return dir === '' || dir === '.' || dir === '/' ? base : dir;
  }
  if (base.startsWith('keepalived.conf.')) return base.slice('keepalived.conf.'.length);
  return base.replace(/\.(conf|cfg|keepalived)$/, '') || base;
}

/** Node names for several paths, made unique by adding parent folders where two would clash. */
export function nodeNames(paths: readonly string[]): string[] {
  const names = paths.map(nodeName);
  // Folders above the one a name already comes from.
  const dirs = paths.map((p) => {
    const parts = dirname(p).split('/').filter(Boolean);
    if (basename(p) === 'keepalived.conf' && parts.length > 0) parts.pop();
    return parts;
  });
  for (let depth = 1; depth <= 8; depth++) {
    const count = new Map<string, number>();
    for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
    if ([...count.values()].every((c) => c === 1)) break;
    const before = [...names];
    before.forEach((name, i) => {
      if (count.get(name)! <= 1) return;
      const folder = dirs[i]?.at(-depth);
      if (folder !== undefined) names[i] = `${folder}/${name}`;
    });
  }
  return names;
}

/** Paths that some other model reads through an include. */
export function includedPaths(models: readonly ConfigModel[]): Set<string> {
  const included = new Set<string>();
  for (const m of models) for (const p of m.parsed.files.keys()) if (p !== m.parsed.entry) included.add(p);
  return included;
}

/** What a node knows besides its configuration. */
export interface NodeFacts {
  /** The node's name (default: from its path, unique among the roots). */
  readonly name?: string;
  /** This node's own interfaces and addresses, when known. */
  readonly interfaces?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /** Networks known to hold for this node. */
  readonly subnets?: ReadonlyMap<string, readonly ParsedAddress[]>;
}

/** The roots among `models` (files no other one includes), as named cluster nodes, in input order. */
export function rootNodes(models: readonly ConfigModel[], facts: (m: ConfigModel) => NodeFacts | undefined = () => undefined): ClusterNode[] {
  const included = includedPaths(models);
  const roots = models.filter((m) => !included.has(m.parsed.entry));
  const names = nodeNames(roots.map((m) => m.parsed.entry));
  return roots.map((model, i) => {
    const f = facts(model);
    return { name: f?.name ?? names[i] ?? nodeName(model.parsed.entry), model, interfaces: f?.interfaces, subnets: f?.subnets };
  });
}

/** The node whose configuration reads `file` (its entry first, then an included file). */
export function ownerOf<N extends { readonly model: ConfigModel }>(nodes: readonly N[], file: string): N | undefined {
  return nodes.find((n) => n.model.parsed.entry === file) ?? nodes.find((n) => n.model.parsed.files.has(file));
}

/** The nodes that run VRRP (the election and the code lens need instances). */
export function vrrpNodes(nodes: readonly ClusterNode[]): ClusterNode[] {
  return nodes.filter((n) => n.model.instances.length > 0);
}

/**
 * The analyses in which a file is read: the open configurations that include it, else the
 * workspace's ones that do, and its own analysis last. Features use the first to see a file in
 * its block context, and all of them to find every reference.
 */
export function readingContexts(
  path: string,
  own: ConfigModel | undefined,
  open: readonly ConfigModel[],
  workspace: () => readonly ConfigModel[],
): ConfigModel[] {
  const reads = (m: ConfigModel) => m !== own && m.parsed.entry !== path && m.parsed.files.has(path);
  const out = open.filter(reads);
  if (out.length === 0) out.push(...workspace().filter((m) => reads(m) && !open.includes(m)));
  if (own && !out.includes(own)) out.push(own);
  return out;
}
