/** The catalogue: complete against keepalived's keyword list, and every entry usable by hover and validation. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allKeywordNames, block, blocks, blocksAccepting, lookup } from '../../server/src/language/catalogue/index';
import { sharedDir } from '../support/shared';

/**
 * Names in keepalived_keywords.txt that are deliberately not catalogue entries.
 * (Empty today: every registered keyword is catalogued. Add `name: 'why'` here only with a reason.)
 */
const EXCLUDED: Record<string, string> = {};

describe('catalogue', () => {
  it('covers every keyword keepalived 2.4.3 registers (keepalived_keywords.txt)', function () {
    const shared = sharedDir();
    if (!shared) {
      console.log('    ../shared/reference is absent: the keyword-list comparison cannot run here');
      this.skip();
    }
    const list = fs.readFileSync(path.join(shared, 'reference/keepalived/keepalived_keywords.txt'), 'utf8');
    const names = new Set<string>();
    for (const line of list.split('\n')) {
      const m = /^\d+: (?:kw|kwq|ROOT) (\S+)$/.exec(line.trim());
      if (m) names.add(m[1]!);
    }
    assert.ok(names.size > 300, `parsed only ${names.size} names from the list`);
    const known = new Set(allKeywordNames());
    const missing = [...names].filter((n) => !known.has(n) && !(n in EXCLUDED));
    assert.deepEqual(missing, []);
  });

  it('has a summary for every keyword and valid block references', () => {
    for (const b of blocks()) {
      for (const kw of b.keywords) {
        assert.ok(kw.summary && kw.summary.length > 15, `${b.id}.${kw.name} needs a summary`);
        if (kw.opens) assert.ok(block(kw.opens), `${b.id}.${kw.name} opens unknown block ${kw.opens}`);
        assert.ok(!(kw.opens && kw.values), `${b.id}.${kw.name} cannot open both a section and a value block`);
      }
    }
  });

  const where: [string, string, boolean][] = [
    ['root', 'vrrp_instance', true],
    ['vrrp_instance', 'priority', true],
    ['root', 'priority', false],
    ['global_defs', 'router_id', true],
    ['TCP_CHECK', 'nb_get_retry', false],
    ['HTTP_GET', 'nb_get_retry', true],
    ['real_server', 'lb_kind', false],
    ['vrrp_instance', 'authentication', true],
    ['authentication', 'auth_pass', true],
  ];
  for (const [blockId, name, ok] of where) {
    it(`${name} ${ok ? 'is' : 'is not'} accepted in ${blockId}`, () => {
      assert.equal(lookup(blockId, name) !== undefined, ok);
    });
  }

  it('knows where a misplaced keyword belongs', () => {
    assert.ok(blocksAccepting('auth_pass').includes('authentication'));
    assert.deepEqual(blocksAccepting('no_such_keyword'), []);
  });
});
