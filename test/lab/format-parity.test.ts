/**
 * Formatting never changes what keepalived reads, asked of keepalived itself: every file of the
 * corpus (../shared/corpus, when present) and of the findings fixtures is copied to a temporary
 * folder (with its neighbours, so includes resolve), formatted there, and `keepalived -t` must print
 * the same messages and exit code for the formatted copy as for the original — line numbers moved
 * by the blank lines formatting drops. Runs in a network namespace this test creates (needs root,
 * `ip` and keepalived; otherwise it says why and skips). Nothing is written beside the originals.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyEdits, format, type FormatOptions, type TextEdit } from '../../server/src/language/features/format';
import { repoRoot, sharedDir } from '../support/shared';
import { Namespace, keepaliveT, ktestUnavailable } from './ktest';

const FORMATS: [string, FormatOptions][] = [
  ['4 spaces', { tabSize: 4, insertSpaces: true }],
  ['tabs, final newline, trimmed', { tabSize: 2, insertSpaces: false, insertFinalNewline: true, trimFinalNewlines: true }],
];

/** The folders to check, each copied whole: its configurations (not the verdict tables). */
function folders(): { name: string; dir: string }[] {
  const out = [{ name: 'findings fixtures', dir: path.join(repoRoot, 'test/fixtures/findings') }];
  const shared = sharedDir();
  if (shared) {
    out.push({ name: 'keepalived samples', dir: path.join(shared, 'corpus/keepalived-samples') });
    out.push({ name: 'real-world corpus', dir: path.join(shared, 'corpus/real-world/files') });
  }
  return out;
}

const isConfig = (name: string) => !/\.(txt|md|json)$/.test(name);

/** A line number of the original text → its number in the formatted text. */
function lineMapper(text: string, edits: readonly TextEdit[]): (line: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const breaks = (s: string) => s.split('\n').length - 1;
  return (line) => {
    const at = starts[line - 1] ?? text.length;
    let delta = 0;
    for (const e of edits) if (e.end <= at) delta += breaks(e.newText) - breaks(text.slice(e.start, e.end));
    return line + delta;
  };
}

/** keepalived's output with the folder cut from its paths and, for `file`, line numbers passed through `map`. */
function normalise(output: string, dir: string, file: string, map: (n: number) => number = (n) => n): string[] {
  return output
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) =>
      l
        .replace(/\((?:([^():]*): )?Line (\d+)\)/g, (_m, f: string | undefined, n: string) =>
          f === undefined || f === file ? `(${f === undefined ? '' : 'F: '}Line ${map(Number(n))})` : `(${f}: Line ${n})`,
        )
        .split(dir)
        .join('<dir>'),
    );
}

describe('formatting keeps what keepalived -t says (lab)', function () {
  this.timeout(180000);
  const why = ktestUnavailable();
  const ns = new Namespace();
  let work = '';

  before(function () {
    let reason = why;
    if (!reason) {
      try {
        ns.create({ eth0: '192.0.2.10/24', eth1: '198.51.100.10/24' });
        work = fs.mkdtempSync(path.join(os.tmpdir(), 'klint-format-'));
      } catch (e) {
        reason = `the network namespace could not be set up (${(e as Error).message.trim()})`;
      }
    }
    if (reason) {
      console.log(`    skipped: formatting parity with keepalived -t needs Linux, root, iproute2 and keepalived — ${reason}`);
      this.skip();
    }
    if (!sharedDir()) console.log('    ../shared/corpus is absent: only the findings fixtures are checked');
  });

  after(() => {
    ns.remove();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  for (const { name, dir } of folders()) {
    it(`${name}: keepalived -t says the same before and after formatting`, () => {
      const copy = path.join(work, path.basename(dir));
      fs.cpSync(dir, copy, { recursive: true });
      const problems: string[] = [];
      let formatted = 0;
      for (const f of fs.readdirSync(copy).filter((n) => isConfig(n) && fs.statSync(path.join(copy, n)).isFile())) {
        const file = path.join(copy, f);
        const text = fs.readFileSync(file, 'utf8');
        const before = keepaliveT(ns.name, file, work);
        for (const [label, o] of FORMATS) {
          const edits = format(text, o);
          if (edits.length === 0) continue;
          formatted++;
          fs.writeFileSync(file, applyEdits(text, edits));
          const after = keepaliveT(ns.name, file, work);
          fs.writeFileSync(file, text);
          const expected = normalise(before.output, copy, file, lineMapper(text, edits));
          const got = normalise(after.output, copy, file);
          if (after.rc !== before.rc || expected.join('\n') !== got.join('\n')) {
            problems.push(
              `${f} (${label}): rc ${before.rc} → ${after.rc}; ${expected.filter((l) => !got.includes(l)).join(' | ')} → ${got.filter((l) => !expected.includes(l)).join(' | ')}`,
            );
          }
        }
      }
      assert.ok(formatted > 0, 'formatting changed some file');
      assert.deepEqual(problems, []);
    });
  }
});
