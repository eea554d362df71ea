/**
 * The operator's workspace (test/fixtures/operator) in a real VS Code: a Kolla-Ansible deployment
 * (kolla/etc/kolla/globals.yml, kolla/multinode, custom configs for control01 and control02), an
 * Ansible role (ansible/roles/keepalived/templates/keepalived.conf.j2 with an inventory through
 * ansible.cfg) and a Kubernetes API VIP pair (k8s/lb1.conf, k8s/lb2.conf) side by side, with no
 * setting at all. The k8s files get no Kolla diagnostic and no Kolla fix, each election preview
 * lists exactly its cluster, a VRID typo shows the split-brain banner, the Clusters view lists the
 * three groups. Tests that edit a document revert it; every wait polls.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import type { KeepalivedApi } from '../../../client/src/extension';
import type { ElectionPreview } from '../../../client/src/election';
import type { ClusterItem } from '../../../client/src/clusters';
import { renderedUri } from '../../../server/src/shared/protocol';
import { diagnosticCode, extension, extensionRoot, formatDiagnostic, positionOf, revertActiveEditor, waitFor, waitForLanguage } from '../suite/helpers';

const ROOT = path.join(extensionRoot, 'test', 'fixtures', 'operator');
const uriOf = (rel: string) => vscode.Uri.file(path.join(ROOT, rel));
const LB1 = 'k8s/lb1.conf';
const LB2 = 'k8s/lb2.conf';
const CONTROL01 = 'kolla/etc/kolla/config/keepalived/control01/keepalived.conf';
const CONTROL02 = 'kolla/etc/kolla/config/keepalived/control02/keepalived.conf';
const GLOBALS = 'kolla/etc/kolla/globals.yml';
const TEMPLATE = 'ansible/roles/keepalived/templates/keepalived.conf.j2';
const PREVIEW = 'keepalived.previewElection';

async function open(rel: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uriOf(rel));
  await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
  return doc;
}

async function codeLensTitles(uri: vscode.Uri): Promise<string[]> {
  const ls = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  return ls.map((l) => l.command?.title ?? '');
}

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
}

/** Every file an action's edit touches. */
const editedFiles = (a: vscode.CodeAction) => (a.edit ? a.edit.entries().map(([u]) => path.relative(ROOT, u.fsPath)) : []);

async function replaceInEditor(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const start = positionOf(doc, from);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(start, doc.positionAt(doc.offsetAt(start) + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

suite('operator workspace: Kolla, an Ansible role and a k8s pair side by side', () => {
  let preview: ElectionPreview | undefined;

  suiteTeardown(async () => {
    preview?.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('k8s/lb1.conf (a *.conf starting with "! Configuration File for keepalived") opens as Keepalived', async () => {
    const doc = await open(LB1);
    await waitForLanguage(doc.uri);
  });

  /** No Kolla finding and no fix touching globals.yml on lb1 and lb2; the code lens predicts within the pair. */
  async function noKollaOnThePair(): Promise<void> {
    for (const rel of [LB1, LB2]) {
      const doc = await open(rel);
      await waitForLanguage(doc.uri);
      // the code lens names lb1 as the pair's MASTER: the workspace model has been built
      const lenses = await waitFor(
        async () => {
          const t = await codeLensTitles(doc.uri);
          return t.some((x) => /predicted (MASTER|BACKUP \(lb1 is MASTER\))/.test(x)) ? t : undefined;
        },
        30000,
        `the predicted role on ${rel}`,
      );
      assert.ok(lenses.length === 1, lenses.join(' | '));
      // a marker edit (a misspelt keyword): the diagnostics that come with it are computed now
      try {
        await replaceInEditor(doc, '    advert_int 1\n', '    advert_int 1\n    priorty 1\n');
        const ds = await waitFor(
          () => {
            const d = vscode.languages.getDiagnostics(doc.uri);
            return d.some((x) => diagnosticCode(x) === 'unknown-keyword') ? d : undefined;
          },
          30000,
          `the marker's unknown-keyword on ${rel}`,
        );
        assert.deepEqual(ds.filter((d) => String(diagnosticCode(d)).startsWith('kolla-') || /globals\.yml|Kolla/.test(d.message)).map(formatDiagnostic), []);
        // nothing at the VIP (where "VIP missing" used to be) offers to edit globals.yml
        const vip = positionOf(doc, '192.168.50.10/24');
        const actions = await codeActions(doc.uri, new vscode.Range(vip.line, 0, vip.line + 1, 0));
        assert.deepEqual(
          actions.filter((a) => editedFiles(a).some((f) => f.endsWith('globals.yml')) || /kolla|globals/i.test(a.title)).map((a) => a.title),
          [],
        );
      } finally {
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
        await revertActiveEditor();
      }
    }
    assert.deepEqual(vscode.languages.getDiagnostics(uriOf(GLOBALS)).map(formatDiagnostic), [], 'globals.yml says nothing of lb1 and lb2');
  }

  test('the k8s files get no Kolla diagnostic and no Kolla fix, with Kolla found in the workspace', async () => {
    // control01's script-security warning: the server has validated the workspace
    const c01 = await open(CONTROL01);
    await waitFor(() => vscode.languages.getDiagnostics(c01.uri).some((d) => diagnosticCode(d) === 'script-security'), 30000, 'the validation of control01');
    await noKollaOnThePair();
  });

  test('... and with the Kolla settings on (keepalived.kolla.globals / inventory), as the issue had it', async () => {
    const config = vscode.workspace.getConfiguration('keepalived');
    await config.update('kolla.globals', GLOBALS, vscode.ConfigurationTarget.Global);
    await config.update('kolla.inventory', 'kolla/multinode', vscode.ConfigurationTarget.Global);
    try {
      // the settings have reached the server: the Kolla preview names its source
      const api = extension().exports as KeepalivedApi;
      await waitFor(
        async () =>
          (await api.clusters.refresh())?.deployments.some((d) => d.kind === 'kolla' && d.notes.some((n) => /set in keepalived\.kolla\.globals/.test(n))),
        30000,
        'the settings to reach the server',
      );
      await noKollaOnThePair();
    } finally {
      await config.update('kolla.globals', undefined, vscode.ConfigurationTarget.Global);
      await config.update('kolla.inventory', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test("the status bar shows the active file's own config id (keepalived.configIds by node)", async () => {
    const config = vscode.workspace.getConfiguration('keepalived');
    const api = extension().exports as KeepalivedApi;
    await config.update('configIds', { lb2: 'lb2' }, vscode.ConfigurationTarget.Global);
    try {
      await open(LB2);
      await waitFor(() => / @lb2$/.test(api.status.text), 30000, `lb2's config id in the status bar (it says "${api.status.text}")`);
      // lb1 has none of its own, and no config id is set for every node
      await open(LB1);
      await waitFor(() => /keepalived$/.test(api.status.text), 30000, `no config id for lb1 (it says "${api.status.text}")`);
    } finally {
      await config.update('configIds', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('each election preview lists exactly its cluster', async () => {
    const cases: [string, string[]][] = [
      [LB2, ['lb1', 'lb2']],
      [LB1, ['lb1', 'lb2']],
      [CONTROL02, ['control01', 'control02', 'control03']],
      [TEMPLATE, ['web-lb1', 'web-lb2']],
    ];
    for (const [rel, nodes] of cases) {
      const doc = await open(rel);
      const before = preview?.renders ?? 0;
      const p = await vscode.commands.executeCommand<ElectionPreview>(PREVIEW, doc.uri);
      preview = p;
      // a page built from a new answer (the panel is reused)
      const r = await waitFor(() => (p.renders > before && p.result && !p.error ? p.result : undefined), 30000, `the preview of ${rel} (error: ${p.error})`);
      assert.deepEqual(
        r.nodes.map((n) => n.name),
        nodes,
        rel,
      );
      assert.deepEqual(r.splitBrain, [], rel);
    }
    // Kolla renders control03's configuration: its link is the rendered document, not globals.yml
    const kolla = await open(CONTROL02);
    const before = preview?.renders ?? 0;
    const p = await vscode.commands.executeCommand<ElectionPreview>(PREVIEW, kolla.uri);
    const r = await waitFor(() => (p.renders > before && p.result?.nodes.length === 3 ? p.result : undefined), 30000, 'the Kolla preview');
    assert.equal(r.source, 'kolla');
    const c03 = r.nodes.findIndex((n) => n.name === 'control03');
    assert.ok(r.nodes[c03]!.rendered);
    assert.match(p.html, /control03<\/a> <span class="muted">\(rendered\)<\/span>/);
    await p.onMessage({ type: 'open', node: c03 });
    assert.equal(p.opened, renderedUri(uriOf(GLOBALS).toString(), 'control03'));
  });

  test('a VRID typo on lb2 shows the split-brain banner (lb1 and lb2 both MASTER for 192.168.50.10); fixing it removes it', async () => {
    const lb2 = await open(LB2);
    const lb1 = uriOf(LB1);
    try {
      await replaceInEditor(lb2, 'virtual_router_id 51', 'virtual_router_id 52');
      const before = preview?.renders ?? 0;
      const p = await vscode.commands.executeCommand<ElectionPreview>(PREVIEW, lb1);
      preview = p;
      await waitFor(() => p.renders > before, 30000, 'a new page');
      await waitFor(() => p.result?.splitBrain.length === 1 && p.html.includes('class="split-brain"'), 30000, 'the split-brain banner');
      assert.deepEqual(
        p.result!.nodes.map((n) => n.name),
        ['lb1', 'lb2'],
      );
      assert.match(p.result!.splitBrain[0]!, /192\.168\.50\.10/);
      assert.match(p.html, /<section class="split-brain" id="split-brain" role="alert"><h2>Split brain<\/h2>/);
      // the linter says the same: a VRID mismatch between the two, an error
      await waitFor(
        () => vscode.languages.getDiagnostics(lb1).some((d) => diagnosticCode(d) === 'cluster-vrid-mismatch' && d.severity === vscode.DiagnosticSeverity.Error),
        30000,
        'cluster-vrid-mismatch on lb1',
      );
    } finally {
      await vscode.window.showTextDocument(lb2, { viewColumn: vscode.ViewColumn.One });
      await revertActiveEditor();
    }
    const p = preview;
    await waitFor(() => p.result?.splitBrain.length === 0 && !p.html.includes('class="split-brain"'), 30000, 'the banner to go away');
  });

  test('a VIP typo in control01 is reported once, in that file, and its fix replaces the typo', async () => {
    const doc = await open(CONTROL01);
    try {
      await replaceInEditor(doc, '10.10.0.250 dev eth1', '10.10.0.205 dev eth1');
      const d = await waitFor(
        () => vscode.languages.getDiagnostics(doc.uri).find((x) => diagnosticCode(x) === 'kolla-vip-mismatch'),
        30000,
        'kolla-vip-mismatch on control01',
      );
      for (const other of [GLOBALS, CONTROL02, LB1, LB2])
        assert.deepEqual(
          vscode.languages
            .getDiagnostics(uriOf(other))
            .filter((x) => /mismatch/.test(String(diagnosticCode(x))))
            .map(formatDiagnostic),
          [],
          other,
        );
      const fix = (await codeActions(doc.uri, d.range)).find((a) => /^Replace 10\.10\.0\.205/.test(a.title));
      assert.ok(fix?.edit, 'a fix that replaces the typo');
      assert.deepEqual(editedFiles(fix), [CONTROL01]);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(doc.getText().includes('        10.10.0.250 dev eth1\n'), doc.getText());
      await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((x) => diagnosticCode(x) === 'kolla-vip-mismatch'), 30000, 'the finding to go');
    } finally {
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
      await revertActiveEditor();
    }
  });

  test('the Clusters view lists three groups: the Kolla deployment, the Ansible role, the k8s pair', async () => {
    await vscode.commands.executeCommand('keepalived.clusters.focus');
    const api = extension().exports as KeepalivedApi;
    const provider = api.clusters;
    await vscode.commands.executeCommand('keepalived.refreshClusters');
    const roots = await provider.getChildren();
    const labels = roots.map((i) => provider.getTreeItem(i).label);
    assert.deepEqual(labels, ['Kolla-Ansible: kolla/etc/kolla/globals.yml', 'Ansible role: ansible/roles/keepalived', 'Files: k8s/']);
    const nodesOf = async (root: ClusterItem) => {
      const clusters = (await provider.getChildren(root)).filter((c) => c.kind === 'cluster');
      return (await Promise.all(clusters.map((c) => provider.getChildren(c)))).map((ns) => ns.map((n) => provider.getTreeItem(n).label));
    };
    assert.deepEqual(await nodesOf(roots[0]!), [['control01', 'control02', 'control03']]);
    assert.deepEqual(await nodesOf(roots[1]!), [['web-lb1', 'web-lb2']]);
    assert.deepEqual(await nodesOf(roots[2]!), [['lb1', 'lb2']]);
    // a node says where its facts come from
    const k8s = (await provider.getChildren(roots[2])).find((c) => c.kind === 'cluster')!;
    const lb1 = (await provider.getChildren(k8s))[0]!;
    const text = (x: string | vscode.TreeItemLabel | boolean | undefined) => (typeof x === 'object' ? x.label : String(x));
    const details = (await provider.getChildren(lb1)).map((d) => `${text(provider.getTreeItem(d).label)} — ${text(provider.getTreeItem(d).description)}`);
    assert.ok(
      details.some((d) => /^interfaces: unknown — keepalived\.interfaces "lb1:NAME"/.test(d)),
      details.join(' | '),
    );
    // a cluster opens its election preview
    const kollaCluster = (await provider.getChildren(roots[0])).find((c) => c.kind === 'cluster')!;
    const item = provider.getTreeItem(kollaCluster);
    const args = (item.command!.arguments ?? []) as unknown[];
    const p = await vscode.commands.executeCommand<ElectionPreview>(item.command!.command, ...args);
    preview = p;
    await waitFor(() => (p.cluster !== undefined && p.result?.nodes.length === 3 ? p.result : undefined), 30000, 'the preview of the Kolla cluster');
    assert.equal(p.result!.source, 'kolla');
  });
});
