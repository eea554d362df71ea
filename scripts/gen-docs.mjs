#!/usr/bin/env node
// Regenerates what is derived from the code, so it cannot drift:
//   - README.md: the rule table (<!-- rules:begin/end -->) and the settings table (<!-- settings:begin/end -->)
//   - package.json: the codes accepted by `keepalived.rules` (propertyNames.enum + descriptions)
//   - docs/keepalived-messages.md: keepalived's configuration messages and the codes that reproduce them
//   - snippets/keepalived.code-snippets: the snippets (server/src/language/catalogue/snippets.ts) in VS Code's format
// Run after adding a rule or a setting: `node scripts/gen-docs.mjs` (after `npx tsc -b`).
// `--check` exits 1 when a file is out of date (test/unit/docs.test.ts does the same in-process).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { renderDocs, renderSnippetsFile } = require(path.join(root, 'out/server/src/docs/generate.js'));
const { renderMessagesDoc } = require(path.join(root, 'out/server/src/docs/messages.js'));

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const pkg = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
const out = renderDocs(readme, pkg);
const messagesFile = path.join(root, 'docs', 'keepalived-messages.md');
const messages = fs.existsSync(messagesFile) ? fs.readFileSync(messagesFile, 'utf8') : '';
const check = process.argv.includes('--check');
let stale = false;
for (const [file, before, after] of [
  ['README.md', readme, out.readme],
  ['package.json', pkg, out.packageJson],
  ['docs/keepalived-messages.md', messages, renderMessagesDoc()],
  ['snippets/keepalived.code-snippets', fs.readFileSync(path.join(root, 'snippets/keepalived.code-snippets'), 'utf8'), renderSnippetsFile()],
]) {
  if (before === after) continue;
  stale = true;
  if (check) console.error(`${file} is out of date: run node scripts/gen-docs.mjs`);
  else fs.writeFileSync(path.join(root, file), after);
}
if (check && stale) process.exit(1);
if (!check) console.log(stale ? 'updated README.md / package.json / docs/keepalived-messages.md / snippets' : 'up to date');
