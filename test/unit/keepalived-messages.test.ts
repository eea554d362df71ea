/**
 * The table of keepalived's configuration messages (validation/keepalivedMessages.ts) stays
 * true: every row either names an existing code and carries an example on which we report that
 * code on the line keepalived names, or says why we do not reproduce it; no message is listed
 * twice. The lab test (test/lab/keepalived-messages.test.ts) runs real keepalived on the same
 * examples and checks the table against keepalived's source.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { allCodes } from '../../server/src/language/project/codes';
import { WHY_NOT_TEXT, isReproduced, keepalivedMessages, messageCoverage } from '../../server/src/language/validation/keepalivedMessages';
import { formatRegExp, lintExample, rowTitle, tempDir, writeExample } from '../support/messages';

describe('keepalived message table', () => {
  const codes = new Set(allCodes.map((c) => c.id));

  it('lists each message (source file + format) once', () => {
    const seen = new Map<string, number>();
    for (const r of keepalivedMessages) for (const f of r.formats) seen.set(`${r.file}: ${f}`, (seen.get(`${r.file}: ${f}`) ?? 0) + 1);
    assert.deepEqual(
      [...seen].filter(([, n]) => n > 1).map(([k]) => k),
      [],
    );
  });

  it('every row names an existing code with an example, or says why not', () => {
    const bad: string[] = [];
    for (const r of keepalivedMessages) {
      if (isReproduced(r)) {
        if (!codes.has(r.code)) bad.push(`${rowTitle(r)}: unknown code ${r.code}`);
        const lines = r.example.config.split('\n').length - 1;
        for (const l of [r.example.line, r.example.ourLine ?? r.example.line])
          if (!(l >= 1 && l <= lines)) bad.push(`${rowTitle(r)}: example line ${l} is not in the example (${lines} lines)`);
        if (r.example.ourLine !== undefined && !r.example.note) bad.push(`${rowTitle(r)}: says why our line differs from keepalived's (note)`);
      } else if (!(r.why in WHY_NOT_TEXT) || r.reason.trim().length < 8 || /TODO/.test(r.reason)) {
        bad.push(`${rowTitle(r)}: needs a code with an example, or a reason (${r.why}: ${r.reason})`);
      }
      if (r.formats.length === 0) bad.push(`${rowTitle(r)}: no format`);
    }
    assert.deepEqual(bad, []);
  });

  it('format strings become patterns that match a message', () => {
    assert.ok(formatRegExp("Unknown keyword '%s'").test("(Line 3) Unknown keyword 'priorty'"));
    assert.equal(formatRegExp("Unknown keyword '%s'").exec("(/x/a.conf: Line 12) Unknown keyword 'x'")?.[1], '12');
    assert.ok(formatRegExp("number '%s' outside range [%lu.%*.*lu, %lu.%*.*lu]").test("number '5' outside range [0.000001, 4294.967295]"));
    assert.ok(!formatRegExp("Unknown keyword '%s'").test("Unknown keywords 'x'"));
  });

  it('coverage adds up', () => {
    const c = messageCoverage();
    const not = Object.values(c.notReproduced).reduce((a, b) => a + b, 0);
    assert.equal(c.reproduced + not, c.messages);
    assert.ok(c.reproduced > 0);
  });

  describe('each example: we report the code on the line keepalived names', () => {
    let dir = '';
    before(() => {
      dir = tempDir();
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    keepalivedMessages.forEach((r, i) => {
      if (!isReproduced(r)) return;
      it(`${r.code} ← ${rowTitle(r)}`, () => {
        const file = writeExample(dir, i, r);
        const ours = lintExample(file);
        const line = r.example.ourLine ?? r.example.line;
        const hit = ours.find((x) => x.issue.code === r.code && x.line === line);
        assert.ok(
          hit,
          `no ${r.code} on line ${line}; we report:\n${ours.map((x) => `  ${x.line} ${x.issue.severity} ${x.issue.code}: ${x.issue.message}`).join('\n') || '  nothing'}\n--- example:\n${r.example.config}`,
        );
        assert.notEqual(hit.issue.severity, 'hint', `${r.code} is only a hint here`);
      });
    });
  });
});
