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
  {
    name: 'nothing near: no suggestion',
    text: 'global_defs {\n    completely_unrelated_word 1\n}\n',
    golden: "2:5-2:30 warning unknown-keyword: Unknown keyword 'completely_unrelated_word' in global_defs { }: keepalived ignores this line.",
  },
];

describe('rule unknown-keyword', () => {
  for (const c of cases) it(c.name, () => assert.equal(ruleGolden(unknownKeyword, c.text, { messages: true }), c.golden));
});
