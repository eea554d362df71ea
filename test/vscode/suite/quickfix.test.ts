/**
 * Quick fixes through VS Code, as the light bulb gets them: vscode.executeCodeActionProvider on
 * a diagnostic's range, workspace.applyEdit, then the diagnostic must go away without a new one
 * taking its place. Every test undoes its edit (revertActiveEditor).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticCode, formatDiagnostic, openFixture, positionOf, revertActiveEditor, waitFor, waitForDiagnostics } from './helpers';

const FIXTURE = 'quickfix/keepalived.conf';

function byCode(ds: readonly vscode.Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of ds) m.set(String(diagnosticCode(d)), (m.get(String(diagnosticCode(d))) ?? 0) + 1);
  return m;
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
}

/** Every diagnostic the fixture has on disk (a previous test's edit is undone only once these are back). */
const FIXTURE_CODES = ['unknown-keyword', 'wrong-block', 'auth-ignored'];
const isFixtureAsOnDisk = (ds: readonly vscode.Diagnostic[]) => FIXTURE_CODES.every((c) => ds.filter((d) => diagnosticCode(d) === c).length === 1);

/** The diagnostic `code` on the line holding `text`, once the fixture's diagnostics are those of the file on disk. */
async function diagnosticAt(doc: vscode.TextDocument, text: string, code: string): Promise<{ d: vscode.Diagnostic; all: vscode.Diagnostic[] }> {
  const line = positionOf(doc, text).line;
  const isIt = (d: vscode.Diagnostic) => d.range.start.line === line && diagnosticCode(d) === code;
  const all = await waitForDiagnostics(
    doc.uri,
    (ds) => isFixtureAsOnDisk(ds) && ds.some(isIt),
    undefined,
    `${code} on line ${line + 1} (and ${FIXTURE_CODES.join(', ')})`,
  );
  return { d: all.find(isIt)!, all };
}

/** Apply the action titled like `title` for diagnostic `d`; wait until `gone` says it is fixed; check nothing new. */
async function applyAndCheck(
  doc: vscode.TextDocument,
  d: vscode.Diagnostic,
  before: readonly vscode.Diagnostic[],
  title: RegExp,
  gone: (ds: readonly vscode.Diagnostic[]) => boolean,
): Promise<void> {
  const actions = await waitFor(
    async () => {
      const as = await codeActions(doc.uri, d.range);
      return as.some((a) => title.test(a.title)) ? as : undefined;
    },
    20000,
    `a code action matching ${title} for ${formatDiagnostic(d)}`,
  );
  const action = actions.find((a) => title.test(a.title))!;
  assert.strictEqual(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
  assert.ok(action.edit, `${action.title} has no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `applying '${action.title}' failed`);
  const after = await waitForDiagnostics(doc.uri, gone, undefined, `the diagnostic fixed by '${action.title}' to go away`);
  const b = byCode(before);
  for (const [code, n] of byCode(after)) {
    assert.ok(
      n <= (b.get(code) ?? 0),
      `'${action.title}' added ${code}: ${after
        .filter((x) => diagnosticCode(x) === code)
        .map(formatDiagnostic)
        .join(' | ')}`,
    );
  }
}

suite('quick fixes', () => {
  teardown(async () => {
    await revertActiveEditor();
  });

  test('unknown-keyword: "Change to \'priority\'" fixes priorty', async () => {
    const doc = await openFixture(FIXTURE);
    const { d, all } = await diagnosticAt(doc, 'priorty 100', 'unknown-keyword');
    await applyAndCheck(doc, d, all, /^Change to 'priority'$/, (ds) => !ds.some((x) => diagnosticCode(x) === 'unknown-keyword'));
    assert.ok(doc.getText().includes('    priority 100\n'), doc.getText());
  });

  test('wrong-block: auth_pass moves into authentication { }', async () => {
    const doc = await openFixture(FIXTURE);
    const { d, all } = await diagnosticAt(doc, 'auth_pass secret12', 'wrong-block');
    await applyAndCheck(doc, d, all, /^Move 'auth_pass' into authentication/, (ds) => !ds.some((x) => diagnosticCode(x) === 'wrong-block'));
    assert.ok(doc.getText().includes('        auth_type PASS\n        auth_pass secret12\n    }\n'), doc.getText());
  });

  test('source.fixAll.keepalived fixes what needs no choice', async () => {
    const doc = await openFixture(FIXTURE);
    await diagnosticAt(doc, 'priorty 100', 'unknown-keyword');
    assert.ok(!doc.isDirty);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const [fixAll] = await codeActions(doc.uri, whole, 'source.fixAll');
    assert.ok(fixAll, 'no source.fixAll action');
    assert.strictEqual(fixAll.kind?.value, 'source.fixAll.keepalived');
    assert.ok(fixAll.edit && (await vscode.workspace.applyEdit(fixAll.edit)));
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => diagnosticCode(x) === 'unknown-keyword'), undefined, 'unknown-keyword to be fixed by fix all');
  });
});
