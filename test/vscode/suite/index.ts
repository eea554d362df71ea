/**
 * Mocha entry point the extension host loads through --extensionTestsPath (desktop VS Code and
 * code-server alike). It runs every `*.test.js` next to it, in name order, with the `tdd` UI
 * (suite/test/suiteSetup), and writes a JSON result (see SuiteResult) to VSCODE_TEST_RESULT_FILE,
 * since the extension host's stdout is not always visible to the caller.
 *
 * Adding tests: put a `<feature>.test.ts` file in this folder (e.g. hover.test.ts, rename.test.ts)
 * and use the helpers in ./helpers.ts: openFixture, waitFor (poll, never sleep), positionOf,
 * diagnosticCode, hoverText, ... Fixtures live in test/fixtures/workspace, which is the open folder.
 * Env: MOCHA_GREP (only tests whose full title matches), MOCHA_TIMEOUT (ms per test, default 60000).
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface SuiteResult {
  passes: number;
  failures: number;
  pending: number;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; error?: string }[];
  error?: string;
}

export function run(): Promise<void> {
  return runSuite(__dirname);
}

/** Run every `*.test.js` of `dir` (the operator workspace's suite, test/vscode/operator, uses it too). */
export function runSuite(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: Number(process.env.MOCHA_TIMEOUT || 60000) });
  if (process.env.MOCHA_GREP) mocha.grep(process.env.MOCHA_GREP);
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  }
  const resultFile = process.env.VSCODE_TEST_RESULT_FILE;
  const write = (r: SuiteResult): void => {
    if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(r, null, 2) + '\n');
  };
  const result: SuiteResult = { passes: 0, failures: 0, pending: 0, tests: [] };

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        result.failures = failures;
        write(result);
        console.log(`${result.passes} passed, ${failures} failed`);
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
      runner.on('pass', (t) => {
        result.passes++;
        result.tests.push({ title: t.fullTitle(), state: 'passed' });
      });
      runner.on('fail', (t, err: Error) => {
        result.tests.push({ title: t.fullTitle(), state: 'failed', error: err?.stack ?? String(err) });
      });
      runner.on('pending', (t) => {
        result.pending++;
        result.tests.push({ title: t.fullTitle(), state: 'pending' });
      });
    } catch (err) {
      write({ ...result, error: String(err) });
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
