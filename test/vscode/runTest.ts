/**
 * Entry point of the extension-host suite: `node out/test/vscode/runTest.js` (after `npm run build`).
 *
 * It runs the mocha suite in test/vscode/suite inside a real VS Code through @vscode/test-electron,
 * with the fixture workspace test/fixtures/workspace open, then prints `N passed, M failed` and the
 * failing tests, and exits non-zero when a test failed or the run itself broke.
 *
 * - Offline (this project's CI): VSCODE_TEST_EXECUTABLE=scripts/vscode-test/code-server-shim.js and
 *   CODE_SERVER_ENTRY=$(bash scripts/vscode-test/ensure-vscode.sh): code-server + headless Chromium.
 *   scripts/vscode-test/run.sh sets both.
 * - With internet: leave VSCODE_TEST_EXECUTABLE unset; @vscode/test-electron downloads desktop
 *   VS Code into .vscode-test/ (`xvfb-run -a node out/test/vscode/runTest.js` on headless Linux).
 *
 * Env knobs: VSCODE_TEST_EXECUTABLE (see above), VSCODE_TEST_VERSION (desktop VS Code version to
 * download, default stable), VSCODE_TEST_RESULT_FILE (where the suite writes its JSON result,
 * default .vscode-test/vscode-suite-result.json), MOCHA_GREP (run only the tests matching it).
 */
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import type { SuiteResult } from './suite/index';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../../..'); // out/test/vscode → the extension's root
  const resultFile = path.resolve(process.env.VSCODE_TEST_RESULT_FILE || path.join(root, '.vscode-test', 'vscode-suite-result.json'));
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  fs.rmSync(resultFile, { force: true });

  let runError: unknown;
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: path.resolve(__dirname, 'suite', 'index'),
      launchArgs: [path.join(root, 'test', 'fixtures', 'workspace'), '--disable-extensions'],
      vscodeExecutablePath: process.env.VSCODE_TEST_EXECUTABLE || undefined,
      version: process.env.VSCODE_TEST_VERSION || undefined,
      extensionTestsEnv: { VSCODE_TEST_RESULT_FILE: resultFile },
    });
  } catch (e) {
    runError = e;
  }

  let result: SuiteResult | undefined;
  try {
    result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as SuiteResult;
  } catch {
    result = undefined;
  }
  if (!result || result.error) {
    console.error(`The suite did not report a result (${result?.error ?? `no ${resultFile}`}); run error: ${String(runError)}`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  for (const t of result.tests.filter((x) => x.state === 'failed')) {
    console.log(`  FAILED ${t.title}\n         ${(t.error ?? '').split('\n')[0]}`);
  }
  console.log(`${result.passes} passed, ${result.failures} failed`);
  return result.failures > 0 || runError ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
