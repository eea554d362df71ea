/**
 * Replays every input in test/regressions/ (see its README): inputs that once crashed, hung or
 * exhausted memory. Each must now satisfy the fuzz invariants within a time bound.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../support/shared';
import { checkInvariants } from './fuzz';

const DIR = path.join(repoRoot, 'test', 'regressions');
const MAX_MS = 10_000;

describe('robustness: regression inputs (test/regressions)', function () {
  this.timeout(60_000);
  const files = fs.existsSync(DIR)
    ? fs
        .readdirSync(DIR)
        .filter((f) => f !== 'README.md')
        .sort()
    : [];

  it('has regression inputs', () => {
    assert.ok(files.length > 0);
  });

  for (const f of files) {
    it(f, () => {
      const text = fs.readFileSync(path.join(DIR, f), 'utf8');
      const t0 = Date.now();
      // features at three offsets: these inputs expand to hundreds of thousands of tokens
      checkInvariants(text, { offsets: [0, text.length >> 1, text.length] });
      const ms = Date.now() - t0;
      assert.ok(ms < MAX_MS, `${f} took ${ms} ms`);
    });
  }
});
