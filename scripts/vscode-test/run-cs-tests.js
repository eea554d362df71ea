#!/usr/bin/env node
// run-cs-tests.js: run the extension's mocha suite (an --extensionTestsPath module, here
// out/test/vscode/suite/index.js) inside code-server's Node extension host, driven by headless
// Debian Chromium. Normally reached through code-server-shim.js from test/vscode/runTest.ts; can
// also be called directly:
//
//   node scripts/vscode-test/run-cs-tests.js --code-server <code-server/out/node/entry.js>
//        --extensionDevelopmentPath . --extensionTestsPath out/test/vscode/suite/index.js
//        [--folder test/fixtures/workspace] [--chromium /usr/bin/chromium] [--timeout 300]
//        [--port 0] [--work-dir <scratch dir>] [--cleanup true] [--screenshot <png saved on timeout>]
//        [--verbose true]
// --cleanup true removes the work dir after a passing run (it holds the logs, so it stays otherwise).
//
// How it works: code-server serves the VS Code web workbench; the workbench reads `payload` from
// its URL ([["extensionDevelopmentPath", uri], ["extensionTestsPath", uri]] with vscode-remote://
// URIs), so code-server's server-side extension host loads the extension under development and
// require()s the test module, exactly like desktop VS Code does for --extensionTestsPath. The
// suite's console output and its exit code come back to the page through
// window.codeAutomationLog / window.codeAutomationExit, provided here with page.exposeFunction
// (as @vscode/test-web does). This process's environment reaches the extension host through
// code-server, so the suite also writes VSCODE_TEST_RESULT_FILE (counts and failing tests).
//
// Logs: <work-dir>/code-server.log, <work-dir>/browser-console.log (the workbench's console).
// Env: CHROMIUM, EXTENSIONS_GALLERY (see lib.js).
// Exit code: the extension host's exit code (0 = all tests passed); 1 on a harness error/timeout.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { parseArgs, codeServerProfile, startCodeServer, launchChromium } = require('./lib');

// Workbench chatter that is not test output (printed only with --verbose).
const NOISE =
  /^(Ignoring fetching additional builtin extensions|Creating a socket|Resolving connection token|Resolved connection token|\[Service Worker\]|ChatSessionStore|Updating additional builtin extensions cache|Started local extension host|Extension host agent)/;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args['code-server']) throw new Error('--code-server <entry.js> is required');
  const csEntry = path.resolve(args['code-server']);
  const extDev = path.resolve(args.extensionDevelopmentPath);
  const extTests = path.resolve(args.extensionTestsPath);
  const folder = path.resolve(args.folder || extDev);
  const timeoutS = Number(args.timeout || 300);
  const work = path.resolve(args['work-dir'] || fs.mkdtempSync(path.join(os.tmpdir(), 'cs-test-')));
  // A fresh profile every run (only the folders this script creates are removed).
  for (const d of ['user-data', 'extensions', 'xdg']) fs.rmSync(path.join(work, d), { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const t0 = Date.now();
  const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;

  const profile = codeServerProfile(work);
  const cs = await startCodeServer(csEntry, profile, work, folder, Number(args.port || 0));
  console.log(`[harness ${elapsed()}] code-server up on ${cs.base} (pid ${cs.pid}), work dir ${work}`);

  let browser;
  let exitCode = 1;
  try {
    browser = await launchChromium(args.chromium);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const browserLog = fs.createWriteStream(path.join(work, 'browser-console.log'));
    page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.stack || e}\n`));

    let resolveExit;
    const exited = new Promise((r) => {
      resolveExit = r;
    });
    await page.exposeFunction('codeAutomationLog', (type, argsArr) => {
      const line = util.format(...(argsArr || []));
      if (!args.verbose && NOISE.test(line)) return;
      (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(code);
    });

    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extDev)],
      ['extensionTestsPath', remote(extTests)],
    ];
    const url = `${cs.base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (args.verbose) console.log(`[harness] opening ${url}`);
    await page.goto(url);

    let timer;
    const timedOut = new Promise((r) => {
      timer = setTimeout(() => r('timeout'), timeoutS * 1000);
    });
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (result === 'timeout') {
      console.error(`[harness ${elapsed()}] no result from the extension host within ${timeoutS} s (see ${work}/*.log)`);
      if (args.screenshot) await page.screenshot({ path: args.screenshot }).catch(() => {});
    } else {
      exitCode = Number(result);
      console.log(`[harness ${elapsed()}] extension host exited with code ${exitCode}`);
    }
  } catch (e) {
    console.error('[harness] error:', e);
    exitCode = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    cs.stop();
  }
  if (exitCode === 0 && args.cleanup === 'true') {
    await new Promise((r) => setTimeout(r, 500)); // let code-server's children let go of the dir
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  } else if (exitCode !== 0) {
    console.log(`[harness] logs kept in ${work}`);
  }
  process.exit(exitCode);
}

main().catch((e) => {
  console.error('[harness] error:', e);
  process.exit(1);
});
