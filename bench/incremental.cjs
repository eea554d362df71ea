/**
 * Incremental re-validation in process, run in a fresh node by bench/run.mjs:
 *   node bench/incremental.cjs FILE [EDITS]
 * Opens FILE as the language server does (ProjectService.openDocument over the tsc output), then
 * makes EDITS edits of the first `priority` value, one at a time, timing each update; and times a
 * full lintFile() of the same text for comparison. Prints one JSON object.
 */
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const { createProjectService, defaultSettings } = require(path.join(root, 'out/server/src/language/project/index.js'));
const { createNodeHost } = require(path.join(root, 'out/server/src/host/nodeHost.js'));

const file = path.resolve(process.argv[2]);
const edits = Number(process.argv[3] ?? 40);
let text = fs.readFileSync(file, 'utf8');
const service = createProjectService(createNodeHost(), { settings: defaultSettings });
const ms = (a, b) => Number(b - a) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const doc = service.openDocument(file);
let t = process.hrtime.bigint();
let result = doc.update(text);
const openMs = ms(t, process.hrtime.bigint());
const at = text.indexOf('priority ') + 'priority '.length;
const times = [];
let same = true;
for (let i = 0; i < edits; i++) {
  const end = text.indexOf('\n', at);
  text = `${text.slice(0, at)}${101 + ((i * 7) % 150)}${text.slice(end)}`;
  t = process.hrtime.bigint();
  result = doc.update(text);
  times.push(ms(t, process.hrtime.bigint()));
}
const full = [];
for (let i = 0; i < 5; i++) {
  t = process.hrtime.bigint();
  const r = service.lintFile(file, text);
  full.push(ms(t, process.hrtime.bigint()));
  same = same && r.issues.length === result.issues.length;
}
process.stdout.write(
  `${JSON.stringify({ openMs, updateMs: median(times), updateBest: Math.min(...times), fullMs: median(full), issues: result.issues.length, same })}\n`,
);
