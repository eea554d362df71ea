/**
 * The VRRP election model: who becomes MASTER, why, and what happens when a node or a check
 * fails, as keepalived 2.2.7 behaves (measured in the vrrp-lab). Pure: no I/O, no LSP.
 */

export type * from './input';
export type * from './result';
export { elect, timeline, failAndReturnPlan, type FailAndReturnOptions } from './timeline';
export { masterDownInterval, skew, silentFailoverWindow, priorityZeroFailover, detectionWindow, START_JITTER, RACE_JITTER } from './timing';
export { resolveCluster } from './resolve';
export { describeAction, windowText } from './explain';
export { renderJson, toElectionJson, type ElectionJson } from './render/json';
export { renderText, renderInstanceText, renderTimelineText } from './render/text';
export { renderMermaid } from './render/mermaid';
export { renderMarkdown } from './render/markdown';
export { mermaidText, markdownCell } from './render/escape';
