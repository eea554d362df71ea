import { scriptCommand } from '../../analysis/command';
import { collectPerBlockFrom } from '../../analysis/model';
import { statementsWithDefOrNamed, type Statement } from '../../syntax/ast';
import type { KeywordDef } from '../../catalogue/types';
import type { Rule } from '../rule';

/** Users that commonly run keepalived scripts on purpose. */
const COMMON_USERS = new Set(['root', 'nobody', 'keepalived_script', 'keepalived', 'daemon']);

/** Keywords whose second word is the user that runs the script. */
const takesUserDef = (d: KeywordDef | undefined) => d?.args?.[0]?.type.kind === 'command' && d.args[1]?.type.kind === 'user';
const takesUser = (s: Statement) => !s.isValue && takesUserDef(s.def);

const isUserLine = (s: Statement) => !s.isValue && s.keyword.value === 'user' && s.args[0] !== undefined;

/** Scripts that may take a user (their keywords' entries say so) and `user` lines. */
const scriptsAndUsers = (list: readonly Statement[]) => statementsWithDefOrNamed(list, takesUserDef, 'user');

/** `user` lines and scripts with a user, per top-level block. */
const userLines = new WeakMap<Statement, readonly Statement[]>();

/** `notify_master /x.sh MASTER`: the second word is the user to run the script as, not an argument. */
export const notifyUserArgument: Rule = {
  id: 'notify-user-argument',
  severity: 'warning',
  title: 'An unquoted notify (or other) script followed by a word: keepalived takes that word as the user to run it as.',
  keepalived:
    'Accepts it in `-t`; at start-up it reports "Script user \'x\' does not exist" and "Invalid user/group for notify script - ignoring", and the script never runs.',
  example: 'notify_master /etc/keepalived/notify.sh MASTER',
  fix: 'Quote the command with its arguments: `notify_master "/etc/keepalived/notify.sh MASTER"`.',
  *check({ model }) {
    const known = new Set(COMMON_USERS);
    for (const g of model.globals.globalDefs)
      for (const c of g.body?.statements ?? []) if (c.keyword.value === 'script_user' && c.args[0]) known.add(c.args[0].value);
    const lines = collectPerBlockFrom(model, userLines, scriptsAndUsers, (list) => list.filter((s) => takesUser(s) || isUserLine(s)));
    for (const s of lines) if (isUserLine(s)) known.add(s.args[0]!.value);
    for (const s of lines) {
      if (!takesUser(s)) continue;
      const [script, user, group] = s.args;
      if (!script || !user) continue;
      if (known.has(user.value)) continue;
      // a quote left open when keepalived re-reads the line: no script at all (script-quote)
      if (scriptCommand(s).unmatched) continue;
      const rest = s.args
        .slice(1)
        .map((w) => w.value)
        .join(' ');
      const whole = `${script.value} ${rest}`;
      yield {
        span: user.span,
        message: `'${user.value}' is not an argument of the script: keepalived takes the word after the script as the user to run it as${group ? ` (and '${group.value}' as the group)` : ''}. Unless a user '${user.value}' exists, keepalived drops this ${s.keyword.value} script at start-up. To pass arguments, quote the whole command: \`${s.keyword.value} "${whole.replace(/"/g, '\\"')}"\`.`,
        data: { replacement: `"${whole.replace(/"/g, '\\"')}"`, user: user.value },
      };
    }
  },
};
