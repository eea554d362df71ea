/** keepalived-lint explain: what a code means, from the one table of codes (project/codes.ts). */
import * as assert from 'node:assert/strict';
import { allCodes } from '../../server/src/language/project/index';
import { emptyDir, runCliCaptured } from '../support/cli';

const run = (args: string[]) => runCliCaptured(args, emptyDir());

describe('keepalived-lint explain', () => {
  it('without a code: every code once, with its severity and title', () => {
    const r = run(['explain']);
    assert.equal(r.code, 0);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, allCodes.length);
    for (const [i, c] of allCodes.entries()) {
      const [id, severity] = lines[i]!.split(/\s+/);
      assert.deepEqual([id, severity], [c.id, c.severity], `line ${i + 1}`);
      assert.ok(lines[i]!.endsWith(c.title), `line ${i + 1} ends with the title`);
    }
  });

  const cases: [string, string[], RegExp[]][] = [
    [
      'a code: its title, what keepalived does, the example, the fix and the link',
      ['explain', 'vrid-duplicate'],
      [/^vrid-duplicate \(error\)\n/, /\n {2}keepalived: .*VRID/, /\n {2}example: +two instances/, /\n {2}fix: +/, /\n {2}more: +\S+#vrid-duplicate\n/],
    ],
    ['a template code', ['explain', 'template-glued-keyword'], [/^template-glued-keyword \(/]],
    ['several codes, in the order given', ['explain', 'auth-type', 'priority-range'], [/^auth-type \(warning\)[^]*\n\npriority-range \(/]],
    ['upper case is read as the code', ['explain', 'VRID-DUPLICATE'], [/^vrid-duplicate \(error\)/]],
  ];
  for (const [name, args, res] of cases) {
    it(name, () => {
      const r = run(args);
      assert.equal(r.code, 0, r.stderr);
      for (const re of res) assert.match(r.stdout, re);
    });
  }

  it('--format json: the table rows with their links', () => {
    const r = run(['explain', '--format', 'json', 'auth-type']);
    assert.equal(r.code, 0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const c = allCodes.find((x) => x.id === 'auth-type')!;
    assert.deepEqual(rows, [{ ...c, url: rows[0]!.url }]);
    assert.match(String(rows[0]!.url), /#auth-type$/);
    const all = JSON.parse(run(['explain', '-f', 'json']).stdout) as { id: string }[];
    assert.deepEqual(
      all.map((x) => x.id),
      allCodes.map((x) => x.id),
    );
  });

  const refused: [string, string[], RegExp][] = [
    ['a misspelt code: exit 2, the nearest code named', ['explain', 'vrid-dupliate'], /unknown code 'vrid-dupliate' \(did you mean 'vrid-duplicate'\?\)/],
    ['a made-up code: exit 2, no suggestion', ['explain', 'zzzzzzzzzzzz'], /unknown code 'zzzzzzzzzzzz'\n/],
    ['SARIF is for findings', ['explain', '--format', 'sarif', 'auth-type'], /explain prints text or json/],
    ['--fix makes no sense here', ['explain', '--fix'], /explain takes codes/],
  ];
  for (const [name, args, re] of refused) {
    it(name, () => {
      const r = run(args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, re);
      assert.equal(r.stdout, '');
    });
  }
});
