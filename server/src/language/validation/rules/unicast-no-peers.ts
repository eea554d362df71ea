import { child } from '../../syntax/ast';
import type { Rule } from '../rule';

/** The keywords that make keepalived 2.2.7 treat an instance as unicast (VRRP_FLAG_UNICAST_CONFIGURED). */
const UNICAST_KEYWORDS = ['unicast_src_ip', 'unicast_peer', 'unicast_fault_no_peer', 'check_unicast_src', 'old_unicast_checksum'];

/** A unicast keyword in an instance that lists no unicast peer at all. */
export const unicastNoPeers: Rule = {
  id: 'unicast-no-peers',
  severity: 'warning',
  title: 'A unicast keyword (unicast_src_ip, an empty unicast_peer block, check_unicast_src...) in an instance without unicast peers.',
  keepalived:
    'Reports "A unicast keyword has been specified without any unicast peers. Defaulting to multicast" and sends multicast adverts; with unicast_fault_no_peer it keeps the instance in FAULT instead.',
  example: 'unicast_src_ip 192.0.2.11   # no unicast_peer block',
  fix: 'List the other nodes in unicast_peer { }, or remove the unicast keywords to use multicast.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped || inst.unicastPeers.length > 0) continue;
      const first = inst.stmt.body?.statements.find((s) => !s.isValue && s.def && UNICAST_KEYWORDS.includes(s.keyword.value));
      if (!first) continue;
      const fault = child(inst.stmt, 'unicast_fault_no_peer');
      yield {
        span: first.keyword.span,
        message: fault
          ? `${inst.name} is a unicast instance without any unicast peer: with unicast_fault_no_peer keepalived keeps it in FAULT, so it never becomes MASTER. List the other nodes in unicast_peer { }.`
          : `'${first.keyword.value}' makes ${inst.name} a unicast instance, but it lists no unicast peer: keepalived reports it and sends multicast adverts instead. List the other nodes in unicast_peer { }, or drop the unicast keywords.`,
      };
    }
  },
};
