/**
 * analysis/command.ts: the command a script line runs, read as keepalived 2.2.7 reads it
 * (lib/parser.c alloc_strvec_quoted_escaped, lib/notify.c set_script_params_array). The
 * expectations were checked with keepalived -t 2.2.7 where a difference shows (a script found or
 * "No script set ... - removing").
 */
import * as assert from 'node:assert/strict';
import { quotedEscapedWords, scriptCommand } from '../../server/src/language/analysis/command';
import { statementsNamed } from '../../server/src/language/syntax/ast';
import { parseText } from '../support/parse';

describe('analysis/command: quoted and escaped words', () => {
  const cases: [string, string, string[] | undefined][] = [
    ['plain words', 'a b  c', ['a', 'b', 'c']],
    ['double and single quotes keep white space', `"a b" 'c d'`, ['a b', 'c d']],
    ['adjoining pieces make one word', '""/bin/true" "', ['/bin/true ']],
    ['the other quote is literal inside quotes', `"it's"`, ["it's"]],
    ['escapes outside and inside quotes', String.raw`a\ b "\t\"x"`, ['a b', '\t"x']],
    ['hex reads every hex digit that follows (0x75e keeps its low byte)', String.raw`tr\x75e tr\x75`, ['tr^', 'tru']],
    ['octal takes up to three digits', String.raw`\1011`, ['A1']],
    ['a control character', String.raw`\cA`, ['\x01']],
    ['an unmatched quote gives nothing', '"abc', undefined],
    ['a backslash at the end gives nothing', 'abc\\', undefined],
    ['white space only gives nothing', '  \t ', undefined],
    ['an empty quoted word is a word', 'a ""', ['a', '']],
  ];
  for (const [name, src, want] of cases) it(name, () => assert.deepEqual(quotedEscapedWords(src), want));
});

describe('analysis/command: what a script line runs', () => {
  const cases: [string, string, string[]][] = [
    ['an unquoted command runs its first word only', 'script /bin/echo a b', ['/bin/echo']],
    ['a quoted command with arguments', 'script "/bin/echo a b"', ['/bin/echo', 'a', 'b']],
    ['adjoining quoted pieces', 'script ""/bin/true" "', ['/bin/true']],
    ['single quotes inside the double-quoted command', `script "/bin/sh -c 'exit 0'"`, ['/bin/sh', '-c', 'exit 0']],
    ['a blank command runs nothing', 'script " "', []],
    ['an empty command runs nothing', 'script ""', []],
  ];
  for (const [name, line, argv] of cases) {
    it(name, () => {
      const p = parseText(`vrrp_script chk {\n    ${line}\n}\n`);
      const [s] = statementsNamed(p.statements, 'script');
      assert.ok(s);
      assert.deepEqual(scriptCommand(s).argv, argv);
    });
  }
});
