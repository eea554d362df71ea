/**
 * Election model: who becomes MASTER, why, and the failover window, scenario by scenario, with
 * the outcomes and times measured with real keepalived 2.2.7 (vrrp-lab findings.md, letters = experiments).
 */
import * as assert from 'node:assert/strict';
import type { ClusterInput, InstanceInput, InstanceOutcome, Scenario } from '../../server/src/language/election/index';
import { elect, failAndReturnPlan, timeline } from '../../server/src/language/election/index';

/** Nodes n1..nK on one segment, VRID 51, node k at 192.0.2.1k. */
function cluster(prios: readonly (number | undefined)[], per: (k: number) => Partial<InstanceInput> = () => ({})): ClusterInput {
  return {
    nodes: prios.map((p, k) => ({
      name: `n${k + 1}`,
      instances: [{ name: 'VI_1', vrid: 51, interface: 'eth0', priority: p, vips: ['192.0.2.100/24'], ownAddress: `192.0.2.1${k + 1}`, ...per(k) }],
    })),
  };
}
const all = (x: Partial<InstanceInput>) => () => x;
const script = (weight: number, fall = 3, rise = 2): Partial<InstanceInput> => ({
  trackers: [{ name: 'chk', kind: 'script', weight, interval: 1, fall, rise }],
});

function only(c: ClusterInput, s: Scenario = {}): InstanceOutcome {
  const r = elect(c, s);
  assert.equal(r.instances.length, 1);
  return r.instances[0]!;
}

interface Row {
  readonly name: string;
  readonly cluster: ClusterInput;
  readonly scenario?: Scenario;
  readonly master: string | null;
  readonly decidedBy: InstanceOutcome['decidedBy'];
  /** predicted failover window [min, max]; null = no master */
  readonly failover?: readonly [number, number] | null;
  /** a lab measurement that must lie in (min, max] */
  readonly measured?: number;
  readonly states?: string;
}

const rows: Row[] = [
  {
    name: 'a: 100/90/80 started together → n1 after its master-down timer',
    cluster: cluster([100, 90, 80]),
    master: 'n1',
    decidedBy: 'priority',
    failover: [3.614375, 3.669375],
    states: 'MASTER BACKUP BACKUP',
  },
  {
    name: 'b: SIGKILL master → n2 within one advert interval before its master-down timer',
    cluster: cluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'crash', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [2.648438, 3.648438],
    measured: 2.86,
    states: 'DOWN MASTER BACKUP',
  },
  {
    name: 'b: SIGTERM master → priority 0, n2 after its skew',
    cluster: cluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'stop', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [0.648438, 0.708438],
  },
  {
    name: 'h: advert_int 3 (v2): initial election',
    cluster: cluster([100, 90, 80], all({ advertInt: 3 })),
    master: 'n1',
    decidedBy: 'priority',
    failover: [9.614375, 9.669375],
  },
  {
    name: 'h: advert_int 3 (v2): crash window (6.65, 9.65]',
    cluster: cluster([100, 90, 80], all({ advertInt: 3 })),
    scenario: { actions: [{ kind: 'crash', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [6.648438, 9.648438],
    measured: 7.967,
  },
  {
    name: 'h: advert_int 3 (v2): graceful stop still 0.648 s (+ up to 60 ms to shut down)',
    cluster: cluster([100, 90, 80], all({ advertInt: 3 })),
    scenario: { actions: [{ kind: 'stop', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [0.648438, 0.708437],
  },
  {
    name: 'h: advert_int 3 (v3): initial election 9 + 156×3/256',
    cluster: cluster([100, 90, 80], all({ advertInt: 3, version: 3 })),
    master: 'n1',
    decidedBy: 'priority',
    failover: [10.833125, 10.888125],
  },
  {
    name: 'h: advert_int 3 (v3): crash → 9 + 166×3/256',
    cluster: cluster([100, 90, 80], all({ advertInt: 3, version: 3 })),
    scenario: { actions: [{ kind: 'crash', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [7.945313, 10.945313],
    measured: 10.532,
  },
  {
    name: 'h: v3 graceful stop with n2 gone → n3 after 176×3/256',
    cluster: cluster([100, 90, 80], all({ advertInt: 3, version: 3 })),
    scenario: { absent: ['n2'], actions: [{ kind: 'stop', node: 'n1' }] },
    master: 'n3',
    decidedBy: 'only-candidate',
    failover: [2.0625, 2.1225],
  },
  {
    name: 'c: nopreempt, crash master → n2',
    cluster: cluster([100, 90, 80], all({ nopreempt: true })),
    scenario: { startOrder: ['n1', 'n2', 'n3'], actions: [{ kind: 'crash', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [2.648438, 3.648438],
  },
  {
    name: 'd: preempt_delay does not delay the first election',
    cluster: cluster([100, 90, 80], all({ preemptDelay: 5 })),
    master: 'n1',
    decidedBy: 'priority',
    failover: [3.614375, 3.669375],
  },
  {
    name: 'e: weight -20 (100→80) moves the VIP to n2 after detection + master-down',
    cluster: cluster([100, 90, 80], all(script(-20))),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [4.648438, 6.648438],
    measured: 5.87,
  },
  {
    name: 'e: weight -10 (100→90 = n2) keeps the incumbent',
    cluster: cluster([100, 90, 80], all(script(-10))),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
    master: 'n1',
    decidedBy: 'incumbent',
    failover: [0, 0],
  },
  {
    name: 'e: weight -5 (95 > 90) keeps n1 by priority',
    cluster: cluster([100, 90, 80], all(script(-5))),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
    master: 'n1',
    decidedBy: 'priority',
    failover: [0, 0],
  },
  {
    name: 'e: a failing check on a backup changes nothing',
    cluster: cluster([100, 90, 80], all(script(-20))),
    scenario: { actions: [{ kind: 'fail', node: 'n2', tracker: 'chk' }] },
    master: 'n1',
    decidedBy: 'priority',
    failover: [0, 0],
  },
  {
    name: 's: weight-0 check fails on the master → FAULT + priority 0 → n2 after skew',
    cluster: cluster([100, 90, 80], all(script(0, 2))),
    scenario: { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [1.648438, 2.648438],
    measured: 2.2,
    states: 'FAULT MASTER BACKUP',
  },
  {
    name: 'f: equal priorities started together → start order decides, no master named',
    cluster: cluster([100, 100, 100]),
    master: null,
    decidedBy: 'start-order',
  },
  {
    name: 'f: equal priorities with a start order, each once the one before settled → the first started stays',
    cluster: cluster([100, 100, 100]),
    scenario: { startOrder: ['n2', 'n1', 'n3'] },
    master: 'n2',
    decidedBy: 'incumbent',
    failover: [3.614375, 3.669375],
  },
  {
    name: 'f4: equal priorities started 0.5 s apart → n1',
    cluster: cluster([100, 100, 100]),
    scenario: { startOrder: ['n1', 'n2', 'n3'], startGap: 0.5 },
    master: 'n1',
    decidedBy: 'start-order',
    failover: [3.614375, 3.669375],
  },
  {
    name: 'f3: equal priorities, master crashes → the two equal backups race',
    cluster: cluster([100, 100, 100]),
    scenario: { startOrder: ['n1', 'n3', 'n2'], actions: [{ kind: 'crash', node: 'n1' }] },
    master: null,
    decidedBy: 'start-order',
  },
  {
    name: 'g: priority 255, state BACKUP → still waits 3 + 1/256 s',
    cluster: cluster([255, 90, 80]),
    master: 'n1',
    decidedBy: 'owner',
    failover: [3.008906, 3.063906],
  },
  {
    name: 'gm: priority 255 + state MASTER → MASTER at once',
    cluster: cluster([255, 90, 80], (k) => ({ state: k === 0 ? 'MASTER' : 'BACKUP' })),
    master: 'n1',
    decidedBy: 'owner',
    failover: [0.005, 0.06],
  },
  {
    name: "g-owner: VIP = n1's own address → n1 FAULT, n2 holds it",
    cluster: cluster([255, 90, 80], all({ vips: ['192.0.2.11'] })),
    master: 'n2',
    decidedBy: 'priority',
    states: 'FAULT MASTER BACKUP',
  },
  {
    name: 'i: Kolla nopreempt 1/2/3 started together → start order decides',
    cluster: cluster([1, 2, 3], all({ nopreempt: true })),
    master: null,
    decidedBy: 'start-order',
  },
  {
    name: 'i2: Kolla started n1 first → n1 (p1) keeps it',
    cluster: cluster([1, 2, 3], all({ nopreempt: true })),
    scenario: { startOrder: ['n1', 'n2', 'n3'], startGap: 5 },
    master: 'n1',
    decidedBy: 'start-order',
  },
  {
    name: 'i3: Kolla, weight-0 fault on master n3 → n1 and n2 (3.9 ms apart) race',
    cluster: cluster([1, 2, 3], all({ nopreempt: true, ...script(0, 2, 10) })),
    scenario: { startOrder: ['n3', 'n1', 'n2'], actions: [{ kind: 'fail', node: 'n3', tracker: 'chk' }] },
    master: null,
    decidedBy: 'start-order',
  },
  { name: 'near-equal with preempt: 100 vs 99 → the higher one wins anyway', cluster: cluster([100, 99]), master: 'n1', decidedBy: 'priority' },
  {
    name: 'near-equal with nopreempt: 100 vs 99 → start order decides',
    cluster: cluster([100, 99], all({ nopreempt: true })),
    master: null,
    decidedBy: 'start-order',
  },
  {
    name: 'nopreempt 100 vs 60 (timers 156 ms apart) → decided by priority',
    cluster: cluster([100, 60], all({ nopreempt: true })),
    master: 'n1',
    decidedBy: 'priority',
  },
  {
    name: 'j: unicast with all peers → same as multicast',
    cluster: cluster([100, 90, 80], (k) => ({ unicast: true, unicastPeers: [1, 2, 3].filter((x) => x !== k + 1).map((x) => `192.0.2.1${x}`) })),
    scenario: { actions: [{ kind: 'crash', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [2.648438, 3.648438],
  },
  {
    name: 'unicast peer lines that are unknown (a template prints them) reach every node; n2 and n3 list theirs → one master',
    cluster: cluster([100, 90, 80], (k) =>
      k === 0
        ? { unicast: true, unicastPeers: [], unicastPeersUnknown: true }
        : { unicast: true, unicastPeers: [1, 2, 3].filter((x) => x !== k + 1).map((x) => `192.0.2.1${x}`) },
    ),
    master: 'n1',
    decidedBy: 'priority',
    states: 'MASTER BACKUP BACKUP',
  },
  {
    name: 'k: isolated master → n2 takes over, n1 stays MASTER too (split brain)',
    cluster: cluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'isolate', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [2.648438, 3.648438],
    states: 'MASTER MASTER BACKUP',
  },
  {
    name: 'l: link down on the master → FAULT without priority 0 → full timer',
    cluster: cluster([100, 90, 80]),
    scenario: { actions: [{ kind: 'link-down', node: 'n1', interface: 'eth0' }] },
    master: 'n2',
    decidedBy: 'priority',
    failover: [2.648438, 3.648438],
    measured: 2.91,
    states: 'FAULT MASTER BACKUP',
  },
  {
    name: 'p: +200 on n3 (80 → 254) wins at 3 + 2/256 s',
    cluster: cluster([100, 90, 80], (k) => (k === 2 ? script(200) : {})),
    master: 'n3',
    decidedBy: 'priority',
    failover: [3.012813, 3.067813],
  },
  {
    name: 'm: state MASTER below 255 behaves as BACKUP',
    cluster: cluster([100, 90, 80], (k) => ({ state: k === 0 ? 'MASTER' : 'BACKUP' })),
    master: 'n1',
    decidedBy: 'priority',
    failover: [3.614375, 3.669375],
  },
  {
    name: 'm2: state MASTER on n3 (80) does not win',
    cluster: cluster([100, 90, 80], (k) => ({ state: k === 2 ? 'MASTER' : 'BACKUP' })),
    master: 'n1',
    decidedBy: 'priority',
  },
  { name: 'invalid priority 0 → 100 beats 90', cluster: cluster([0, 90]), master: 'n1', decidedBy: 'priority' },
  {
    name: 'all nodes down → no master',
    cluster: cluster([100, 90]),
    scenario: {
      actions: [
        { kind: 'crash', node: 'n1' },
        { kind: 'stop', node: 'n2' },
      ],
    },
    master: null,
    decidedBy: 'none',
    failover: null,
    states: 'DOWN DOWN',
  },
  {
    name: 'only one node left → only-candidate',
    cluster: cluster([100, 90, 80]),
    scenario: { absent: ['n3'], actions: [{ kind: 'crash', node: 'n1' }] },
    master: 'n2',
    decidedBy: 'only-candidate',
  },
  {
    name: 'unicast_fault_no_peer with an empty peer list → FAULT',
    cluster: cluster([100, 90], (k) => (k === 0 ? { unicast: true, unicastPeers: [], unicastFaultNoPeer: true } : {})),
    master: 'n2',
    decidedBy: 'only-candidate',
    states: 'FAULT MASTER',
  },
  {
    name: 'unicast peers that leave out n2 → n2 never hears n1: split brain',
    cluster: cluster([100, 90], (k) => (k === 0 ? { unicast: true, unicastPeers: ['192.0.2.99'] } : { unicast: true, unicastPeers: ['192.0.2.11'] })),
    master: 'n1',
    decidedBy: 'priority',
    states: 'MASTER MASTER',
  },
  {
    name: 'mixed VRRP versions ignore each other → both MASTER',
    cluster: cluster([100, 90], (k) => ({ version: k === 0 ? 2 : 3 })),
    master: 'n1',
    decidedBy: 'priority',
    states: 'MASTER MASTER',
  },
  {
    name: 'dont_track_primary + link down: no FAULT but cut off (MASTER on a dead link)',
    cluster: cluster([100, 90], all({ dontTrackPrimary: true })),
    scenario: { actions: [{ kind: 'link-down', node: 'n1', interface: 'eth0' }] },
    master: 'n2',
    decidedBy: 'only-candidate',
    states: 'MASTER MASTER',
  },
];

describe('election scenarios', () => {
  for (const r of rows) {
    it(r.name, () => {
      const o = only(r.cluster, r.scenario);
      assert.equal(o.master, r.master, o.reason);
      assert.equal(o.decidedBy, r.decidedBy, o.reason);
      if (r.failover === null) assert.equal(o.failover, null);
      else if (r.failover) assert.deepEqual(o.failover, { min: r.failover[0], max: r.failover[1] });
      if (r.measured !== undefined)
        assert.ok(o.failover!.min < r.measured && r.measured <= o.failover!.max, `${r.measured} ∉ (${o.failover!.min}, ${o.failover!.max}]`);
      if (r.states) assert.equal(o.nodes.map((n) => n.state).join(' '), r.states);
      assert.ok(o.reason.length > 20);
    });
  }

  it('reasons say why, in words', () => {
    assert.match(only(cluster([100, 100, 100])).reason, /decided by start order.*equal priority 100/);
    assert.match(only(cluster([100, 90, 80]), { actions: [{ kind: 'stop', node: 'n1' }] }).reason, /priority 0.*skew/);
    assert.match(
      only(cluster([100, 90, 80], all(script(-10))), { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] }).reason,
      /incumbent.*n2 has the same priority 90/,
    );
    const fault = only(cluster([100, 90], all(script(0, 2))), { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] });
    assert.match(fault.nodes[0]!.reason, /FAULT: track_script chk fails/);
  });

  it('a node whose configuration keepalived refuses (VRID 0 in another instance) stays DOWN', () => {
    const c = cluster([100, 90]);
    const bad: ClusterInput = {
      nodes: [{ ...c.nodes[0]!, instances: [...c.nodes[0]!.instances, { name: 'VI_bad', vrid: 0, interface: 'eth0' }] }, c.nodes[1]!],
    };
    const o = only(bad);
    assert.equal(o.master, 'n2');
    assert.equal(o.decidedBy, 'only-candidate');
    assert.equal(o.nodes[0]!.state, 'DOWN');
    assert.match(o.nodes[0]!.reason, /refuses to start: VI_bad has no valid virtual_router_id \(it must be 1\.\.255\)/);
  });

  it('warns about scenario references the cluster does not have, and ignores them', () => {
    const r = elect(cluster([100, 90]), {
      startOrder: ['n7'],
      actions: [
        { kind: 'crash', node: 'n9' },
        { kind: 'fail', node: 'n1', tracker: 'nope' },
      ],
    });
    assert.deepEqual(r.warnings, [
      'start order: there is no node n7',
      'n9 crashes: there is no node n9',
      'nope fails on n1: n1 does not track nope (or keepalived ignores its weight)',
    ]);
    assert.equal(r.instances[0]!.master, 'n1');
    assert.deepEqual(elect(cluster([100, 90])).warnings, []);
  });

  it('k: the isolated node is reported as also MASTER', () => {
    const o = only(cluster([100, 90, 80]), { actions: [{ kind: 'isolate', node: 'n1' }] });
    assert.deepEqual(o.alsoMaster, ['n1']);
    assert.match(o.reason, /Split brain: n1/);
  });

  it('equal priorities that never hear each other (unicast peers naming nobody): the reason says why the first is MASTER, then the split brain', () => {
    const o = only(cluster([101, 101], () => ({ unicast: true, unicastPeers: ['192.0.2.99'] })));
    assert.deepEqual(o.alsoMaster, ['n2']);
    assert.doesNotMatch(o.reason, /: \./);
    assert.match(
      o.reason,
      /^n1 \(101\) is MASTER: it hears none of the other members running \(.*unicast peers do not match\), so its master-down timer .* ran out\..* Split brain: n2 is also MASTER/,
    );
  });

  it('effective priority, corrected base priority and master-down interval per node', () => {
    const o = only(cluster([0, 90, 80], (k) => (k === 2 ? script(200) : {})));
    assert.deepEqual(
      o.nodes.map((n) => [n.priority, n.configuredPriority, n.effectivePriority, n.masterDownInterval]),
      [
        [100, 0, 100, 3.609375],
        [90, undefined, 90, 3.648438],
        [80, undefined, 254, 3.007813],
      ],
    );
  });

  it('several virtual routers are evaluated independently', () => {
    const c: ClusterInput = {
      nodes: [
        {
          name: 'a',
          instances: [
            { name: 'VI_1', vrid: 1, interface: 'eth0', priority: 100 },
            { name: 'VI_2', vrid: 2, interface: 'eth0', priority: 50 },
          ],
        },
        {
          name: 'b',
          instances: [
            { name: 'VI_1', vrid: 1, interface: 'eth0', priority: 50 },
            { name: 'VI_2', vrid: 2, interface: 'eth0', priority: 100 },
          ],
        },
      ],
    };
    assert.deepEqual(
      elect(c).instances.map((i) => [i.name, i.master]),
      [
        ['VI_1', 'a'],
        ['VI_2', 'b'],
      ],
    );
    assert.deepEqual(
      elect(c, { actions: [{ kind: 'crash', node: 'a' }] }).instances.map((i) => i.master),
      ['b', 'b'],
    );
  });
});

describe('election timelines', () => {
  it('start all, master crashes, master returns (100/90/80)', () => {
    const c = cluster([100, 90, 80]);
    const tl = timeline(c, failAndReturnPlan(c));
    assert.deepEqual(
      tl.steps.map((s) => s.instances[0]!.master),
      ['n1', 'n2', 'n1'],
    );
    const [, crash, back] = tl.steps;
    assert.deepEqual(crash!.instances[0]!.failover, { min: 2.648438, max: 3.648438 });
    assert.deepEqual(
      back!.instances[0]!.failover,
      { min: 3.614375, max: 3.669375 },
      'a returning higher node waits its start-up latency and its full master-down timer',
    );
    const masters = tl.events
      .filter((e) => e.kind === 'state' && e.to === 'MASTER')
      .map((e) => `${e.node}@${Math.round((e.t - (e.t >= back!.at ? back!.at : e.t >= crash!.at ? crash!.at : 0)) * 1000) / 1000}`);
    assert.equal(masters[0], 'n1@3.642');
    assert.match(masters[1]!, /^n2@(2\.[6-9]|3\.[0-6])/);
    assert.equal(masters[2], 'n1@3.642');
    assert.ok(tl.events.some((e) => e.kind === 'action' && e.text === 'n1 crashes'));
  });

  it('graceful variant sends priority 0 and fails over in the skew', () => {
    const c = cluster([100, 90, 80]);
    const tl = timeline(c, failAndReturnPlan(c, { how: 'stop' }));
    assert.ok(tl.events.some((e) => e.kind === 'advert0' && e.node === 'n1'));
    assert.deepEqual(tl.steps[1]!.instances[0]!.failover, { min: 0.648438, max: 0.708438 });
  });

  it('c: nopreempt — the returning n1 does not take back MASTER', () => {
    const c = cluster([100, 90, 80], all({ nopreempt: true }));
    const tl = timeline(c, failAndReturnPlan(c, { startOrder: ['n1', 'n2', 'n3'] }));
    // n1 starts first and is MASTER before the others come up
    assert.deepEqual(
      tl.steps.map((s) => [s.instances[0]!.master, s.instances[0]!.decidedBy]),
      [
        ['n1', 'priority'],
        ['n2', 'priority'],
        ['n2', 'incumbent'],
      ],
    );
    assert.deepEqual(tl.steps[2]!.instances[0]!.failover, { min: 0, max: 0 });
  });

  const delays: [number, number, number][] = [
    // preempt_delay 5 = 5 × advert_int: the 5th advert lands on the deadline and jitter decides whether it
    // still resets n1's timer, so one more interval is possible (lab d: 8.29 s; our lab: 7.64–9.31 s)
    [5, 7.614375, 9.669375],
    [5.5, 8.614375, 9.669375],
    [0, 3.614375, 3.669375],
  ];
  for (const [delay, min, max] of delays) {
    it(`d: preempt_delay ${delay} — the returning n1 preempts after first lower advert + delay + master-down − advert_int`, () => {
      const c = cluster([100, 90, 80], all({ preemptDelay: delay }));
      const tl = timeline(c, failAndReturnPlan(c));
      assert.equal(tl.steps[2]!.instances[0]!.master, 'n1');
      assert.deepEqual(tl.steps[2]!.instances[0]!.failover, { min, max });
      assert.equal(
        tl.events.some((e) => e.kind === 'preempt-delay' && e.node === 'n1'),
        delay > 0,
      );
    });
  }

  it('gm: an address owner with state MASTER returns and takes over at once', () => {
    const c = cluster([255, 90, 80], (k) => ({ state: k === 0 ? 'MASTER' : 'BACKUP' }));
    const tl = timeline(c, failAndReturnPlan(c));
    assert.deepEqual(tl.steps[2]!.instances[0]!.failover, { min: 0.005, max: 0.06 }, 'its start-up latency');
    assert.equal(tl.steps[2]!.instances[0]!.master, 'n1');
  });

  it('e: demotion then recovery — n1 takes back MASTER after rise + master-down (4.24 s measured)', () => {
    const c = cluster([100, 90, 80], all(script(-20)));
    const tl = timeline(c, {
      steps: [{ actions: [{ kind: 'fail', node: 'n1', tracker: 'chk' }] }, { actions: [{ kind: 'heal', node: 'n1', tracker: 'chk' }] }],
    });
    assert.deepEqual(
      tl.steps.map((s) => s.instances[0]!.master),
      ['n1', 'n2', 'n1'],
    );
    const w = tl.steps[2]!.instances[0]!.failover!;
    assert.ok(w.min < 4.24 && 4.24 <= w.max, `(${w.min}, ${w.max}]`);
  });

  it('k: a reconnected master forces a new election and wins at once', () => {
    const c = cluster([100, 90, 80]);
    const tl = timeline(c, { steps: [{ actions: [{ kind: 'isolate', node: 'n1' }] }, { actions: [{ kind: 'rejoin', node: 'n1' }] }] });
    assert.deepEqual(
      tl.steps.map((s) => s.instances[0]!.master),
      ['n1', 'n2', 'n1'],
    );
    assert.ok(tl.steps[2]!.instances[0]!.failover!.max <= 1, 'within an advert interval');
  });
});
