import { readMicros } from '../../analysis/values';
import { childrenOf, type Statement, type Word } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** garp_group intervals: 0..INT_MAX µs (vrrp_parser.c garp_group_garp_interval_handler). */
const MAX_US = 2147483647;

/** Does the garp_group set an interval keepalived accepts (have_garp_interval / have_gna_interval)? */
function hasDelay(group: Statement): boolean {
  return childrenOf(group).some(
    (c) =>
      !c.isValue &&
      (c.keyword.value === 'garp_interval' || c.keyword.value === 'gna_interval') &&
      c.args[0] &&
      readMicros(c.args[0].value, MAX_US).value !== undefined,
  );
}

/** The interface words of a garp_group, in file order: `interface X` lines and `interfaces { ... }` entries. */
function interfaceWords(group: Statement): Word[] {
  const out: Word[] = [];
  for (const c of childrenOf(group)) {
    if (c.isValue) continue;
    if (c.keyword.value === 'interface' && c.args[0]) out.push(c.args[0]);
    else if (c.keyword.value === 'interfaces') for (const v of childrenOf(c)) if (v.isValue) out.push(v.keyword);
  }
  return out;
}

/** garp_group blocks keepalived drops, and interfaces it refuses in a second group (vrrp_parser.c garp_group_*_handler). */
export const garpGroup: Rule = {
  id: 'garp-group',
  severity: 'warning',
  title: 'A garp_group keepalived drops (no valid garp_interval or gna_interval), or an interface already in an earlier garp_group.',
  keepalived:
    'Reports "garp group N does not have any delay set - removing" and forgets the group, or "garp_group already specified for IF - ignoring" and keeps the interface in its first group.',
  example: 'garp_group { interface eth0 }   # no garp_interval / gna_interval',
  fix: 'Give the group a garp_interval or gna_interval; put each interface in one garp_group only.',
  *check({ model }) {
    /** interface name → the garp_group it belongs to */
    const owner = new Map<string, Statement>();
    const out: Finding[] = [];
    for (const group of model.parsed.statements) {
      if (group.keyword.value !== 'garp_group' || group.isValue || !group.def) continue;
      for (const w of interfaceWords(group)) {
        const first = owner.get(w.value);
        if (!first) {
          owner.set(w.value, group);
          continue;
        }
        const same = first === group;
        out.push({
          span: w.span,
          message: same
            ? `${w.value} is already in this garp_group: keepalived reports the repeat and ignores it. Remove it.`
            : `${w.value} is already in an earlier garp_group: keepalived reports it and keeps the interface's first group, so this group's intervals do not apply to it. Put each interface in one garp_group.`,
          related: same ? undefined : [{ span: first.keyword.span, message: `the garp_group ${w.value} belongs to` }],
        });
      }
      if (!hasDelay(group)) {
        for (const [name, g] of owner) if (g === group) owner.delete(name);
        out.push({
          span: group.keyword.span,
          message:
            'This garp_group sets neither garp_interval nor gna_interval: keepalived reports it and removes the group, so its interfaces keep the global gratuitous ARP pacing. Add garp_interval or gna_interval (seconds), or remove the block.',
        });
      }
    }
    yield* out;
  },
};
