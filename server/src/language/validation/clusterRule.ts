/**
 * The cluster rule interface: a pure function of several node configurations analysed together.
 * Like a Rule, its `id` is the diagnostic code, README anchor and severity-setting key. A finding
 * is reported on one node's file; a rule reports on every node involved, each finding with related
 * information pointing at the other nodes' statements.
 */
import type { ClusterModel } from '../analysis/cluster';
import type { Rule } from './rule';

export interface ClusterRuleContext {
  readonly cluster: ClusterModel;
}

export type ClusterRule = Rule<ClusterRuleContext>;
