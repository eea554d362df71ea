/**
 * The cluster model: several node configurations read together, their VRRP instances grouped
 * into virtual routers (one VRID, one address family, one L2 segment), and the places where two
 * different virtual routers share a VRID on one segment.
 *
 * How instances on different nodes are matched:
 *  - strong links: they share a VIP, or one lists the other's own address as a unicast peer;
 *  - weak links (multicast only): same multicast group and the same network, decided by known
 *    subnets (host facts, `--interface`, VIP prefixes) or, when the nodes were given as one
 *    cluster (`sameNetwork`), by the same interface name.
 * Strongly linked instances form a router. Routers on one segment merge into one (the nodes
 * disagree, e.g. a VIP typo) unless at least two of them have two or more nodes each: then they
 * are two clusters colliding on one VRID.
 */
import type { Span } from '../issue';
import { children } from '../syntax/ast';
import { parseAddress, type Family, type ParsedAddress } from './addresses';
import { addressesOf, globalValue, insideAny, subnetsOf, subnetsOverlap } from './interfaces';
import type { AddressEntry, ConfigModel, VrrpInstance } from './model';

export interface ClusterNode {
  /** The node's name (file name without `.conf`, or the folder of `<host>/keepalived.conf`). */
  readonly name: string;
  readonly model: ConfigModel;
  /** This node's own interfaces and addresses (with prefixes), when known (e.g. Kolla facts). */
  readonly interfaces?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /** Networks per interface name known to hold for this node (settings for its folder): only the network part is used. */
  readonly subnets?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /** Spans whose value we do not know (e.g. Kolla placeholders); findings there are dropped. */
  readonly unknowns?: readonly Span[];
}

export interface ClusterOptions {
  /** Subnets per interface name that hold on every node (`--interface`, settings); only the network part is used. */
  readonly subnets?: ReadonlyMap<string, readonly ParsedAddress[]>;
  /**
   * The nodes were given as one cluster (several files on the command line, a Kolla deployment):
   * multicast instances with the same VRID on interfaces of the same name are taken to share a
   * network unless known subnets say otherwise. Default true; a workspace scan should pass false,
   * or say which nodes were given together (e.g. the files of one folder).
   */
  readonly sameNetwork?: boolean | ((a: ClusterNode, b: ClusterNode) => boolean);
}

/** One instance of one node, with the values the cluster checks compare. */
export interface NodeInstance {
  readonly node: ClusterNode;
  readonly instance: VrrpInstance;
  readonly vrid: number;
  readonly family: Family;
  readonly ifName: string | undefined;
  readonly unicast: boolean;
  /** The multicast group adverts go to (normalised), for multicast instances. */
  readonly mcastGroup: string;
  /** VIP address → its line (only parseable VIPs of the instance's family). */
  readonly vips: ReadonlyMap<string, AddressEntry>;
  /** Networks the instance's interface is known to be on. */
  readonly subnets: readonly ParsedAddress[];
  /** Addresses this node sends adverts from: unicast_src_ip, or its known interface addresses. */
  readonly identities: ReadonlyMap<string, AddressEntry | undefined>;
  /** Unicast peer address → its line (lines whose value is unknown left out). */
  readonly peers: ReadonlyMap<string, AddressEntry>;
  /** Some unicast_peer lines are text whose value is not known (ClusterNode.unknowns): they may list any node. */
  readonly peersUnknown: boolean;
}

/** Does `span` touch text whose value is not known (a template's unknown values, Kolla's placeholders)? */
export function onUnknown(span: Span, unknowns: readonly Span[] | undefined): boolean {
  return !!unknowns?.some((u) => u.file === span.file && span.start < Math.max(u.end, u.start + 1) && u.start < Math.max(span.end, span.start + 1));
}

/** Instances of different nodes that run one virtual router. */
export interface VirtualRouter {
  readonly vrid: number;
  readonly family: Family;
  /** One instance per node, in node order. */
  readonly members: readonly NodeInstance[];
}

/** Two or more virtual routers (different clusters) using one VRID on one segment. */
export interface VridCollision {
  readonly vrid: number;
  readonly family: Family;
  readonly routers: readonly VirtualRouter[];
}

export interface ClusterModel {
  readonly nodes: readonly ClusterNode[];
  readonly options: ClusterOptions;
  readonly instances: readonly NodeInstance[];
  readonly routers: readonly VirtualRouter[];
  readonly collisions: readonly VridCollision[];
}

const DEFAULT_GROUP: Record<Family, string> = { 4: '224.0.0.18', 6: 'ff02::12' };

function mcastGroup(model: ConfigModel, inst: VrrpInstance, family: Family): string {
  const own = inst.mcastDstIp ? parseAddress(inst.mcastDstIp.value, false) : undefined;
  if (own && own.family === family) return own.address;
  const g = globalValue(model, family === 4 ? 'vrrp_mcast_group4' : 'vrrp_mcast_group6');
  const ga = g ? parseAddress(g.value, false) : undefined;
  return ga && ga.family === family ? ga.address : parseAddress(DEFAULT_GROUP[family], false)!.address;
}

function describe(node: ClusterNode, inst: VrrpInstance, options: ClusterOptions): NodeInstance | undefined {
  if (inst.dropped || inst.vrid === undefined) return undefined;
  const model = node.model;
  const family: Family = inst.family ?? 4;
  const ifName = inst.interface?.value ?? (inst.unicastPeers.length === 0 ? model.globals.defaultInterface?.value : undefined);
  const vips = new Map<string, AddressEntry>();
  for (const e of inst.vips) if (e.addr && e.addr.family === family && !vips.has(e.addr.address)) vips.set(e.addr.address, e);
  const peers = new Map<string, AddressEntry>();
  let peersUnknown = false;
  for (const e of inst.unicastPeers) {
    if (onUnknown(e.word.span, node.unknowns)) peersUnknown = true;
    else if (e.addr && e.addr.family === family && !peers.has(e.addr.address)) peers.set(e.addr.address, e);
  }
  const max = family === 4 ? 32 : 128;
  const subnets: ParsedAddress[] = [
    ...subnetsOf(node.interfaces, ifName, family),
    ...subnetsOf(node.subnets, ifName, family),
    ...subnetsOf(options.subnets, ifName, family),
  ];
  for (const e of inst.vips) {
    const a = e.addr;
    const onOwn = e.dev === undefined || e.dev.value === ifName;
    if (a && onOwn && a.family === family && a.prefix !== undefined && a.prefix < max && a.addr.range() !== 'linkLocal') subnets.push(a);
  }
  const identities = new Map<string, AddressEntry | undefined>();
  const src = inst.unicastSrcIp;
  if (src?.addr && src.addr.family === family) identities.set(src.addr.address, src);
  else for (const a of addressesOf(node.interfaces, ifName, family)) identities.set(a.address, undefined);
  return {
    node,
    instance: inst,
    vrid: inst.vrid,
    family,
    ifName,
    unicast: inst.unicastPeers.length > 0,
    mcastGroup: mcastGroup(model, inst, family),
    vips,
    subnets,
    identities,
    peers,
    peersUnknown,
  };
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    // parent maps every index in [0, n) to one in [0, n)
    const parent = this.parent;
    while (parent[i] !== i) {
      const up = parent[parent[i]!]!;
      parent[i] = up;
      i = up;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(): number[][] {
    const m = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      const g = m.get(r) ?? [];
      g.push(i);
      m.set(r, g);
    });
    return [...m.values()];
  }
}

/** Instances that name each other: a shared VIP, or a unicast peer that is the other's own address. */
export function strongLink(a: NodeInstance, b: NodeInstance): boolean {
  for (const v of a.vips.keys()) if (b.vips.has(v)) return true;
  for (const p of a.peers.keys()) if (b.identities.has(p)) return true;
  for (const p of b.peers.keys()) if (a.identities.has(p)) return true;
  return false;
}

/** Do two groups of instances (not linked by VIPs or peers) share a segment? 'unknown' when nothing tells. */
export function segmentRelation(
  a: readonly NodeInstance[],
  b: readonly NodeInstance[],
  sameNetwork: boolean | ((x: ClusterNode, y: ClusterNode) => boolean),
): 'same' | 'different' | 'unknown' {
  const allUnicast = (g: readonly NodeInstance[]) => g.every((i) => i.unicast);
  const allMulticast = (g: readonly NodeInstance[]) => g.every((i) => !i.unicast);
  // Unicast instances name their peers: two unicast groups that do not name each other are separate.
  const resolved = (g: readonly NodeInstance[]) => g.every((i) => i.identities.size > 0);
  if (allUnicast(a) && allUnicast(b) && resolved(a) && resolved(b)) return 'different';
  if (allMulticast(a) && allMulticast(b)) {
    const groupsA = new Set(a.map((i) => i.mcastGroup));
    if (!b.some((i) => groupsA.has(i.mcastGroup))) return 'different';
  }
  const sa = a.flatMap((i) => i.subnets);
  const sb = b.flatMap((i) => i.subnets);
  if (sa.length > 0 && sb.length > 0) return subnetsOverlap(sa, sb) ? 'same' : 'different';
  const vipsIn = (insts: readonly NodeInstance[], nets: readonly ParsedAddress[]) =>
    nets.length > 0 && insts.some((i) => [...i.vips.values()].some((e) => e.addr && insideAny(e.addr, nets)));
  if (vipsIn(b, sa) || vipsIn(a, sb)) return 'same';
  if (sameNetwork === true) {
    const names = new Set(a.map((i) => i.ifName));
    if (b.some((i) => names.has(i.ifName))) return 'same';
  } else if (sameNetwork) {
    if (b.some((i) => a.some((j) => j.ifName === i.ifName && sameNetwork(j.node, i.node)))) return 'same';
  }
  return 'unknown';
}

function distinctNodes(insts: readonly NodeInstance[]): number {
  return new Set(insts.map((i) => i.node)).size;
}

function toRouter(insts: readonly NodeInstance[], nodeOrder: Map<ClusterNode, number>): VirtualRouter {
  const seen = new Set<ClusterNode>();
  const members: NodeInstance[] = [];
  const sorted = [...insts].sort((x, y) => nodeOrder.get(x.node)! - nodeOrder.get(y.node)! || x.instance.stmt.span.start - y.instance.stmt.span.start);
  for (const i of sorted) {
    // A second instance of the same VRID on one node is the single-config duplicate check's business.
    if (seen.has(i.node)) continue;
    seen.add(i.node);
    members.push(i);
  }
  const { vrid, family } = insts[0]!; // a component is never empty
  return { vrid, family, members };
}

export function analyseCluster(nodes: readonly ClusterNode[], options: ClusterOptions = {}): ClusterModel {
  const sameNetwork = options.sameNetwork ?? true;
  const nodeOrder = new Map(nodes.map((n, i) => [n, i]));
  const instances: NodeInstance[] = [];
  for (const node of nodes)
    for (const inst of node.model.instances) {
      const d = describe(node, inst, options);
      if (d) instances.push(d);
    }
  const byKey = new Map<string, NodeInstance[]>();
  for (const i of instances) {
    const k = `${i.vrid}/${i.family}`;
    const list = byKey.get(k) ?? [];
    list.push(i);
    byKey.set(k, list);
  }
  const routers: VirtualRouter[] = [];
  const collisions: VridCollision[] = [];
  for (const list of byKey.values()) {
    const uf = new UnionFind(list.length);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) if (list[x]!.node !== list[y]!.node && strongLink(list[x]!, list[y]!)) uf.union(x, y);
    }
    const comps = uf.groups().map((g) => g.map((i) => list[i]!));
    // Components on one segment.
    const seg = new UnionFind(comps.length);
    for (let x = 0; x < comps.length; x++)
      for (let y = x + 1; y < comps.length; y++) if (segmentRelation(comps[x]!, comps[y]!, sameNetwork) === 'same') seg.union(x, y);
    for (const group of seg.groups().map((g) => g.map((i) => comps[i]!))) {
      const big = group.filter((c) => distinctNodes(c) >= 2);
      if (big.length >= 2) {
        // Two working clusters on one VRID: a collision when their adverts meet (multicast).
        const rs = group.map((c) => toRouter(c, nodeOrder));
        routers.push(...rs);
        const rc = rs.filter((_, k) => group[k]!.every((i) => !i.unicast));
        const [first, second] = rc;
        if (first && second) collisions.push({ vrid: first.vrid, family: first.family, routers: rc });
      } else {
        routers.push(toRouter(group.flat(), nodeOrder));
      }
    }
  }
  routers.sort((a, b) => a.vrid - b.vrid || a.family - b.family || nodeOrder.get(a.members[0]!.node)! - nodeOrder.get(b.members[0]!.node)!);
  return { nodes, options, instances, routers, collisions };
}

/** The statement a finding about `kw` of an instance points at: the statement, else the instance's name. */
export function spanFor(i: NodeInstance, kw: string): Span {
  return i.instance.last(kw)?.span ?? i.instance.obj.nameWord.span;
}

/** `global_defs { kw }` statement span, when the value comes from there. */
export function globalSpan(model: ConfigModel, kw: string): Span | undefined {
  let found: Span | undefined;
  for (const g of model.globals.globalDefs) for (const c of children(g, kw)) found = c.span;
  return found;
}

/** `lb1 (VI_1)` for messages. */
export function who(i: NodeInstance): string {
  return `${i.node.name} (${i.instance.name})`;
}

/**
 * The nodes grouped into clusters: nodes that run one virtual router (one VRID on one segment),
 * and nodes whose instances name each other whatever their VRIDs (a shared VIP, unicast peers),
 * so that a VRID typo does not split a pair. In node order; a node that shares nothing is a
 * cluster of its own.
 */
export function nodeClusters(cluster: ClusterModel): ClusterNode[][] {
  const index = new Map(cluster.nodes.map((n, i) => [n, i]));
  const uf = new UnionFind(cluster.nodes.length);
  for (const r of cluster.routers) for (const m of r.members) uf.union(index.get(r.members[0]!.node)!, index.get(m.node)!);
  const insts = cluster.instances;
  for (let x = 0; x < insts.length; x++)
    for (let y = x + 1; y < insts.length; y++) {
      const a = insts[x]!;
      const b = insts[y]!;
      if (a.node !== b.node && a.family === b.family && strongLink(a, b)) uf.union(index.get(a.node)!, index.get(b.node)!);
    }
  return uf
    .groups()
    .map((g) => g.map((i) => cluster.nodes[i]!))
    .sort((a, b) => index.get(a[0]!)! - index.get(b[0]!)!);
}

/** nodeClusters(analyseCluster(nodes, options)); a single node is a cluster of its own without analysing its instances. */
export function groupNodes(nodes: readonly ClusterNode[], options: ClusterOptions = {}): ClusterNode[][] {
  if (nodes.length < 2) return nodes.map((n) => [n]);
  return nodeClusters(analyseCluster(nodes, options));
}
