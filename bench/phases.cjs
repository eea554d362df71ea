/**
 * In-process phase timings, run in a fresh node by bench/run.mjs (one process per file so the
 * first round is really cold):  node bench/phases.cjs FILE [ROUNDS]
 *
 * Loads the tsc output (out/server/src), then times parse (preprocess + Chevrotain + AST),
 * analyse and validate separately, plus the whole lint facade, for ROUNDS rounds.
 * Prints one JSON object: { load, cold: {...}, warm: {... medians}, heapUsed, rss }.
 */
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const root = path.resolve(__dirname, '..');
const t0 = process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
const { parseConfig } = require(path.join(root, 'out/server/src/language/syntax/index.js'));
const { analyse } = require(path.join(root, 'out/server/src/language/analysis/model.js'));
const { validate } = require(path.join(root, 'out/server/src/language/validation/validate.js'));
const { lint } = require(path.join(root, 'out/server/src/language/index.js'));
const { createNodeHost } = require(path.join(root, 'out/server/src/host/nodeHost.js'));
const load = ms(t0, process.hrtime.bigint());

const file = path.resolve(process.argv[2]);
const rounds = Number(process.argv[3] ?? 15);
const text = fs.readFileSync(file, 'utf8');
const host = createNodeHost();

function once() {
  const a = process.hrtime.bigint();
  const parsed = parseConfig(file, text, host, {});
  const b = process.hrtime.bigint();
  const model = analyse(parsed);
  const c = process.hrtime.bigint();
  const issues = validate(model, {});
  const d = process.hrtime.bigint();
  lint(file, text, host, {});
  const e = process.hrtime.bigint();
  return { parse: ms(a, b), analyse: ms(b, c), validate: ms(c, d), total: ms(a, d), lint: ms(d, e), tokens: parsed.tokens.length, issues: issues.length };
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cold = once();
const runs = [];
for (let i = 0; i < rounds; i++) runs.push(once());
const warm = {};
for (const k of ['parse', 'analyse', 'validate', 'total', 'lint']) warm[k] = median(runs.map((r) => r[k]));
const mem = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ load, cold, warm, tokens: cold.tokens, issues: cold.issues, heapUsedMB: mem.heapUsed / 2 ** 20, rssMB: mem.rss / 2 ** 20 })}\n`,
);
