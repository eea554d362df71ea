/**
 * The language features in the real editor, through VS Code's own provider commands: hover,
 * completion, go to definition and rename across an include, signature help, highlights, formatting, and the Kolla
 * globals.yml cross-check. Everything polls; nothing sleeps.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, fixtureUri, hoverText, openFixture, positionOf, revertActiveEditor, waitFor, waitForDiagnostics } from './helpers';

const config = () => vscode.workspace.getConfiguration('keepalived');

suite('language features', () => {
  test('hover explains a keyword', async () => {
    const doc = await openFixture('keepalived.conf');
    const pos = positionOf(doc, 'virtual_router_id', 0, 3);
    const text = await waitFor(
      async () => {
        const t = await hoverText(doc.uri, pos);
        return /VRID/.test(t) ? t : undefined;
      },
      20000,
      'a hover on virtual_router_id',
    );
    assert.match(text, /1\.\.255|1–255/);
  });

  test('completion offers the keywords of the block at the cursor, not of other blocks', async () => {
    const doc = await openFixture('keepalived.conf');
    const pos = positionOf(doc, 'priority 90', 0, 0);
    const list = await waitFor(
      async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
        return l && l.items.length > 0 ? l : undefined;
      },
      20000,
      'completion items in vrrp_instance',
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('nopreempt'), `nopreempt missing: ${labels.slice(0, 20).join(', ')}`);
    assert.ok(!labels.includes('router_id'), 'router_id belongs in global_defs');
  });

  test('go to definition of a tracked script jumps into the included file', async () => {
    const doc = await openFixture('keepalived.conf');
    const pos = positionOf(doc, 'chk_haproxy', 0, 2);
    const locs = await waitFor(
      async () => {
        const l = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos);
        return l && l.length > 0 ? l : undefined;
      },
      20000,
      'a definition of chk_haproxy',
    );
    const loc = locs[0]!; // waitFor returned a non-empty list
    const uri = 'targetUri' in loc ? loc.targetUri : loc.uri;
    assert.strictEqual(uri.toString(), fixtureUri('keepalived.d/scripts.conf').toString());
  });

  test('rename of a script edits the definition in the include and the reference', async () => {
    const doc = await openFixture('keepalived.conf');
    const pos = positionOf(doc, 'chk_haproxy', 0, 2);
    const edit = await waitFor(
      async () => vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, 'chk_lb'),
      20000,
      'a rename edit',
    );
    const files = edit
      .entries()
      .map(([u]) => u.toString())
      .sort();
    assert.deepStrictEqual(files, [fixtureUri('keepalived.conf').toString(), fixtureUri('keepalived.d/scripts.conf').toString()].sort());
  });

  test('signature help marks the argument being typed; highlights show where a script is named', async () => {
    const doc = await openFixture('keepalived.conf');
    const pos = positionOf(doc, 'virtual_router_id ', 0, 'virtual_router_id '.length);
    const help = await waitFor(
      async () => {
        const h = await vscode.commands.executeCommand<vscode.SignatureHelp | undefined>('vscode.executeSignatureHelpProvider', doc.uri, pos);
        return h && h.signatures.length > 0 ? h : undefined;
      },
      20000,
      'signature help on virtual_router_id',
    );
    const sig = help.signatures[help.activeSignature]!;
    const label = sig.parameters[help.activeParameter]!.label;
    assert.strictEqual(typeof label === 'string' ? label : sig.label.slice(label[0], label[1]), '<vrid>');
    const highlights = await waitFor(
      async () => {
        const h = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
          'vscode.executeDocumentHighlights',
          doc.uri,
          positionOf(doc, 'chk_haproxy', 0, 2),
        );
        return h && h.length > 0 ? h : undefined;
      },
      20000,
      'highlights of chk_haproxy',
    );
    assert.ok(highlights.every((h) => doc.getText(h.range) === 'chk_haproxy'));
  });

  test('formatting re-indents by block and is idempotent', async () => {
    const doc = await openFixture('format/keepalived.conf');
    try {
      const opts = { tabSize: 4, insertSpaces: true };
      const edits = await waitFor(
        async () => {
          const e = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, opts);
          return e && e.length > 0 ? e : undefined;
        },
        20000,
        'formatting edits',
      );
      const we = new vscode.WorkspaceEdit();
      we.set(doc.uri, edits);
      assert.ok(await vscode.workspace.applyEdit(we));
      assert.match(doc.getText(), /\n {4}interface eth0\n/);
      assert.match(doc.getText(), /\n {8}192\.0\.2\.61\/24 dev eth0\n {4}\}\n\}/);
      const again = (await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, opts)) ?? [];
      assert.strictEqual(again.length, 0, 'a second format changes nothing');
    } finally {
      await revertActiveEditor();
    }
  });

  test('a Kolla globals file set in the settings (not named globals.yml, so never found on its own) gets its diagnostics, and loses them when unset', async () => {
    await openFixture('keepalived.conf');
    await config().update('kolla.globals', 'kolla/site-globals.yml', vscode.ConfigurationTarget.Global);
    try {
      const ds = await waitForDiagnostics(
        fixtureUri('kolla/site-globals.yml'),
        (d) => d.some((x) => diagnosticCode(x) === 'kolla-vrid-range'),
        undefined,
        'kolla-vrid-range on globals.yml',
      );
      assert.ok(ds.every((d) => String(diagnosticCode(d)).startsWith('kolla-')));
    } finally {
      await config().update('kolla.globals', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => vscode.languages.getDiagnostics(fixtureUri('kolla/site-globals.yml')).length === 0, 20000, 'globals.yml diagnostics to clear');
  });
});
