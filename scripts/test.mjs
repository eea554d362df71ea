#!/usr/bin/env node
// `npm test`: every tier, one summary.
//   0. lint: `npm run lint` (ESLint with type-aware rules, then Prettier's check), one check
//   1. mocha in-process: out/test/{unit,robustness,lsp,install,lab}/**/*.test.js
//      (lsp tests start dist/server.js --stdio; install tests pack and install the npm package
//      offline and run pre-commit; lab tests start real keepalived daemons in
//      network namespaces and skip, saying why, where that is impossible)
//   2. TextMate grammar snapshot tests (scripts/grammar-test.sh)
//   3. the real-VS-Code suite + UI check (scripts/vscode-test/run.sh: code-server + Chromium)
// The last line is `N passed, M failed, K skipped`; the exit status is non-zero when anything failed.
// Env: TEST_TIERS=lint,mocha,grammar,vscode (default all), MOCHA_GREP=pattern.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tiers = (process.env.TEST_TIERS ?? 'lint,mocha,grammar,vscode').split(',');
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedTiers = [];

function testFiles(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(p));
    else if (e.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

async function runMocha() {
  // programs the tests start (keepalived-lint's code cache) keep their caches in a folder of this run, not in ~/.cache
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-test-cache-'));
  process.env.XDG_CACHE_HOME = cache;
  process.once('exit', () => fs.rmSync(cache, { recursive: true, force: true }));
  const Mocha = require('mocha');
  const mocha = new Mocha({ reporter: 'spec', timeout: 10000, grep: process.env.MOCHA_GREP });
  for (const sub of ['unit', 'robustness', 'lsp', 'install', 'lab']) for (const f of testFiles(path.join(root, 'out/test', sub))) mocha.addFile(f);
  await new Promise((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => totals.passed++);
    runner.on('fail', () => totals.failed++);
    runner.on('pending', () => totals.skipped++);
  });
}

/** Run a script whose last line is `N passed, M failed`. */
function runCounted(name, cmd, args) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: process.env });
  process.stdout.write(r.stdout ?? '');
  const m = /(\d+) passed, (\d+) failed/.exec((r.stdout ?? '').trim().split('\n').pop() ?? '');
  if (m) {
    totals.passed += Number(m[1]);
    totals.failed += Number(m[2]);
  }
  if (!m && r.status === 0) totals.passed++;
  if (r.status !== 0) {
    failedTiers.push(name);
    if (!m || Number(m[2]) === 0) totals.failed++;
  }
}

if (tiers.includes('lint')) runCounted('Lint (ESLint, Prettier)', 'npm', ['run', '--silent', 'lint']);
if (tiers.includes('mocha')) await runMocha();
if (tiers.includes('grammar')) runCounted('TextMate grammar', 'bash', ['scripts/grammar-test.sh']);
if (tiers.includes('vscode')) runCounted('VS Code (code-server) suite and UI check', 'bash', ['scripts/vscode-test/run.sh']);
if (failedTiers.length) console.log(`\nfailed tiers: ${failedTiers.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || failedTiers.length > 0 ? 1 : 0;
