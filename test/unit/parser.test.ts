/**
 * The parser and the AST: block structure as keepalived builds it, and recovery — after a bad
 * line the rest still parses; a missing '}' is reported where the block opened and at the end;
 * an extra '}' where it stands. The dump shows each statement as `L:C block keyword args`
 * (`?` = not valid in that block), indented by nesting.
 */
import * as assert from 'node:assert/strict';
import type { Statement } from '../../server/src/language/syntax/ast';
import { checkGrammar, parserInstance, RECORDED_METHODS } from '../../server/src/language/syntax/parser';
import { dumpIssues, parseText, where } from '../support/parse';

function dumpAst(text: string): { ast: string; issues: string } {
  const p = parseText(text);
  const lines: string[] = [];
  const visit = (s: Statement, depth: number) => {
    const args = s.args.map((a) => a.value).join(' ');
    lines.push(`${'  '.repeat(depth)}${where(p, s.keyword.span)} ${s.blockId} ${s.def || s.isValue ? '' : '?'}${s.keyword.value}${args ? ` ${args}` : ''}`);
    for (const c of s.body?.statements ?? []) visit(c, depth + 1);
  };
  for (const s of p.statements) visit(s, 0);
  return { ast: lines.join('\n'), issues: dumpIssues(p) };
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly ast: string;
  readonly issues?: string;
}

const cases: Case[] = [
  {
    name: 'nested section blocks and a value block',
    text: 'vrrp_instance VI_1 {\n  state BACKUP\n  authentication {\n    auth_pass x\n  }\n  virtual_ipaddress {\n    192.0.2.1/24 dev eth0\n  }\n}',
    ast: [
      '1:1 root vrrp_instance VI_1',
      '  2:3 vrrp_instance state BACKUP',
      '  3:3 vrrp_instance authentication',
      '    4:5 authentication auth_pass x',
      '  6:3 vrrp_instance virtual_ipaddress',
      '    7:5 values:addresses 192.0.2.1/24 dev eth0',
    ].join('\n'),
  },
  {
    name: 'one-line value block with a weight',
    text: 'vrrp_instance V { track_script { chk weight -20 } }',
    ast: ['1:1 root vrrp_instance V', '  1:19 vrrp_instance track_script', '    1:34 values:track_script chk weight -20'].join('\n'),
  },
  {
    name: 'a keyword in the wrong block is kept, marked, and parsing goes on',
    text: 'vrrp_instance V {\n  auth_pass x\n  priority 100\n}',
    ast: ['1:1 root vrrp_instance V', '  2:3 vrrp_instance ?auth_pass x', '  3:3 vrrp_instance priority 100'].join('\n'),
  },
  {
    name: 'an unknown keyword with a block: its { opens nothing and its } closes the enclosing block',
    text: 'global_defs {\n  vrrp_script chk {\n    script x\n  }\n  router_id r\n}\nvrrp_instance V {\n}',
    ast: [
      '1:1 root global_defs',
      '  2:3 global_defs ?vrrp_script chk',
      '  3:5 global_defs ?script x',
      '5:3 root ?router_id r',
      '7:1 root vrrp_instance V',
    ].join('\n'),
    issues: ['2:19-2:20 warning unexpected-open-brace', '6:1-6:2 error extra-close-brace'].join('\n'),
  },
  {
    name: 'missing { after a block keyword: the block is skipped, the next lines belong to the parent',
    text: 'virtual_server 192.0.2.1 80\n  delay_loop 6\n}\nglobal_defs {\n}',
    ast: ['1:1 root virtual_server 192.0.2.1 80', '2:3 root ?delay_loop 6', '4:1 root global_defs'].join('\n'),
    issues: ['1:1-1:28 error missing-open-brace', '3:1-3:2 error extra-close-brace'].join('\n'),
  },
  {
    name: 'missing } at the end: reported where the block opened and at the end of the file',
    text: 'vrrp_instance V {\n  priority 100\n  authentication {\n    auth_pass x\n',
    ast: ['1:1 root vrrp_instance V', '  2:3 vrrp_instance priority 100', '  3:3 vrrp_instance authentication', '    4:5 authentication auth_pass x'].join(
      '\n',
    ),
    issues: ['1:17-1:18 error missing-close-brace', '3:18-3:19 error missing-close-brace', '4:16-4:16 error missing-close-brace'].join('\n'),
  },
  {
    name: 'an extra } in the middle: reported where it stands; the rest parses at the top level',
    text: 'global_defs {\n  router_id r\n}\n}\nvrrp_instance V {\n  priority 1\n}',
    ast: ['1:1 root global_defs', '  2:3 global_defs router_id r', '5:1 root vrrp_instance V', '  6:3 vrrp_instance priority 1'].join('\n'),
    issues: '4:1-4:2 error extra-close-brace',
  },
  {
    name: 'a garbage line does not stop the parse',
    text: 'vrrp_instance V {\n  \u00ff\u00fe garbage ((\n  priority 90\n}',
    ast: ['1:1 root vrrp_instance V', '  2:3 vrrp_instance ?\u00ff\u00fe garbage ((', '  3:3 vrrp_instance priority 90'].join('\n'),
  },
  {
    name: 'values on the line of a value block keyword are reported; the following lines are read as values',
    text: 'vrrp_instance V {\n  virtual_ipaddress 192.0.2.1\n  {\n    192.0.2.2\n  }\n}',
    ast: ['1:1 root vrrp_instance V', '  2:3 vrrp_instance virtual_ipaddress 192.0.2.1', '    4:5 values:addresses 192.0.2.2'].join('\n'),
    issues: '2:21-2:30 error value-block-arguments',
  },
  {
    name: 'a value block with no { reads values up to the next } (as keepalived does)',
    text: 'vrrp_instance V {\n  virtual_ipaddress\n  192.0.2.1\n  priority 100\n}\nvrrp_script s {\n}',
    // the instance's own '}' ends the value block, so vrrp_script lands inside the instance
    ast: [
      '1:1 root vrrp_instance V',
      '  2:3 vrrp_instance virtual_ipaddress',
      '    3:3 values:addresses 192.0.2.1',
      '    4:3 values:addresses priority 100',
      '  6:1 vrrp_instance ?vrrp_script s',
    ].join('\n'),
    issues: ['2:3-2:20 error missing-open-brace', '6:15-6:16 warning unexpected-open-brace'].join('\n'),
  },
  {
    name: "a value block with no { closed by its own }: keepalived's brace count finds the block's } extra",
    text: 'vrrp_instance V {\n  virtual_ipaddress\n  }\n}\nglobal_defs {\n}',
    // read_line counts 1 '{' and 2 '}' before line 4: "Extra '}' found" on line 4, which still closes the instance
    ast: ['1:1 root vrrp_instance V', '  2:3 vrrp_instance virtual_ipaddress', '5:1 root global_defs'].join('\n'),
    issues: ['2:3-2:20 error missing-open-brace', '4:1-4:2 error extra-close-brace'].join('\n'),
  },
  {
    name: "a value block with no { whose } is the last one: keepalived's count balances, so no brace is reported missing",
    text: 'vrrp_instance V {\n  track_script\n  chk\n  }\n',
    ast: ['1:1 root vrrp_instance V', '  2:3 vrrp_instance track_script', '    3:3 values:track_script chk'].join('\n'),
    issues: '2:3-2:15 error missing-open-brace',
  },
  {
    name: 'a stray { with no keyword is ignored',
    text: 'global_defs {\n  {\n  router_id r\n}',
    ast: ['1:1 root global_defs', '  3:3 global_defs router_id r'].join('\n'),
    // keepalived's brace count: 2 '{' and 1 '}' → "There are 1 missing '}'s or extra '{'s"
    issues: ['2:3-2:4 warning unexpected-open-brace', '4:2-4:2 error missing-close-brace'].join('\n'),
  },
  // keepalived 2.2.7 -t: only "vrrp instance VI_1 already defined" (vrrp_parser.c skip_block: the block is brace-counted, unread)
  {
    name: "a second vrrp_instance of a name is skipped unread: an unknown keyword's { inside nests there",
    text: 'vrrp_instance VI_1 {}\nvrrp_instance VI_1 {\n    uathentication {\n    }\n}\nglobal_defs {\n}\n',
    ast: ['1:1 root vrrp_instance VI_1', '2:1 root vrrp_instance VI_1', '6:1 root global_defs'].join('\n'),
  },
  {
    name: 'a second vrrp_sync_group and track_group are skipped too; other names and kinds are not',
    text: 'vrrp_sync_group G {\n}\nvrrp_sync_group G {\n    group {\n        VI_1\n    }\n}\ntrack_group G {\n}\ntrack_group G {\n    bogus {\n}\n}\nvrrp_sync_group H {\n    group {\n    }\n}\n',
    ast: [
      '1:1 root vrrp_sync_group G',
      '3:1 root vrrp_sync_group G',
      '8:1 root track_group G',
      '10:1 root track_group G',
      '14:1 root vrrp_sync_group H',
      '  15:5 vrrp_sync_group group',
    ].join('\n'),
  },
  // keepalived 2.2.7 -t: only "vrrp_instance must have a name" (lines 1 and 6), "track_group must have a name - skipping" (line 9)
  {
    name: "a vrrp_instance / track_group line without exactly one name is skipped unread, its '{' on the next line or not",
    text: 'vrrp_instance A B\n{\n    bogus {\n    }\n}\nvrrp_instance {\n    priority 1\n}\ntrack_group {\n}\nvrrp_instance C {\n    priority 1\n}\n',
    ast: ['1:1 root vrrp_instance A B', '6:1 root vrrp_instance', '9:1 root track_group', '11:1 root vrrp_instance C', '  12:5 vrrp_instance priority 1'].join(
      '\n',
    ),
  },
  {
    name: "a skipped duplicate ends at the '}' that balances its '{' (a value block without '{' leaves the last '}' extra)",
    text: 'vrrp_instance V {\n}\nvrrp_instance V {\n    virtual_ipaddress\n    }\n}\n',
    ast: ['1:1 root vrrp_instance V', '3:1 root vrrp_instance V'].join('\n'),
    issues: '6:1-6:2 error extra-close-brace',
  },
];

describe('parser: block structure and recovery', () => {
  it("passes Chevrotain's grammar validations (the linter skips them at run time)", () => {
    assert.doesNotThrow(() => checkGrammar());
  });

  for (const c of cases) {
    it(c.name, () => {
      const r = dumpAst(c.text);
      assert.equal(r.ast, c.ast);
      assert.equal(r.issues.split('\n').sort().join('\n'), (c.issues ?? '').split('\n').sort().join('\n'));
    });
  }

  it('20,000 nested braces parse without recursion', () => {
    const text = `global_defs ${'{\n'.repeat(20000)}${'}\n'.repeat(20000)}`;
    const p = parseText(text);
    assert.equal(p.statements.length, 1);
  });
});

describe('the parser after Chevrotain’s grammar recording (our disableRecording)', () => {
  it('leaves no recording method shadowing a DSL method, and recording off', () => {
    parseText('global_defs {\n  router_id a\n}\n');
    const parser = parserInstance() as Record<string, unknown>;
    assert.equal(parser.RECORDING_PHASE, false);
    // no own property is left holding one of Chevrotain's recording functions
    const recording = Object.getOwnPropertyNames(parser).filter((n) => {
      const v = parser[n];
      return typeof v === 'function' && /InternalRecord|_RECORD/.test(Function.prototype.toString.call(v));
    });
    assert.deepEqual(recording, []);
    // and each name Chevrotain shadows is its parser's own method again
    const proto = Object.getPrototypeOf(parser) as Record<string, unknown>;
    const differ = RECORDED_METHODS.filter((n) => typeof parser[n] !== 'function' || parser[n] !== proto[n]);
    assert.deepEqual(differ, []);
  });
});
