/**
 * The nodes of the workspace for the election model: the keepalived files no other file
 * includes and that hold VRRP instances, named as the CLI names them (lb1.conf → lb1).
 */
import type { ClusterMember } from '../language/features/roles';
import { nodeNames } from '../language/workspace/index';
import type { Workspace } from './workspace';

export function clusterMembers(workspace: Workspace, isCancelled: () => boolean = () => false): ClusterMember[] {
  const models = [];
  for (const f of workspace.knownFiles()) {
    if (isCancelled()) return [];
    const m = workspace.analyseFile(f);
    if (m) models.push(m);
  }
  const included = new Set<string>();
  for (const m of models) for (const p of m.parsed.files.keys()) if (p !== m.parsed.entry) included.add(p);
  const roots = models.filter((m) => !included.has(m.parsed.entry) && m.instances.length > 0);
  const names = nodeNames(roots.map((m) => m.parsed.entry));
  return roots.map((model, i) => ({ name: names[i]!, model })); // one name per root
}
