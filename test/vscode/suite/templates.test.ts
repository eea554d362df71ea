/**
 * A Jinja2 template of an Ansible role in the editor: the ansible.cfg beside it names the
 * inventory, the template is rendered for each host, and a mistake in host_vars is underlined on
 * the template line that prints it. Hover shows a variable's value on each host, and the command
 * "Show Rendered Config for Host…" opens what a host gets.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, formatDiagnostic, hoverText, openFixture, positionOf, waitFor, waitForDiagnostics } from './helpers';

const TEMPLATE = 'ansible/roles/keepalived/templates/keepalived.conf.j2';

suite('templates', () => {
  test('priority 300 in host_vars/lb1.yml is underlined on the template line, for lb1', async () => {
    const doc = await openFixture(TEMPLATE);
    assert.strictEqual(doc.languageId, 'keepalived');
    const line = positionOf(doc, 'priority {{ keepalived_priority }}').line;
    const isIt = (d: vscode.Diagnostic): boolean => d.range.start.line === line && diagnosticCode(d) === 'priority-range';
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some(isIt), undefined, `priority-range on line ${line + 1} of the template`);
    const d = ds.find(isIt)!;
    assert.strictEqual(doc.getText(d.range), '{{ keepalived_priority }}', formatDiagnostic(d));
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /\(on lb1\)$/);
  });

  test('hover on a variable shows its value on each host', async () => {
    const doc = await openFixture(TEMPLATE);
    const text = await waitFor(
      async () => {
        const h = await hoverText(doc.uri, positionOf(doc, 'keepalived_priority', 0, 3));
        return /lb1/.test(h) ? h : undefined;
      },
      20000,
      'a hover with the values of keepalived_priority',
    );
    assert.match(text, /lb1[^\n]*300/);
    assert.match(text, /lb2[^\n]*100/);
  });

  test('"Show Rendered Config for Host…" opens what lb1 gets, as a keepalived document', async () => {
    const doc = await openFixture(TEMPLATE);
    await vscode.commands.executeCommand('keepalived.showRenderedConfig', doc.uri.toString(), 'lb1');
    const rendered = await waitFor(
      () => Promise.resolve(vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'keepalived-rendered' && d.getText().includes('router_id lb1'))),
      20000,
      "lb1's rendered keepalived.conf",
    );
    assert.strictEqual(rendered.languageId, 'keepalived');
    assert.match(rendered.getText(), /^\s*priority 300$/m);
  });
});
