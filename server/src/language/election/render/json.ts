/** The JSON shape other tools read. Keep it exactly as it is. */

import type { ElectionResult } from '../result';

export interface ElectionJson {
  readonly instances: readonly {
    readonly name: string;
    readonly vrid: number;
    readonly interface: string;
    readonly master: string | null;
    readonly decidedBy: string;
    readonly reason: string;
    readonly failoverSeconds: number | null;
    readonly nodes: readonly {
      readonly node: string;
      readonly state: string;
      readonly priority: number;
      readonly effectivePriority: number;
      readonly masterDownInterval: number;
    }[];
  }[];
}

export function toElectionJson(result: Pick<ElectionResult, 'instances'>): ElectionJson {
  return {
    instances: result.instances.map((i) => ({
      name: i.name,
      vrid: i.vrid,
      interface: i.interface,
      master: i.master,
      decidedBy: i.decidedBy,
      reason: i.reason,
      failoverSeconds: i.failover ? i.failover.max : null,
      nodes: i.nodes.map((n) => ({
        node: n.node,
        state: n.state,
        priority: n.priority,
        effectivePriority: n.effectivePriority,
        masterDownInterval: n.masterDownInterval,
      })),
    })),
  };
}

export function renderJson(result: Pick<ElectionResult, 'instances'>, indent = 2): string {
  return JSON.stringify(toElectionJson(result), null, indent);
}
