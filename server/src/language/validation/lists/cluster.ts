/** Rules that look at several configurations at once: the nodes of a cluster. */
import type { ClusterRule } from '../clusterRule';
import { clusterAdvertMismatch } from '../rules/cluster-advert-mismatch';
import { clusterAuthMismatch } from '../rules/cluster-auth-mismatch';
import { clusterFailoverWeight } from '../rules/cluster-failover-weight';
import { clusterMultipleOwners } from '../rules/cluster-multiple-owners';
import { clusterPriorityTie } from '../rules/cluster-priority-tie';
import { clusterUnicastAsymmetric } from '../rules/cluster-unicast-asymmetric';
import { clusterVersionMismatch } from '../rules/cluster-version-mismatch';
import { clusterVipMismatch } from '../rules/cluster-vip-mismatch';
import { clusterVridCollision } from '../rules/cluster-vrid-collision';
import { clusterVridMismatch } from '../rules/cluster-vrid-mismatch';
import { clusterVridSingle } from '../rules/cluster-vrid-single';

export const clusterRules: readonly ClusterRule[] = [
  clusterVridCollision,
  clusterVridMismatch,
  clusterVipMismatch,
  clusterVersionMismatch,
  clusterAdvertMismatch,
  clusterAuthMismatch,
  clusterUnicastAsymmetric,
  clusterMultipleOwners,
  clusterPriorityTie,
  clusterFailoverWeight,
  clusterVridSingle,
];
