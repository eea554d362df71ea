/** Which files become keepalived, and the extension starting for them. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { extension, fixtureUri, LANGUAGE_ID, openDocument, openFixture, waitFor, waitForLanguage } from './helpers';

suite('activation and language association', () => {
  test('keepalived.conf is keepalived and activates the extension', async () => {
    const doc = await openFixture('keepalived.conf');
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    const ext = extension();
    await waitFor(() => ext.isActive, 20000, 'the extension to activate');
  });

  test('a .cfg file whose first line is "! Configuration File for keepalived" is keepalived', async () => {
    await openFixture('other.cfg');
    await waitForLanguage(fixtureUri('other.cfg'));
  });

  test('an nginx conf.d/site.conf is not keepalived', async () => {
    const uri = fixtureUri('conf.d/site.conf');
    await openFixture('conf.d/site.conf');
    // A positive control opened after it: once that one has turned keepalived, the extension has
    // seen site.conf too (documents are handled in the order they open), so the answer is final.
    const control = await vscode.workspace.openTextDocument({ content: '! Configuration File for keepalived\n' });
    await waitForLanguage(control.uri);
    assert.notStrictEqual(openDocument(uri)?.languageId, LANGUAGE_ID);
  });
});
