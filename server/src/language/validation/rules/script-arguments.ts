import { scriptCommand } from '../../analysis/command';
import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** `script /bin/check arg1 arg2` in a vrrp_script: only the first word is run. */
export const scriptArguments: Rule = {
  id: 'script-arguments',
  severity: 'warning',
  title: 'An unquoted vrrp_script `script` with arguments: keepalived runs only the first word.',
  keepalived:
    'Silently keeps only the first word as the command (checked with keepalived 2.2.7: `script /bin/echo a b` runs `/bin/echo` with no arguments); the other words are dropped.',
  example: 'script /usr/bin/killall -0 haproxy',
  fix: 'Quote the whole command: `script "/usr/bin/killall -0 haproxy"`.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'script')) {
      if (s.isValue || s.blockId !== 'vrrp_script' || s.keyword.value !== 'script' || !s.def) continue;
      const [cmd, ...extra] = s.args;
      const [firstExtra] = extra;
      // keepalived re-reads the line with quoting: `""/bin/true" "` is one word there
      if (!cmd || !firstExtra || scriptCommand(s).line.length <= 2) continue;
      const whole = s.args.map((w) => w.value).join(' ');
      yield {
        span: spanOfWords(firstExtra, extra[extra.length - 1]),
        message: `keepalived runs only '${cmd.value}' and drops '${extra.map((w) => w.value).join(' ')}': the command and its arguments must be one word. Write \`script "${whole.replace(/"/g, '\\"')}"\`.`,
        data: { replacement: `"${whole.replace(/"/g, '\\"')}"`, command: cmd.value },
      };
    }
  },
};
