/** unknown-keyword: the message names the nearest keyword of the block, and its current name when that keyword is an old spelling. */
import * as assert from 'node:assert/strict';
import { unknownKeyword } from '../../server/src/language/validation/rules/unknown-keyword';
import { instance, ruleGolden } from '../support/rules';

const cases: { name: string; text: string; golden: string }[] = [
  {
    name: 'a misspelt keyword: the nearest one',
    text: instance('priorty 100'),
    golden: "2:5-2:12 warning unknown-keyword: Unknown keyword 'priorty' in vrrp_instance { }: keepalived ignores this line. Did you mean 'priority'?",
  },
  {
    name: 'the nearest keyword is an old spelling: its current name too',
    text: 'global_defs {\n    ipvs_process_name lvs\n}\n',
    golden:
      "2:5-2:22 warning unknown-keyword: Unknown keyword 'ipvs_process_name' in global_defs { }: keepalived ignores this line. Did you mean 'lvs_process_name' (now 'checker_process_name')?",
  },
  // keepalived 2.2.7 -t: (Line 1) Unknown keyword 'include', (Line 3) Unknown keyword 'includer'
  {
    name: 'an include without a path is a keyword keepalived does not know, at the top level',
    text: 'include\n',
    golden:
      "1:1-1:8 warning unknown-keyword: 'include' without the file to include: keepalived reads the line as a keyword, reports Unknown keyword 'include' and ignores it. Give the file or glob.",
  },
  {
    name: 'and in a block',
    text: 'global_defs {\n    includer\n}\n',
    golden:
      "2:5-2:13 warning unknown-keyword: 'includer' without the file to include: keepalived reads the line as a keyword, reports Unknown keyword 'includer' and ignores it. Give the file or glob.",
  },
  {
    name: 'nothing near: no suggestion',
    text: 'global_defs {\n    completely_unrelated_word 1\n}\n',
    golden: "2:5-2:30 warning unknown-keyword: Unknown keyword 'completely_unrelated_word' in global_defs { }: keepalived ignores this line.",
  },
];

/** keepalived 2.2.7 -t on these: the processes that skip the instance report each line after the early '}' (lib/parser.c skip_sublevel). */
const shadowCases: { name: string; text: string; golden: string }[] = [
  {
    name: "a value block without '{': the lines after its '}' are read at the top level by the processes that skip the block",
    text: 'vrrp_instance VI_1 {\n    unicast_peer\n    }\n    virtual_ipaddress {\n        192.0.2.101/24\n    }\n    priority 100\n}\n',
    golden: ['4:5-4:22', '5:9-5:23', '6:5-6:6', '7:5-7:13'].map((r) => `${r} warning unknown-keyword`).join('\n'),
  },
  {
    name: 'with its { the value block keeps the count: nothing',
    text: 'vrrp_instance VI_1 {\n    unicast_peer {\n    }\n    virtual_ipaddress {\n        192.0.2.101/24\n    }\n}\n',
    golden: '',
  },
  // keepalived 2.2.7 -t: Unknown keyword 'authentication' (7), Unexpected '{' - ignoring (8), Unknown keyword 'auth_type' (9),
  // Unknown keyword '}' (10), Unknown keyword 'virtual_ipaddress' and Unexpected '{' (both 11), ... Extra '}' found (14)
  {
    name: "a '{' on a line of its own after the early end is Unexpected '{' there; one on its keyword's line shares that line's finding",
    text: 'vrrp_instance VI_2 {\n    interface eth0\n    track_interface\n        eth1\n    }\n    authentication\n    {\n        auth_type PASS\n    }\n    virtual_ipaddress {\n        192.0.2.100/24\n    }\n}\n',
    golden: ['6:5-6:19', '7:5-7:6', '8:9-8:18', '9:5-9:6', '10:5-10:22', '11:9-11:23', '12:5-12:6'].map((r) => `${r} warning unknown-keyword`).join('\n'),
  },
  {
    name: "global_defs too (one of keepalived's passes skips it); its last '}' is extra-close-brace's",
    text: 'global_defs {\n    notification_email\n    }\n    router_id a\n}\n',
    golden: '4:5-4:14 warning unknown-keyword',
  },
];

describe('rule unknown-keyword', () => {
  for (const c of shadowCases) it(c.name, () => assert.equal(ruleGolden(unknownKeyword, c.text), c.golden));
  it("says Unexpected '{' for a '{' alone on its line", () => {
    const lines = ruleGolden(unknownKeyword, shadowCases.find((c) => c.name.startsWith("a '{' on a line"))!.text, { messages: true }).split('\n');
    assert.match(lines[1]!, /^7:5-7:6 .*Unexpected '\{'/);
    assert.doesNotMatch(lines[0]!, /Unexpected/);
  });
  for (const c of cases) it(c.name, () => assert.equal(ruleGolden(unknownKeyword, c.text, { messages: true }), c.golden));
});
