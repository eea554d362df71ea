/** The README's generated tables and the manifest's rule codes match the code (node scripts/gen-docs.mjs regenerates them). */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderDocs, renderSnippetsFile } from '../../server/src/docs/generate';
import { renderMessagesDoc } from '../../server/src/docs/messages';
import { allCodes } from '../../server/src/language/project/codes';
import { repoRoot } from '../support/shared';

describe('generated documentation', () => {
  const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const pkg = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
  const out = renderDocs(readme, pkg);
  it('README rule and settings tables are current', () => assert.equal(readme, out.readme, 'run node scripts/gen-docs.mjs'));
  it('package.json lists every rule code for keepalived.rules', () => assert.equal(pkg, out.packageJson, 'run node scripts/gen-docs.mjs'));
  it('docs/keepalived-messages.md is current', () => {
    const file = path.join(repoRoot, 'docs', 'keepalived-messages.md');
    assert.equal(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '', renderMessagesDoc(), 'run node scripts/gen-docs.mjs');
  });
  it('snippets/keepalived.code-snippets is current', () =>
    assert.equal(fs.readFileSync(path.join(repoRoot, 'snippets/keepalived.code-snippets'), 'utf8'), renderSnippetsFile(), 'run node scripts/gen-docs.mjs'));
  it('every code has a unique id, a title, what keepalived does, an example and the fix', () => {
    const ids = allCodes.map((c) => c.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
    for (const c of allCodes) assert.ok(c.title && c.keepalived && c.example && c.fix, `${c.id} needs a title, what keepalived does, an example and the fix`);
  });
  it('every rule code has an entry (anchor) in the README', () => {
    for (const c of allCodes) assert.ok(readme.includes(`<a id="${c.id}"></a>`), `${c.id} is missing from the README`);
  });
});
