/**
 * keepalived/documentFacts (the status bar's question): the node a file is and its config id, as
 * the project service resolves them — a node's own id (keepalived.configIds), else the plain one.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { DocumentFactsResult } from '../../server/src/shared/protocol';
import { repoRoot } from '../support/shared';
import { LspClient, uriOf } from './client';

const dir = path.join(repoRoot, 'test/fixtures/operator/k8s');

describe('LSP: keepalived/documentFacts', function () {
  this.timeout(20000);
  const client = new LspClient();
  before(() => client.start({ configId: 'all', configIds: { lb2: 'lb2-id' } }, dir));
  after(() => client.stop());

  it("gives a node's own config id and where it is set, else the plain setting's", async () => {
    const lb2 = await client.request<DocumentFactsResult>('keepalived/documentFacts', { uri: uriOf(path.join(dir, 'lb2.conf')) });
    assert.deepEqual(lb2, { node: 'lb2', configId: 'lb2-id', configIdFrom: 'keepalived.configIds "lb2"' });
    const lb1 = await client.request<DocumentFactsResult>('keepalived/documentFacts', { uri: uriOf(path.join(dir, 'lb1.conf')) });
    assert.deepEqual(lb1, { node: 'lb1', configId: 'all', configIdFrom: 'keepalived.configId' });
  });

  it('answers null for a document that is not a file', async () => {
    assert.equal(await client.request('keepalived/documentFacts', { uri: 'untitled:Untitled-1' }), null);
  });
});
