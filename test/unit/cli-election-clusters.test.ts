/**
 * `keepalived-lint election` when the nodes given form several clusters (grouped as the linter
 * groups them): one text preview per cluster under a heading, `--cluster NODE`, the JSON's one
 * preview (a usage error listing the clusters, unless the scenario names one cluster), the scenario
 * routed to the cluster of each node, a Kolla-Ansible deployment found in a directory, and one
 * cluster printed exactly as before. The operator workspace (test/fixtures/operator) holds a
 * Kolla deployment (control01–03, control03 rendered by Kolla), an Ansible role (web-lb1/2) and a
 * Kubernetes pair (lb1/2), all three on VRID 51.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { clusterInput, createProjectService, electionClustersOf, previewElection, scenarioPart } from '../../server/src/language/project/index';
import type { ScenarioSpec } from '../../server/src/language/project/index';
import { emptyDir, removeEmptyDir, runCliCaptured, type Run } from '../support/cli';
import { repoRoot } from '../support/shared';

const FIX = path.join(repoRoot, 'test/fixtures');
const OPERATOR = path.join(FIX, 'operator');
const SEED = path.join(FIX, 'election/seed');
const KOLLA = path.join(OPERATOR, 'kolla');

const run = (args: string[]): Run => runCliCaptured(['election', ...args], emptyDir());

const KOLLA_HEADING = 'control01, control02, control03 (Kolla-Ansible: kolla/etc/kolla/globals.yml; VRID 51 · 10.10.0.250)';
const ROLE_HEADING = 'web-lb1, web-lb2 (Ansible role: ansible/roles/keepalived; VRID 51 · 192.168.60.10)';
const K8S_HEADING = 'lb1, lb2 (VRID 51 · 192.168.50.10)';

/** The previews of a text output with headings: heading → the preview under it. */
function sections(stdout: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = stdout.split(/^== Cluster \d+ of \d+: (.*) ==\n/m);
  assert.equal(parts[0], '', 'the output starts with a heading');
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i]!, parts[i + 1]!.trimEnd());
  return out;
}

/** The nodes of a JSON preview (exit 0). */
function jsonNodes(r: Run): string[] {
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout) as { instances: { nodes: { node: string }[] }[] };
  assert.deepEqual(Object.keys(j), ['instances', 'splitBrain', 'steps'], 'the JSON shape is one preview');
  return [...new Set(j.instances.flatMap((i) => i.nodes.map((n) => n.node)))];
}

const conf = (name: string, vrid: number, prio: number, vip: string, pass: string) =>
  `! Configuration File for keepalived\nvrrp_instance ${name} {\n    state BACKUP\n    interface eth0\n    virtual_router_id ${vrid}\n    priority ${prio}\n    advert_int 1\n` +
  `    authentication {\n        auth_type PASS\n        auth_pass ${pass}\n    }\n    virtual_ipaddress {\n        ${vip}/24\n    }\n}\n`;

/**
 * Two pairs in two folders, both VRID 51 on eth0, other VIPs and passwords: found in a directory
 * they are two clusters (nothing but the interface name ties them). `idle`: a file without VRRP too.
 */
function twoPairs(idle = false): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-clusters-'));
  for (const [folder, net, prios, pass] of [
    ['a', 1, [150, 100], 'pw-a'],
    ['b', 2, [120, 110], 'pw-b'],
  ] as const) {
    fs.mkdirSync(path.join(dir, folder));
    prios.forEach((p, i) => fs.writeFileSync(path.join(dir, folder, `lb${i + 1}.conf`), conf(`VI_${folder.toUpperCase()}`, 51, p, `10.${net}.0.100`, pass)));
  }
  if (idle) {
    fs.mkdirSync(path.join(dir, 'c'));
    fs.writeFileSync(
      path.join(dir, 'c/lvs.conf'),
      '! Configuration File for keepalived\nvirtual_server 192.0.2.80 80 {\n    lb_algo rr\n    protocol TCP\n}\n',
    );
  }
  return dir;
}

describe('cli: keepalived-lint election over several clusters', function () {
  this.timeout(30_000);
  const made: string[] = [];
  const tmp = (dir: string) => (made.push(dir), dir);
  after(() => {
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
    removeEmptyDir();
  });

  it('text: one heading per cluster naming its nodes (and its deployment as the Clusters view does), in a stable order', () => {
    const r = run([OPERATOR]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([...sections(r.stdout).keys()], [KOLLA_HEADING, ROLE_HEADING, K8S_HEADING]);
    assert.match(
      r.stdout,
      /^== Cluster 1 of 3: control01, control02, control03 \(Kolla-Ansible: [^\n]*==\nNodes: control01, control02, control03 \(Kolla-Ansible hosts\)\n/,
    );
    assert.equal(run([OPERATOR]).stdout, r.stdout, 'the same run prints the same bytes');
  });

  it('each cluster is previewed on its own: what --cluster prints for it, one master per VRID, no split brain from the VRID 51 all three use', () => {
    const all = sections(run([OPERATOR]).stdout);
    for (const [heading, node] of [
      [KOLLA_HEADING, 'control03'],
      [ROLE_HEADING, 'web-lb2'],
      [K8S_HEADING, 'lb1'],
    ] as const) {
      const picked = run(['--cluster', node, OPERATOR]);
      assert.equal(picked.code, 0, picked.stderr);
      assert.equal(all.get(heading), picked.stdout.trimEnd(), `${heading}: the same preview as --cluster ${node}`);
      assert.doesNotMatch(picked.stdout, /^== Cluster/m, 'one preview: no heading');
      assert.equal((picked.stdout.match(/^ {2}master: /gm) ?? []).length, 1, `${heading}: one virtual router`);
      assert.doesNotMatch(picked.stdout, /split brain/i);
    }
  });

  it('two pairs on VRID 51 in two folders: two previews and no split brain, where one preview of the four nodes sees one', () => {
    const dir = tmp(twoPairs());
    const r = run([dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual([...sections(r.stdout).keys()], ['a/lb1, a/lb2 (VRID 51 · 10.1.0.100)', 'b/lb1, b/lb2 (VRID 51 · 10.2.0.100)']);
    assert.doesNotMatch(r.stdout, /split brain/i);
    assert.match(r.stdout, /master: {5}a\/lb1 {3}decided by priority/);
    assert.match(r.stdout, /master: {5}b\/lb1 {3}decided by priority/);
    // what the one preview of every node (before) said: b/lb1 MASTER too, a split brain that is not there
    const service = createProjectService(createNodeHost());
    const files = ['a/lb1', 'a/lb2', 'b/lb1', 'b/lb2'].map((n) => path.join(dir, `${n}.conf`)).map((p) => ({ path: p, text: fs.readFileSync(p, 'utf8') }));
    const found = electionClustersOf(service, { files, namedFiles: false, folders: [dir] }, dir);
    assert.equal(found.clusters.length, 2);
    const mixed = previewElection(clusterInput(found.clusters.flatMap((c) => c.nodes)));
    assert.match(mixed.text, /Split brain: b\/lb1 is also MASTER/);
  });

  describe('--cluster NODE and the JSON output (one preview)', () => {
    const picks: [string[], string[]][] = [
      [
        ['--cluster', 'lb2'],
        ['lb1', 'lb2'],
      ],
      [
        ['--cluster', 'web-lb1'],
        ['web-lb1', 'web-lb2'],
      ],
      // control03 has no file: Kolla renders it (the deployment found in the directory)
      [
        ['--cluster', 'control03'],
        ['control01', 'control02', 'control03'],
      ],
      // without --cluster, the one cluster the scenario names
      [
        ['--down', 'lb1'],
        ['lb1', 'lb2'],
      ],
      [
        ['--fail', 'web-lb1:chk_nginx'],
        ['web-lb1', 'web-lb2'],
      ],
      [
        ['--start-order', 'control02,control01'],
        ['control01', 'control02', 'control03'],
      ],
      [
        ['--step', 'crash:lb2', '--step', 'start:lb2,stop:lb1'],
        ['lb1', 'lb2'],
      ],
      [
        ['--cluster', 'lb1', '--down', 'lb2'],
        ['lb1', 'lb2'],
      ],
    ];
    for (const [args, nodes] of picks)
      it(`${args.join(' ')} → ${nodes.join(', ')}`, () => {
        const r = run(['--format', 'json', ...args, OPERATOR]);
        assert.deepEqual(jsonNodes(r), nodes);
        // a cluster picked by the scenario is said on stderr; one chosen with --cluster needs no word
        if (args.includes('--cluster')) assert.doesNotMatch(r.stderr, /the one the scenario names/);
        else assert.match(r.stderr, new RegExp(`previewing ${nodes.join(', ')} .*the one the scenario names`));
      });

    const refused: [string, string[], RegExp][] = [
      ['no --cluster and no scenario', [], /these nodes form 3 separate clusters: choose one with --cluster NODE/],
      [
        'a scenario over two clusters',
        ['--down', 'lb1', '--fail', 'control01:check_alive'],
        /and the scenario names nodes of 2 of them: choose one with --cluster/,
      ],
    ];
    for (const [what, args, message] of refused)
      it(`${what}: exit 2, the clusters listed`, () => {
        const r = run(['--format', 'json', ...args, OPERATOR]);
        assert.equal(r.code, 2);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, message);
        assert.match(
          r.stderr,
          new RegExp(`\\nkeepalived-lint: {3}${KOLLA_HEADING.replace(/[().·]/g, '\\$&')}\\nkeepalived-lint: {3}${ROLE_HEADING.replace(/[().·]/g, '\\$&')}\\n`),
        );
        assert.match(r.stderr, /\nTry keepalived-lint --help\.\n$/);
      });
  });

  it('the scenario goes to the cluster that has its node; a cluster it does not name gets the default scenario', () => {
    const scenarios: [string[], Record<string, string>][] = [
      [['--down', 'lb1'], { [K8S_HEADING]: 'all nodes start together; then lb1 crashes' }],
      [
        ['--fail', 'web-lb2:chk_nginx', '--down', 'control01'],
        { [ROLE_HEADING]: 'all nodes start together; then chk_nginx fails on web-lb2', [KOLLA_HEADING]: 'all nodes start together; then control01 crashes' },
      ],
      [
        ['--step', 'crash:lb1,crash:control02', '--step', 'start:lb1'],
        { [K8S_HEADING]: 'all nodes start together; then lb1 crashes; then lb1 starts', [KOLLA_HEADING]: 'all nodes start together; then control02 crashes' },
      ],
      [
        ['--start-order', 'lb2,control03,lb1', '--start-gap', '0.05'],
        {
          [K8S_HEADING]: 'the nodes start in the order lb2, lb1 (0.05 s apart)',
          [KOLLA_HEADING]: 'the nodes start in the order control03 (0.05 s apart)',
        },
      ],
    ];
    const plain = sections(run([OPERATOR]).stdout);
    for (const [args, expected] of scenarios) {
      const r = run([...args, OPERATOR]);
      assert.equal(r.code, 0, r.stderr);
      const got = sections(r.stdout);
      assert.deepEqual([...got.keys()], [...plain.keys()], `${args.join(' ')}: every cluster is previewed`);
      for (const [heading, text] of got) {
        const scenario = /^Scenario: (.*)\.$/m.exec(text)?.[1];
        if (expected[heading] !== undefined) assert.equal(scenario, expected[heading], `${args.join(' ')}: ${heading}`);
        else assert.equal(text, plain.get(heading), `${args.join(' ')}: ${heading} is not named, its preview is the default one`);
      }
    }
  });

  describe('usage errors (exit 2, nothing on stdout)', () => {
    const cases: [string, string[], RegExp][] = [
      [
        'an unknown --cluster lists the clusters',
        ['--cluster', 'nope', OPERATOR],
        new RegExp(
          `^keepalived-lint: --cluster: there is no node 'nope'; name any node of one of these clusters:\\n` +
            [KOLLA_HEADING, ROLE_HEADING, K8S_HEADING].map((h) => `keepalived-lint: {3}${h.replace(/[().·]/g, '\\$&')}\\n`).join(''),
          'm',
        ),
      ],
      [
        'a node of no cluster in the scenario, as with one cluster',
        ['--down', 'ghost', OPERATOR],
        /--down: there is no node 'ghost' \(nodes: control01, control02, control03, web-lb1, web-lb2, lb1, lb2\)/,
      ],
      [
        'a tracker checked on the node named, whatever its cluster',
        ['--fail', 'lb1:chk_nginx', OPERATOR],
        /--fail: lb1 does not track 'chk_nginx' \(it tracks chk_haproxy\)/,
      ],
      [
        'a scenario naming a node of another cluster than --cluster',
        ['--cluster', 'lb1', '--down', 'control01', OPERATOR],
        /the scenario names control01, a node of another cluster \(control01, control02, control03 \(Kolla-Ansible: .*\)\): --cluster lb1 previews lb1, lb2 \(VRID 51/,
      ],
      [
        '--cluster on a single cluster names one of its nodes',
        ['--cluster', 'node9', SEED],
        /--cluster: there is no node 'node9'; name any node of one of these clusters:\n.* {3}node1, node2, node3 \(VRID 51 · 192\.0\.2\.100\)/,
      ],
    ];
    for (const [what, args, message] of cases)
      it(what, () => {
        const r = run(args);
        assert.equal(r.code, 2, r.stdout);
        assert.equal(r.stdout, '');
        assert.match(r.stderr, message);
      });

    it('--cluster is for the election: linting checks every cluster', () => {
      const r = runCliCaptured(['--cluster', 'lb1', OPERATOR], emptyDir());
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--cluster chooses the cluster of keepalived-lint election/);
    });

    it('a name that is a node of two clusters (two Kolla deployments with the same hosts) cannot choose', () => {
      const dir = tmp(fs.mkdtempSync(path.join(os.tmpdir(), 'kl-twice-')));
      for (const d of ['east', 'west']) fs.cpSync(path.join(FIX, 'kolla/clean'), path.join(dir, d), { recursive: true });
      const text = run([dir]);
      assert.equal(text.code, 0, text.stderr);
      assert.equal(sections(text.stdout).size, 2);
      for (const args of [
        ['--cluster', 'control01'],
        ['--down', 'control02'],
      ]) {
        const r = run([...args, dir]);
        assert.equal(r.code, 2, r.stdout);
        assert.match(
          r.stderr,
          /'control0[12]' is a node of 2 clusters; run election on the files of one of them:\n.*east\/globals\.yml.*\n.*west\/globals\.yml/,
        );
      }
    });
  });

  it('a directory holding a Kolla-Ansible deployment is previewed as --globals previews it, what was found said on stderr', () => {
    const found = run([KOLLA]);
    const given = run([
      '--globals',
      path.join(KOLLA, 'etc/kolla/globals.yml'),
      '--inventory',
      path.join(KOLLA, 'multinode'),
      path.join(KOLLA, 'etc/kolla/config/keepalived'),
    ]);
    assert.equal(found.code, 0, found.stderr);
    assert.match(found.stdout, /^Nodes: control01, control02, control03 \(Kolla-Ansible hosts\)\n/);
    assert.equal(found.stdout, given.stdout);
    assert.match(found.stderr, /^keepalived-lint: using the Kolla-Ansible deployment .*globals\.yml \(found under /m);
    assert.equal(
      run(['-f', 'json', KOLLA]).stdout,
      run(['-f', 'json', '--globals', path.join(KOLLA, 'etc/kolla/globals.yml'), path.join(KOLLA, 'etc/kolla/config/keepalived')]).stdout,
    );
  });

  it('one cluster is previewed as before: no heading, and --cluster of any of its nodes prints the same bytes', () => {
    for (const [dir, node] of [
      [SEED, 'node2'],
      [path.join(OPERATOR, 'k8s'), 'lb2'],
    ] as const) {
      const text = run([dir]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /^Nodes: /);
      assert.doesNotMatch(text.stdout, /^== Cluster/m);
      assert.equal(text.stderr, '');
      assert.equal(run(['--cluster', node, dir]).stdout, text.stdout);
      assert.equal(run(['-f', 'json', '--cluster', node, dir]).stdout, run(['-f', 'json', dir]).stdout);
    }
  });

  it("a template Ansible would not render for its hosts: the preview goes on, and a warning says why (the template's first finding that says so)", () => {
    const dir = tmp(fs.mkdtempSync(path.join(os.tmpdir(), 'kl-election-tpl-')));
    fs.mkdirSync(path.join(dir, 'roles/k/templates'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'inv/group_vars'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'inv/hosts.ini'), '[lb]\nlb1\nlb2\n');
    fs.writeFileSync(path.join(dir, 'inv/group_vars/lb.yml'), 'vip: {address: 192.0.2.100}\nprio: {lb1: 150, lb2: 100}\n');
    const tpl = path.join(dir, 'roles/k/templates/keepalived.conf.j2');
    const template = (advert: string) =>
      `vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority {{ prio[inventory_hostname] }}\n    advert_int ${advert}\n    virtual_ipaddress {\n        {{ vip.address }}/24\n    }\n}\n`;
    fs.writeFileSync(tpl, template('{{ vip.advert }}'));
    const r = runCliCaptured(['election', '--inventory', path.join(dir, 'inv/hosts.ini'), tpl], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Nodes: lb1, lb2\n/);
    assert.equal(
      r.stderr,
      "keepalived-lint: warning: roles/k/templates/keepalived.conf.j2: 'vip.advert' is not defined for lb1, lb2: vip (a dict) has no key 'advert', so Ansible stops rendering this template there. The preview reads what the rest of each host's rendering gives; run keepalived-lint on the template for the findings\n",
    );
    fs.writeFileSync(tpl, template('1'));
    const clean = runCliCaptured(['election', '--inventory', path.join(dir, 'inv/hosts.ini'), tpl], dir);
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal(clean.stderr, '');
    assert.equal(clean.stdout, r.stdout);
  });

  it('a node without a VRRP instance: listed in the one preview as before; with several clusters a warning names it', () => {
    const one = tmp(twoPairs(true));
    fs.rmSync(path.join(one, 'b'), { recursive: true });
    const r1 = run([one]);
    assert.equal(r1.code, 0, r1.stderr);
    assert.match(r1.stdout, /^Nodes: lb1, lb2, lvs\n/);
    assert.equal(r1.stderr, '');
    const two = run([tmp(twoPairs(true))]);
    assert.equal(two.code, 0, two.stderr);
    assert.equal(sections(two.stdout).size, 2);
    assert.equal(two.stderr, 'keepalived-lint: warning: lvs has no VRRP instance: no preview holds it\n');
  });
});

describe('election: the part of a scenario about one cluster', () => {
  const crash = (node: string) => ({ kind: 'crash' as const, node });
  const spec: ScenarioSpec = {
    down: ['a1'],
    stop: ['b1'],
    fail: [{ node: 'a2', tracker: 'chk' }],
    linkDown: [{ node: 'b2', interface: 'eth0' }],
    startOrder: ['b2', 'a1', 'b1'],
    startGap: 0.05,
    steps: [[crash('a1'), crash('b1')], [{ kind: 'start', node: 'a1' }]],
  };
  const cases: [string, ScenarioSpec, (n: string) => boolean, ScenarioSpec][] = [
    [
      'the a nodes: their actions, their start order, the steps with their actions',
      spec,
      (n) => n.startsWith('a'),
      {
        down: ['a1'],
        stop: [],
        fail: [{ node: 'a2', tracker: 'chk' }],
        linkDown: [],
        startOrder: ['a1'],
        startGap: 0.05,
        steps: [[crash('a1')], [{ kind: 'start', node: 'a1' }]],
      },
    ],
    [
      'the b nodes: a step without their action is no step of theirs',
      spec,
      (n) => n.startsWith('b'),
      { down: [], stop: ['b1'], fail: [], linkDown: [{ node: 'b2', interface: 'eth0' }], startOrder: ['b2', 'b1'], startGap: 0.05, steps: [[crash('b1')]] },
    ],
    ['nodes the scenario does not name: the default scenario', spec, (n) => n.startsWith('c'), {}],
    ['steps of other nodes only: the default scenario (not an empty list of steps)', { steps: [[crash('a1')]] }, (n) => n === 'b1', {}],
    ['a start gap alone names no node', { startGap: 1 }, () => true, {}],
  ];
  for (const [what, input, has, expected] of cases)
    it(what, () => {
      assert.deepEqual(scenarioPart(input, has), expected);
    });
});
