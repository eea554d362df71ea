/**
 * keepalived.version reaches completion: with the target hosts on keepalived 2.2.7, the server
 * does not offer keywords 2.2.7 does not know (which keyword-version would then report).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../support/shared';
import { LspClient, uriOf } from './client';

const dir = path.join(repoRoot, 'test/fixtures/lsp-lint');
const SCRATCH = path.join(dir, 'completion-version.conf');

async function labelsAt(client: LspClient, text: string): Promise<string[]> {
  const cursor = text.indexOf('|');
  const clean = text.slice(0, cursor) + text.slice(cursor + 1);
  await client.change(SCRATCH, clean);
  const before = clean.slice(0, cursor).split('\n');
  const r = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', {
    textDocument: { uri: uriOf(SCRATCH) },
    position: { line: before.length - 1, character: before[before.length - 1]!.length },
  });
  const items = Array.isArray(r) ? r : (r?.items ?? []);
  return items.map((i) => i.label);
}

for (const [version, offered, notOffered] of [
  ['2.2.7', ['priority', 'authentication'], ['auth_hmac', 'no_virtual_ipaddress']],
  [undefined, ['priority', 'authentication', 'auth_hmac', 'no_virtual_ipaddress'], []],
] as const) {
  describe(`LSP: completion with keepalived.version ${version ?? 'unset'}`, function () {
    this.timeout(20000);
    const client = new LspClient();
    before(async () => {
      await client.start(version ? { version } : {}, dir);
      await client.open(SCRATCH, '');
    });
    after(() => client.stop());

    it(`offers ${offered.join(', ')}${notOffered.length > 0 ? `, not ${notOffered.join(', ')}` : ''} in a vrrp_instance`, async () => {
      const l = await labelsAt(client, 'vrrp_instance VI_1 {\n    |\n}\n');
      for (const w of offered) assert.ok(l.includes(w), `${w} missing`);
      for (const w of notOffered) assert.ok(!l.includes(w), `${w} offered`);
    });
  });
}
