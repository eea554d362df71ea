import { statementsNamed } from '../../syntax/ast';
import type { Rule } from '../rule';

/**
 * Value blocks whose keepalived 2.2.7 handler warns when they hold nothing: `notification_email`
 * in global_defs, `group` in track_group, `interfaces` in garp_group. (An empty `group` of a
 * vrrp_sync_group is sync-group-empty, an empty `unicast_peer` unicast-no-peers.)
 */
const WARNED: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['global_defs', new Set(['notification_email'])],
  ['track_group', new Set(['group'])],
  ['garp_group', new Set(['interfaces'])],
]);

/** The keywords of WARNED's blocks. */
const WARNED_KEYWORDS = [...new Set([...WARNED.values()].flatMap((k) => [...k]))];

const EFFECT: Readonly<Record<string, string>> = {
  notification_email: 'no address gets the alert e-mails',
  group: 'the track group tracks no instance',
  interfaces: 'the garp_group applies to no interface',
};

/** A value block keepalived warns about because it is empty. */
export const emptyBlock: Rule = {
  id: 'empty-block',
  severity: 'warning',
  title: 'An empty notification_email, track_group group or garp_group interfaces block.',
  keepalived:
    'Reports "Warning - empty notification_email block" (or "track group X has empty group block", "empty garp_group interfaces block") at its closing brace and goes on without it.',
  example: 'notification_email { }',
  fix: 'List what the block is for, or remove the block.',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, ...WARNED_KEYWORDS)) {
      if (!s.def?.values || !s.body || !WARNED.get(s.blockId)?.has(s.keyword.value)) continue;
      if (s.body.statements.length > 0) continue;
      const at = s.body.close ?? s.keyword;
      yield {
        span: at.span,
        message: `This '${s.keyword.value}' block is empty: keepalived warns and ${EFFECT[s.keyword.value] ?? 'ignores it'}. List its entries, or remove the block.`,
        related: at === s.keyword ? undefined : [{ span: s.keyword.span, message: `the empty '${s.keyword.value}' block` }],
      };
    }
  },
};
