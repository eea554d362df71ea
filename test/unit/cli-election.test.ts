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
import { splitNodeSpec } from '../../server/src/cli/election';
import { repoRoot } from '../support/shared';

const FIX = path.join(repoRoot, 'test/fixtures');
const SEED = path.join(FIX, 'election/seed');
const TIE = path.join(FIX, 'election/tie');
const KOLLA = path.join(FIX, 'kolla/clean');

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
  assert.deepEqual(Object.keys(parsed), ['instances']);
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
        { name: 'VI_1', vrid: 51, interface: 'eth0', master: 'node1', decidedBy: 'priority', failoverSeconds: 3.609375 },
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
      const lb2 = json(run(['--format', 'json', '--start-order', 'lb2,lb1', TIE]))[0]!;
      assert.deepEqual([lb2.master, lb2.decidedBy], ['lb2', 'start-order']);
      const lb1 = json(run(['--format', 'json', '--start-order=lb1,lb2', TIE]))[0]!;
      assert.deepEqual([lb1.master, lb1.decidedBy], ['lb1', 'start-order']);
      assert.equal(lb1.nodes.find((n) => n.node === 'lb2')!.state, 'BACKUP');
    });

    it('with --globals the nodes are the Kolla-Ansible hosts (rendered configurations)', () => {
      const i = json(
        run([
          '--format',
          'json',
          '--globals',
          path.join(KOLLA, 'globals.yml'),
          '--inventory',
          path.join(KOLLA, 'multinode'),
          '--passwords',
          path.join(KOLLA, 'passwords.yml'),
        ]),
      );
      assert.equal(i.length, 1);
      assert.deepEqual(
        i[0]!.nodes.map((n) => n.node),
        ['control01', 'control02', 'control03'],
      );
      assert.equal(i[0]!.vrid, 73);
      const down = json(
        run([
          '--format',
          'json',
          '--down',
          'control03',
          '--start-order',
          'control01,control02,control03',
          '--globals',
          path.join(KOLLA, 'globals.yml'),
          '--inventory',
          path.join(KOLLA, 'multinode'),
        ]),
      )[0]!;
      assert.equal(down.nodes.find((n) => n.node === 'control03')!.state, 'DOWN');
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
      assert.match(t, /failover: {3}3\.609 s/);
      assert.match(t, /why: {8}node1 has the highest effective priority/);
      assert.match(t, /node {3}state {3}prio {2}eff {2}master-down {2}why/);
      assert.match(t, /node1 {2}MASTER {2}100 {3}100 {2}3\.609 s/);
      assert.match(t, /node3 {2}BACKUP {2}80 {4}80 {3}3\.688 s/);
      assert.match(t, /Timeline \(start all → node1 \(master\) crashes → node1 returns\):/);
      assert.match(t, /3\.609 s {5}node1 VI_1: BACKUP → MASTER/);
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
