/**
 * The workspace model as the "Keepalived: Clusters" view shows it: deployments, their clusters,
 * the nodes with their instances, and where each node's facts (config id, interfaces, the
 * inventory's addresses) come from. Paths stay paths; the server turns them into URIs.
 */
import type { ClusterNode } from '../analysis/cluster';
import { basename } from '../host';
import { setter } from '../kolla/checks/util';
import type { ClusterFactInfo, ClusterNodeInfo, ClustersResult } from '../../shared/protocol';
import { clusterLabel, deploymentLabel, relativeTo, type Deployment, type WorkspaceModel, type WorkspaceNode } from './deployments';
import type { NodeFacts } from './facts';

/** `K8S_API (VRID 51, priority 150)`. */
function instancesOf(n: ClusterNode): string[] {
  return n.model.instances
    .filter((i) => !i.dropped)
    .map((i) => {
      const parts = [i.vrid !== undefined ? `VRID ${i.vrid}` : 'no VRID', `priority ${i.effectivePriority}`];
      const ifName = i.interface?.value;
      if (ifName) parts.push(ifName);
      return `${i.name} (${parts.join(', ')})`;
    });
}

function factsOf(f: NodeFacts | undefined): ClusterFactInfo[] {
  if (!f) return [];
  const out: ClusterFactInfo[] = [];
  for (const i of f.interfacesFrom) {
    const addrs = i.addresses.map((a) => `${a.address}/${a.prefix}`).join(', ');
    out.push({
      what: i.own ? 'interface' : 'subnet',
      value: `${i.name} ${addrs}`,
      source: i.origin.detail,
      ...(i.origin.file ? { uri: i.origin.file } : {}),
    });
  }
  if (f.configId !== undefined && f.configIdFrom)
    out.push({ what: 'config id', value: f.configId, source: f.configIdFrom.detail, ...(f.configIdFrom.file ? { uri: f.configIdFrom.file } : {}) });
  return out;
}

/** What the Kolla inventory and globals.yml say of a host (its api address and interface). */
function kollaFacts(d: Deployment, host: string): ClusterFactInfo[] {
  const ctx = d.kolla?.context;
  const h = ctx?.model.hosts.find((x) => x.name === host);
  if (!ctx || !h) return [];
  const out: ClusterFactInfo[] = [];
  const inv = ctx.model.inventory?.file;
  if (h.apiAddress.address !== undefined) {
    const file = h.apiAddress.span?.file;
    const where = file && /\/host_vars\/[^/]+$/.test(file) ? `host_vars/${basename(file)}` : 'the inventory';
    const how =
      h.apiAddress.source === 'ansible_host' ? `ansible_host in ${where}` : h.apiAddress.source === 'interfaces' ? 'the interfaces' : 'the inventory name';
    out.push({ what: 'address', value: h.apiAddress.address, source: how, ...(h.apiAddress.span ? { uri: h.apiAddress.span.file } : inv ? { uri: inv } : {}) });
  }
  const api = h.interfaces.api;
  if (api.known) out.push({ what: 'api_interface', value: api.text, source: setter(api), ...(api.def?.span ? { uri: api.def.span.file } : {}) });
  out.push({ what: 'priority', value: String(h.priority), source: `position ${h.index + 1} in the ${ctx.model.group.name} group` });
  return out;
}

function nodeInfo(d: Deployment, n: WorkspaceNode, folders: readonly string[]): ClusterNodeInfo {
  const facts = [...(d.kind === 'kolla' ? kollaFacts(d, n.node.name) : []), ...factsOf(n.facts)];
  if (n.file !== undefined && !facts.some((f) => f.what === 'interface' || f.what === 'subnet' || f.what === 'address'))
    facts.push({ what: 'interfaces', value: 'unknown', source: `keepalived.interfaces "${n.node.name}:NAME", or a .keepalived-lint.json beside the file` });
  const description = n.rendered
    ? d.kind === 'kolla'
      ? `rendered by Kolla from ${basename(n.rendered.source)}`
      : `rendered from ${basename(n.rendered.source)}`
    : relativeTo(folders, n.file ?? n.node.model.parsed.entry);
  return {
    name: n.node.name,
    uri: n.rendered?.source ?? n.file ?? n.node.model.parsed.entry,
    ...(n.rendered ? { rendered: true } : {}),
    description,
    instances: instancesOf(n.node),
    facts,
  };
}

/** The view's content (paths in `uri` fields: the server converts them). */
export function clustersView(model: WorkspaceModel, folders: readonly string[]): ClustersResult {
  return {
    deployments: model.deployments.map((d) => ({
      id: d.id,
      kind: d.kind,
      label: deploymentLabel(d, folders),
      sources: d.sources,
      clusters: d.clusters.map((c) => ({ id: c.id, label: clusterLabel(c), nodes: c.nodes.map((n) => nodeInfo(d, n, folders)) })),
      notes: d.notes,
    })),
  };
}
