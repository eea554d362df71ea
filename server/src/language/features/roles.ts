/**
 * The role the election model predicts for each instance of one node, when other nodes of the
 * same virtual routers are known (e.g. lb1.conf and lb2.conf side by side). With this node
 * alone there is nothing to predict: it would win by default, which says nothing.
 */
import type { ConfigModel } from '../analysis/model';
import { elect } from '../election/timeline';
import { nodeInput } from '../election/fromConfig';

export interface ClusterMember {
  /** Node name (from the file name, unique among the members). */
  readonly name: string;
  readonly model: ConfigModel;
}

/** Instance name → `predicted MASTER`, `predicted BACKUP (lb2 is MASTER)`... for the node `self`. */
export function predictedRoles(members: readonly ClusterMember[], self: string): Map<string, string> {
  const out = new Map<string, string>();
  const me = members.find((m) => m.name === self);
  if (!me || members.length < 2) return out;
  // only the nodes sharing a VRID with this one take part
  const peers = peersOf(members, me);
  if (peers.length < 2) return out;
  const result = elect({ nodes: peers.map((m) => nodeInput(m.model, m.name)) });
  for (const inst of result.instances) {
    const mine = inst.nodes.find((n) => n.node === self);
    if (!mine || new Set(inst.nodes.map((n) => n.node)).size < 2) continue;
    let role = `predicted ${mine.state}`;
    if (inst.decidedBy === 'start-order') role += ' (start order decides)';
    else if (mine.state !== 'MASTER' && inst.master) role += ` (${inst.master} is MASTER)`;
    out.set(mine.instance, role);
  }
  return out;
}

/** `self` and the nodes sharing a virtual_router_id with it. */
export function peersOf<M extends ClusterMember>(members: readonly M[], self: M): M[] {
  const vrids = new Set(self.model.instances.map((i) => i.vrid).filter((v) => v !== undefined));
  return members.filter((m) => m === self || m.model.instances.some((i) => i.vrid !== undefined && vrids.has(i.vrid)));
}
