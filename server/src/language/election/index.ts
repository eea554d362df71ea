/**
 * The VRRP election model: who becomes MASTER, why, and what happens when a node or a check
 * fails, as keepalived 2.2.7 behaves (measured in the vrrp-lab, checked by test/lab against real
 * daemons). Pure: no I/O, no LSP, no node: modules.
 *
 *   const cluster: ClusterInput = { nodes: [{ name: 'lb1', instances: [{ name: 'VI_1', vrid: 51,
 *     interface: 'eth0', priority: 100, vips: ['192.0.2.100/24'], trackers: [...] }] }, ...] };
 *   elect(cluster)                                        // simultaneous start
 *   elect(cluster, { actions: [{ kind: 'crash', node: 'lb1' }] })
 *   timeline(cluster, failAndReturnPlan(cluster))        // start all, master fails, master returns
 *   renderJson(result) / renderText(result) / renderMarkdown(result, tl) / renderMermaid(tl)
 *
 * Layers: input (plain data) → resolve (keepalived's corrections, weight rules) → priority
 * (effective priority, FAULT) → schedule + sim (a discrete-event run per virtual router) →
 * elect (variants for start order / races, failover windows) → explain (words) → render.
 */

export type * from './input';
export type * from './result';
export { elect, timeline, failAndReturnPlan, type FailAndReturnOptions } from './timeline';
export {
  masterDownInterval,
  skew,
  silentFailoverWindow,
  priorityZeroFailover,
  detectionWindow,
  startSettleTime,
  START_JITTER,
  START_LATENCY,
  STOP_LATENCY,
  RACE_JITTER,
} from './timing';
export { splitBrainText } from './splitBrain';
export { resolveCluster } from './resolve';
export { describeAction, windowText } from './explain';
export { renderJson, toElectionJson, type ElectionJson } from './render/json';
export { renderText, renderInstanceText, renderTimelineText } from './render/text';
export { renderMermaid } from './render/mermaid';
export { renderMarkdown } from './render/markdown';
export { mermaidText, markdownCell } from './render/escape';
