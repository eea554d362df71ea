/**
 * A multi-root workspace whose folders have settings of their own (VS Code's folder settings,
 * asked with workspace/configuration and a scopeUri): each file is validated with its folder's
 * facts — the same configuration is fine in the folder whose eth0 holds its VIP and warned about
 * in the other — and a node's config id set in one folder does not reach the other.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentFactsResult } from '../../server/src/shared/protocol';
import { LspClient, uriOf } from './client';

const CONF = `vrrp_instance VI_1 {
    state BACKUP
    interface eth0
    virtual_router_id 51
    priority 100
    virtual_ipaddress {
        10.0.0.100/24
    }
}
`;

describe('LSP: a multi-root workspace with folder settings', function () {
  this.timeout(20000);
  const client = new LspClient();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-roots-'));
  const a = path.join(dir, 'site-a');
  const b = path.join(dir, 'site-b');
  before(async () => {
    for (const d of [a, b]) {
      fs.mkdirSync(d);
      fs.writeFileSync(path.join(d, 'lb1.conf'), CONF);
    }
    await client.start({}, a, undefined, [
      { folder: a, settings: { interfaces: { eth0: '10.0.0.0/24' }, configIds: { lb1: 'a-lb1' } } },
      { folder: b, settings: { interfaces: { eth0: '192.168.1.0/24' } } },
    ]);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("validates each file with its own folder's interfaces", async () => {
    await client.open(path.join(b, 'lb1.conf'));
    const inB = await client.diagnosticsFor(path.join(b, 'lb1.conf'), (d) => d.some((x) => x.code === 'vip-outside-subnet'));
    assert.ok(inB.some((x) => x.code === 'vip-outside-subnet' && x.range.start.line === 6));
    // B's warning shows the folder settings have arrived (both folders' are read at once)
    await client.open(path.join(a, 'lb1.conf'));
    const inA = await client.diagnosticsFor(path.join(a, 'lb1.conf'));
    assert.deepEqual(
      inA.filter((x) => x.code === 'vip-outside-subnet' || x.code === 'unknown-interface'),
      [],
    );
  });

  it("gives a node's config id from its folder's settings only", async () => {
    const inA = await client.request<DocumentFactsResult>('keepalived/documentFacts', { uri: uriOf(path.join(a, 'lb1.conf')) });
    const inB = await client.request<DocumentFactsResult>('keepalived/documentFacts', { uri: uriOf(path.join(b, 'lb1.conf')) });
    assert.equal(inA.configId, 'a-lb1');
    assert.equal(inB.configId, undefined);
  });
});
