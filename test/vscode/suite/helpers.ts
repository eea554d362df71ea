/**
 * Helpers for the extension-host suite. Everything that waits polls with waitFor: no fixed sleeps.
 *
 * Writing a test: open a fixture with openFixture('keepalived.conf'), find a place with
 * positionOf(doc, 'priorty'), then ask VS Code the way a user would, through the built-in
 * commands (they go through the language client to the server):
 *   vscode.executeHoverProvider (hoverText below), vscode.executeCompletionItemProvider,
 *   vscode.executeCodeActionProvider, vscode.executeDefinitionProvider,
 *   vscode.executeDocumentRenameProvider, vscode.executeFormatDocumentProvider,
 *   vscode.executeDocumentSymbolProvider.
 * Tests that edit a document must undo it (revertActiveEditor) so later tests see the fixture as
 * it is on disk. Settings: change them with ConfigurationTarget.Global (the throw-away profile),
 * never Workspace (that would write test/fixtures/workspace/.vscode/settings.json).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

/** The extension's root (three levels above out/test/vscode/suite). */
export const extensionRoot = path.resolve(__dirname, '../../../..');
export const fixtureRoot = path.join(extensionRoot, 'test', 'fixtures', 'workspace');
export const LANGUAGE_ID = 'keepalived';

export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(fixtureRoot, relative));
}

/** `publisher.name` from package.json, so a rename of either does not break the suite. */
export function extensionId(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as { publisher: string; name: string };
  return `${pkg.publisher}.${pkg.name}`;
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(extensionId());
  assert.ok(ext, `extension ${extensionId()} is not loaded`);
  return ext;
}

/**
 * Poll `predicate` every 50 ms until it returns a truthy value, and return that value.
 * Throws `timed out after N ms waiting for <what>` (plus the last value seen) otherwise.
 */
export async function waitFor<T>(
  predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs = 20000,
  what = 'condition',
): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await predicate();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The open document for `uri` as VS Code has it now (a language change replaces the object). */
export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

/** Open a fixture in an editor and return its document. */
export async function openFixture(relative: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Wait until the document at `uri` has language `languageId`; returns the current document. */
export function waitForLanguage(uri: vscode.Uri, languageId = LANGUAGE_ID, timeoutMs?: number): Promise<vscode.TextDocument> {
  return waitFor(
    () => {
      const d = openDocument(uri);
      return d?.languageId === languageId ? d : undefined;
    },
    timeoutMs,
    `${path.basename(uri.fsPath)} to get language ${languageId} (has ${openDocument(uri)?.languageId})`,
  );
}

/** Position of the `occurrence`-th (0-based) `text` in the document, plus `offset` characters. */
export function positionOf(doc: vscode.TextDocument, text: string, occurrence = 0, offset = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = doc.getText().indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${occurrence}) not found in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(at + offset);
}

/**
 * A diagnostic's code as a string. VS Code turns an LSP code with a codeDescription into
 * `{ value, target }`, so look inside.
 */
export function diagnosticCode(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/**
 * Wait for diagnostics on `uri` that satisfy `predicate` (default: any); returns all of them.
 * On timeout the error lists the diagnostics there were.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: readonly vscode.Diagnostic[]) => boolean = (ds) => ds.length > 0,
  timeoutMs?: number,
  what = `diagnostics on ${path.basename(uri.fsPath)}`,
): Promise<vscode.Diagnostic[]> {
  try {
    return await waitFor(
      () => {
        const ds = vscode.languages.getDiagnostics(uri);
        return predicate(ds) ? ds : undefined;
      },
      timeoutMs,
      what,
    );
  } catch (e) {
    const had = vscode.languages.getDiagnostics(uri).map(formatDiagnostic);
    throw new Error(`${(e as Error).message}; diagnostics there: ${had.length ? had.join(' | ') : 'none'}`, { cause: e });
  }
}

/** Compact text of a diagnostic for assertion messages: `15:5-15:12 unknown-keyword: message`. */
export function formatDiagnostic(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${String(diagnosticCode(d))}: ${d.message}`;
}

/** All hover text at `position` (markdown source), joined by newlines; '' when there is none. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Undo unsaved edits in the active editor (tests that type must leave the fixture as it was). */
export async function revertActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
