import type { FileInfo } from '../../host';
import { scriptCommand } from '../../analysis/command';
import { collectPerBlockFrom } from '../../analysis/model';
import { statementsWithDef, type Statement } from '../../syntax/ast';
import type { KeywordDef } from '../../catalogue/types';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** The program a script line runs, as keepalived reads it (quotes and escapes: analysis/command.ts). */
function program(s: Statement): string | undefined {
  const first = scriptCommand(s).argv[0];
  return first && first.startsWith('/') ? first : undefined;
}

/** The first path component (the file, then each parent) someone other than root could change. */
function insecurePart(path: string, info: (p: string) => FileInfo | undefined): { path: string; why: string } | undefined {
  const parts = path.split('/').filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    const p = `/${parts.slice(0, i).join('/')}`;
    const st = info(p);
    if (!st) return undefined;
    if (st.uid !== 0) return { path: p, why: `is owned by uid ${st.uid}, not root` };
    const sticky = st.isDirectory && (st.mode & 0o1000) !== 0;
    if ((st.mode & 0o022) !== 0 && !sticky)
      return { path: p, why: `is writable by ${st.mode & 0o002 ? 'everyone' : 'its group'} (mode ${(st.mode & 0o7777).toString(8)})` };
  }
  return undefined;
}

/** The statements naming a command (value lines have no catalogue entry). */
const namingCommands = (list: readonly Statement[]) => statementsWithDef(list, (d: KeywordDef | undefined) => d?.args?.[0]?.type.kind === 'command');
const same = (list: readonly Statement[]) => list;

/** The statements naming a command, per top-level block. */
const commands = new WeakMap<Statement, readonly Statement[]>();

/** With enable_script_security, a script that a non-root user could replace is disabled. */
export const scriptInsecure: Rule = {
  id: 'script-insecure',
  severity: 'warning',
  title: 'With enable_script_security, a script (or a directory above it) that a non-root user could change: keepalived disables it.',
  keepalived: 'Logs "Unsafe permissions found for script" and disables it; a tracked script is then ignored and the instance runs untracked.',
  example: 'script "/tmp/checks/chk.sh"   # /tmp/checks is mode 0777',
  fix: 'Make the script and every directory above it owned by root and not group/world-writable (or use a sticky directory).',
  *check({ model, options }) {
    const info = options.fileInfo;
    if (!info || !model.globals.enableScriptSecurity) return;
    for (const s of collectPerBlockFrom(model, commands, namingCommands, same)) {
      const command = s.args[0];
      if (!command) continue;
      const prog = program(s);
      if (!prog) continue;
      const bad = insecurePart(prog, info);
      if (!bad) continue;
      yield {
        span: spanOfWords(command),
        message: `keepalived will refuse to run '${prog}': ${bad.path} ${bad.why}. With enable_script_security it disables the script${s.keyword.value === 'script' ? ', so the instances that track it run as if untracked' : ''}.`,
      };
    }
  },
};
