/** What a quick fix needs to know beyond its file: the VRIDs other configurations use, the peers' priorities. */
import type { ParsedAddress } from '../analysis/addresses';
import type { ConfigModel } from '../analysis/model';
import type { FixContext } from '../features/fixes/types';
import { locate, type WorkspaceModel } from './deployments';

/**
 * VRIDs other configurations use on an interface of that name and family, not counting
 * instances named `except` (the same virtual router on a peer node) nor the file `self`.
 */
export function usedVrids(models: readonly ConfigModel[], self: string, iface: string | undefined, family: 4 | 6, except: string): Set<number> {
  const out = new Set<number>();
  for (const model of models) {
    if (model.parsed.entry === self) continue;
    for (const i of model.instances) {
      const ifName = i.interface?.value ?? model.globals.defaultInterface?.value;
      if (!i.dropped && i.vrid !== undefined && i.name !== except && ifName === iface && (i.family ?? 4) === family) out.add(i.vrid);
    }
  }
  return out;
}

/**
 * What a quick fix needs: the configuration, the node's interfaces, the VRIDs the other
 * configurations use, and (with the workspace model) the priorities of the node's peers.
 */
export function fixContextOf(
  model: ConfigModel,
  path: string,
  node: { readonly interfaces: Map<string, ParsedAddress[]>; readonly keepalivedVersion?: string },
  others: () => readonly ConfigModel[],
  ws?: () => WorkspaceModel,
): FixContext {
  return {
    model,
    options: { interfaces: node.interfaces, keepalivedVersion: node.keepalivedVersion },
    workspaceVrids: (iface, family, except) => usedVrids(others(), path, iface, family, except),
    peerPriorities: (vrid, family) => {
      const cluster = ws ? locate(ws(), path)?.cluster : undefined;
      const out: number[] = [];
      for (const n of cluster?.nodes ?? []) {
        if (n.node.model.parsed.files.has(path)) continue;
        for (const i of n.node.model.instances) if (!i.dropped && i.vrid === vrid && (i.family ?? 4) === family) out.push(i.effectivePriority);
      }
      return out;
    },
  };
}
