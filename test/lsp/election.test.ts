/**
 * `keepalived/electionPreview` over stdio: which nodes take part (the workspace's, the document's
 * neighbours, Kolla's hosts), the answer's parts (the CLI's JSON, text, Markdown, Mermaid,
 * trackers per node, the timeline), scenarios, open edits, and the code lens that opens it.
 */
import { renderedUri } from '../../server/src/shared/protocol';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeLens } from 'vscode-languageserver-protocol/node';
import {
  CLUSTERS_REQUEST,
  ELECTION_PREVIEW_REQUEST,
  EMPTY_SCENARIO,
  PREVIEW_ELECTION_COMMAND,
  type ClustersResult,
  type ElectionPreviewResult,
  type ElectionScenario,
} from '../../server/src/shared/protocol';
import { repoRoot } from '../support/shared';
import { LspClient, uriOf } from './client';

const ELECTION = path.join(repoRoot, 'test/fixtures/election');
const SEED = path.join(ELECTION, 'seed');
const NODE1 = path.join(SEED, 'node1.conf');
const NODE2 = path.join(SEED, 'node2.conf');
const KOLLA = path.join(repoRoot, 'test/fixtures/kolla/clean');

function preview(client: LspClient, uri: string | undefined, scenario: Partial<ElectionScenario> = {}): Promise<ElectionPreviewResult> {
  return client.request<ElectionPreviewResult>(ELECTION_PREVIEW_REQUEST, { uri, scenario: { ...EMPTY_SCENARIO, ...scenario } });
}

const masters = (r: ElectionPreviewResult) => r.json.instances.map((i) => `${i.name}/${i.vrid}: ${i.master}`);

describe('LSP: keepalived/electionPreview', function () {
  this.timeout(20000);

  describe('in a workspace (test/fixtures/election: the seed and a tied pair)', () => {
    const client = new LspClient();
    before(async () => {
      await client.start({}, ELECTION);
      // the server learns the workspace folders when a document opens
      await client.open(NODE1);
      await client.diagnosticsFor(NODE1);
    });
    after(() => client.stop());

    it('from node1.conf: node1 and the nodes sharing its VRID, with everything the panel shows', async () => {
      const r = await preview(client, uriOf(NODE1));
      assert.equal(r.source, 'workspace');
      assert.deepEqual(
        r.nodes.map((n) => [n.name, n.file, n.self ?? false]),
        [
          ['node1', uriOf(NODE1), true],
          ['node2', uriOf(NODE2), false],
          ['node3', uriOf(path.join(SEED, 'node3.conf')), false],
        ],
      );
      assert.deepEqual(r.nodes[0]!.trackers, [{ name: 'chk_haproxy', kind: 'script', weight: -20, instances: ['VI_1'] }]);
      assert.deepEqual(r.nodes[0]!.interfaces, ['eth0']);
      assert.deepEqual(r.scenario, EMPTY_SCENARIO);
      assert.equal(r.description, 'all nodes start together');
      // the CLI's JSON, field for field
      assert.deepEqual(Object.keys(r.json), ['instances', 'splitBrain', 'steps']);
      const i = r.json.instances[0]!;
      assert.deepEqual(Object.keys(i), ['name', 'vrid', 'interface', 'master', 'decidedBy', 'reason', 'failoverSeconds', 'nodes']);
      assert.deepEqual([i.master, i.decidedBy, i.failoverSeconds], ['node1', 'priority', 3.669375]);
      assert.deepEqual(r.details[0]!.failover, { min: 3.614375, max: 3.669375 });
      assert.deepEqual(r.splitBrain, []);
      assert.match(r.details[0]!.nodes[1]!.reason, /below node1's 100/);
      assert.match(r.text, /^Scenario: all nodes start together\.\n\nVI_1 {2}\(vrid 51, eth0, ipv4\)/);
      assert.match(r.text, /Timeline \(start all → node1 \(master\) crashes → node1 returns\):/);
      assert.match(r.markdown, /^## Election preview\n/);
      assert.match(r.markdown, /```mermaid\nsequenceDiagram/);
      assert.match(r.mermaid, /^sequenceDiagram\n {2}participant N0 as node1\n/);
      assert.deepEqual(
        r.timeline.steps.map((s) => `${s.at} ${s.label}: ${s.instances.map((x) => x.master).join()}`),
        ['0 start all: node1', '11 node1 (master) crashes: node2', '21 node1 returns: node1'],
      );
      assert.ok(r.timeline.events.some((e) => e.kind === 'state' && e.node === 'node2' && e.to === 'MASTER'));
      assert.deepEqual(r.warnings, []);
    });

    it('without a document: one cluster of the workspace (the seed), the other by its id — never both', async () => {
      const r = await preview(client, undefined);
      assert.deepEqual(
        r.nodes.map((n) => n.name),
        ['node1', 'node2', 'node3'],
      );
      assert.deepEqual(masters(r), ['VI_1/51: node1']);
      assert.equal(r.cluster?.label, 'VRID 51 · 192.0.2.100');
      assert.equal(r.cluster?.deployment, 'Files: seed/');
      // the Clusters view lists both; its id picks the other one
      const view = await client.request<ClustersResult>(CLUSTERS_REQUEST, {});
      assert.deepEqual(
        view.deployments.map((d) => [d.label, d.clusters.map((c) => c.nodes.map((n) => n.name).join(' '))]),
        [
          ['Files: seed/', ['node1 node2 node3']],
          ['Files: tie/', ['lb1 lb2']],
        ],
      );
      assert.equal(view.deployments[0]!.clusters[0]!.id, r.cluster?.id);
      // a rendered configuration open in the editor is no file of the workspace
      const rendered = 'keepalived-rendered:/lb9/keepalived.conf?file%3A%2F%2F%2Fx%2Fglobals.yml';
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: rendered, languageId: 'keepalived', version: 1, text: fs.readFileSync(NODE1, 'utf8') },
      });
      try {
        const again = await client.request<ClustersResult>(CLUSTERS_REQUEST, {});
        assert.deepEqual(
          again.deployments.map((d) => d.label),
          ['Files: seed/', 'Files: tie/'],
        );
      } finally {
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: rendered } });
      }
      const tie = await client.request<ElectionPreviewResult>(ELECTION_PREVIEW_REQUEST, {
        cluster: view.deployments[1]!.clusters[0]!.id,
        scenario: EMPTY_SCENARIO,
      });
      assert.deepEqual(
        tie.nodes.map((n) => n.name),
        ['lb1', 'lb2'],
      );
      assert.deepEqual(masters(tie), ['VI_1/60: null']);
    });

    it('runs a scenario: chk_haproxy failing on node1 moves the VIP to node2', async () => {
      const r = await preview(client, uriOf(NODE1), { fail: [{ node: 'node1', tracker: 'chk_haproxy' }] });
      assert.deepEqual(masters(r), ['VI_1/51: node2']);
      assert.equal(r.description, 'all nodes start together; then chk_haproxy fails on node1');
      assert.deepEqual(
        r.json.instances[0]!.nodes.map((n) => n.effectivePriority),
        [80, 90, 80],
      );
      assert.match(r.json.instances[0]!.reason, /VIPs move after 4\.648–7\.648 s/);
      const order = await preview(client, uriOf(path.join(ELECTION, 'tie/lb1.conf')), { startOrder: ['lb2', 'lb1'] });
      assert.deepEqual(masters(order), ['VI_1/60: lb2']);
    });

    it('drops what the nodes do not have and says so; malformed parts are ignored', async () => {
      const r = await client.request<ElectionPreviewResult>(ELECTION_PREVIEW_REQUEST, {
        uri: uriOf(NODE1),
        scenario: { down: ['ghost', 'node1', 7], stop: 'node2', fail: [{ node: 'node2', tracker: 'chk_gone' }, null], linkDown: [{ node: 'node3' }] },
      });
      assert.deepEqual(r.scenario, { ...EMPTY_SCENARIO, down: ['node1'] });
      assert.deepEqual(masters(r), ['VI_1/51: node2']);
      assert.ok(
        r.warnings.some((w) => w.includes("there is no node 'ghost'")),
        r.warnings.join(' | '),
      );
      assert.ok(
        r.warnings.some((w) => w.includes("node2 does not track 'chk_gone'")),
        r.warnings.join(' | '),
      );
    });

    it('follows unsaved edits of an open node', async () => {
      const text = fs.readFileSync(NODE2, 'utf8');
      await client.open(NODE2);
      try {
        await client.change(NODE2, text.replace('priority 90', 'priority 110'));
        const r = await preview(client, uriOf(NODE1));
        assert.deepEqual(masters(r), ['VI_1/51: node2']);
      } finally {
        await client.change(NODE2, text);
        await client.close(NODE2);
      }
    });

    it('the code lens over a vrrp_instance opens the preview at that instance', async () => {
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(NODE1) } });
      assert.equal(lenses.length, 1);
      assert.deepEqual(lenses[0]!.command, {
        title: 'VRID 51 · priority 100 · BACKUP · predicted MASTER',
        command: PREVIEW_ELECTION_COMMAND,
        arguments: [uriOf(NODE1), 'VI_1'],
      });
      assert.equal(PREVIEW_ELECTION_COMMAND, 'keepalived.previewElection');
    });
  });

  describe('a document outside the workspace folders', () => {
    const client = new LspClient();
    before(() => client.start({}, path.join(repoRoot, 'test/fixtures/lsp-cluster')));
    after(() => client.stop());

    it('takes the keepalived files beside it as the nodes (no need to open them)', async () => {
      await client.open(NODE1);
      await client.diagnosticsFor(NODE1);
      const r = await preview(client, uriOf(NODE1), { stop: ['node1'] });
      assert.equal(r.source, 'folder');
      assert.deepEqual(
        r.nodes.map((n) => n.name),
        ['node1', 'node2', 'node3'],
      );
      assert.deepEqual(masters(r), ['VI_1/51: node2']);
    });
  });

  describe('with a Kolla deployment configured (keepalived.kolla.*)', () => {
    const client = new LspClient();
    let empty: string;
    before(async () => {
      empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-election-kolla-'));
      await client.start(
        { kolla: { globals: path.join(KOLLA, 'globals.yml'), inventory: path.join(KOLLA, 'multinode'), passwords: path.join(KOLLA, 'passwords.yml') } },
        empty,
      );
    });
    after(async () => {
      await client.stop();
      fs.rmSync(empty, { recursive: true, force: true });
    });

    it("the nodes are Kolla's hosts, each linking to the configuration Kolla renders for it", async () => {
      const r = await preview(client, undefined, { down: ['control03'] });
      assert.equal(r.source, 'kolla');
      const globals = uriOf(path.join(KOLLA, 'globals.yml'));
      assert.deepEqual(
        r.nodes.map((n) => [n.name, n.rendered ?? false, n.file]),
        [
          ['control01', true, renderedUri(globals, 'control01')],
          ['control02', true, renderedUri(globals, 'control02')],
          ['control03', true, renderedUri(globals, 'control03')],
        ],
      );
      assert.deepEqual(r.scenario.down, ['control03']);
      assert.equal(r.json.instances[0]!.vrid, 73);
      assert.equal(r.json.instances[0]!.nodes.find((n) => n.node === 'control03')!.state, 'DOWN');
    });
  });
});
