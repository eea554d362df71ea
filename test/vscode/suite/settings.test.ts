/**
 * Settings reach the language server and take effect without a reload, and the commands work.
 * Settings are changed in the user settings of the throw-away profile (ConfigurationTarget.Global)
 * and reset afterwards.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, fixtureUri, formatDiagnostic, openFixture, positionOf, revertActiveEditor, waitFor, waitForDiagnostics } from './helpers';

const config = () => vscode.workspace.getConfiguration('keepalived');
const setGlobal = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Global);

suite('settings', () => {
  suiteTeardown(async () => {
    await setGlobal('configId', undefined);
    await setGlobal('rules', undefined);
    await setGlobal('interfaces', undefined);
  });

  test('keepalived.configId: an @id line becomes active and inactive again', async () => {
    const doc = await openFixture('settings/keepalived.conf');
    const line = positionOf(doc, '@lb2 priorty').line;
    const onLine = (ds: readonly vscode.Diagnostic[]) => ds.some((d) => d.range.start.line === line && diagnosticCode(d) === 'unknown-keyword');
    // the auth_pass marker shows validation ran; without a config id the @lb2 line is not read
    const first = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'auth-pass-length'), undefined, 'the auth-pass-length marker');
    assert.ok(!onLine(first), `unexpected: ${first.map(formatDiagnostic).join(' | ')}`);

    await setGlobal('configId', 'lb2');
    const ds = await waitForDiagnostics(doc.uri, onLine, undefined, `unknown-keyword on the @lb2 line (line ${line + 1}) with configId lb2`);
    assert.strictEqual(doc.getText(ds.find((d) => d.range.start.line === line)!.range), 'priorty');

    await setGlobal('configId', undefined);
    await waitForDiagnostics(
      doc.uri,
      (d) => !onLine(d) && d.some((x) => diagnosticCode(x) === 'auth-pass-length'),
      undefined,
      'the @lb2 line to be ignored again',
    );
  });

  test('keepalived.rules: "unknown-keyword": "off" removes that diagnostic, and only that one', async () => {
    const doc = await openFixture('keepalived.conf');
    const has = (code: string) => (ds: readonly vscode.Diagnostic[]) => ds.some((d) => diagnosticCode(d) === code);
    await waitForDiagnostics(
      doc.uri,
      (ds) => has('unknown-keyword')(ds) && has('vrid-range')(ds),
      undefined,
      'unknown-keyword and vrid-range on keepalived.conf',
    );

    await setGlobal('rules', { 'unknown-keyword': 'off' });
    await waitForDiagnostics(doc.uri, (ds) => !has('unknown-keyword')(ds) && has('vrid-range')(ds), undefined, 'unknown-keyword to be switched off');

    await setGlobal('rules', { 'unknown-keyword': 'error' });
    const ds = await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => diagnosticCode(x) === 'unknown-keyword' && x.severity === vscode.DiagnosticSeverity.Error),
      undefined,
      'unknown-keyword as an error',
    );
    assert.ok(ds.some((d) => diagnosticCode(d) === 'vrid-range'));

    await setGlobal('rules', undefined);
    await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => diagnosticCode(x) === 'unknown-keyword' && x.severity === vscode.DiagnosticSeverity.Warning),
      undefined,
      'unknown-keyword back as a warning',
    );
  });

  test("keepalived.interfaces: a VIP without prefix gets the interface's prefix as a quick fix", async () => {
    const doc = await openFixture('settings/keepalived.conf');
    const at = new vscode.Range(positionOf(doc, '192.0.2.82', 0, 3), positionOf(doc, '192.0.2.82', 0, 3));
    const prefixFix = async () => {
      const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, at)) ?? [];
      return all.find((a) => /^Add \/24/.test(a.title));
    };
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'auth-pass-length'), undefined, 'the auth-pass-length marker');
    assert.strictEqual(await prefixFix(), undefined, 'no prefix fix while the interfaces are unknown');
    await setGlobal('interfaces', { eth0: '192.0.2.10/24' });
    const fix = await waitFor(prefixFix, 20000, 'the "Add /24" quick fix once keepalived.interfaces is set');
    try {
      assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
      assert.ok(doc.getText().includes('        192.0.2.82/24\n'), doc.getText());
    } finally {
      await revertActiveEditor();
      await setGlobal('interfaces', undefined);
    }
  });
});

suite('commands', () => {
  test('all commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of [
      'keepalived.showOutput',
      'keepalived.restartServer',
      'keepalived.lintWorkspace',
      'keepalived.previewElection',
      'keepalived.selectConfigId',
    ]) {
      assert.ok(all.includes(c), `${c} is not registered`);
    }
  });

  test('Keepalived: Lint Workspace reports problems of files nobody opened (and leaves nginx alone)', async () => {
    await openFixture('keepalived.conf'); // the extension is active
    const lint = fixtureUri('lint/keepalived.conf');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === lint.toString()), 'lint/keepalived.conf must not be open');
    const result = await vscode.commands.executeCommand<{ files: number } | undefined>('keepalived.lintWorkspace');
    assert.ok(result && result.files >= 3, `lint result: ${JSON.stringify(result)}`);
    await waitForDiagnostics(lint, (ds) => ds.some((d) => diagnosticCode(d) === 'unknown-keyword'), undefined, 'unknown-keyword in lint/keepalived.conf');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(fixtureUri('conf.d/site.conf')), []);
  });

  test('Keepalived: Restart Server brings diagnostics back', async () => {
    const doc = await openFixture('keepalived.conf');
    await vscode.commands.executeCommand('keepalived.restartServer');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => diagnosticCode(d) === 'unknown-keyword'), undefined, 'diagnostics after the restart');
  });

  test('Keepalived: Preview Election answers (placeholder until the webview lands)', async () => {
    await openFixture('keepalived.conf');
    await vscode.commands.executeCommand('keepalived.previewElection');
  });
});
