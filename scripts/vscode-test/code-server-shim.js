#!/usr/bin/env node
// code-server-shim.js: stands in for the VS Code executable in @vscode/test-electron's
// runTests({ vscodeExecutablePath }). test/vscode/runTest.ts passes it when
// VSCODE_TEST_EXECUTABLE names this file. It takes the command line test-electron builds
// (--extensionDevelopmentPath=, --extensionTestsPath=, the folder to open, electron flags) and
// runs the suite in code-server + headless Chromium through run-cs-tests.js. Desktop-only flags
// (--no-sandbox, --disable-extensions, --user-data-dir, --extensions-dir, ...) do not apply:
// code-server gets a fresh profile with an empty extensions dir anyway.
//
// Env knobs:
//   CODE_SERVER_ENTRY  required: .../node_modules/code-server/out/node/entry.js
//                      (print it with scripts/vscode-test/ensure-vscode.sh)
//   CS_TEST_TIMEOUT    seconds before the run counts as hung (default 300)
//   CHROMIUM           browser binary (default /usr/bin/chromium)
//   CS_TEST_VERBOSE=1  also print workbench chatter and the URL opened
//   CS_TEST_WORK_DIR   scratch dir (profile, code-server.log, browser-console.log); default a new
//                      $TMPDIR/keepalived-vscode-test-XXXXXX, deleted after a passing run
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (!process.env.CODE_SERVER_ENTRY) {
  console.error(
    "code-server-shim: set CODE_SERVER_ENTRY to code-server's out/node/entry.js " + '(CODE_SERVER_ENTRY=$(bash scripts/vscode-test/ensure-vscode.sh))',
  );
  process.exit(1);
}
const out = [];
let folder;
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (m && (m[1] === 'extensionDevelopmentPath' || m[1] === 'extensionTestsPath')) out.push(`--${m[1]}=${m[2]}`);
  else if (!a.startsWith('-')) folder = a; // positional launch arg = the folder to open
}
if (folder) out.push(`--folder=${folder}`);
// A private scratch dir per run (concurrent runs in one tree must not share a profile); removed
// when the suite passes, kept (and named in the output) when it does not.
const workDir = process.env.CS_TEST_WORK_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'keepalived-vscode-test-'));
out.push(`--work-dir=${workDir}`, `--screenshot=${path.join(workDir, 'timeout.png')}`);
if (!process.env.CS_TEST_WORK_DIR) out.push('--cleanup=true');
out.push(`--timeout=${process.env.CS_TEST_TIMEOUT || 300}`);
out.push(`--code-server=${process.env.CODE_SERVER_ENTRY}`);
if (process.env.CHROMIUM) out.push(`--chromium=${process.env.CHROMIUM}`);
if (process.env.CS_TEST_VERBOSE === '1') out.push('--verbose=true');
const r = spawnSync(process.execPath, [path.join(__dirname, 'run-cs-tests.js'), ...out], { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
