/** Which files become keepalived, and the extension starting for them. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extension, extensionRoot, fixtureUri, LANGUAGE_ID, openDocument, openFixture, waitFor, waitForLanguage } from './helpers';

suite('activation and language association', () => {
  // First, while no keepalived document has been opened yet in this window.
  test('an nginx conf.d/site.conf is not keepalived and does not activate the extension', async () => {
    const uri = fixtureUri('conf.d/site.conf');
    const wasActive = extension().isActive;
    const doc = await openFixture('conf.d/site.conf');
    assert.notStrictEqual(doc.languageId, LANGUAGE_ID);
    assert.notStrictEqual(openDocument(uri)?.languageId, LANGUAGE_ID);
    // Nothing the extension declares fires for it: only keepalived documents, a workspace holding
    // files named like keepalived's, its own commands and its Clusters view.
    const pkg = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as { activationEvents: string[] };
    assert.ok(
      pkg.activationEvents.every(
        (e) =>
          e === 'onLanguage:keepalived' ||
          e.startsWith('onCommand:keepalived.') ||
          e === 'onView:keepalived.clusters' ||
          (e.startsWith('workspaceContains:') && !/\*\.conf\b|\*\.cfg\b/.test(e.replace('keepalived.conf', ''))),
      ),
      pkg.activationEvents.join(', '),
    );
    assert.ok(!pkg.activationEvents.includes(`onLanguage:${doc.languageId}`));
    if (!wasActive) assert.strictEqual(extension().isActive, false, 'opening site.conf activated the extension');
    // an active extension leaves it alone too (it does not start like a keepalived file)
    await new Promise((r) => setImmediate(r));
    assert.notStrictEqual(openDocument(uri)?.languageId, LANGUAGE_ID);
  });

  test('keepalived.conf is keepalived and activates the extension', async () => {
    const doc = await openFixture('keepalived.conf');
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    const ext = extension();
    await waitFor(() => ext.isActive, 20000, 'the extension to activate');
  });

  test('a file without extension whose first line is "! Configuration File for keepalived" is keepalived', async () => {
    await openFixture('lb-backup');
    await waitForLanguage(fixtureUri('lb-backup'));
  });
});
