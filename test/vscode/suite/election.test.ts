/**
 * "Keepalived: Preview Election": the command opens the webview panel with the server's answer
 * for the seed cluster (test/fixtures/election/seed, three nodes 100/90/80 and a track_script
 * with weight -20), a scenario re-runs it, and the code lens over a vrrp_instance opens it.
 * Everything waits by polling (waitFor), never by sleeping.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ElectionPreview } from '../../../client/src/election';
import { extensionRoot, LANGUAGE_ID, waitFor } from './helpers';

const SEED = path.join(extensionRoot, 'test', 'fixtures', 'election', 'seed');
const COMMAND = 'keepalived.previewElection';

/** The election webview tabs VS Code has open. */
function electionTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('keepalivedElectionPreview'));
}

async function openSeed(name: string): Promise<vscode.TextDocument> {
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(SEED, name)));
  // *.conf is not keepalived by name (nginx and others use it): say so, as a user would
  if (doc.languageId !== LANGUAGE_ID) doc = await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
  await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
  return doc;
}

suite('election preview', () => {
  let preview: ElectionPreview | undefined;

  suiteTeardown(async () => {
    preview?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the command opens the preview panel: node1 is MASTER, decided by priority', async () => {
    const doc = await openSeed('node1.conf');
    preview = await vscode.commands.executeCommand<ElectionPreview>(COMMAND, doc.uri, 'VI_1');
    assert.ok(preview && preview.panel, 'the command returns the preview');
    await waitFor(() => electionTabs().length === 1, 20000, 'the election webview tab');
    const p = preview;
    const r = await waitFor(() => p.result, 30000, `the server's answer (error: ${p.error})`);
    assert.deepStrictEqual(
      r.nodes.map((n) => n.name),
      ['node1', 'node2', 'node3'],
    );
    assert.strictEqual(r.json.instances[0]!.master, 'node1');
    assert.strictEqual(r.json.instances[0]!.decidedBy, 'priority');
    await waitFor(() => p.html.includes('<b>node1</b> — decided by <b>priority</b>'), 10000, 'the page to show the winner');
    assert.ok(p.html.includes('<article class="instance focus"'), 'the instance it was opened for is marked');
    // the page script is the bundled dist/electionView.js, through the webview's resource URI
    assert.match(p.html, /<script nonce="[^"]+" src="[^"]*\/dist\/electionView\.js"><\/script>/);
    assert.ok(p.panel.visible, 'the panel is visible');
  });

  test('a scenario re-runs the election: chk_haproxy failing on node1 moves the VIP to node2', async () => {
    const p = preview!;
    const before = p.renders;
    await p.onMessage({ type: 'scenario', scenario: { down: [], stop: [], fail: [{ node: 'node1', tracker: 'chk_haproxy' }], linkDown: [], startOrder: [] } });
    await waitFor(() => p.renders > before && p.result?.json.instances[0]?.master === 'node2', 20000, 'the new outcome');
    assert.ok(p.html.includes('<b>node2</b> — decided by <b>priority</b>'));
    assert.ok(p.html.includes('data-tracker="chk_haproxy" checked'), 'the toggle stays on');
    assert.deepStrictEqual(p.result!.scenario.fail, [{ node: 'node1', tracker: 'chk_haproxy' }]);
  });

  test("the page's controls send steps: the failure, then its recovery; the outcome is the last step's", async () => {
    const p = preview!;
    const before = p.renders;
    await p.onMessage({
      type: 'scenario',
      scenario: {
        down: [],
        stop: [],
        fail: [{ node: 'node1', tracker: 'chk_haproxy' }],
        linkDown: [],
        startOrder: [],
        steps: [[{ kind: 'heal', node: 'node1', tracker: 'chk_haproxy' }]],
      },
    });
    await waitFor(() => p.renders > before && p.result?.json.instances[0]?.master === 'node1', 20000, 'the outcome after the recovery');
    assert.deepStrictEqual(
      p.result!.json.steps!.map((s) => s.instances[0]!.master),
      ['node1', 'node2', 'node1'],
    );
    assert.ok(p.html.includes('<input type="checkbox" id="recover" checked>'), 'the recovery toggle stays on');
  });

  test('the code lens over vrrp_instance runs the command, and the panel is reused', async () => {
    const doc = await openSeed('node2.conf');
    const lenses = await waitFor(
      async () => {
        const ls = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
        return ls?.find((l) => l.command?.command === COMMAND);
      },
      20000,
      'a code lens with the preview command',
    );
    assert.deepStrictEqual(lenses.command!.arguments, [doc.uri.toString(), 'VI_1']);
    const again = await vscode.commands.executeCommand<ElectionPreview>(lenses.command!.command, ...(lenses.command!.arguments ?? []));
    assert.strictEqual(again, preview, 'one preview panel');
    assert.strictEqual(electionTabs().length, 1);
    await waitFor(() => again.result?.nodes.find((n) => n.self)?.name === 'node2', 20000, 'the preview of node2.conf');
    assert.deepStrictEqual(again.result!.scenario.fail, [], 'another document starts from the default scenario');
  });
});
