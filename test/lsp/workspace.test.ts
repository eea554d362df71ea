/**
 * Diagnostics that need several files: the cluster rules over the open nodes, and the Kolla
 * cross-check with issues published on globals.yml itself.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { repoRoot } from '../support/shared';
import { LspClient, uriOf } from './client';

const dir = path.join(repoRoot, 'test/fixtures/lsp-cluster');
const LB1 = path.join(dir, 'lb1.conf');
const LB2 = path.join(dir, 'lb2.conf');
const KOLLA = path.join(repoRoot, 'test/fixtures/kolla/broken');

describe('LSP: workspace-wide diagnostics', function () {
  this.timeout(20000);
  const client = new LspClient();
  before(async () => {
    await client.start({}, dir);
  });
  after(() => client.stop());

  it('two open nodes of one VRID with different VIPs: cluster-vip-mismatch on both, pointing at each other', async () => {
    await client.open(LB1);
    await client.open(LB2);
    const has = (d: { code?: unknown }[]) => d.some((x) => x.code === 'cluster-vip-mismatch');
    const d1 = await client.diagnosticsFor(LB1, has);
    const d2 = await client.diagnosticsFor(LB2, has);
    const m1 = d1.find((x) => x.code === 'cluster-vip-mismatch')!;
    assert.ok(
      m1.relatedInformation?.some((r) => r.location.uri === uriOf(LB2)),
      'related information points at the other node',
    );
    assert.ok(d2.some((x) => x.code === 'cluster-vip-mismatch'));
  });

  it('fixing one node clears the finding on the other', async () => {
    const fixed = (await import('node:fs')).readFileSync(LB2, 'utf8').replace('192.0.2.101/24', '192.0.2.100/24');
    await client.change(LB2, fixed);
    await client.diagnosticsFor(LB1, (d) => !d.some((x) => x.code === 'cluster-vip-mismatch'));
  });

  it('a Kolla globals.yml from the settings gets its own diagnostics', async () => {
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: {
        keepalived: {
          kolla: { globals: path.join(KOLLA, 'globals.yml'), inventory: path.join(KOLLA, 'multinode'), passwords: path.join(KOLLA, 'passwords.yml') },
        },
      },
    });
    const d = await client.diagnosticsFor(path.join(KOLLA, 'globals.yml'), (x) => x.some((i) => String(i.code).startsWith('kolla-')));
    assert.ok(
      d.some((i) => i.code === 'kolla-vrid-range'),
      `got ${d.map((i) => i.code).join(', ')}`,
    );
  });
});

describe('LSP: a file another configuration includes', function () {
  this.timeout(20000);
  const folder = path.join(repoRoot, 'test/fixtures/workspace');
  const SCRIPTS = path.join(folder, 'keepalived.d/scripts.conf');
  const client = new LspClient();
  before(() => client.start({}, folder));
  after(() => client.stop());

  it('is checked as part of its includer: the script keepalived.conf tracks is not "unused", and no fix removes it', async () => {
    await client.open(SCRIPTS);
    // script-security (no enable_script_security in the includer's global_defs) shows the includer's lint ran
    const d = await client.diagnosticsFor(SCRIPTS, (x) => x.some((i) => i.code === 'script-security'));
    assert.deepEqual(
      d.filter((i) => i.code === 'unused-script'),
      [],
    );
    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: uriOf(SCRIPTS) },
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } },
      context: { diagnostics: d },
    });
    assert.ok(!actions.some((a) => /unused/i.test(a.title)), actions.map((a) => a.title).join(' | '));
  });
});
