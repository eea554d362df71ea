/**
 * The CLI's glob against a real directory tree, as keepalived's glob (glibc, GLOB_BRACE |
 * GLOB_MARK with keepalived's GLOB_ALTDIRFUNC hooks) sees it: which files match, which matches
 * are directories, and how many lookups failed (keepalived's "Config files missing").
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { globFiles } from '../../server/src/host/nodeHost';

describe('node host glob: matches and missing names as keepalived counts them', () => {
  let d = '';
  before(() => {
    d = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-glob-'));
    for (const p of ['a/x.conf', 'b/y.conf', 'c.d/z.conf']) {
      fs.mkdirSync(path.join(d, path.dirname(p)), { recursive: true });
      fs.writeFileSync(path.join(d, p), '');
    }
  });
  after(() => fs.rmSync(d, { recursive: true, force: true }));
  const g = (p: string) => {
    const r = globFiles(path.join(d, p), 100);
    return { files: r.paths.map((f) => path.relative(d, f)), dirs: (r.directories ?? []).map((f) => path.relative(d, f)), missing: r.missing };
  };

  const cases: [string, string, { files: string[]; dirs: string[]; missing: number }][] = [
    ['a plain file', 'a/x.conf', { files: ['a/x.conf'], dirs: [], missing: 0 }],
    ['a plain name that does not exist', 'a/q.conf', { files: [], dirs: [], missing: 1 }],
    ['a wildcard in a directory that does not exist', 'nodir/*.conf', { files: [], dirs: [], missing: 1 }],
    ['a wildcard that matches nothing in a directory that exists', 'a/*.txt', { files: [], dirs: [], missing: 0 }],
    ['a plain name after a wildcard, absent in some directories', '*/x.conf', { files: ['a/x.conf'], dirs: [], missing: 2 }],
    ['a brace alternative that does not exist', '{a,q}/x.conf', { files: ['a/x.conf'], dirs: [], missing: 1 }],
    ['a wildcard matching a directory', '*.d', { files: [], dirs: ['c.d'], missing: 0 }],
    ['a plain directory', 'c.d', { files: [], dirs: ['c.d'], missing: 0 }],
  ];
  for (const [name, pattern, want] of cases) it(`${name}: ${pattern}`, () => assert.deepEqual(g(pattern), want));
});
