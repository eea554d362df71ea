/**
 * The keepalived message table against the real thing:
 *   - every example makes keepalived 2.2.7 print its message (`keepalived -t`, or a three-second
 *     real start for the messages keepalived prints only then), on the example's line when
 *     keepalived gives one, and without one when the row says keepalived gives none;
 *   - the table lists exactly the messages of keepalived's source (when the source tree is on
 *     this machine: KEEPALIVED_SRC, or ksrc/keepalived-2.2.7 beside the clone).
 * Each part is skipped, saying why, where it cannot run (no root, no iproute2, no keepalived,
 * no source tree).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { isReproduced, keepalivedMessages, type ReproducedRow } from '../../server/src/language/validation/keepalivedMessages';
import { configMessages, keepalivedSourceDir } from '../support/keepalivedSource';
import { LAB_INTERFACES, formatRegExp, rowTitle, tempDir, writeExample } from '../support/messages';
import { Namespace, keepaliveT, keepalivedStart, keepalivedVersion, ktestUnavailable } from './ktest';

/** What keepalived printed that matches one of the row's formats: [line number or undefined] per match. */
function matches(row: ReproducedRow, output: string): (number | undefined)[] {
  const found: (number | undefined)[] = [];
  for (const line of output.split('\n')) {
    for (const f of row.formats) {
      const m = formatRegExp(f).exec(line.trim());
      if (m) found.push(m[1] === undefined ? undefined : Number(m[1]));
    }
  }
  return found;
}

describe('keepalived message table: keepalived prints each example’s message (lab)', function () {
  this.timeout(300000);
  const why = ktestUnavailable();
  const ns = new Namespace();
  let pidDir = '';
  let dir = '';

  before(function () {
    let reason = why;
    if (!reason && keepalivedVersion() !== '2.2.7') reason = `the table is for keepalived 2.2.7, this is ${keepalivedVersion() || 'an unknown version'}`;
    if (!reason) {
      try {
        ns.create(LAB_INTERFACES);
        pidDir = tempDir();
        dir = tempDir();
      } catch (e) {
        reason = `the network namespace could not be set up (${(e as Error).message.trim()})`;
      }
    }
    if (reason) {
      console.log(`    skipped: the keepalived message lab needs Linux, root, iproute2 and keepalived 2.2.7 — ${reason}`);
      this.skip();
    }
  });

  after(() => {
    ns.remove();
    for (const d of [pidDir, dir]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  keepalivedMessages.forEach((r, i) => {
    if (!isReproduced(r)) return;
    it(`${rowTitle(r)} ← ${r.code}`, () => {
      const file = writeExample(dir, i, r);
      const output = r.example.atStart ? keepalivedStart(ns, file, pidDir) : keepaliveT(ns.name, file, pidDir).output;
      const found = matches(r, output);
      const detail = `keepalived ${r.example.atStart ? '(started)' : '-t'} said:\n      ${output.split('\n').join('\n      ') || '(nothing)'}\n--- example:\n${r.example.config}`;
      assert.ok(found.length > 0, `keepalived did not print the message\n${detail}`);
      if (r.example.unlined) assert.ok(found.includes(undefined), `keepalived gives this message a line number; drop 'unlined'\n${detail}`);
      else
        assert.ok(
          found.includes(r.example.line),
          `keepalived does not name line ${r.example.line} (it names ${found.map((l) => l ?? 'no line').join(', ')})\n${detail}`,
        );
    });
  });
});

describe('keepalived message table: the table lists exactly the messages of keepalived 2.2.7’s source', () => {
  const root = keepalivedSourceDir();
  it('every message of the source is in the table, and nothing else', function () {
    if (!root) {
      console.log('    skipped: the keepalived 2.2.7 source tree is not here (set KEEPALIVED_SRC)');
      this.skip();
    }
    const inSource = new Set(configMessages(root).map((m) => `${m.file}: ${m.format}`));
    const inTable = new Set(keepalivedMessages.flatMap((r) => r.formats.map((f) => `${r.file}: ${f}`)));
    assert.deepEqual(
      { missingFromTable: [...inSource].filter((k) => !inTable.has(k)), notInSource: [...inTable].filter((k) => !inSource.has(k)) },
      { missingFromTable: [], notInSource: [] },
    );
  });
});
