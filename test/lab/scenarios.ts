/**
 * The lab's scenario definitions. Each is the model's own input (cluster + scenario): the lab
 * writes the keepalived.conf files from it, the model predicts from it, and the lab compares.
 */
import type { ClusterInput, InstanceInput, Scenario } from '../../server/src/language/election/index';
import { nodeAddress, VIP, VIP2 } from './netns';

export interface LabScenario {
  readonly name: string;
  readonly cluster: ClusterInput;
  readonly scenario: Scenario;
}

/** Three nodes n1..n3 on eth0 with the given priorities; `per` adds settings for node k (0-based). */
export function labCluster(prios: readonly number[], per: (k: number) => Partial<InstanceInput> = () => ({})): ClusterInput {
  return {
    nodes: prios.map((priority, k) => ({
      name: `n${k + 1}`,
      instances: [
        {
          name: 'VI_1',
          vrid: 51,
          interface: 'eth0',
          priority,
          state: 'BACKUP',
          advertInt: 1,
          vips: [`${VIP}/24`],
          ownAddress: nodeAddress(k + 1),
          ...per(k),
        },
      ],
    })),
  };
}

/** Three nodes with two instances in one sync group: VI_1 (VRID 51, VIP) and VI_2 (VRID 52, VIP2), which tracks `chk` with weight 0. */
export function syncGroupCluster(prios: readonly number[]): ClusterInput {
  return {
    nodes: prios.map((priority, k) => ({
      name: `n${k + 1}`,
      instances: [51, 52].map((vrid, j): InstanceInput => ({
        name: `VI_${j + 1}`,
        vrid,
        interface: 'eth0',
        priority,
        state: 'BACKUP',
        advertInt: 1,
        vips: [`${j === 0 ? VIP : VIP2}/24`],
        ownAddress: nodeAddress(k + 1),
        syncGroup: 'SG',
        trackers: j === 1 ? [{ name: 'chk', kind: 'script', weight: 0, interval: 1, fall: 2, rise: 1 }] : [],
      })),
    })),
  };
}

const check = (weight: number, fall = 2, rise = 1): Partial<InstanceInput> => ({
  trackers: [{ name: 'chk', kind: 'script', weight, interval: 1, fall, rise }],
});

export const LAB_SCENARIOS: readonly LabScenario[] = [
  {
    name: 'simultaneous start 100/90/80: n1 after its master-down timer',
    cluster: labCluster([100, 90, 80]),
    scenario: {},
  },
  {
    name: 'crash (SIGKILL) of the master: n2 after a silent master-down interval',
    cluster: labCluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'crash', node: 'n1' }] },
  },
  {
    name: 'graceful stop (SIGTERM) of the master: priority 0, n2 after its skew',
    cluster: labCluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'stop', node: 'n1' }] },
  },
  {
    name: "nopreempt, starts 1 s apart (n2, n1, n3): n2's head start wins",
    cluster: labCluster([100, 90, 80], () => ({ nopreempt: true })),
    scenario: { startOrder: ['n2', 'n1', 'n3'], startGap: 1 },
  },
  {
    name: 'nopreempt, the lowest (n3) up first, the others once it settled: n3 keeps MASTER',
    cluster: labCluster([100, 90, 80], () => ({ nopreempt: true })),
    scenario: { startOrder: ['n3', 'n1', 'n2'] },
  },
  {
    name: 'equal priorities, n2 up first, the others once it settled: n2 keeps MASTER',
    cluster: labCluster([100, 100, 100]),
    scenario: { startOrder: ['n2', 'n3', 'n1'] },
  },
  {
    name: 'weight -20 demotion (100 → 80): the VIP moves to n2',
    cluster: labCluster([100, 90, 80], () => check(-20)),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
  },
  {
    name: 'weight -10 demotion (100 → 90 = n2): the incumbent n1 keeps the VIP',
    cluster: labCluster([100, 90, 80], () => check(-10)),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
  },
  {
    name: 'weight-0 check fails on the master: FAULT, priority 0, n2 after detection + skew',
    cluster: labCluster([100, 90, 80], () => check(0)),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
  },
  {
    name: 'address owner (255 + state MASTER) starts while n2 is master: takes over at once',
    cluster: labCluster([255, 90, 80], (k) => (k === 0 ? { state: 'MASTER' } : {})),
    scenario: { absent: ['n1'], actions: [{ kind: 'start', node: 'n1' }] },
  },
  {
    name: 'equal priorities with a start order (n2, n3, n1): the first started wins',
    cluster: labCluster([100, 100, 100]),
    scenario: { startOrder: ['n2', 'n3', 'n1'], startGap: 0.5 },
  },
  {
    name: 'preempt_delay 5, steps: n1 crashes, then returns and preempts after the delay',
    cluster: labCluster([100, 90, 80], () => ({ preemptDelay: 5 })),
    scenario: { steps: [{ actions: [{ kind: 'crash', node: 'n1' }] }, { actions: [{ kind: 'start', node: 'n1' }] }] },
  },
  {
    name: 'track_interface eth0 weight -50 on its own interface: dropped, link down = FAULT, back at 100',
    cluster: labCluster([100, 90, 80], (k) => (k === 0 ? { trackers: [{ name: 'eth0', kind: 'interface', weight: -50 }] } : {})),
    scenario: {
      steps: [{ actions: [{ kind: 'link-down', node: 'n1', interface: 'eth0' }] }, { actions: [{ kind: 'link-up', node: 'n1', interface: 'eth0' }] }],
    },
  },
  {
    name: "sync group: VI_2's check fails on n1 → both VI_1 and VI_2 move to n2",
    cluster: syncGroupCluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
  },
  {
    name: 'preempt_delay 5: a returning n1 preempts after the first lower advert + 5 s + master-down − advert_int',
    cluster: labCluster([100, 90, 80], () => ({ preemptDelay: 5 })),
    scenario: { absent: ['n1'], actions: [{ kind: 'start', node: 'n1' }] },
  },
  {
    name: 'advert_int 3 (VRRPv2, skew not scaled): crash failover within (6.65, 9.65] s',
    cluster: labCluster([100, 90, 80], () => ({ advertInt: 3 })),
    scenario: { actions: [{ kind: 'crash', node: 'n1' }] },
  },
  {
    name: 'master cut off from the bridge (carrier up): n2 takes over, n1 stays MASTER too (split brain)',
    cluster: labCluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'isolate', node: 'n1' }] },
  },
  {
    name: 'link down on the master: FAULT without priority 0, n2 after a master-down interval',
    cluster: labCluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'link-down', node: 'n1', interface: 'eth0' }] },
  },
  {
    name: 'another auth_pass on n3 (80): n1 wins, n3 drops its adverts and is MASTER too (split brain)',
    cluster: labCluster([100, 90, 80], (k) => ({ auth: { type: 'PASS', pass: k === 2 ? 'other' : 'secret' } })),
    scenario: {},
  },
];
