/**
 * `keepalived-lint election` in-process (runCli with captured output) and once as a child process:
 * the exact JSON shape, the text tables and timeline, the scenario options and the exit codes.
 * The seed: three nodes 100/90/80, adverts every second, a track_script with weight -20
 * (test/fixtures/election/seed).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyDir, removeEmptyDir, runCliCaptured, type Run } from '../support/cli';
import { splitNodeSpec } from '../../server/src/language/project/index';
import { repoRoot } from '../support/shared';

const FIX = path.join(repoRoot, 'test/fixtures');
const SEED = path.join(FIX, 'election/seed');
const TIE = path.join(FIX, 'election/tie');
const KOLLA = path.join(FIX, 'kolla/clean');
/** The clean Kolla deployment's globals.yml and inventory. */
const KOLLA_ARGS = ['--globals', path.join(KOLLA, 'globals.yml'), '--inventory', path.join(KOLLA, 'multinode')];

function run(args: string[], cwd = emptyDir()): Run {
  return runCliCaptured(['election', ...args], cwd);
}

interface JsonNode {
  node: string;
  state: string;
  priority: number;
  effectivePriority: number;
  masterDownInterval: number;
}
interface JsonInstance {
  name: string;
  vrid: number;
  interface: string;
  master: string | null;
  decidedBy: string;
  reason: string;
  failoverSeconds: number | null;
  nodes: JsonNode[];
}

function json(r: Run): JsonInstance[] {
  assert.equal(r.code, 0, r.stderr);
  const parsed = JSON.parse(r.stdout) as { instances: JsonInstance[] };
  assert.deepEqual(Object.keys(parsed), ['instances', 'splitBrain', 'steps'], 'the original field first, the additions after it');
  return parsed.instances;
}

const states = (i: JsonInstance) => i.nodes.map((n) => `${n.node}:${n.state}:${n.effectivePriority}`).join(' ');

describe('cli: keepalived-lint election', () => {
  after(removeEmptyDir);

  describe('--format json', () => {
    it('prints exactly the model JSON: {"instances":[{name, vrid, interface, master, decidedBy, reason, failoverSeconds, nodes:[...]}]}', () => {
      const r = run(['--format', 'json', SEED]);
      const instances = json(r);
      assert.equal(r.stderr, '');
      assert.equal(r.stdout, `${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`, 'two-space indented JSON and a newline, nothing else');
      assert.equal(instances.length, 1);
      const i = instances[0]!;
      assert.deepEqual(Object.keys(i), ['name', 'vrid', 'interface', 'master', 'decidedBy', 'reason', 'failoverSeconds', 'nodes']);
      for (const n of i.nodes) assert.deepEqual(Object.keys(n), ['node', 'state', 'priority', 'effectivePriority', 'masterDownInterval']);
      assert.deepEqual(
        { name: i.name, vrid: i.vrid, interface: i.interface, master: i.master, decidedBy: i.decidedBy, failoverSeconds: i.failoverSeconds },
        { name: 'VI_1', vrid: 51, interface: 'eth0', master: 'node1', decidedBy: 'priority', failoverSeconds: 3.669375 },
      );
      assert.deepEqual(i.nodes, [
        { node: 'node1', state: 'MASTER', priority: 100, effectivePriority: 100, masterDownInterval: 3.609375 },
        { node: 'node2', state: 'BACKUP', priority: 90, effectivePriority: 90, masterDownInterval: 3.648438 },
        { node: 'node3', state: 'BACKUP', priority: 80, effectivePriority: 80, masterDownInterval: 3.6875 },
      ]);
      assert.match(i.reason, /node1 has the highest effective priority \(100; node2 90, node3 80\)/);
    });

    it('--fail node1:chk_haproxy: the weight -20 takes node1 to 80 and node2 (90) becomes MASTER, with the window', () => {
      const i = json(run(['--format', 'json', '--fail', 'node1:chk_haproxy', SEED]))[0]!;
      assert.equal(i.master, 'node2');
      assert.equal(i.decidedBy, 'priority');
      assert.equal(states(i), 'node1:BACKUP:80 node2:MASTER:90 node3:BACKUP:80');
      assert.equal(i.failoverSeconds, 7.648438);
      assert.match(i.reason, /^After chk_haproxy fails on node1: node2 has the highest effective priority/);
      assert.match(i.reason, /VIPs move after 4\.648–7\.648 s\./);
    });

    it('--down (crash) and --stop (graceful): the next priority takes over, a graceful stop much faster', () => {
      const down = json(run(['--format', 'json', '--down', 'node1', SEED]))[0]!;
      assert.equal(down.master, 'node2');
      assert.equal(states(down), 'node1:DOWN:100 node2:MASTER:90 node3:BACKUP:80');
      assert.equal(down.failoverSeconds, 3.648438);
      const stop = json(run(['--format', 'json', '--stop', 'node1', SEED]))[0]!;
      assert.equal(stop.master, 'node2');
      assert.ok(stop.failoverSeconds !== null && stop.failoverSeconds < 1, `graceful stop: priority 0 advert, skew only (got ${stop.failoverSeconds})`);
      const both = json(run(['--format', 'json', '--down', 'node1', '--stop', 'node2', SEED]))[0]!;
      assert.equal(both.master, 'node3');
    });

    it('--link-down NODE:IFACE puts that node in FAULT', () => {
      const i = json(run(['--format', 'json', '--link-down', 'node1:eth0', SEED]))[0]!;
      assert.equal(i.master, 'node2');
      assert.equal(i.nodes[0]!.state, 'FAULT');
    });

    it('equal priorities: master null (start order decides) until --start-order names who starts first', () => {
      const open = json(run(['--format', 'json', TIE]))[0]!;
      assert.equal(open.master, null);
      assert.equal(open.decidedBy, 'start-order');
      assert.match(open.reason, /equal priority 100.*Give a start order/);
      // lb2 was up first: MASTER alone, and an equal-priority lb1 never displaces it
      const lb2 = json(run(['--format', 'json', '--start-order', 'lb2,lb1', TIE]))[0]!;
      assert.deepEqual([lb2.master, lb2.decidedBy], ['lb2', 'incumbent']);
      // started 50 ms apart: the same winner, but only because of the order
      const lb1 = json(run(['--format', 'json', '--start-order=lb1,lb2', '--start-gap', '0.05', TIE]))[0]!;
      assert.deepEqual([lb1.master, lb1.decidedBy], ['lb1', 'start-order']);
      assert.equal(lb1.nodes.find((n) => n.node === 'lb2')!.state, 'BACKUP');
    });

    it('with --globals the nodes are the Kolla-Ansible hosts (rendered configurations)', () => {
      const i = json(run(['--format', 'json', ...KOLLA_ARGS, '--passwords', path.join(KOLLA, 'passwords.yml')]));
      assert.equal(i.length, 1);
      assert.deepEqual(
        i[0]!.nodes.map((n) => n.node),
        ['control01', 'control02', 'control03'],
      );
      assert.equal(i[0]!.vrid, 73);
      const down = json(run(['--format', 'json', '--down', 'control03', '--start-order', 'control01,control02,control03', ...KOLLA_ARGS]))[0]!;
      assert.equal(down.nodes.find((n) => n.node === 'control03')!.state, 'DOWN');
    });

    it("with --globals, files that are not the deployment's form their own cluster, never taken for its hosts", () => {
      const pair = path.join(repoRoot, 'examples/haproxy-pair');
      // JSON is one preview: the cluster is chosen
      const both = run(['--format', 'json', ...KOLLA_ARGS, pair]);
      assert.equal(both.code, 2);
      assert.match(both.stderr, /these nodes form 2 separate clusters: choose one with --cluster NODE/);
      assert.deepEqual(
        json(run(['--format', 'json', '--cluster', 'control02', ...KOLLA_ARGS, pair])).flatMap((x) => x.nodes.map((n) => n.node)),
        ['control01', 'control02', 'control03'],
      );
      assert.deepEqual(
        json(run(['--format', 'json', '--cluster', 'lb1', ...KOLLA_ARGS, pair])).flatMap((x) => x.nodes.map((n) => n.node)),
        ['lb1', 'lb2'],
      );
    });
  });

  describe('text', () => {
    it('the seed: a table per instance, the winner and why, the failover window, and start / master fails / master returns', () => {
      const r = run([SEED]);
      assert.equal(r.code, 0, r.stderr);
      const t = r.stdout;
      assert.match(t, /^Nodes: node1, node2, node3\nScenario: all nodes start together\.\n/);
      assert.match(t, /VI_1 {2}\(vrid 51, eth0, ipv4\)/);
      assert.match(t, /master: {5}node1 {3}decided by priority/);
      assert.match(t, /failover: {3}3\.614–3\.669 s/);
      assert.match(t, /why: {8}node1 has the highest effective priority/);
      assert.match(t, /node {3}state {3}prio {2}eff {2}master-down {2}why/);
      assert.match(t, /node1 {2}MASTER {2}100 {3}100 {2}3\.609 s/);
      assert.match(t, /node3 {2}BACKUP {2}80 {4}80 {3}3\.688 s/);
      assert.match(t, /Timeline \(start all → node1 \(master\) crashes → node1 returns\):/);
      assert.match(t, /3\.642 s {5}node1 VI_1: BACKUP → MASTER/);
      assert.match(t, />> node1 crashes/);
      assert.match(t, /node2 VI_1: BACKUP → MASTER \(no advert from the master/);
      assert.match(t, />> node1 starts/);
      assert.match(t, /node1 VI_1: BACKUP → MASTER \(preempts the lower-priority master\)/);
      assert.match(t, /after "node1 \(master\) crashes" \(at 11 s\):\n {2}VI_1: master node2 \(priority, failover 2\.648–3\.648 s\)/);
    });

    it('a scenario: the actions, then recovery, in the timeline', () => {
      const r = run(['--fail', 'node1:chk_haproxy', SEED]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Scenario: all nodes start together; then chk_haproxy fails on node1\./);
      assert.match(r.stdout, /master: {5}node2 {3}decided by priority/);
      assert.match(r.stdout, /failover: {3}4\.648–7\.648 s/);
      assert.match(r.stdout, /node1 {2}BACKUP {2}100 {3}80 /);
      assert.match(r.stdout, />> chk_haproxy recovers on node1/);
    });

    it('a directory without VRRP instances says so', () => {
      const dir = fs.mkdtempSync(path.join(emptyDir(), 'novrrp-'));
      fs.writeFileSync(path.join(dir, 'keepalived.conf'), 'global_defs {\n    router_id x\n}\n');
      const r = run([dir]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /No VRRP instances\./);
    });
  });

  describe('--start-gap, --step and --scenario', () => {
    interface StepJ {
      label: string;
      at: number;
      instances: { name: string; master: string | null; decidedBy: string; failover: { min: number; max: number } | null; alsoMaster: string[] }[];
      splitBrain: unknown[];
    }
    const steps = (r: Run) => {
      assert.equal(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout) as { steps: StepJ[] }).steps;
    };
    const line = (s: StepJ) =>
      `${s.label} @${s.at}: ${s.instances.map((i) => `${i.master} ${i.decidedBy} ${i.failover ? `${i.failover.min}–${i.failover.max}` : '-'}`).join('; ')}`;

    it('--start-order alone: each node starts once the one before has settled; --start-gap makes the starts near-simultaneous', () => {
      const settled = steps(run(['--format', 'json', '--start-order', 'node3,node1,node2', SEED]));
      assert.deepEqual(settled.map(line), [
        'start in order node3, node1, node2, 6 s apart (each once the one before has settled) @0: node1 priority 9.614375–9.669375',
      ]);
      const near = steps(run(['--format', 'json', '--start-order', 'node3,node1,node2', '--start-gap', '0.05', SEED]));
      assert.deepEqual(near.map(line), ['start in order node3, node1, node2, 0.05 s apart @0: node1 priority 3.664375–3.719375']);
      const text = run(['--start-order', 'node3,node1,node2', '--start-gap=2', SEED]).stdout;
      assert.match(text, /^Scenario: the nodes start in the order node3, node1, node2 \(2 s apart\)\.$/m);
    });

    it('--step: the outcome after the last step, and per step the master and the failover window', () => {
      const r = run([
        '--format',
        'json',
        '--step',
        'crash:node1',
        '--step',
        'start:node1',
        '--step',
        'fail:node2:chk_haproxy',
        '--step',
        'recover:node2:chk_haproxy',
        SEED,
      ]);
      assert.deepEqual(steps(r).map(line), [
        'start all @0: node1 priority 3.614375–3.669375',
        'node1 crashes @11: node2 priority 2.648438–3.648438',
        'node1 starts @21: node1 priority 3.614375–3.669375',
        'chk_haproxy fails on node2 @32: node1 priority 0–0',
        'chk_haproxy recovers on node2 @46: node1 priority 0–0',
      ]);
      const i = json(r)[0]!;
      assert.equal(i.master, 'node1');
      assert.equal(i.failoverSeconds, 0);
      assert.match(i.reason, /^After chk_haproxy recovers on node2: node1/);
      const text = run(['--step', 'crash:node1,stop:node2', '--step', 'start:node1', SEED]).stdout;
      assert.match(text, /^Scenario: all nodes start together; then node1 crashes, node2 stops gracefully; then node1 starts\.$/m);
      assert.match(text, /Timeline \(start all → node1 crashes, node2 stops gracefully → node1 starts\):/);
      assert.doesNotMatch(text, /all recover/, 'steps are run as given, without an added recovery');
    });

    it('--down and the like are the first step when --step follows', () => {
      assert.deepEqual(
        steps(run(['--format', 'json', '--down', 'node1', '--step', 'start:node1', SEED])).map((s) => s.label),
        ['start all', 'node1 crashes', 'node1 starts'],
      );
    });

    it('--scenario FILE: startOrder, startGap and steps from JSON; the options add to it', () => {
      const dir = fs.mkdtempSync(path.join(emptyDir(), 'scenario-'));
      const file = path.join(dir, 'failover.json');
      fs.writeFileSync(file, JSON.stringify({ startOrder: ['node2', 'node1'], startGap: 0.05, steps: ['stop:node2', ['start:node2']] }));
      assert.deepEqual(steps(run(['--format', 'json', '--scenario', file, '--step', 'crash:node1', SEED])).map(line), [
        'start in order node2, node1, 0.05 s apart @0: node1 priority 3.664375–3.719375',
        'node2 stops gracefully @11: node1 priority 0–0',
        'node2 starts @22: node1 priority 0–0',
        'node1 crashes @33: node2 priority 2.648438–3.648438',
      ]);
      fs.writeFileSync(file, '{"steps": [{"crash": "node1"}]}');
      const bad = run(['--scenario', file, SEED]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /failover\.json: steps is a list of steps, each "KIND:NODE\[:NAME\]" or a list of them/);
    });

    it('a split brain is a loud line in text, a line on stderr and the splitBrain field in JSON', () => {
      const dir = fs.mkdtempSync(path.join(emptyDir(), 'split-'));
      for (const [name, vrid] of [
        ['lb1', 51],
        ['lb2', 52],
      ] as const) {
        fs.mkdirSync(path.join(dir, name));
        fs.writeFileSync(
          path.join(dir, name, 'keepalived.conf'),
          `vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id ${vrid}\n  priority 100\n  virtual_ipaddress {\n    192.0.2.100/24\n  }\n}\n`,
        );
      }
      const text = run([dir]);
      assert.match(
        text.stdout,
        /^Nodes: lb1, lb2\nScenario: all nodes start together\.\n\n!! SPLIT BRAIN: 192\.0\.2\.100 is held by lb1 \(VI_1, VRID 51\) and lb2 \(VI_1, VRID 52\) at the same time: different virtual routers never elect one master between them\n/,
      );
      const j = run(['--format', 'json', dir]);
      assert.deepEqual((JSON.parse(j.stdout) as { splitBrain: unknown }).splitBrain, [
        {
          vips: ['192.0.2.100'],
          masters: [
            { node: 'lb1', instance: 'VI_1', vrid: 51 },
            { node: 'lb2', instance: 'VI_1', vrid: 52 },
          ],
        },
      ]);
      assert.match(j.stderr, /^keepalived-lint: SPLIT BRAIN: 192\.0\.2\.100 is held by lb1/m);
      assert.deepEqual(
        json(j).map((i) => i.master),
        ['lb1', 'lb2'],
        'the existing fields are unchanged: each VRID has its master',
      );
    });

    it('a track_script keepalived ignores (no such vrrp_script) cannot fail', () => {
      const dir = fs.mkdtempSync(path.join(emptyDir(), 'ignored-'));
      fs.writeFileSync(
        path.join(dir, 'lb1.keepalived'),
        'vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n  priority 100\n  track_script {\n    chk_gone\n  }\n  virtual_ipaddress {\n    192.0.2.100/24\n  }\n}\n',
      );
      const r = run(['--fail', 'lb1:chk_gone', dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--fail: lb1 does not run 'chk_gone': track_script chk_gone: vrrp_script chk_gone is not defined: keepalived ignores this entry/);
      const ok = run([dir]);
      assert.match(ok.stdout, /note: lb1: track_script chk_gone: vrrp_script chk_gone is not defined: keepalived ignores this entry/);
    });
  });

  describe('exit codes and messages', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown node in --down', ['--down', 'node9', SEED], /--down: there is no node 'node9' \(nodes: node1, node2, node3\)/],
      ['an unknown node in --stop', ['--stop', 'lb1', SEED], /--stop: there is no node 'lb1'/],
      ['a tracker the node does not track', ['--fail', 'node1:chk_nginx', SEED], /--fail: node1 does not track 'chk_nginx' \(it tracks chk_haproxy\)/],
      ['--fail without NODE:', ['--fail', 'chk_haproxy', SEED], /--fail needs NODE:TRACKER/],
      ['an interface the node does not use', ['--link-down', 'node2:eth9', SEED], /--link-down: node2 has no instance on or tracking interface 'eth9'/],
      ['an unknown node in --start-order', ['--start-order', 'node1,nodeX', SEED], /--start-order: there is no node 'nodeX'/],
      ['sarif', ['--format', 'sarif', SEED], /election prints text or json/],
      ['a missing path', [path.join(FIX, 'election/nope')], /no such file or directory/],
      ['no path', [], /no PATH given/],
      [
        'an unknown --step action',
        ['--step', 'reboot:node1', SEED],
        /--step 'reboot:node1': unknown action 'reboot' \(use crash, stop, start, fail, recover, link-down, link-up, isolate, rejoin\)/,
      ],
      ['a --step without a node', ['--step', 'crash', SEED], /--step 'crash' needs a node: crash:NODE/],
      ['a --step on an unknown node', ['--step', 'crash:node9', SEED], /--step 1 \(node9 crashes\): there is no node 'node9'/],
      ['a --step fail without a tracker', ['--step', 'fail:node1', SEED], /--step fail needs NODE:TRACKER \(not 'node1'\)/],
      ['a bad --start-gap', ['--start-gap', 'soon', SEED], /--start-gap needs seconds from 0 to 3600/],
      ['a missing --scenario file', ['--scenario', 'nope.json', SEED], /cannot read .*nope\.json \(--scenario\)/],
    ];
    for (const [what, args, message] of cases) {
      it(`${what}: exit 2 and a clear message on stderr`, () => {
        const r = run(args);
        assert.equal(r.code, 2, r.stdout);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, message);
      });
    }
  });

  it('NODE:NAME splits at the longest known node name (names may hold a colon)', () => {
    assert.deepEqual(splitNodeSpec('a:b:chk', '--fail', ['a', 'a:b']), { node: 'a:b', name: 'chk' });
    assert.deepEqual(splitNodeSpec('x:chk:1', '--fail', ['a']), { node: 'x', name: 'chk:1' });
  });

  it('the built bin/keepalived-lint.js runs it (exit 0, JSON on stdout)', function () {
    this.timeout(20000);
    const bin = path.join(repoRoot, 'bin/keepalived-lint.js');
    const r = spawnSync(process.execPath, [bin, 'election', '--format', 'json', '--fail', 'node1:chk_haproxy', SEED], { encoding: 'utf8', cwd: emptyDir() });
    assert.equal(r.status, 0, r.stderr);
    assert.equal((JSON.parse(r.stdout) as { instances: JsonInstance[] }).instances[0]!.master, 'node2');
    const bad = spawnSync(process.execPath, [bin, 'election', '--down', 'ghost', SEED], { encoding: 'utf8', cwd: emptyDir() });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /there is no node 'ghost'/);
  });
});
