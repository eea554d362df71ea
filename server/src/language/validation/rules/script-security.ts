import { scriptCommand } from '../../analysis/command';
import { references } from '../../analysis/resolve';
import { collectPerBlock } from '../../analysis/model';
import { walkWhere, type Statement } from '../../syntax/ast';
import type { Rule } from '../rule';
import { spanOfWords } from '../support';

/** A statement that names a script keepalived will run (vrrp_script, notify*, MISC_CHECK, quorum_*, startup/shutdown...). */
function isScript(s: Statement): boolean {
  const a = s.def?.args?.[0];
  return !s.isValue && a?.type.kind === 'command' && scriptCommand(s).argv.length > 0;
}

/** The script statements of each top-level block. */
const scripts = new WeakMap<Statement, readonly Statement[]>();

/** Scripts configured without `enable_script_security`. */
export const scriptSecurity: Rule = {
  id: 'script-security',
  severity: 'warning',
  title: 'Scripts are configured but global_defs has no `enable_script_security`.',
  keepalived:
    'Runs the scripts (as root unless a script user is set) and reports "SECURITY VIOLATION - scripts are being executed but script_security not enabled" (`keepalived -t` exits with 6).',
  example: 'vrrp_script chk { script /usr/local/bin/chk.sh }   # no enable_script_security',
  fix: 'Add `enable_script_security` to global_defs; keep scripts root-owned.',
  *check({ model }) {
    if (model.globals.enableScriptSecurity) return;
    const refs = references(model);
    let count = 0;
    let first: Statement | undefined;
    for (const s of collectPerBlock(model, scripts, (top) => walkWhere([top], isScript))) {
      if (refs.inSkippedBlock(s)) continue;
      count++;
      first ??= s;
    }
    if (!first) return;
    const g = model.globals.globalDefs[0];
    yield {
      span: spanOfWords(first.keyword, first.args[0]),
      message: `This configuration runs ${count === 1 ? 'a script' : `${count} scripts`} but global_defs does not set enable_script_security: keepalived runs ${count === 1 ? 'it' : 'them'} anyway (as root unless script_user says otherwise) and reports a security violation. Add \`enable_script_security\` to global_defs, and make sure the scripts and their directories are writable by root only.`,
      related: g ? [{ span: g.keyword.span, message: 'global_defs: add enable_script_security here' }] : undefined,
      data: { add: 'enable_script_security', block: 'global_defs', hasGlobalDefs: g !== undefined },
    };
  },
};
