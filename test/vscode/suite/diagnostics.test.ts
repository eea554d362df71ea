/** Diagnostics from the language server reach VS Code with their rule id as `code`. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, formatDiagnostic, openFixture, positionOf, waitForDiagnostics } from './helpers';

suite('diagnostics', () => {
  test('a misspelt keyword (priorty 100) is reported as unknown-keyword on its own range', async () => {
    const doc = await openFixture('keepalived.conf');
    const line = positionOf(doc, 'priorty 100').line;
    const isIt = (d: vscode.Diagnostic): boolean => d.range.start.line === line && diagnosticCode(d) === 'unknown-keyword';
    const ds = await waitForDiagnostics(doc.uri, (all) => all.some(isIt), undefined, `an unknown-keyword diagnostic on line ${line + 1} of keepalived.conf`);
    const d = ds.find(isIt)!;
    assert.strictEqual(doc.getText(d.range), 'priorty', `range of ${formatDiagnostic(d)}`);
  });
});
