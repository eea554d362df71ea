import { ownerOf, processOf, references } from '../../analysis/resolve';
import { nearest } from '../../analysis/suggest';
import type { Reference } from '../../analysis/symbols';
import { KIND_TITLE } from '../../catalogue/kinds';
import type { RefKind } from '../../catalogue/types';
import type { Finding, Rule } from '../rule';

interface Effect {
  /** What keepalived does with the line. */
  readonly action: string;
  /** What that means for the configuration. */
  readonly result: string;
}

/** What keepalived does when it cannot find a reference's target, per kind (each called by its defining keyword, KIND_TITLE). */
const KINDS: Partial<Record<RefKind, { effect: (ref: Reference) => Effect }>> = {
  vrrp_script: { effect: (r) => ({ action: 'ignores this entry', result: `${holder(r)} runs without this check` }) },
  track_file: {
    effect: (r) =>
      r.stmt.isValue
        ? { action: 'ignores this entry', result: `${holder(r)} does not follow the file` }
        : { action: 'drops this FILE_CHECK', result: 'the real server is not checked through the file' },
  },
  track_process: { effect: (r) => ({ action: 'ignores this entry', result: `${holder(r)} does not follow the process` }) },
  bfd_instance: {
    effect: (r) =>
      r.stmt.isValue
        ? { action: 'ignores this entry', result: `${holder(r)} does not follow the BFD session` }
        : { action: 'drops this BFD_CHECK', result: 'the real server is not checked through BFD' },
  },
  virtual_server_group: {
    effect: () => ({ action: 'cannot link this virtual server to a group (2.2.7 does not even warn)', result: 'the service is not set up' }),
  },
};

function holder(r: Reference): string {
  const o = ownerOf(r.stmt);
  if (!o) return 'the block';
  return `${o.keyword.value === 'vrrp_sync_group' ? 'sync group' : 'instance'} ${o.args[0]?.value ?? ''}`.trimEnd();
}

/** The line whose absence makes keepalived drop the object an entry names. */
const REMOVED_LINE: Partial<Record<RefKind, string>> = { vrrp_script: 'script', track_file: 'file', track_process: 'process' };

/** A track_script / track_file / track_process / track_bfd entry, FILE_CHECK, BFD_CHECK or `virtual_server group` naming nothing keepalived can find. */
export const undefinedReference: Rule = {
  id: 'undefined-reference',
  severity: 'warning',
  title: 'A tracked script, file, process or BFD session, or a virtual server group, that is not defined (or only defined further down).',
  keepalived:
    'Reports "track script X not found, ignoring..." (and the like) and runs the instance without that tracker; VRRP trackers must be defined before they are used.',
  example: 'track_script { chk_haprox }   # vrrp_script chk_haproxy',
  fix: 'Name a defined object, defined above the line that tracks it.',
  *check({ model }) {
    const refs = references(model);
    for (const ref of model.symbols.references) {
      const spec = KINDS[ref.kind];
      if (!spec || refs.inSkippedBlock(ref.stmt)) continue;
      const res = refs.resolve(ref);
      if (res.kind === 'ok') continue;
      const { action, result } = spec.effect(ref);
      const what = KIND_TITLE[ref.kind];
      let f: Finding;
      if (res.kind === 'later') {
        f = {
          span: ref.word.span,
          message: `${what} '${ref.name}' is defined only further down: keepalived looks it up when it reads this line, does not find it and ${action}, so ${result}. Move the ${what} block above this one.`,
          related: [{ span: res.target.nameWord.span, message: `${what} '${ref.name}' is defined here, after its use` }],
          data: { reason: 'later' },
        };
      } else if (res.kind === 'hidden') {
        const by = res.by.keyword.value;
        f = {
          span: ref.word.span,
          message: `${what} '${ref.name}' is never read by keepalived's ${processOf(ref.stmt) === 'vrrp' ? 'VRRP' : 'checker (LVS)'} process, which needs it: that process skips the ${by} block by counting braces, and a '{' that keepalived ignores inside ${by} (after an unknown keyword) makes the skip swallow this definition. keepalived ${action}, so ${result}. Balance the braces of ${by} (move blocks that do not belong there out of it).`,
          related: [
            { span: res.target.nameWord.span, message: `${what} '${ref.name}', swallowed by the skip of ${by}` },
            { span: res.by.keyword.span, message: `the ${by} block whose braces do not balance` },
          ],
          data: { reason: 'hidden' },
        };
      } else if (res.kind === 'removed') {
        f = {
          span: ref.word.span,
          message: `${what} '${ref.name}' has no '${REMOVED_LINE[ref.kind] ?? 'script'}' line, so keepalived ${ref.kind === 'vrrp_script' ? 'removes' : 'drops'} it and then ${action}: ${result}. Give the ${what} a ${REMOVED_LINE[ref.kind] ?? 'script'}.`,
          related: [{ span: res.target.nameWord.span, message: `${what} '${ref.name}' without a ${REMOVED_LINE[ref.kind] ?? 'script'}` }],
          data: { reason: 'removed' },
        };
      } else {
        const suggestion = nearest(
          ref.name,
          refs.usable(ref.kind).map((d) => d.name),
        );
        f = {
          span: ref.word.span,
          message: `No ${what} '${ref.name}' is defined: keepalived ${action}, so ${result}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
          data: suggestion ? { suggestion } : undefined,
        };
      }
      yield f;
    }
  },
};
