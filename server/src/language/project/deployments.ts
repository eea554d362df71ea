/**
 * The workspace as an operator has it: deployments, and in each the clusters of nodes that run
 * together. Every cluster check, Kolla check, code lens and election preview works on one
 * cluster, never on every file of the workspace.
 *
 *  - A Kolla-Ansible deployment: a globals.yml (set in the settings, or found anywhere in the
 *    folders) with its inventory (set, or found beside or above it). Its nodes are the hosts of
 *    the loadbalancer group: the operator's custom keepalived.conf of a host (a file under the
 *    deployment's folder named after the host), else the configuration Kolla renders.
 *  - An Ansible role: a template rendered for the hosts of its inventory (ansible.cfg or the
 *    settings), the renderings being the nodes.
 *  - Plain files: every other configuration; grouped into clusters by what ties them together
 *    (one VRID on one L2 segment — same subnet, addresses, unicast peers naming each other, or
 *    the same interface name in one folder — or a shared VIP whatever the VRIDs), and the
 *    clusters into deployments by the folder they have in common.
 */
import { groupNodes, type ClusterNode, type ClusterOptions } from '../analysis/cluster';
import type { ConfigModel } from '../analysis/model';
import { roleOf } from '../ansible/project';
import { basename, dirname } from '../host';
import type { KollaContext, KollaPaths } from '../kolla/model';
import type { NodeFacts } from './facts';
import { includedPaths, nodeName, nodeNames } from './nodes';

export type DeploymentKind = 'kolla' | 'ansible' | 'files';

/** A node of the workspace: its configuration and where it comes from. */
export interface WorkspaceNode {
  readonly node: ClusterNode;
  /** The node's own file (absent for a configuration that is rendered). */
  readonly file?: string;
  /** A rendered configuration: what renders it (globals.yml, a template) and for which host. */
  readonly rendered?: { readonly source: string; readonly host: string };
  readonly facts?: NodeFacts;
}

export interface WorkspaceCluster {
  readonly id: string;
  readonly nodes: readonly WorkspaceNode[];
  /** The VRIDs its instances use, ascending. */
  readonly vrids: readonly number[];
  /** Its VIPs (canonical addresses), in first-seen order. */
  readonly vips: readonly string[];
}

export interface KollaDeploymentSource {
  readonly paths: KollaPaths;
  /** The folder whose files may be the deployment's hosts ('/' on the command line: any file named after a host). */
  readonly root: string;
  /** How globals.yml and the inventory were found. */
  readonly how: 'command-line' | 'settings' | 'found';
  /** `found-here`: in the directory the command runs from. */
  readonly inventoryHow?: 'command-line' | 'settings' | 'found' | 'found-here';
  readonly passwordsHow?: 'command-line' | 'settings' | 'found';
}

export interface Deployment {
  readonly id: string;
  readonly kind: DeploymentKind;
  /** Its folder (for plain files, the folder their clusters have in common). */
  readonly root: string;
  /** The files that define it: globals.yml, inventory and passwords.yml; a role's templates and inventory. */
  readonly sources: readonly string[];
  readonly clusters: readonly WorkspaceCluster[];
  /** What the user should know about how it was found (a missing inventory...). */
  readonly notes: readonly string[];
  readonly kolla?: {
    readonly source: KollaDeploymentSource;
    readonly context: KollaContext;
    /** The operator's configurations of its hosts. */
    readonly given: readonly ClusterNode[];
  };
}

export interface WorkspaceModel {
  readonly deployments: readonly Deployment[];
}

/** A file of the workspace, analysed. */
export interface WorkspaceFile {
  readonly path: string;
  readonly model: ConfigModel;
  /** A template: its renderings are the nodes, never the file itself. */
  readonly template?: boolean;
}

/** What building the model needs from the project (kept apart so the model is a pure function). */
export interface WorkspaceSources {
  readonly files: readonly WorkspaceFile[];
  readonly kolla: readonly KollaDeploymentSource[];
  /** The deployment's context, with the facts of its hosts. */
  kollaContext(source: KollaDeploymentSource): KollaContext;
  /** Kolla's nodes (custom configurations and rendered ones) for the given configurations. */
  kollaNodes(ctx: KollaContext, given: readonly ClusterNode[]): { nodes: readonly ClusterNode[]; rendered: ReadonlySet<ClusterNode> };
  /** A template's renderings and the files their variables come from (undefined: nothing gives its variables). */
  templateNodes(path: string): { readonly nodes: readonly ClusterNode[]; readonly sources: readonly string[] } | undefined;
  factsOf(path: string, node: string): NodeFacts;
}

const under = (file: string, folder: string) => folder === '/' || file.startsWith(folder.endsWith('/') ? folder : `${folder}/`);

/** `<dir>/keepalived/keepalived.conf`: Kolla's custom configuration for every host without its own. */
export function isSharedOverride(path: string): boolean {
  return /(^|\/)keepalived\/keepalived\.conf$/.test(path);
}

/** `.../keepalived/<host>/keepalived.conf`: the layout of Kolla's node_custom_config. */
function isCustomConfigLayout(path: string): boolean {
  return /(^|\/)keepalived\/[^/]+\/keepalived\.conf$/.test(path) || isSharedOverride(path);
}

/** The folder two paths have in common. */
export function commonFolder(paths: readonly string[]): string {
  const split = paths.map((p) => dirname(p).split('/'));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n++;
  const out = first.slice(0, n).join('/');
  return out === '' ? '/' : out;
}

/** A node for an analysed file, with its facts. */
function nodeOf(sources: WorkspaceSources, f: WorkspaceFile, name: string): WorkspaceNode {
  const facts = sources.factsOf(f.path, name);
  const subnets = facts.shared.size > 0 ? facts.shared : undefined;
  return { node: { name, model: f.model, interfaces: facts.own.size > 0 ? facts.own : undefined, subnets }, file: f.path, facts };
}

/** A cluster's id, VRIDs and VIPs. */
function describeCluster(id: string, nodes: readonly WorkspaceNode[]): WorkspaceCluster {
  const vrids = new Set<number>();
  const vips = new Set<string>();
  for (const n of nodes)
    for (const i of n.node.model.instances) {
      if (i.dropped) continue;
      if (i.vrid !== undefined) vrids.add(i.vrid);
      for (const v of i.vips) if (v.addr) vips.add(v.addr.address);
    }
  return { id, nodes, vrids: [...vrids].sort((a, b) => a - b), vips: [...vips] };
}

/** The VRIDs and VIPs of some nodes, as a cluster's (for its label). */
export function describeNodes(nodes: readonly ClusterNode[]): WorkspaceCluster {
  return describeCluster(
    '',
    nodes.map((node) => ({ node })),
  );
}

/** Workspace nodes grouped into clusters (see groupNodes). */
function groupWorkspaceNodes(nodes: readonly WorkspaceNode[], options: ClusterOptions): WorkspaceNode[][] {
  const byNode = new Map(nodes.map((n) => [n.node, n]));
  const groups = groupNodes(
    nodes.map((n) => n.node),
    options,
  );
  return groups.map((g) => g.map((n) => byNode.get(n)!));
}

/** Nodes grouped into clusters, each keyed by its first node. */
function clustersOf(deploymentId: string, nodes: readonly WorkspaceNode[], options: ClusterOptions): WorkspaceCluster[] {
  return groupWorkspaceNodes(nodes, options).map((members) => {
    const key = members[0]!.file ?? members[0]!.rendered?.host ?? members[0]!.node.name;
    return describeCluster(`${deploymentId}#${key}`, members);
  });
}

/** A path below a Kolla deployment's folder, relative to it (the layout is judged there). */
function inRoot(source: KollaDeploymentSource, p: string): string {
  return source.root !== '/' && p.startsWith(`${source.root}/`) ? p.slice(source.root.length + 1) : p;
}

/** Two plain files are taken to share a network by interface name only when they sit in one folder. */
export const sameFolder = (a: ClusterNode, b: ClusterNode) => dirname(a.model.parsed.entry) === dirname(b.model.parsed.entry);

export function buildWorkspace(sources: WorkspaceSources): WorkspaceModel {
  const included = includedPaths(sources.files.map((f) => f.model));
  const roots = sources.files.filter((f) => !included.has(f.path));
  const plain = roots.filter((f) => !f.template);
  const claimed = new Set<string>();
  // Kolla deployments, the deepest folder first (a file belongs to the nearest one).
  const kolla = [...sources.kolla].sort((a, b) => b.root.length - a.root.length).map((source) => kollaDeployment(sources, source, plain, claimed));
  const templates = roots.filter((r) => r.template);
  const rest = plain.filter((f) => !claimed.has(f.path));
  return { deployments: [...kolla, ...roleDeployments(sources, templates), ...fileDeployments(sources, rest)] };
}

/**
 * A Kolla deployment: the files below its folder named after its hosts (or laid out as Kolla's
 * custom configurations), and the configurations Kolla renders for the other hosts.
 */
function kollaDeployment(sources: WorkspaceSources, source: KollaDeploymentSource, plain: readonly WorkspaceFile[], claimed: Set<string>): Deployment {
  const ctx = sources.kollaContext(source);
  const hosts = new Set(ctx.model.hosts.map((h) => h.name));
  const mine = plain.filter(
    (f) =>
      !claimed.has(f.path) &&
      under(f.path, source.root) &&
      (hosts.has(nodeName(f.path)) || isSharedOverride(inRoot(source, f.path)) || (hosts.size === 0 && isCustomConfigLayout(inRoot(source, f.path)))),
  );
  for (const f of mine) claimed.add(f.path);
  const given = mine.map((f) => nodeOf(sources, f, nodeName(f.path)));
  const run = sources.kollaNodes(
    ctx,
    given.map((g) => g.node),
  );
  const byNode = new Map(given.map((g) => [g.node, g]));
  const nodes = run.nodes.map(
    (n): WorkspaceNode =>
      byNode.get(n) ?? {
        node: n,
        rendered: { source: source.paths.globals, host: n.name },
        facts: sources.factsOf(`${source.root}/${n.name}/keepalived.conf`, n.name),
      },
  );
  const id = `kolla:${source.paths.globals}`;
  return {
    id,
    kind: 'kolla',
    root: source.root,
    sources: [source.paths.globals, source.paths.inventory, source.paths.passwords].filter((p): p is string => p !== undefined),
    clusters: nodes.length > 0 ? clustersOf(id, nodes, { sameNetwork: true }) : [],
    notes: kollaNotes(source, ctx),
    kolla: { source, context: ctx, given: given.map((g) => g.node) },
  };
}

/** Ansible roles: their templates rendered for the hosts of their inventories. */
function roleDeployments(sources: WorkspaceSources, templates: readonly WorkspaceFile[]): Deployment[] {
  const roles = new Map<string, WorkspaceFile[]>();
  for (const f of templates) {
    const role = roleOf(f.path) ?? dirname(f.path);
    roles.set(role, [...(roles.get(role) ?? []), f]);
  }
  return [...roles].map(([role, templates]): Deployment => {
    const id = `ansible:${role}`;
    const nodes: WorkspaceNode[] = [];
    const inventories = new Set<string>();
    for (const t of templates) {
      const r = sources.templateNodes(t.path);
      if (!r) continue;
      for (const s of r.sources) inventories.add(s);
      for (const n of r.nodes) nodes.push({ node: n, rendered: { source: t.path, host: n.name } });
    }
    return {
      id,
      kind: 'ansible',
      root: role,
      sources: [...templates.map((t) => t.path), ...inventories],
      clusters: clustersOf(id, nodes, { sameNetwork: true }),
      notes:
        inventories.size === 0
          ? [
              'No inventory gives the variables (keepalived.templates.inventory, or an ansible.cfg above the role), nor env files (keepalived.templates.envFiles): the template is checked on its own.',
            ]
          : [],
    };
  });
}

/** Plain files: clusters, grouped into deployments by the folder they have in common. */
function fileDeployments(sources: WorkspaceSources, files: readonly WorkspaceFile[]): Deployment[] {
  const names = nodeNames(files.map((f) => f.path));
  const nodes = files.map((f, i) => nodeOf(sources, f, names[i]!));
  const byFolder = new Map<string, WorkspaceNode[][]>();
  for (const members of groupWorkspaceNodes(nodes, { sameNetwork: sameFolder })) {
    const folder = commonFolder(members.map((m) => m.file!));
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), members]);
  }
  return [...byFolder]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([folder, groups]): Deployment => {
      const id = `files:${folder}`;
      return {
        id,
        kind: 'files',
        root: folder,
        sources: [],
        clusters: groups.map((members) => describeCluster(`${id}#${members[0]!.file!}`, members)),
        notes: [],
      };
    });
}

function kollaNotes(source: KollaDeploymentSource, ctx: KollaContext): string[] {
  const notes: string[] = [];
  const rel = (p: string) => inRoot(source, p);
  const where = source.how === 'found' ? 'found in the workspace' : source.how === 'settings' ? 'set in keepalived.kolla.globals' : 'given on the command line';
  notes.push(`${rel(source.paths.globals)}: ${where}.`);
  if (!source.paths.inventory)
    notes.push(
      'No inventory found (multinode, all-in-one, inventory or hosts beside globals.yml or above it): set keepalived.kolla.inventory to check the hosts.',
    );
  else
    notes.push(
      `${rel(source.paths.inventory)}: ${source.inventoryHow === 'found' ? 'the inventory found beside globals.yml or above it' : source.inventoryHow === 'found-here' ? 'the inventory found in the current directory' : source.inventoryHow === 'settings' ? 'set in keepalived.kolla.inventory' : 'the inventory given'}.`,
    );
  if (!source.paths.passwords) notes.push('No passwords.yml beside globals.yml: the password Kolla renders is unknown and not compared.');
  if (source.paths.inventory && ctx.model.hosts.length === 0) notes.push(`The inventory's ${ctx.model.group.name} group has no host.`);
  return notes;
}

/** Where a file is in the model: its deployment, cluster and node. */
export function locate(model: WorkspaceModel, file: string): { deployment: Deployment; cluster?: WorkspaceCluster; node?: WorkspaceNode } | undefined {
  for (const d of model.deployments) for (const c of d.clusters) for (const n of c.nodes) if (n.file === file) return { deployment: d, cluster: c, node: n };
  for (const d of model.deployments)
    for (const c of d.clusters)
      for (const n of c.nodes) if (n.file !== undefined && n.node.model.parsed.files.has(file)) return { deployment: d, cluster: c, node: n };
  for (const d of model.deployments) {
    if (!d.sources.includes(file)) continue;
    const own = d.clusters.find((c) => c.nodes.some((n) => n.rendered?.source === file));
    return { deployment: d, cluster: own ?? d.clusters[0] };
  }
  return undefined;
}

/** `k8s/lb1.conf` for a path inside a workspace folder, else the path. */
export function relativeTo(folders: readonly string[], p: string): string {
  const f = folders.filter((x) => p === x || p.startsWith(x.endsWith('/') ? x : `${x}/`)).sort((a, b) => b.length - a.length)[0];
  if (f === undefined) return p;
  const rel = p.slice(f.length).replace(/^\/+/, '');
  return rel === '' ? `${basename(f)}/` : rel;
}

/** `VRID 51 · 192.168.50.10` (VRIDs and VIPs; a mismatch shows as two VRIDs). */
export function clusterLabel(c: WorkspaceCluster): string {
  const vrids = c.vrids.length > 0 ? `VRID ${c.vrids.join(', ')}` : 'no VRRP instance';
  const vips = c.vips.length > 2 ? `${c.vips.slice(0, 2).join(', ')}, …` : c.vips.join(', ');
  return vips ? `${vrids} · ${vips}` : vrids;
}

/** `Kolla-Ansible: kolla/etc/kolla/globals.yml`, `Ansible role: ansible/roles/keepalived`, `Files: k8s/`. */
export function deploymentLabel(d: Deployment, folders: readonly string[]): string {
  if (d.kind === 'kolla') return `Kolla-Ansible: ${relativeTo(folders, d.sources[0] ?? d.root)}`;
  if (d.kind === 'ansible') return `${/\/roles\/[^/]+$/.test(d.root) ? 'Ansible role' : 'Templates'}: ${relativeTo(folders, d.root)}`;
  const rel = relativeTo(folders, d.root);
  return `Files: ${rel.endsWith('/') ? rel : `${rel}/`}`;
}
