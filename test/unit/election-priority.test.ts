/** Election model: keepalived's corrections, tracker weights, clamping and FAULT rules (one instance at a time). */
import * as assert from 'node:assert/strict';
import type { InstanceInput, TrackerInput } from '../../server/src/language/election/index';
import { resolveCluster } from '../../server/src/language/election/index';
import { evaluateNode, type NodeConditions } from '../../server/src/language/election/priority';

const base: InstanceInput = { name: 'VI_1', vrid: 51, interface: 'eth0', priority: 100, vips: ['192.0.2.100/24'], ownAddress: '192.0.2.11/24' };

function resolve(i: Partial<InstanceInput>, siblings: Partial<InstanceInput>[] = []) {
  const rc = resolveCluster({
    nodes: [{ name: 'n1', instances: [{ ...base, ...i }, ...siblings.map((s, k) => ({ ...base, name: `VI_${k + 2}`, vrid: 60 + k, ...s }))] }],
  });
  return { rc, inst: rc.nodes[0]!.instances[0]!, node: rc.nodes[0]! };
}

function conditions(failing: Record<string, number> = {}, linksDown: string[] = []): NodeConditions {
  return { failing: new Map(Object.entries(failing)), linksDown: new Set(linksDown) };
}

function evaluate(i: Partial<InstanceInput>, cond: NodeConditions, siblings: Partial<InstanceInput>[] = []) {
  const { node } = resolve(i, siblings);
  return evaluateNode(node, cond);
}

describe('election priority', () => {
  const priorities: [string, number | undefined, number, boolean][] = [
    ['priority 0 → 100 (not clamped)', 0, 100, true],
    ['priority 256 → 100 (not 255)', 256, 100, true],
    ['priority -5 → 100', -5, 100, true],
    ['priority 1.5 → 100', 1.5, 100, true],
    ['priority NaN (unparsable) → 100', Number.NaN, 100, true],
    ['no priority → default 100 (no note)', undefined, 100, false],
    ['priority 1 kept', 1, 1, false],
    ['priority 255 kept', 255, 255, false],
  ];
  for (const [name, configured, want, noted] of priorities) {
    it(`base priority: ${name}`, () => {
      const { inst } = resolve({ priority: configured });
      assert.equal(inst.basePriority, want);
      assert.equal(
        inst.notes.some((n) => n.includes('invalid')),
        noted,
      );
    });
  }

  it('state MASTER clears nopreempt and preempt_delay (keepalived warns and clears)', () => {
    const { inst } = resolve({ state: 'MASTER', nopreempt: true, preemptDelay: 5 });
    assert.equal(inst.preempt, true);
    assert.equal(inst.preemptDelay, 0);
    assert.equal(inst.ownerMaster, false);
    assert.ok(inst.notes.some((n) => n.includes('no effect below priority 255')));
  });

  it('state MASTER with priority 255 is MASTER at once; 255 with BACKUP is not', () => {
    assert.equal(resolve({ state: 'MASTER', priority: 255 }).inst.ownerMaster, true);
    assert.equal(resolve({ state: 'BACKUP', priority: 255 }).inst.ownerMaster, false);
    // keepalived compares the word case-sensitively (vrrp_state_handler): `master` is an unknown state, BACKUP
    assert.equal(resolve({ state: 'master', priority: 255 }).inst.ownerMaster, false);
  });

  it('unknown state is BACKUP with a note', () => {
    const { inst } = resolve({ state: 'FOO', nopreempt: true });
    assert.equal(inst.preempt, false);
    assert.ok(inst.notes.some((n) => n.includes('state FOO')));
  });

  const adverts: [string, Partial<InstanceInput>, number][] = [
    ['advert_int 0 → 1', { advertInt: 0 }, 1],
    ['advert_int 256 → 1', { advertInt: 256 }, 1],
    ['VRRPv2 advert_int 0.5 → rounded to 1', { advertInt: 0.5 }, 1],
    ['VRRPv2 advert_int 2.4 → 2', { advertInt: 2.4 }, 2],
    ['VRRPv3 advert_int 0.5 kept', { advertInt: 0.5, version: 3 }, 0.5],
    ['advert_int 3 kept', { advertInt: 3 }, 3],
  ];
  for (const [name, i, want] of adverts) it(`advert interval: ${name}`, () => assert.equal(resolve(i).inst.advertInt, want));

  it('preempt_delay 1001 is ignored; down_timer_adverts 0 → 3', () => {
    const { inst } = resolve({ preemptDelay: 1001, downTimerAdverts: 0 });
    assert.equal(inst.preemptDelay, 0);
    assert.equal(inst.downTimerAdverts, 3);
  });

  const script = (weight: number | undefined, reverse = false): TrackerInput => ({ name: 'chk', kind: 'script', weight, reverse });
  const effects: [string, Partial<InstanceInput>, Record<string, number>, number, boolean][] = [
    // [name, instance, failing trackers, effective priority, FAULT]
    ['weight -20, failing → 80', { trackers: [script(-20)] }, { chk: 1 }, 80, false],
    ['weight -20, succeeding → 100', { trackers: [script(-20)] }, {}, 100, false],
    ['weight +20, succeeding → 120', { trackers: [script(20)] }, {}, 120, false],
    ['weight +20, failing → 100', { trackers: [script(20)] }, { chk: 1 }, 100, false],
    ['weight -20 reverse, failing → 120', { trackers: [script(-20, true)] }, { chk: 1 }, 120, false],
    ['weight +20 reverse, succeeding → 80', { trackers: [script(20, true)] }, {}, 80, false],
    ['weight 0 (default), failing → FAULT', { trackers: [script(undefined)] }, { chk: 1 }, 100, true],
    ['weight 0 reverse, succeeding → FAULT', { trackers: [script(0, true)] }, {}, 100, true],
    ['weight 0 reverse, failing → no FAULT', { trackers: [script(0, true)] }, { chk: 1 }, 100, false],
    ['100 + 253 → clamped to 254 (lab 24c)', { trackers: [script(253)] }, {}, 254, false],
    ['weight 254 kept, clamped to 254 (lab 24a)', { trackers: [script(254)] }, {}, 254, false],
    ['80 + 200 → 254 (lab p)', { priority: 80, trackers: [script(200)] }, {}, 254, false],
    ['100 − 150 → floored to 1 (lab p)', { trackers: [script(-150)] }, { chk: 1 }, 1, false],
    ['address owner 255: weights ignored', { priority: 255, trackers: [script(-50)] }, { chk: 1 }, 255, false],
    ['address owner 255: weight-0 tracker still FAULTs', { priority: 255, trackers: [script(0)] }, { chk: 1 }, 255, true],
    ['two trackers add up: -20 failing, +5 ok → 85', { trackers: [script(-20), { name: 'b', kind: 'script', weight: 5 }] }, { chk: 1 }, 85, false],
    ['track_file value 3 × weight -10 → 70', { trackers: [{ name: 'f', kind: 'file', weight: -10 }] }, { f: 3 }, 70, false],
    ['track_file default weight 1: value 5 → 105', { trackers: [{ name: 'f', kind: 'file' }] }, { f: 5 }, 105, false],
    ['track_file weight 0, non-zero value → FAULT', { trackers: [{ name: 'f', kind: 'file', weight: 0 }] }, { f: 1 }, 100, true],
    ['track_file −1 × 254 ≤ −254 → FAULT', { trackers: [{ name: 'f', kind: 'file', weight: 254 }] }, { f: -1 }, 100, true],
    ['track_interface weight -30, link up → 100', { trackers: [{ name: 'eth1', kind: 'interface', weight: -30 }] }, {}, 100, false],
  ];
  for (const [name, i, failing, eff, fault] of effects) {
    it(`tracker effect: ${name}`, () => {
      const e = evaluate(i, conditions(failing)).get('VI_1')!;
      assert.equal(e.effectivePriority, eff);
      assert.equal(e.faults.length > 0, fault, e.faults.join('; '));
    });
  }

  it('track_interface: the tracked link going down applies the weight; weight 0 faults', () => {
    assert.equal(evaluate({ trackers: [{ name: 'eth1', kind: 'interface', weight: -30 }] }, conditions({}, ['eth1'])).get('VI_1')!.effectivePriority, 70);
    assert.ok(
      evaluate({ trackers: [{ name: 'eth1', kind: 'interface' }] }, conditions({}, ['eth1']))
        .get('VI_1')!
        .faults[0]!.includes('eth1'),
    );
  });

  const faults: [string, Partial<InstanceInput>, NodeConditions, string | undefined][] = [
    ['own interface down → FAULT', {}, conditions({}, ['eth0']), 'interface eth0 is down'],
    ['own interface down with dont_track_primary → no FAULT', { dontTrackPrimary: true }, conditions({}, ['eth0']), undefined],
    [
      'empty unicast_peer + unicast_fault_no_peer → FAULT',
      { unicast: true, unicastPeers: [], unicastFaultNoPeer: true },
      conditions(),
      'unicast_fault_no_peer',
    ],
    ['empty unicast_peer without the option → multicast, no FAULT', { unicast: true, unicastPeers: [] }, conditions(), undefined],
    ['VIP equal to own address → FAULT (lab g-owner)', { priority: 255, vips: ['192.0.2.11/24'] }, conditions(), 'own address'],
    [
      'VIP equal to own IPv6 address, written differently → FAULT',
      { family: 6, ownAddress: '2001:db8::11/64', vips: ['2001:DB8:0:0::11'] },
      conditions(),
      'own address',
    ],
  ];
  for (const [name, i, cond, want] of faults) {
    it(`fault: ${name}`, () => {
      const e = evaluate(i, cond).get('VI_1')!;
      if (want === undefined) assert.deepEqual(e.faults, []);
      else
        assert.ok(
          e.faults.some((f) => f.includes(want)),
          e.faults.join('; ') || 'no fault',
        );
    });
  }

  describe('sync groups', () => {
    const member = { syncGroup: 'SG' };
    it('a weighted track_script of a member is ignored without sync_group_tracking_weight (measured: "ignoring tracked script with weights due to SYNC group")', () => {
      const { inst } = resolve({ ...member, trackers: [script(-20)] }, [member]);
      assert.deepEqual(inst.trackers, []);
      assert.equal(evaluate({ ...member, trackers: [script(-20)] }, conditions({ chk: 1 }), [member]).get('VI_1')!.effectivePriority, 100);
    });
    it('with sync_group_tracking_weight the weight applies', () => {
      const i = { ...member, syncGroupTrackingWeight: true, trackers: [script(-20)] };
      assert.equal(evaluate(i, conditions({ chk: 1 }), [member]).get('VI_1')!.effectivePriority, 80);
    });
    it('a weighted track_interface of a member becomes weight 0: the link going down means FAULT', () => {
      const e = evaluate({ ...member, trackers: [{ name: 'eth1', kind: 'interface', weight: -30 }] }, conditions({}, ['eth1']), [member]);
      assert.ok(e.get('VI_1')!.faults.length > 0);
    });
    it('a track_file with the default weight becomes weight 0 for a member; an explicit weight is ignored', () => {
      assert.ok(evaluate({ ...member, trackers: [{ name: 'f', kind: 'file' }] }, conditions({ f: 2 }), [member]).get('VI_1')!.faults.length > 0);
      assert.equal(
        evaluate({ ...member, trackers: [{ name: 'f', kind: 'file', weight: -5 }] }, conditions({ f: 2 }), [member]).get('VI_1')!.effectivePriority,
        100,
      );
    });
    it('a weight declared on the sync group itself is kept', () => {
      const i = { ...member, trackers: [{ ...script(-20), fromSyncGroup: true }] };
      assert.equal(evaluate(i, conditions({ chk: 1 }), [member]).get('VI_1')!.effectivePriority, 80);
    });
    it('a FAULT in one member faults every member of the group on that node, not other instances', () => {
      const e = evaluate({ ...member }, conditions({ x: 1 }), [{ ...member, trackers: [script(0)].map((t) => ({ ...t, name: 'x' })) }, { vrid: 70 }]);
      assert.ok(e.get('VI_1')!.faults[0]!.includes('sync group SG'));
      assert.ok(e.get('VI_2')!.faults.length > 0);
      assert.deepEqual(e.get('VI_3')!.faults, []);
    });
  });

  it('an invalid VRID or a duplicate VRID on one interface stops the whole node (keepalived exits)', () => {
    const bad = resolveCluster({ nodes: [{ name: 'n1', instances: [{ ...base, vrid: 0 }] }] });
    assert.match(bad.nodes[0]!.fatal!, /no valid virtual_router_id/);
    const dup = resolveCluster({ nodes: [{ name: 'n1', instances: [base, { ...base, name: 'VI_2' }] }] });
    assert.match(dup.nodes[0]!.fatal!, /both use VRID 51/);
    const v6 = resolveCluster({ nodes: [{ name: 'n1', instances: [base, { ...base, name: 'VI_2', family: 6 }] }] });
    assert.equal(v6.nodes[0]!.fatal, undefined, 'same VRID for IPv4 and IPv6 is fine (lab 35)');
  });

  it('instances with the same VRID on the same segment form one virtual router; segment overrides the interface name', () => {
    const rc = resolveCluster({
      nodes: [
        { name: 'n1', instances: [{ ...base, interface: 'eth0', segment: 'lan' }] },
        { name: 'n2', instances: [{ ...base, interface: 'ens3', segment: 'lan' }] },
        { name: 'n3', instances: [{ ...base, interface: 'ens3' }] },
      ],
    });
    assert.deepEqual(
      rc.segments.map((s) => s.members.map((m) => m.node)),
      [['n3'], ['n1', 'n2']],
    );
  });
});
