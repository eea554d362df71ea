/**
 * The unified diff printer of --fix-dry-run: applying its hunks to the old text gives the new
 * one, for random pairs of texts (a small applier here checks every context and removed line),
 * and its headers and ranges read as `diff -u` writes them.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { unifiedDiff } from '../../server/src/cli/diff';

/** Apply a unified diff of one file to `before`, checking that each context/removed line matches. */
function applyDiff(before: string, diff: string): string {
  const old = before === '' ? [] : before.split(/(?<=\n)/);
  const out: string[] = [];
  const lines = diff.split(/(?<=\n)/).slice(2);
  let at = 0;
  for (let i = 0; i < lines.length;) {
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@\n$/.exec(lines[i]!);
    assert.ok(h, `hunk header expected: ${lines[i]}`);
    const count = h[2] === undefined ? 1 : Number(h[2]);
    const start = count === 0 ? Number(h[1]) : Number(h[1]) - 1;
    while (at < start) out.push(old[at++]!);
    i++;
    while (i < lines.length && !lines[i]!.startsWith('@@')) {
      const l = lines[i]!;
      let text = l.slice(1);
      if (lines[i + 1]?.startsWith('\\')) {
        text = text.slice(0, -1);
        i++;
      }
      if (l[0] === '+') out.push(text);
      else {
        assert.equal(old[at], text, 'a context or removed line differs from the old text');
        if (l[0] === ' ') out.push(text);
        at++;
      }
      i++;
    }
  }
  while (at < old.length) out.push(old[at++]!);
  return out.join('');
}

const line = fc.constantFrom('a\n', 'b\n', 'c\n', '    d {\n', '}\n', 'e\r\n', '\n');
const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom('', 'tail')).map(([ls, tail]) => ls.join('') + tail);

describe('cli: unified diff', () => {
  it('applying the diff to the old text gives the new text (random texts)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = unifiedDiff('f.conf', a, b);
        if (a === b) return d === '';
        return applyDiff(a, d) === b;
      }),
      { numRuns: 500 },
    );
  });

  it('headers, ranges and context as diff -u writes them', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16'].map((x) => `${x}\n`).join('');
    const b = a.replace('2\n', 'two\n').replace('15\n', '');
    assert.equal(
      unifiedDiff('etc/k.conf', a, b),
      '--- a/etc/k.conf\n+++ b/etc/k.conf\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -12,5 +12,4 @@\n 12\n 13\n 14\n-15\n 16\n',
    );
    assert.match(unifiedDiff('/abs/k.conf', 'a\n', 'b\n'), /^--- \/abs\/k\.conf\n\+\+\+ \/abs\/k\.conf\n@@ -1 \+1 @@\n/);
    assert.equal(unifiedDiff('k', '', 'x\n'), '--- a/k\n+++ b/k\n@@ -0,0 +1 @@\n+x\n');
  });

  it('a long file with changes far apart stays quick and exact', () => {
    const a = Array.from({ length: 50_000 }, (_, i) => `line ${i}\n`).join('');
    const b = a.replace('line 10\n', 'line ten\n').replace('line 49990\n', 'line end\n');
    const t = Date.now();
    const d = unifiedDiff('big', a, b);
    assert.ok(Date.now() - t < 2000);
    assert.equal(applyDiff(a, d), b);
    assert.equal(d.split('\n@@').length, 3);
  });
});
