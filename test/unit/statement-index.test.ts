/**
 * The statement lookups rules use instead of walking (syntax/ast.ts: statementsNamed, statementsIn,
 * statementsWithDef; analysis/vrrp.ts: VrrpInstance.named) give exactly the statements a walk
 * keeps, in the walk's order (the depth-first order the AST builder records, checked against a
 * recursion over the bodies), on the fixtures, the examples and the corpus; walkWhere gives the same
 * on a list walked before and on one that was not.
 */
import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/language/analysis/model';
import {
  children,
  statementList,
  statementsIn,
  statementsNamed,
  statementsWithDef,
  statementsWithDefOrNamed,
  walk,
  walkWhere,
  type Statement,
} from '../../server/src/language/syntax/ast';
import { parseConfig } from '../../server/src/language/syntax/index';
import { corpusSeeds, ENTRY, fuzzHost, projectSeeds } from '../robustness/fuzz';

/** Depth first, by recursion over the bodies: independent of the order the AST builder records. */
const depthFirst = (list: readonly Statement[]): Statement[] => list.flatMap((s) => [s, ...depthFirst(s.body?.statements ?? [])]);
const place = (s: Statement) => `${s.span.file}:${s.span.start} ${s.keyword.value}`;
const same = (what: string, got: readonly Statement[], want: readonly Statement[]) => {
  assert.equal(got.length, want.length, `${what}: ${got.length} statements, a walk keeps ${want.length}`);
  got.forEach((s, i) => assert.ok(s === want[i], `${what}: #${i} is ${place(s)}, the walk has ${place(want[i]!)}`));
};

describe('statement index (lookups instead of walks)', () => {
  const seeds = [...projectSeeds(), ...(corpusSeeds() ?? [])];

  it(`keyword, block and catalogue-entry lookups keep the walk's statements and order (${seeds.length} files)`, () => {
    assert.ok(seeds.length > 50, 'the fixtures and examples are there');
    for (const seed of seeds) {
      const parsed = parseConfig(ENTRY, seed.text, fuzzHost(seed.text), {});
      const list = parsed.statements;
      const all = depthFirst(list);
      same(`${seed.name}: statementList (recorded by the AST builder)`, statementList(list), all);
      same(`${seed.name}: walk`, [...walk(list)], all);
      const keywords = [...new Set(all.map((s) => s.keyword.value))];
      const blocks = [...new Set(all.map((s) => s.blockId))];
      for (const kw of keywords)
        same(
          `${seed.name}: statementsNamed ${kw}`,
          statementsNamed(list, kw),
          all.filter((s) => s.keyword.value === kw),
        );
      // several keywords at once (merged in walk order), given in any order and twice
      const some = new Set(keywords.filter((_, i) => i % 3 === 0));
      same(
        `${seed.name}: statementsNamed of ${some.size} keywords`,
        statementsNamed(list, ...[...some].reverse(), ...some),
        all.filter((s) => some.has(s.keyword.value)),
      );
      for (const b of blocks)
        same(
          `${seed.name}: statementsIn ${b}`,
          statementsIn(list, b),
          all.filter((s) => s.blockId === b),
        );
      same(`${seed.name}: statementsIn of every block`, statementsIn(list, ...blocks), all);
      same(`${seed.name}: statementsNamed of nothing`, statementsNamed(list, 'no_such_keyword'), []);
      for (const wanted of [(d: unknown) => d === undefined, (d: { args?: unknown } | undefined) => d?.args !== undefined, () => true])
        same(
          `${seed.name}: statementsWithDef`,
          statementsWithDef(list, wanted),
          all.filter((s) => wanted(s.def)),
        );
      // a catalogue-entry lookup and a keyword lookup together: each statement once, even when both find it
      const named = new Set(keywords.filter((_, i) => i % 2 === 0));
      same(
        `${seed.name}: statementsWithDefOrNamed`,
        statementsWithDefOrNamed(list, (d) => d?.args !== undefined, ...named),
        all.filter((s) => s.def?.args !== undefined || named.has(s.keyword.value)),
      );
      // walkWhere on blocks never flattened (in place) and on the whole list (flattened above)
      const keep = (s: Statement) => s.isValue || s.args.length > 1;
      for (const top of list) {
        same(`${seed.name}: walkWhere in place`, walkWhere([top], keep), [...walk([top])].filter(keep));
      }
      same(`${seed.name}: walkWhere on a flattened list`, walkWhere(list, keep), all.filter(keep));
      // an instance's statements by keyword are its children of that name, in order
      for (const inst of analyse(parsed).instances)
        for (const c of inst.stmt.body?.statements ?? []) {
          const kw = c.keyword.value;
          same(`${seed.name}: ${inst.name} named ${kw}`, inst.named(kw), children(inst.stmt, kw));
          assert.ok(inst.last(kw) === children(inst.stmt, kw).at(-1), `${seed.name}: ${inst.name} last ${kw}`);
        }
    }
  });
});
