/**
 * "Keepalived: Lint Workspace" (keepalived/lintFiles): the server finds the folder's keepalived
 * files and lints them with the same settings as live validation — a closed file gets exactly the
 * diagnostics it gets when it is opened (keyword-version against keepalived.version included).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../support/shared';
import { LspClient, uriOf } from './client';

const dir = path.join(repoRoot, 'test/fixtures/lsp-lint');
const LB1 = path.join(dir, 'lb1.conf');
const summary = (d: readonly Diagnostic[]) => d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${String(x.code)}`).sort();

describe('LSP: Lint Workspace lints like live validation', function () {
  this.timeout(20000);
  const client = new LspClient();
  before(() => client.start({ version: '2.2.7' }, dir));
  after(() => client.stop());

  it('publishes keyword-version on a closed file when keepalived.version is 2.2.7, as live validation does once it is open', async () => {
    const r = await client.request<{ files: number; warnings: number }>('keepalived/lintFiles', { folders: [uriOf(dir)] });
    assert.equal(r.files, 1);
    const closed = await client.diagnosticsFor(LB1, (d) => d.length > 0);
    assert.ok(
      closed.some((d) => d.code === 'keyword-version'),
      `Lint Workspace: ${summary(closed).join(', ')}`,
    );
    await client.open(LB1);
    const live = await client.diagnosticsFor(LB1, (d) => d.some((x) => x.code === 'keyword-version'));
    assert.deepEqual(summary(live), summary(closed));
    assert.equal(r.warnings, closed.filter((d) => d.severity === 2).length);
  });
});
