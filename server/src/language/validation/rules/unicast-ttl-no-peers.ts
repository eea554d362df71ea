import { readVipAddress } from '../../analysis/vrrp';
import type { Rule } from '../rule';

/** unicast_ttl only applies to unicast adverts. */
export const unicastTtlNoPeers: Rule = {
  id: 'unicast-ttl-no-peers',
  severity: 'warning',
  title: 'unicast_ttl in an instance without (usable) unicast peers.',
  keepalived: 'Reports "Cannot use unicast_ttl without unicast peers - resetting" at the end of the instance and ignores it.',
  example: 'unicast_ttl 10   # no unicast_peer',
  fix: 'Remove unicast_ttl or add unicast peers.',
  *check({ model }) {
    for (const inst of model.instances) {
      const line = inst.last('unicast_ttl');
      if (inst.dropped || !line) continue;
      const usable = inst.unicastPeers.some((p) => {
        const a = readVipAddress(p.word.value, false).addr;
        return a && (!inst.family || a.family === inst.family);
      });
      if (usable) continue;
      yield {
        span: line.keyword.span,
        message: `unicast_ttl only applies to adverts sent to unicast peers, and ${inst.name} has none${inst.unicastPeers.length > 0 ? ' that keepalived accepts' : ''}: keepalived ignores it. Remove it, or add a unicast_peer block.`,
        data: { remove: true },
      };
    }
  },
};
