/**
 * Entry point of the extension-host suite: `node out/test/vscode/runTest.js` (after `npm run build`).
 *
 * It runs the mocha suite in test/vscode/suite inside a real VS Code through @vscode/test-electron,
 * with the fixture workspace test/fixtures/workspace open, then the suite in test/vscode/operator
 * with the operator's workspace test/fixtures/operator open (a Kolla-Ansible deployment, an
 * Ansible role and a k8s pair side by side), then prints `N passed, M failed` over both and the
 * failing tests, and exits non-zero when a test failed or a run itself broke. Each run writes its
 * own result file (<result>-workspace.json, <result>-operator.json); the result file holds both.
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

interface Run {
  readonly name: string;
  /** The folder VS Code opens. */
  readonly folder: string;
  /** The compiled suite entry (out/test/vscode/<dir>/index). */
  readonly tests: string;
}

/** Run one suite in a VS Code with `folder` open; its result, or a failure saying why there is none. */
async function runOne(root: string, run: Run, resultFile: string): Promise<SuiteResult> {
  fs.rmSync(resultFile, { force: true });
  let runError: unknown;
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: run.tests,
      launchArgs: [run.folder, '--disable-extensions'],
      vscodeExecutablePath: process.env.VSCODE_TEST_EXECUTABLE || undefined,
      version: process.env.VSCODE_TEST_VERSION || undefined,
      extensionTestsEnv: {
        VSCODE_TEST_RESULT_FILE: resultFile,
        ...(process.env.CS_TEST_WORK_DIR ? { CS_TEST_WORK_DIR: `${process.env.CS_TEST_WORK_DIR}-${run.name}` } : {}),
      },
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
    const why = `the ${run.name} suite did not report a result (${result?.error ?? `no ${resultFile}`}); run error: ${String(runError)}`;
    console.error(why);
    return { passes: 0, failures: 1, pending: 0, tests: [{ title: `${run.name}: harness`, state: 'failed', error: why }] };
  }
  if (runError && result.failures === 0)
    return {
      ...result,
      failures: 1,
      tests: [
        ...result.tests,
        { title: `${run.name}: harness`, state: 'failed', error: runError instanceof Error ? runError.message : JSON.stringify(runError) },
      ],
    };
  return result;
}

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '../../..'); // out/test/vscode → the extension's root
  const resultFile = path.resolve(process.env.VSCODE_TEST_RESULT_FILE || path.join(root, '.vscode-test', 'vscode-suite-result.json'));
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  fs.rmSync(resultFile, { force: true });
  const runs: Run[] = [
    { name: 'workspace', folder: path.join(root, 'test', 'fixtures', 'workspace'), tests: path.resolve(__dirname, 'suite', 'index') },
    { name: 'operator', folder: path.join(root, 'test', 'fixtures', 'operator'), tests: path.resolve(__dirname, 'operator', 'index') },
  ];
  const merged: SuiteResult = { passes: 0, failures: 0, pending: 0, tests: [] };
  for (const run of runs) {
    const r = await runOne(root, run, resultFile.replace(/\.json$/, `-${run.name}.json`));
    merged.passes += r.passes;
    merged.failures += r.failures;
    merged.pending += r.pending;
    merged.tests.push(...r.tests.map((t) => ({ ...t, title: `${run.name}: ${t.title}` })));
  }
  // run.sh counts this file: both runs together
  fs.writeFileSync(resultFile, JSON.stringify(merged, null, 2) + '\n');
  for (const t of merged.tests.filter((x) => x.state === 'failed')) {
    console.log(`  FAILED ${t.title}\n         ${(t.error ?? '').split('\n')[0]}`);
  }
  console.log(`${merged.passes} passed, ${merged.failures} failed`);
  return merged.failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
