/**
 * Cluster rules: several node configurations checked together. Table tests print one line per
 * finding: `node:L:C severity code «text at the span»`.
 */
import * as assert from 'node:assert/strict';
import { analyseCluster, type ClusterNode } from '../../server/src/language/analysis/cluster';
import { analyse } from '../../server/src/language/analysis/model';
import type { Issue } from '../../server/src/language/issue';
import { parseConfig } from '../../server/src/language/syntax/index';
import type { ClusterRule } from '../../server/src/language/validation/clusterRule';
import { clusterRules } from '../../server/src/language/validation/index';
import type { SeveritySetting } from '../../server/src/language/validation/validate';
import { lintCluster, lintConfigs } from '../../server/src/language/project/lint';
import { nodeName, nodeNames } from '../../server/src/language/project/nodes';
import { memoryHost } from '../support/memoryHost';
import { instance, interfacesOf } from '../support/rules';

export interface NodeSpec {
  readonly prio?: number;
  readonly vrid?: number;
  /** null: no interface line */
  readonly iface?: string | null;
  readonly vips?: readonly string[];
  readonly advert?: string;
  readonly version?: number;
  readonly auth?: readonly [string, string];
  readonly src?: string;
  readonly peers?: readonly string[];
  readonly name?: string;
  readonly state?: string;
  readonly extra?: string;
  readonly global?: string;
}

/** One vrrp_instance (and optional global_defs) as a node configuration. */
export function instanceText(n: NodeSpec): string {
  const lines: string[] = [`state ${n.state ?? 'BACKUP'}`];
  if (n.iface !== null) lines.push(`interface ${n.iface ?? 'eth0'}`);
  lines.push(`virtual_router_id ${n.vrid ?? 51}`);
  if (n.prio !== undefined) lines.push(`priority ${n.prio}`);
  if (n.advert) lines.push(`advert_int ${n.advert}`);
  if (n.version) lines.push(`version ${n.version}`);
  if (n.src) lines.push(`unicast_src_ip ${n.src}`);
  if (n.peers) lines.push('unicast_peer {', ...n.peers.map((p) => `    ${p}`), '}');
  lines.push('virtual_ipaddress {', ...(n.vips ?? ['10.0.0.100/24']).map((v) => `    ${v}`), '}');
  if (n.auth) lines.push('authentication {', `    auth_type ${n.auth[0]}`, `    auth_pass ${n.auth[1]}`, '}');
  if (n.extra) lines.push(n.extra);
  return instance(lines.join('\n'), n.name ?? 'VI_1');
}

export function nodeText(...specs: NodeSpec[]): string {
  const g = specs.find((s) => s.global)?.global;
  return `${g ? `global_defs {\n    ${g}\n}\n` : ''}${specs.map(instanceText).join('')}`;
}

/** Analysed nodes from `{ '/etc/lb1.conf': text, ... }` (names from the paths). */
export function nodesOf(files: Record<string, string>): ClusterNode[] {
  const entries = Object.entries(files);
  const host = memoryHost(files);
  const names = nodeNames(entries.map(([p]) => p));
  return entries.map(([p, text], i) => ({ name: names[i]!, model: analyse(parseConfig(p, text, host)) }));
}

/** `{ lb1: text }` → `{ '/etc/keepalived/lb1.conf': text }` */
export function asFiles(nodes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(nodes).map(([n, t]) => [`/etc/keepalived/${n}.conf`, t]));
}

export function goldenOf(issues: readonly Issue[], nodes: readonly ClusterNode[], messages = false): string[] {
  return issues.map((i) => {
    const node = nodes.find((n) => n.model.parsed.files.has(i.span.file));
    const f = node?.model.parsed.files.get(i.span.file);
    const p = f ? f.positionAt(i.span.start) : { line: -1, character: -1 };
    const text = f ? f.text.slice(i.span.start, i.span.end).split('\n')[0]!.slice(0, 24) : '';
    return `${node?.name ?? i.span.file}:${p.line + 1}:${p.character + 1} ${i.severity} ${i.code} «${text}»${messages ? `: ${i.message}` : ''}`;
  });
}

export interface ClusterCaseOptions {
  readonly only?: readonly ClusterRule[];
  readonly subnets?: Record<string, string | string[]>;
  readonly sameNetwork?: boolean;
  readonly severities?: Record<string, SeveritySetting>;
  readonly messages?: boolean;
}

export function clusterGolden(nodes: Record<string, string>, o: ClusterCaseOptions = {}): string[] {
  const ns = nodesOf(asFiles(nodes));
  const issues = lintCluster(ns, {
    clusterOnly: o.only,
    subnets: o.subnets ? interfacesOf(o.subnets) : undefined,
    sameNetwork: o.sameNetwork,
    severities: o.severities,
  });
  return goldenOf(issues, ns, o.messages);
}

const rule = (id: string): ClusterRule => {
  const r = clusterRules.find((x) => x.id === id);
  if (!r) throw new Error(`no cluster rule ${id}`);
  return r;
};

interface Case {
  readonly name: string;
  readonly nodes: Record<string, string>;
  readonly options?: ClusterCaseOptions;
  readonly expect: readonly string[];
  /** A message (of the first finding) must match. */
  readonly message?: RegExp;
}

const pair = (a: NodeSpec, b: NodeSpec): { lb1: string; lb2: string } => ({ lb1: nodeText(a), lb2: nodeText(b) });

/** vrrp_script chk (lines 1-3) before each node's instance; its lines start at 4 (track entries at 13). */
const SCRIPT = 'vrrp_script chk {\n    script "/bin/true"\n}\n';
const SCRIPTS2 = `${SCRIPT}vrrp_script chk2 {\n    script "/bin/true"\n}\n`;
const scripted = (a: NodeSpec, b: NodeSpec) => ({ lb1: SCRIPT + nodeText(a), lb2: SCRIPT + nodeText(b) });
const tracks = (...entries: string[]) => ['track_script {', ...entries.map((e) => `    ${e}`), '}'].join('\n');

// instanceText line numbers: 1 vrrp_instance, 2 state, 3 interface, 4 virtual_router_id, 5 priority, ...
const TABLE: Record<string, Case[]> = {
  'cluster-vip-mismatch': [
    {
      name: 'same VIPs (order and prefix do not matter)',
      nodes: pair({ prio: 100, vips: ['10.0.0.100/24', '10.0.0.101/24'] }, { prio: 90, vips: ['10.0.0.101', '10.0.0.100/24'] }),
      expect: [],
    },
    {
      name: 'one VIP only on lb1',
      nodes: pair({ prio: 100, vips: ['10.0.0.100/24', '10.0.0.101/24'] }, { prio: 90, vips: ['10.0.0.100/24'] }),
      expect: ['lb1:6:5 error cluster-vip-mismatch «virtual_ipaddress»', 'lb2:6:5 error cluster-vip-mismatch «virtual_ipaddress»'],
      message: /lb1 \(VI_1\) has 10\.0\.0\.100 and 10\.0\.0\.101; lb2 has 10\.0\.0\.100 \(without 10\.0\.0\.101\)/,
    },
    {
      name: 'a typo in the VIP (no shared VIP, same interface: still one router)',
      nodes: pair({ prio: 100, vips: ['10.0.0.100'] }, { prio: 90, vips: ['10.0.0.110'] }),
      expect: ['lb1:6:5 error cluster-vip-mismatch «virtual_ipaddress»', 'lb2:6:5 error cluster-vip-mismatch «virtual_ipaddress»'],
    },
    {
      name: 'a typo, but the nodes are not known to share a network (workspace scan): silent',
      nodes: pair({ prio: 100, vips: ['10.0.0.100'] }, { prio: 90, vips: ['10.0.0.110'] }),
      options: { sameNetwork: false },
      expect: [],
    },
    {
      name: 'different subnets known from the VIP prefixes: different routers, silent',
      nodes: pair({ prio: 100, vips: ['10.0.0.100/24'] }, { prio: 90, vips: ['10.9.0.100/24'] }),
      expect: [],
    },
    { name: 'other VRIDs are other routers', nodes: pair({ prio: 100, vrid: 51 }, { prio: 90, vrid: 52, vips: ['10.0.0.101/24'] }), expect: [] },
    { name: 'IPv4 and IPv6 with one VRID are separate routers', nodes: pair({ prio: 100 }, { prio: 90, vips: ['2001:db8::100/64'] }), expect: [] },
  ],
  'cluster-advert-mismatch': [
    { name: 'same advert_int', nodes: pair({ prio: 100, advert: '2' }, { prio: 90, advert: '2' }), expect: [] },
    { name: 'default equals 1', nodes: pair({ prio: 100, advert: '1' }, { prio: 90 }), expect: [] },
    {
      name: 'VRRPv2: 1 vs 3 is an error',
      nodes: pair({ prio: 100, advert: '1' }, { prio: 90, advert: '3' }),
      expect: ['lb1:6:5 error cluster-advert-mismatch «advert_int 1»', 'lb2:6:5 error cluster-advert-mismatch «advert_int 3»'],
      message: /advertisement interval mismatch/,
    },
    {
      name: 'VRRPv2 rounds 0.6 to 1: no mismatch with 1',
      nodes: pair({ prio: 100, advert: '0.6' }, { prio: 90, advert: '1' }),
      expect: [],
    },
    {
      name: "VRRPv3: the backup adopts the master's interval (information)",
      nodes: pair({ prio: 100, advert: '0.5', version: 3 }, { prio: 90, advert: '1', version: 3 }),
      expect: ['lb1:6:5 information cluster-advert-mismatch «advert_int 0.5»', 'lb2:6:5 information cluster-advert-mismatch «advert_int 1»'],
    },
  ],
  'cluster-version-mismatch': [
    { name: 'same version', nodes: pair({ prio: 100, version: 3 }, { prio: 90, global: 'vrrp_version 3' }), expect: [] },
    {
      name: 'version 3 on one node, the default 2 on the other',
      nodes: pair({ prio: 100, version: 3 }, { prio: 90 }),
      expect: ['lb1:6:5 error cluster-version-mismatch «version 3»', 'lb2:1:15 error cluster-version-mismatch «VI_1»'],
      message: /VRRPv3 \(version\), but lb2 runs VRRPv2/,
    },
    {
      name: 'global vrrp_version is where the value comes from',
      nodes: pair({ prio: 100 }, { prio: 90, global: 'vrrp_version 3' }),
      expect: ['lb1:1:15 error cluster-version-mismatch «VI_1»', 'lb2:2:5 error cluster-version-mismatch «vrrp_version 3»'],
    },
  ],
  'cluster-auth-mismatch': [
    { name: 'same password', nodes: pair({ prio: 100, auth: ['PASS', 'secret'] }, { prio: 90, auth: ['PASS', 'secret'] }), expect: [] },
    {
      name: 'passwords that differ only after 8 characters are the same to keepalived',
      nodes: pair({ prio: 100, auth: ['PASS', 'abcdefgh-one'] }, { prio: 90, auth: ['PASS', 'abcdefgh-two'] }),
      expect: [],
    },
    {
      name: 'different passwords',
      nodes: pair({ prio: 100, auth: ['PASS', 'secret1'] }, { prio: 90, auth: ['PASS', 'secret2'] }),
      expect: ['lb1:11:9 error cluster-auth-mismatch «auth_pass secret1»', 'lb2:11:9 error cluster-auth-mismatch «auth_pass secret2»'],
      message: /received an invalid passwd/,
    },
    {
      name: 'different within the first 8, one longer: says so',
      nodes: pair({ prio: 100, auth: ['PASS', 'abcdefg1-long'] }, { prio: 90, auth: ['PASS', 'abcdefg2'] }),
      expect: ['lb1:11:9 error cluster-auth-mismatch «auth_pass abcdefg1-long»', 'lb2:11:9 error cluster-auth-mismatch «auth_pass abcdefg2»'],
      message: /first 8 characters/,
    },
    {
      name: 'authentication on one node only',
      nodes: pair({ prio: 100, auth: ['PASS', 'secret'] }, { prio: 90 }),
      expect: ['lb1:10:9 error cluster-auth-mismatch «auth_type PASS»', 'lb2:1:15 error cluster-auth-mismatch «VI_1»'],
      message: /auth_type PASS, but lb2 uses no authentication/,
    },
    {
      name: 'vrrp_strict ignores authentication: not compared',
      nodes: pair({ prio: 100, auth: ['PASS', 'a'], global: 'vrrp_strict' }, { prio: 90, global: 'vrrp_strict' }),
      expect: [],
    },
    { name: 'VRRPv3 has no authentication: not compared', nodes: pair({ prio: 100, version: 3, auth: ['PASS', 'a'] }, { prio: 90, version: 3 }), expect: [] },
  ],
  'cluster-priority-tie': [
    { name: 'distinct priorities', nodes: pair({ prio: 100 }, { prio: 90 }), expect: [] },
    {
      name: 'equal priorities',
      nodes: pair({ prio: 100 }, { prio: 100 }),
      expect: ['lb1:5:5 information cluster-priority-tie «priority 100»', 'lb2:5:5 information cluster-priority-tie «priority 100»'],
      message: /start order/,
    },
    {
      name: 'no priority on either: both run 100',
      nodes: pair({}, {}),
      expect: ['lb1:1:15 information cluster-priority-tie «VI_1»', 'lb2:1:15 information cluster-priority-tie «VI_1»'],
    },
    { name: 'an invalid priority runs as 100, distinct from 90', nodes: pair({ prio: 0 }, { prio: 90 }), expect: [] },
  ],
  // The lab checks the underlying model against real keepalived ("weight -10 demotion (100 → 90 = n2): the incumbent n1 keeps the VIP")
  'cluster-failover-weight': [
    {
      name: 'weight -20 under a priority gap of 50: the VIP never moves',
      nodes: scripted({ prio: 150, extra: tracks('chk weight -20') }, { prio: 100, extra: tracks('chk weight -20') }),
      expect: ['lb1:13:9 warning cluster-failover-weight «chk weight -20»'],
      message: /drops from 150 to 130, not below lb2's 100.*weight -51/,
    },
    {
      name: 'weight -60 over a gap of 50',
      nodes: scripted({ prio: 150, extra: tracks('chk weight -60') }, { prio: 100, extra: tracks('chk weight -60') }),
      expect: [],
    },
    {
      name: 'an equal priority after the drop does not move it either (a backup takes over only from a lower master)',
      nodes: scripted({ prio: 110, extra: tracks('chk weight -10') }, { prio: 100 }),
      expect: ['lb1:13:9 warning cluster-failover-weight «chk weight -10»'],
    },
    {
      name: 'a positive weight on the master only: losing it leaves 101 over 100',
      nodes: scripted({ prio: 101, extra: tracks('chk weight 2') }, { prio: 100 }),
      expect: ['lb1:13:9 warning cluster-failover-weight «chk weight 2»'],
    },
    {
      name: 'the same weight on both nodes: 101 < 102',
      nodes: scripted({ prio: 101, extra: tracks('chk weight 2') }, { prio: 100, extra: tracks('chk weight 2') }),
      expect: [],
    },
    {
      name: 'the backup has nopreempt: only FAULT moves the VIP',
      nodes: scripted({ prio: 150, extra: tracks('chk weight -100') }, { prio: 100, extra: 'nopreempt' }),
      expect: ['lb1:13:9 warning cluster-failover-weight «chk weight -100»'],
      message: /lb2 \(100\) has nopreempt.*weight 0/,
    },
    { name: 'weight 0 (the default): a failing check is FAULT', nodes: scripted({ prio: 150, extra: tracks('chk') }, { prio: 100 }), expect: [] },
    { name: 'a check on the backup only', nodes: scripted({ prio: 150 }, { prio: 100, extra: tracks('chk weight -20') }), expect: [] },
    {
      name: 'two checks that move it only together: not reported',
      nodes: { lb1: SCRIPTS2 + nodeText({ prio: 150, extra: tracks('chk weight -30', 'chk2 weight -30') }), lb2: SCRIPTS2 + nodeText({ prio: 100 }) },
      expect: [],
    },
  ],
  'cluster-multiple-owners': [
    { name: 'one owner', nodes: pair({ prio: 255 }, { prio: 100 }), expect: [] },
    {
      name: 'two owners (one by state MASTER without priority)',
      nodes: pair({ prio: 255 }, { state: 'MASTER' }),
      expect: ['lb1:5:5 warning cluster-multiple-owners «priority 255»', 'lb2:2:5 warning cluster-multiple-owners «state MASTER»'],
      message: /address owner/,
    },
  ],
  'cluster-unicast-asymmetric': [
    {
      name: 'symmetric peers',
      nodes: pair({ prio: 100, src: '10.0.0.11', peers: ['10.0.0.12'] }, { prio: 90, src: '10.0.0.12', peers: ['10.0.0.11'] }),
      expect: [],
    },
    {
      name: 'lb2 does not list lb1',
      nodes: {
        lb1: nodeText({ prio: 100, src: '10.0.0.11', peers: ['10.0.0.12', '10.0.0.13'] }),
        lb2: nodeText({ prio: 90, src: '10.0.0.12', peers: ['10.0.0.13'] }),
        lb3: nodeText({ prio: 80, src: '10.0.0.13', peers: ['10.0.0.11', '10.0.0.12'] }),
      },
      expect: ['lb1:6:5 error cluster-unicast-asymmetric «unicast_src_ip 10.0.0.11»', 'lb2:7:5 error cluster-unicast-asymmetric «unicast_peer»'],
      message: /missing from the unicast_peer block of lb2/,
    },
    {
      name: 'unicast on one node, multicast on the other (VIP shared)',
      nodes: pair({ prio: 100, src: '10.0.0.11', peers: ['10.0.0.12'] }, { prio: 90 }),
      expect: ['lb1:7:5 error cluster-unicast-asymmetric «unicast_peer»', 'lb2:1:15 error cluster-unicast-asymmetric «VI_1»'],
      message: /unicast_peer on every node or on none/,
    },
    {
      name: "without unicast_src_ip the node's address is unknown: silent",
      nodes: pair({ prio: 100, peers: ['10.0.0.12'] }, { prio: 90, peers: ['10.0.0.99'] }),
      expect: [],
    },
  ],
  'cluster-vrid-collision': [
    {
      name: 'two clusters with different VIPs on one VRID and one network',
      nodes: {
        r1a: nodeText({ prio: 100, vips: ['10.20.0.250 dev eth0'] }),
        r1b: nodeText({ prio: 90, vips: ['10.20.0.250 dev eth0'] }),
        r2a: nodeText({ prio: 100, vips: ['10.20.0.251 dev eth0'] }),
        r2b: nodeText({ prio: 90, vips: ['10.20.0.251 dev eth0'] }),
      },
      expect: [
        'r1a:4:5 error cluster-vrid-collision «virtual_router_id 51»',
        'r1b:4:5 error cluster-vrid-collision «virtual_router_id 51»',
        'r2a:4:5 error cluster-vrid-collision «virtual_router_id 51»',
        'r2b:4:5 error cluster-vrid-collision «virtual_router_id 51»',
      ],
      message: /used on the same network by two clusters: r1a and r1b \(VIPs 10\.20\.0\.250\) and r2a and r2b \(VIPs 10\.20\.0\.251\)/,
    },
    {
      name: 'two clusters in different subnets: no collision',
      nodes: {
        r1a: nodeText({ prio: 100, vips: ['10.1.0.250/24'] }),
        r1b: nodeText({ prio: 90, vips: ['10.1.0.250/24'] }),
        r2a: nodeText({ prio: 100, vips: ['10.2.0.250/24'] }),
        r2b: nodeText({ prio: 90, vips: ['10.2.0.250/24'] }),
      },
      expect: [],
    },
    {
      name: 'two clusters, one network known only from --interface: collision',
      nodes: {
        r1a: nodeText({ prio: 100, vips: ['10.20.0.250'] }),
        r1b: nodeText({ prio: 90, vips: ['10.20.0.250'] }),
        r2a: nodeText({ prio: 100, vips: ['10.20.0.251'] }),
        r2b: nodeText({ prio: 90, vips: ['10.20.0.251'] }),
      },
      options: { subnets: { eth0: '10.20.0.0/24' }, sameNetwork: false },
      expect: [
        'r1a:4:5 error cluster-vrid-collision «virtual_router_id 51»',
        'r1b:4:5 error cluster-vrid-collision «virtual_router_id 51»',
        'r2a:4:5 error cluster-vrid-collision «virtual_router_id 51»',
        'r2b:4:5 error cluster-vrid-collision «virtual_router_id 51»',
      ],
    },
    {
      name: 'two unicast clusters never meet: no collision',
      nodes: {
        r1a: nodeText({ prio: 100, vips: ['10.20.0.250'], src: '10.20.0.11', peers: ['10.20.0.12'] }),
        r1b: nodeText({ prio: 90, vips: ['10.20.0.250'], src: '10.20.0.12', peers: ['10.20.0.11'] }),
        r2a: nodeText({ prio: 100, vips: ['10.20.0.251'], src: '10.20.0.21', peers: ['10.20.0.22'] }),
        r2b: nodeText({ prio: 90, vips: ['10.20.0.251'], src: '10.20.0.22', peers: ['10.20.0.21'] }),
      },
      expect: [],
    },
    {
      name: 'another multicast group: no collision',
      nodes: {
        r1a: nodeText({ prio: 100, vips: ['10.20.0.250'] }),
        r1b: nodeText({ prio: 90, vips: ['10.20.0.250'] }),
        r2a: nodeText({ prio: 100, vips: ['10.20.0.251'], extra: 'mcast_dst_ip 224.0.0.19' }),
        r2b: nodeText({ prio: 90, vips: ['10.20.0.251'], extra: 'mcast_dst_ip 224.0.0.19' }),
      },
      expect: [],
    },
  ],
  'cluster-vrid-mismatch': [
    {
      name: 'one VIP under VRID 51 on lb1 and 52 on lb2',
      nodes: pair({ prio: 100, vrid: 51 }, { prio: 90, vrid: 52 }),
      expect: ['lb1:4:5 error cluster-vrid-mismatch «virtual_router_id 51»', 'lb2:4:5 error cluster-vrid-mismatch «virtual_router_id 52»'],
      message: /10\.0\.0\.100 is a VIP of VRID 51 on lb1 \(VI_1\), but of VRID 52 on lb2/,
    },
    { name: 'same VRID', nodes: pair({ prio: 100 }, { prio: 90 }), expect: [] },
  ],
  'cluster-vrid-single': [
    {
      name: 'VRID 52 only on lb1',
      nodes: {
        lb1: nodeText({ prio: 100 }, { prio: 100, vrid: 52, name: 'VI_2', vips: ['10.0.0.200/24'] }),
        lb2: nodeText({ prio: 90 }),
      },
      expect: ['lb1:13:5 information cluster-vrid-single «virtual_router_id 52»'],
      message: /configured only on lb1; lb2 has no matching instance/,
    },
    { name: 'unrelated single nodes are not a cluster', nodes: pair({ prio: 100, vrid: 51 }, { prio: 90, vrid: 52, vips: ['10.0.0.200/24'] }), expect: [] },
  ],
};

describe('cluster rules', () => {
  it('have unique ids, all starting with cluster-, with README texts', () => {
    const ids = clusterRules.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of clusterRules) {
      assert.ok(r.id.startsWith('cluster-'), r.id);
      assert.ok(r.title.length > 10 && r.keepalived.length > 10 && r.example && r.fix, r.id);
    }
    assert.deepEqual(Object.keys(TABLE).sort(), [...ids].sort(), 'every cluster rule has a table');
  });

  for (const [id, cases] of Object.entries(TABLE)) {
    describe(id, () => {
      for (const c of cases) {
        it(c.name, () => {
          const only = c.options?.only ?? [rule(id)];
          assert.deepEqual(clusterGolden(c.nodes, { ...c.options, only }), c.expect);
          if (c.message) {
            const msgs = clusterGolden(c.nodes, { ...c.options, only, messages: true });
            assert.match(msgs[0]!, c.message);
          }
        });
      }
    });
  }

  it('report related information on the other node', () => {
    const ns = nodesOf(asFiles(pair({ prio: 100, advert: '1' }, { prio: 90, advert: '2' })));
    const issues = lintCluster(ns, { clusterOnly: [rule('cluster-advert-mismatch')] });
    assert.equal(issues.length, 2);
    const r = issues[0]!.related?.[0];
    assert.ok(r);
    assert.equal(r.span.file, '/etc/keepalived/lb2.conf');
    assert.equal(ns[1]!.model.parsed.files.get(r.span.file)!.text.slice(r.span.start, r.span.end), 'advert_int 2');
  });

  it('honour severities and disable-next-line comments in each node', () => {
    const nodes = pair({ prio: 100 }, { prio: 100 });
    assert.deepEqual(clusterGolden(nodes, { severities: { 'cluster-priority-tie': 'off' } }), []);
    assert.deepEqual(clusterGolden(nodes, { severities: { 'cluster-priority-tie': 'warning' } }), [
      'lb1:5:5 warning cluster-priority-tie «priority 100»',
      'lb2:5:5 warning cluster-priority-tie «priority 100»',
    ]);
    const suppressed = {
      lb1: nodes.lb1.replace('    priority 100', '    # keepalived-lint disable-next-line cluster-priority-tie\n    priority 100'),
      lb2: nodes.lb2,
    };
    assert.deepEqual(clusterGolden(suppressed), ['lb2:5:5 information cluster-priority-tie «priority 100»']);
  });

  it('a clean pair gives nothing at all', () => {
    const nodes = pair({ prio: 100, auth: ['PASS', 'secret'] }, { prio: 90, auth: ['PASS', 'secret'] });
    assert.deepEqual(clusterGolden(nodes), []);
  });

  it('one node alone is no cluster', () => {
    assert.deepEqual(clusterGolden({ lb1: nodeText({ prio: 100 }) }), []);
  });

  it('groups instances into virtual routers', () => {
    const ns = nodesOf(
      asFiles({
        lb1: nodeText({ prio: 100 }, { prio: 100, vrid: 52, name: 'VI_2', iface: 'eth1', vips: ['192.0.2.1/24 dev eth1'] }),
        lb2: nodeText({ prio: 90 }, { prio: 90, vrid: 52, name: 'VI_2', iface: 'eth1', vips: ['192.0.2.1/24 dev eth1'] }),
      }),
    );
    const c = analyseCluster(ns);
    assert.deepEqual(
      c.routers.map((r) => `${r.vrid}/${r.family}: ${r.members.map((m) => `${m.node.name}.${m.instance.name}`).join(' ')}`),
      ['51/4: lb1.VI_1 lb2.VI_1', '52/4: lb1.VI_2 lb2.VI_2'],
    );
    assert.deepEqual(c.collisions, []);
  });
});

describe('cluster: node names', () => {
  const table: [string, string][] = [
    ['/etc/keepalived/lb1.conf', 'lb1'],
    ['/srv/kolla/config/keepalived/control01/keepalived.conf', 'control01'],
    ['/etc/keepalived/keepalived.conf.lb2', 'lb2'],
    ['/x/node3.keepalived', 'node3'],
  ];
  for (const [p, n] of table) it(`${p} → ${n}`, () => assert.equal(nodeName(p), n));

  it('are made unique with parent folders', () => {
    assert.deepEqual(nodeNames(['/a/site1/lb1.conf', '/a/site2/lb1.conf', '/a/site2/lb2.conf']), ['site1/lb1', 'site2/lb1', 'lb2']);
    assert.deepEqual(nodeNames(['/r1/lb/keepalived.conf', '/r2/lb/keepalived.conf']), ['r1/lb', 'r2/lb']);
  });
});

describe('cluster: lintConfigs (files given together)', () => {
  it('lints each file and the roots as a cluster; an included file is not a node', () => {
    const files = {
      '/etc/keepalived/lb1.conf': 'include /etc/keepalived/common.inc\n' + nodeText({ prio: 100 }),
      '/etc/keepalived/lb2.conf': nodeText({ prio: 100 }),
      '/etc/keepalived/common.inc': 'global_defs {\n    router_id x\n}\n',
    };
    const inputs = Object.entries(files).map(([path, text]) => ({ path, text }));
    const ws = lintConfigs(inputs, memoryHost(files));
    assert.deepEqual(
      ws.nodes.map((n) => n.name),
      ['lb1', 'lb2'],
    );
    assert.deepEqual(goldenOf(ws.clusterIssues, ws.nodes), [
      'lb1:6:5 information cluster-priority-tie «priority 100»',
      'lb2:5:5 information cluster-priority-tie «priority 100»',
    ]);
  });
});
