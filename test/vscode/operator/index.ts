/**
 * Entry point of the second extension-host run: the operator's workspace (test/fixtures/operator:
 * a Kolla-Ansible deployment, an Ansible role, a Kubernetes API VIP pair) open as the folder.
 * test/vscode/runTest.ts runs it after the main suite; the tests are the `*.test.js` here.
 */
import { runSuite } from '../suite/index';

export function run(): Promise<void> {
  return runSuite(__dirname);
}
