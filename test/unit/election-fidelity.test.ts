/**
 * Election model, fidelity round two: start order as "this node was up first" (settled starts,
 * --start-gap for near-simultaneous ones), scenarios as steps, keepalived's corrections simulated
 * as corrected (what it drops, the model drops), windows that hold keepalived's own latencies,
 * and split brain across virtual routers. Golden text: the model's own words.
 */
import * as assert from 'node:assert/strict';
import type { ClusterInput, InstanceInput, InstanceOutcome, Scenario } from '../../server/src/language/election/index';
import { elect, renderText, START_LATENCY, STOP_LATENCY, startSettleTime, timeline, toElectionJson } from '../../server/src/language/election/index';
import { analyse } from '../../server/src/language/analysis/model';
import { nodeInput } from '../../server/src/language/election/fromConfig';
import { nodeInfo, scenarioProblems } from '../../server/src/language/features/electionPreview';
import { parseText } from '../support/parse';
import { lintIssues } from '../support/rules';

function cluster(prios: readonly number[], per: (k: number) => Partial<InstanceInput> = () => ({})): ClusterInput {
  return {
    nodes: prios.map((p, k) => ({
      name: `n${k + 1}`,
      instances: [{ name: 'VI_1', vrid: 51, interface: 'eth0', priority: p, vips: ['192.0.2.100/24'], ownAddress: `192.0.2.1${k + 1}`, ...per(k) }],
    })),
  };
}
const all = (x: Partial<InstanceInput>) => () => x;

function only(c: ClusterInput, s: Scenario = {}): InstanceOutcome {
  const r = elect(c, s);
  assert.equal(r.instances.length, 1);
  return r.instances[0]!;
}

const summary = (o: InstanceOutcome) =>
  `${o.master ?? '-'} ${o.decidedBy} ${o.failover ? `${o.failover.min}–${o.failover.max}` : 'null'} | ${o.nodes.map((n) => `${n.node}:${n.state}:${n.effectivePriority}`).join(' ')}`;

describe('election: start order means "this node was up first"', () => {
  it('the default gap lets each node settle: its master-down interval, an advert interval and the start-up latency', () => {
    const c = cluster([100, 90, 80]);
    assert.equal(
      startSettleTime(
        c.nodes.flatMap((n) => n.instances.map((i) => ({ version: 2 as const, advertInt: 1, downTimerAdverts: 3, preemptDelay: i.preemptDelay }))),
      ),
      6,
    );
    const tl = timeline(c, { startOrder: ['n3', 'n1', 'n2'], steps: [] });
    assert.equal(tl.steps[0]!.label, 'start in order n3, n1, n2, 6 s apart (each once the one before has settled)');
    assert.deepEqual(
      tl.events.filter((e) => e.kind === 'state' && e.from === 'DOWN').map((e) => `${e.node}@${e.t}`),
      ['n3@0.0325', 'n1@6.0325', 'n2@12.0325'],
    );
  });

  it('nopreempt 100/90/80 started n3, n1, n2: n3 was MASTER alone and keeps it (the lab: n3)', () => {
    const o = only(cluster([100, 90, 80], all({ nopreempt: true })), { startOrder: ['n3', 'n1', 'n2'] });
    assert.equal(summary(o), 'n3 incumbent 3.6925–3.7475 | n1:BACKUP:100 n2:BACKUP:90 n3:MASTER:80');
    assert.equal(o.reason, 'n3 (80) stays MASTER as the incumbent: n1 (100) has nopreempt; n2 (90) has nopreempt. VIPs move after 3.693–3.748 s.');
    assert.equal(
      o.nodes[2]!.reason,
      'MASTER with effective priority 80: it was the only one running when its master-down timer (3 × 1 s + 176/256 s = 3.688 s) ran out',
    );
  });

  it('the same with --start-gap 0.05: near-simultaneous, the timers decide and start order is the reason', () => {
    const o = only(cluster([100, 90, 80], all({ nopreempt: true })), { startOrder: ['n3', 'n1', 'n2'], startGap: 0.05 });
    assert.equal(o.master, 'n1');
    assert.equal(o.decidedBy, 'start-order');
    assert.match(o.reason, /^decided by start order: n1 and n2 have master-down timers only 39\.063 ms apart/);
  });

  it('without nopreempt the higher node preempts the one that was up first', () => {
    const o = only(cluster([100, 90, 80]), { startOrder: ['n3', 'n1', 'n2'] });
    assert.equal(summary(o), 'n1 priority 9.614375–9.669375 | n1:MASTER:100 n2:BACKUP:90 n3:BACKUP:80');
  });

  it('equal priorities started n2, n3, n1 once settled: n2 keeps MASTER (an equal backup never displaces it)', () => {
    const o = only(cluster([100, 100, 100]), { startOrder: ['n2', 'n3', 'n1'] });
    assert.equal(summary(o), 'n2 incumbent 3.614375–3.669375 | n1:BACKUP:100 n2:MASTER:100 n3:BACKUP:100');
    assert.match(o.reason, /n1 has the same priority 100 and an equal-priority backup never displaces the master/);
  });
});

describe('election: scenarios as steps', () => {
  it('crash, start again, a check fails and recovers: the outcome is the last step, each step has its master and window', () => {
    const c = cluster([100, 90, 80], all({ trackers: [{ name: 'chk', kind: 'script', weight: -20, interval: 1, fall: 2, rise: 1 }] }));
    const steps = [
      { actions: [{ kind: 'crash' as const, node: 'n1' }] },
      { actions: [{ kind: 'start' as const, node: 'n1' }] },
      { actions: [{ kind: 'fail' as const, node: 'n1', tracker: 'chk' }] },
      { actions: [{ kind: 'heal' as const, node: 'n1', tracker: 'chk' }] },
    ];
    const tl = timeline(c, { steps });
    assert.deepEqual(
      tl.steps.map((s) => `${s.label} @${s.at}: ${s.instances[0]!.master} ${s.instances[0]!.failover!.min}–${s.instances[0]!.failover!.max}`),
      [
        'start all @0: n1 3.614375–3.669375',
        'n1 crashes @11: n2 2.648438–3.648438',
        'n1 starts @21: n1 3.614375–3.669375',
        'chk fails on n1 @32: n2 3.648438–5.648438',
        'chk recovers on n1 @44: n1 2.609375–4.609375',
      ],
    );
    const r = elect(c, { steps });
    assert.equal(r.instances[0]!.master, 'n1');
    assert.deepEqual(r.instances[0]!.failover, tl.steps[4]!.instances[0]!.failover);
  });
});

describe('election: what keepalived drops, the model drops', () => {
  const own = cluster([100, 90, 80], (k) => (k === 0 ? { trackers: [{ name: 'eth0', kind: 'interface', weight: -50 }] } : {}));

  it("track_interface on the instance's own interface is dropped with its weight: link down = FAULT, priority unchanged", () => {
    const o = only(own, { actions: [{ kind: 'link-down', node: 'n1', interface: 'eth0' }] });
    assert.equal(summary(o), 'n2 priority 2.648438–3.648438 | n1:FAULT:100 n2:MASTER:90 n3:BACKUP:80');
    assert.deepEqual(o.nodes[0]!.notes, [
      "track_interface eth0 is the instance's own interface: keepalived drops the entry and its weight -50; the link going down means FAULT",
    ]);
    assert.equal(o.nodes[0]!.reason, 'FAULT: interface eth0 is down');
  });

  it('a tracker keepalived ignores while reading (no such vrrp_script) neither fails nor changes the priority', () => {
    const c = cluster(
      [100, 90],
      all({ trackers: [{ name: 'chk_gone', kind: 'script', weight: 0, ignored: 'vrrp_script chk_gone is not defined: keepalived ignores this entry' }] }),
    );
    const r = elect(c, { actions: [{ kind: 'fail', node: 'n1', tracker: 'chk_gone' }] });
    assert.equal(summary(r.instances[0]!), 'n1 priority 0–0 | n1:MASTER:100 n2:BACKUP:90');
    assert.deepEqual(r.instances[0]!.nodes[0]!.notes, ['track_script chk_gone: vrrp_script chk_gone is not defined: keepalived ignores this entry']);
    assert.deepEqual(r.warnings, ['chk_gone fails on n1: n1 does not track chk_gone (or keepalived ignores its weight)']);
  });

  it('an address owner or a sync-group member keeps a weighted track_process (vrrp_complete_instance leaves it alone)', () => {
    const c = cluster([100, 90], (k) => (k === 0 ? { syncGroup: 'SG', trackers: [{ name: 'haproxy', kind: 'process', weight: -20 }] } : {}));
    const o = only(c, { actions: [{ kind: 'fail', node: 'n1', tracker: 'haproxy' }] });
    assert.equal(summary(o), 'n2 priority 2.648438–3.648438 | n1:BACKUP:80 n2:MASTER:90');
  });

  it('track_file with an explicit weight 1 in a sync group is set to 0 like the default (keepalived cannot tell them apart)', () => {
    const c = cluster([100, 90], (k) => (k === 0 ? { syncGroup: 'SG', trackers: [{ name: 'flag', kind: 'file', weight: 1 }] } : {}));
    const o = only(c, { actions: [{ kind: 'fail', node: 'n1', tracker: 'flag' }] });
    assert.equal(o.nodes[0]!.state, 'FAULT');
    assert.ok(
      o.nodes[0]!.notes.includes(
        'track_file flag weight 1 is set to 0 for a sync group member without sync_group_tracking_weight: a non-zero value means FAULT',
      ),
    );
  });

  it('state is read case-sensitively: `state master` is BACKUP', () => {
    const o = only(cluster([255, 90], (k) => (k === 0 ? { state: 'master' } : {})));
    assert.equal(o.failover!.min > 3, true, 'the owner waits for its timer: it did not start as MASTER');
    assert.ok(o.nodes[0]!.notes.includes('state master is unknown: BACKUP is used'));
  });

  it('strict mode resets preempt_delay and down_timer_adverts, and starts priority 255 as MASTER', () => {
    const c = cluster([100, 90], all({ strict: true, preemptDelay: 5, downTimerAdverts: 5 }));
    const o = only(c);
    assert.equal(o.nodes[0]!.masterDownInterval, 3.609375);
    assert.deepEqual(o.nodes[0]!.notes, ['strict mode: keepalived resets preempt_delay 5 to 0', 'strict mode: keepalived resets down_timer_adverts 5 to 3']);
    const owner = only(cluster([255, 90], (k) => ({ strict: true, state: k === 0 ? 'BACKUP' : 'BACKUP' })));
    assert.deepEqual(owner.failover, { min: 0.005, max: 0.06 }, 'MASTER at once after the start-up latency');
  });

  it("VRRPv2 nodes with different advert_int or authentication drop each other's adverts: both MASTER", () => {
    const adv = elect(cluster([100, 90], (k) => ({ advertInt: k === 0 ? 1 : 2 })));
    assert.deepEqual(
      adv.instances[0]!.nodes.map((n) => n.state),
      ['MASTER', 'MASTER'],
    );
    assert.match(adv.instances[0]!.notes.join(' '), /different advert_int \(1, 2 s\): keepalived drops adverts with another interval/);
    assert.equal(adv.splitBrain.length, 1);
    const auth = elect(cluster([100, 90], (k) => ({ auth: { type: 'PASS', pass: k === 0 ? 'secret1' : 'secret2' } })));
    assert.deepEqual(
      auth.instances[0]!.nodes.map((n) => n.state),
      ['MASTER', 'MASTER'],
    );
    const unknown = elect(cluster([100, 90], (k) => ({ auth: { type: 'PASS', pass: k === 0 ? 'secret1' : 'UNKNOWN:pw', passUnknown: k === 1 } })));
    assert.deepEqual(
      unknown.instances[0]!.nodes.map((n) => n.state),
      ['MASTER', 'BACKUP'],
      'a password we could not compute matches',
    );
    assert.deepEqual(unknown.instances[0]!.nodes[1]!.notes, ['auth_pass is a value we could not compute: taken to match the other members']);
    assert.doesNotMatch(unknown.instances[0]!.notes.join(' '), /different authentication/);
    const unknownAh = elect(cluster([100, 90], (k) => ({ auth: k === 0 ? { type: 'AH' } : { type: 'PASS', pass: 'UNKNOWN:pw', passUnknown: true } })));
    assert.deepEqual(
      unknownAh.instances[0]!.nodes.map((n) => n.state),
      ['MASTER', 'MASTER'],
      'but not another auth_type',
    );
    const same = elect(cluster([100, 90], () => ({ auth: { type: 'PASS', pass: 'samepass9' } })));
    assert.deepEqual(
      same.instances[0]!.nodes.map((n) => n.state),
      ['MASTER', 'BACKUP'],
      'the same first 8 characters: they hear each other',
    );
    const v3 = elect(cluster([100, 90], (k) => ({ version: 3, advertInt: k === 0 ? 1 : 2 })));
    assert.deepEqual(
      v3.instances[0]!.nodes.map((n) => n.state),
      ['MASTER', 'BACKUP'],
      "VRRPv3 adopts the master's interval",
    );
  });

  it('a unicast peer of the other address family is skipped', () => {
    const o = only(cluster([100, 90], (k) => ({ unicast: true, unicastPeers: k === 0 ? ['192.0.2.12', '2001:db8::2'] : ['192.0.2.11'] })));
    assert.ok(o.nodes[0]!.notes.includes('unicast peer 2001:db8::2 is not IPv4: keepalived skips it'));
    assert.equal(o.master, 'n1');
  });
});

describe("election: windows hold keepalived's own latencies", () => {
  it("start-up, graceful stop and an owner's return are windows, not points", () => {
    assert.deepEqual(
      [START_LATENCY, STOP_LATENCY],
      [
        { min: 0.005, max: 0.06 },
        { min: 0, max: 0.06 },
      ],
    );
    assert.deepEqual(only(cluster([100, 90, 80])).failover, { min: 3.614375, max: 3.669375 });
    assert.deepEqual(only(cluster([100, 90, 80]), { actions: [{ kind: 'stop', node: 'n1' }] }).failover, { min: 0.648438, max: 0.708438 });
    const owner = cluster([255, 90, 80], (k) => ({ state: k === 0 ? 'MASTER' : 'BACKUP' }));
    assert.deepEqual(only(owner, { absent: ['n1'], actions: [{ kind: 'start', node: 'n1' }] }).failover, { min: 0.005, max: 0.06 });
  });
});

describe('election: split brain across virtual routers', () => {
  const twoVrids: ClusterInput = {
    nodes: ['lb1', 'lb2'].map((name, k) => ({
      name,
      instances: [{ name: `VI_${k + 1}`, vrid: 51 + k, interface: 'eth0', priority: 100, vips: ['192.0.2.100/24', '192.0.2.101'] }],
    })),
  };

  it('one VIP under VRIDs 51 and 52: each VRID has its own master and both hold the VIP', () => {
    const r = elect(twoVrids);
    assert.deepEqual(
      r.instances.map((i) => `${i.name}:${i.master}:${i.decidedBy}`),
      ['VI_1:lb1:only-candidate', 'VI_2:lb2:only-candidate'],
    );
    assert.deepEqual(r.splitBrain, [
      {
        vips: ['192.0.2.100', '192.0.2.101'],
        masters: [
          { node: 'lb1', instance: 'VI_1', vrid: 51, key: 'ipv4/eth0/51' },
          { node: 'lb2', instance: 'VI_2', vrid: 52, key: 'ipv4/eth0/52' },
        ],
      },
    ]);
    assert.equal(
      renderText(r).split('\n')[0],
      '!! SPLIT BRAIN: 192.0.2.100, 192.0.2.101 are held by lb1 (VI_1, VRID 51) and lb2 (VI_2, VRID 52) at the same time: different virtual routers never elect one master between them',
    );
  });

  it('start order undecided, a third node that hears neither candidate: MASTER either way, so a split brain whoever wins', () => {
    // control01/control02 too close to call under nopreempt; n3 has another auth_pass
    const per = (pass: (k: number) => string) => (k: number) => ({ nopreempt: true, auth: { type: 'PASS' as const, pass: pass(k) } });
    const r = elect(
      cluster(
        [10, 5, 3],
        per((k) => (k === 2 ? 'other' : 'secret')),
      ),
    );
    const o = r.instances[0]!;
    assert.equal(o.master, null);
    assert.deepEqual([o.decidedBy, o.candidates, o.alsoMaster], ['start-order', ['n1', 'n2'], ['n3']]);
    assert.match(o.reason, /Give a start order to see the outcome\. Either way n3 is MASTER too \(they do not hear each other\): split brain\.$/);
    assert.match(o.nodes[2]!.reason, /^MASTER with effective priority 3: it hears none of the other members running \(.*authentication/);
    const holder = (node: string) => ({ node, instance: 'VI_1', vrid: 51, key: 'ipv4/eth0/51' });
    assert.deepEqual(r.splitBrain, [{ vips: ['192.0.2.100'], masters: [holder('n3')], oneOf: [holder('n1'), holder('n2')] }]);
    assert.equal(
      renderText(r).split('\n')[0],
      '!! SPLIT BRAIN: 192.0.2.100 is held by n3 (VI_1, VRID 51) and n1 (VI_1, VRID 51) or n2 (VI_1, VRID 51) (whichever wins the start) at the same time: these nodes do not hear each other',
    );
    assert.deepEqual(
      toElectionJson(r).splitBrain[0]!.oneOf?.map((h) => h.node),
      ['n1', 'n2'],
    );
    // the same cluster with one password: undecided, and no split brain
    const same = elect(
      cluster(
        [10, 5, 3],
        per(() => 'secret'),
      ),
    );
    assert.deepEqual([same.instances[0]!.master, same.instances[0]!.alsoMaster, same.splitBrain], [null, [], []]);
    assert.doesNotMatch(same.instances[0]!.reason, /Either way/);
  });

  it('gone when one of them is down; an isolated master inside one VRID is one too', () => {
    assert.deepEqual(elect(twoVrids, { actions: [{ kind: 'crash', node: 'lb2' }] }).splitBrain, []);
    const iso = elect(cluster([100, 90]), { actions: [{ kind: 'isolate', node: 'n1' }] });
    assert.equal(iso.splitBrain.length, 1);
    assert.equal(
      renderText(iso).split('\n')[0],
      '!! SPLIT BRAIN: 192.0.2.100 is held by n1 (VI_1, VRID 51) and n2 (VI_1, VRID 51) at the same time: these nodes do not hear each other',
    );
    assert.deepEqual(elect(cluster([100, 90])).splitBrain, []);
  });
});

describe('election input from a configuration: one model with the linter', () => {
  const text = [
    'vrrp_script chk_ok {',
    '  script "/bin/true"',
    '}',
    'vrrp_script chk_x {',
    '  script "/bin/true"',
    '}',
    'vrrp_instance VI_1 {',
    '  state master',
    '  interface eth0',
    '  virtual_router_id 51',
    '  priority 100',
    '  track_script {',
    '    chk_ok weight -20',
    '    chk_ok weight -30',
    '    chk_later',
    '    chk_gone',
    '    chk_x wieght 5',
    '  }',
    '  track_interface {',
    '    eth0 weight -50',
    '    eth1 weight -10',
    '  }',
    '  authentication {',
    '    auth_type PASS',
    '    auth_pass secret123',
    '  }',
    '  virtual_ipaddress {',
    '    192.0.2.100/24',
    '  }',
    '}',
    'vrrp_script chk_later {',
    '  script "/bin/true"',
    '}',
  ].join('\n');
  const model = () => analyse(parseText(text));

  it('passes what keepalived reads: the ignored entries marked with the reason, the state as keepalived reads it, the authentication', () => {
    const n = nodeInput(model(), 'lb1');
    const i = n.instances[0]!;
    assert.deepEqual(
      i.trackers!.map((t) => `${t.kind} ${t.name} ${t.weight ?? '-'}${t.ignored ? ` (${t.ignored})` : ''}`),
      [
        'script chk_ok -20',
        'script chk_ok -30 (listed twice: keepalived ignores the second entry)',
        'script chk_later - (vrrp_script chk_later is defined only further down: keepalived ignores this entry)',
        'script chk_gone - (vrrp_script chk_gone is not defined: keepalived ignores this entry)',
        "script chk_x - (unknown option 'wieght': keepalived ignores this entry)",
        'interface eth0 -50',
        'interface eth1 -10',
      ],
    );
    assert.equal(i.state, 'BACKUP', '`state master` is not MASTER for keepalived');
    assert.deepEqual(i.auth, { type: 'PASS', pass: 'secret123' });
  });

  it('the linter reports each of those entries as ignored', () => {
    const codes = lintIssues(text).issues.map((x) => x.code);
    for (const c of ['undefined-reference', 'track-interface-own', 'state-invalid']) assert.ok(codes.includes(c), `${c} in ${codes.join(', ')}`);
  });

  it("only what keepalived runs can fail: chk_ok and eth1 (eth0 is the instance's own link)", () => {
    const n = nodeInput(model(), 'lb1');
    const info = nodeInfo(n);
    assert.deepEqual(
      info.trackers.map((t) => `${t.name} ${t.weight}`),
      ['chk_ok -20'],
    );
    assert.deepEqual(info.interfaces, ['eth0', 'eth1']);
    const problems = scenarioProblems(
      { nodes: [n] },
      {
        fail: [
          { node: 'lb1', tracker: 'chk_gone' },
          { node: 'lb1', tracker: 'chk_later' },
          { node: 'lb1', tracker: 'chk_ok' },
        ],
      },
    );
    assert.deepEqual(problems, [
      "--fail: lb1 does not run 'chk_gone': track_script chk_gone: vrrp_script chk_gone is not defined: keepalived ignores this entry",
      "--fail: lb1 does not run 'chk_later': track_script chk_later: vrrp_script chk_later is defined only further down: keepalived ignores this entry",
    ]);
  });
});
