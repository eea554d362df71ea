import { describeSubnets, insideAny, isLinkLocal, lineInterface, subnetsOf, type InterfaceFacts } from '../../analysis/interfaces';
import type { AddressEntry } from '../../analysis/model';
import type { Finding, Rule } from '../rule';

/** A VIP or unicast peer outside every subnet its interface has (checked only when the host's interfaces are known). */
export const vipOutsideSubnet: Rule = {
  id: 'vip-outside-subnet',
  severity: 'warning',
  title: "A VIP or unicast peer outside every subnet of its interface (checked only when the host's interfaces are known).",
  keepalived:
    'Silent: it adds the VIP to the interface anyway (as a /32 or /128 unless a prefix is written) and sends unicast adverts through the routing table.',
  example: 'virtual_ipaddress { 192.0.2.100 dev eth0 }   # eth0 is 10.0.0.11/24',
  fix: "Use an address of the interface's network, or put the VIP on the interface that has that network (`dev`).",
  *check({ model, options }) {
    const facts = options.interfaces;
    if (!facts || facts.size === 0) return;
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      const onDev = (e: AddressEntry) => outside(facts, e, lineInterface(model, e.dev, inst));
      yield* report(
        inst.vips,
        onDev,
        (e, f) =>
          `VIP ${e.addr!.address} of ${inst.name} is outside ${f.subnets}. ` +
          `keepalived adds it to ${f.iface} anyway${e.addr!.prefix === undefined ? ` (as a /${e.addr!.family === 4 ? 32 : 128})` : ''}, but the other hosts on that network ` +
          'do not see it as a local address, so it is reachable only through an extra route. Check the address, or the interface (`dev`).',
      );
      yield* report(
        inst.excludedVips,
        onDev,
        (e, f) =>
          `virtual_ipaddress_excluded ${e.addr!.address} of ${inst.name} is outside ${f.subnets}. ` +
          'keepalived adds it anyway, but it is reachable only through an extra route. Check the address, or the interface (`dev`).',
      );
      const own = inst.interface?.value;
      // min_ttl / max_ttl on the line: the peer is deliberately reached through routers.
      const peers = inst.unicastPeers.filter((e) => !e.stmt.args.some((w) => w.value === 'min_ttl' || w.value === 'max_ttl'));
      yield* report(
        peers,
        (e) => outside(facts, e, own),
        (e, f) =>
          `unicast peer ${e.addr!.address} of ${inst.name} is outside ${f.subnets}. ` +
          `keepalived sends its adverts to it through the routing table, not on ${f.iface}'s network; that works only if the path ` +
          'is routed both ways. If the peer is meant to be on this network, the address is wrong (add min_ttl/max_ttl to the line if routing is intended).',
      );
    }
  },
};

/** An address outside every subnet of its interface: the interface, and `eth0's subnet 10.0.0.0/24` to name them. */
interface Outside {
  readonly iface: string;
  readonly subnets: string;
}

function outside(facts: InterfaceFacts, e: AddressEntry, iface: string | undefined): Outside | undefined {
  const a = e.addr;
  if (!a || !iface || isLinkLocal(a)) return undefined;
  const nets = subnetsOf(facts, iface, a.family);
  if (nets.length === 0 || insideAny(a, nets)) return undefined;
  const list = describeSubnets(nets);
  return { iface, subnets: `${iface}'s subnet${list.length > 1 ? 's' : ''} ${list.join(', ')}` };
}

function* report(
  entries: readonly AddressEntry[],
  find: (e: AddressEntry) => Outside | undefined,
  message: (e: AddressEntry, f: Outside) => string,
): Generator<Finding> {
  for (const e of entries) {
    const f = find(e);
    if (f) yield { span: e.word.span, message: message(e, f) };
  }
}
