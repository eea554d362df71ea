/**
 * host/memory.ts keepYoungGenerationSmall(): the language server keeps V8's young generation at its
 * starting size. Checked in a child node (the flag is process-wide), against a control that grows.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const memory = path.join(__dirname, '../../server/src/host/memory.js');

/** new_space's size (MB) after an allocation churn where part of each batch survives a few collections. */
function newSpaceAfterChurn(cap: boolean): number {
  const script = `
    ${cap ? `require(${JSON.stringify(memory)}).keepYoungGenerationSmall();` : ''}
    let keep = [];
    for (let i = 0; i < 2e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 1e5) keep = []; }
    const ns = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.stdout.write(String(ns.space_size / 2 ** 20));
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return Number(r.stdout);
}

describe('host/memory: the young generation of the language server', function () {
  this.timeout(30000);
  it('stays at its starting size with keepYoungGenerationSmall(), and grows without it', () => {
    const capped = newSpaceAfterChurn(true);
    const control = newSpaceAfterChurn(false);
    assert.ok(control > 4, `the control grows (new space ${control} MB)`);
    assert.ok(capped <= 2, `capped: new space ${capped} MB`);
  });
});
