import { scriptCommand } from '../../analysis/command';
import { statementsWithDef } from '../../syntax/ast';
import type { KeywordDef } from '../../catalogue/types';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

const takesCommand = (d: KeywordDef | undefined) => d?.args?.[0]?.type.kind === 'command';

/**
 * A script line (vrrp_script `script`, notify*, misc_path, startup_script, quorum_up...) whose
 * command keepalived cannot split into words: its handlers read the line again with ' and "
 * quoting (lib/parser.c alloc_strvec_quoted_escaped), then the command word the same way, and a
 * quote left open in either pass gives no words at all.
 */
export const scriptQuote: Rule = {
  id: 'script-quote',
  severity: 'error',
  title: 'A script command with a quote that is never closed when keepalived splits it into words.',
  keepalived:
    'Reports "String \'...\': missing terminating \'" and sets no script: a notify script never runs, startup/shutdown scripts are "Invalid", a vrrp_script is removed (with the quote open on the line itself, keepalived 2.2.7 -t crashes).',
  example: `notify_master "/etc/keepalived/notify.sh 'MASTER"`,
  fix: 'Close the quote, or quote the whole command with the other kind of quote: `"/path/script \'arg\'"`.',
  *check({ model }) {
    const list = statementsWithDef(model.parsed.statements, takesCommand);
    for (let i = 0; i < list.length; i++) {
      const s = list[i]!;
      if (s.isValue || !takesCommand(s.def)) continue;
      const { unmatched } = scriptCommand(s);
      if (!unmatched || !s.args[0]) continue;
      const q = unmatched.quote;
      const where = unmatched.inCommand
        ? `when keepalived splits the command '${s.args[0].value}' into the program and its arguments`
        : `when keepalived reads this line again with ' and " quoting`;
      const effect =
        s.keyword.value === 'script' && s.blockId === 'vrrp_script'
          ? unmatched.inCommand
            ? 'The vrrp_script gets no script and is removed'
            : 'keepalived 2.2.7 -t even crashes here; a vrrp_script with no script is removed'
          : `'${s.keyword.value}' sets no script, so nothing runs`;
      yield {
        span: spanOfWords(s.args[0], s.args[s.args.length - 1]),
        message: `A ${q} is never closed ${where} (it reports "missing terminating ${q}"). ${effect}. Close the quote, or use the other kind of quote inside the command.`,
      };
    }
  },
};
