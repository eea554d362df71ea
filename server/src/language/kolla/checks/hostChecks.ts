/**
 * Checks that combine the VIPs with what we know of the hosts: the VIP's subnet on its interface,
 * a VIP that is a host's own address, and interfaces a host does not have.
 */
import type { RelatedInfo } from '../../issue';
import type { Finding } from '../../validation/rule';
import { hostPrefix, inSubnet, networkOf, parseAddress, parseCidr } from '../../analysis/addresses';
import type { KollaContext } from '../model';
import { boolOf } from '../scope';
import type { Resolved } from '../types';
import { list, spanOf } from './util';

interface VipSpec {
  readonly vip: string;
  readonly iface: string;
}

function vipSpecs(ctx: KollaContext): VipSpec[] {
  const specs: VipSpec[] = [{ vip: 'kolla_internal_vip_address', iface: 'api_interface' }];
  const g = ctx.model.globals;
  if (boolOf(g.haproxy_enable_external_vip, true) && g.kolla_external_vip_address.def?.source !== 'kolla-default') {
    specs.push({ vip: 'kolla_external_vip_address', iface: 'kolla_external_vip_interface' });
  }
  return specs;
}

/** Hosts keepalived runs on, or the deployment as a whole when there is no inventory. */
function scopes(ctx: KollaContext): (string | undefined)[] {
  return ctx.model.group.hosts.length > 0 ? [...ctx.model.group.hosts] : [undefined];
}

function cidrsFor(ctx: KollaContext, host: string | undefined, iface: string): readonly string[] | undefined {
  return (host !== undefined ? ctx.options.hostInterfaces?.[host]?.[iface] : undefined) ?? ctx.options.interfaces?.[iface];
}

export function checkVipSubnets(ctx: KollaContext): Finding[] {
  const out: Finding[] = [];
  for (const spec of vipSpecs(ctx)) {
    const misses: { host?: string; iface: string; nets: string[] }[] = [];
    let vipR: Resolved | undefined;
    for (const host of scopes(ctx)) {
      const vip = ctx.resolver.resolve(spec.vip, host);
      const iface = ctx.resolver.resolve(spec.iface, host);
      const ip = vip.known ? parseAddress(vip.text, false) : undefined;
      if (!ip || !iface.known) continue;
      const nets = (cidrsFor(ctx, host, iface.text) ?? [])
        .map(parseCidr)
        .filter((c): c is NonNullable<typeof c> => c !== undefined && c.family === ip.family)
        .filter((c) => c.prefix < hostPrefix(c.family));
      if (nets.length === 0 || nets.some((n) => inSubnet(ip, n))) continue;
      vipR ??= vip;
      misses.push({ host, iface: iface.text, nets: nets.map((n) => networkOf(n, n.prefix)) });
    }
    const first = misses[0];
    if (!vipR || !first) continue;
    const uniform = misses.every((m) => m.iface === first.iface && m.nets.join() === first.nets.join());
    const hosts = misses.filter((m) => m.host !== undefined).map((m) => m.host as string);
    const onHosts = hosts.length > 0 ? ` on ${list(hosts)}` : '';
    const where = uniform
      ? `outside ${first.iface}'s subnet ${list(first.nets)}${onHosts}`
      : `outside the subnets of its interface on ${list(misses.map((m) => `${m.host} (${m.iface}: ${m.nets.join(', ')})`))}`;
    const precheck = spec.vip === 'kolla_internal_vip_address' ? " Kolla's precheck refuses this (the VIP must be in api_interface's network)." : '';
    out.push({
      message:
        `${spec.vip} ${vipR.text} is ${where}.${precheck} If deployed, keepalived still adds it to ${first.iface} ` +
        `(as a /${hostPrefix(parseAddress(vipR.text, false)?.family ?? 4)}), but hosts on that network will not reach it without an extra route.`,
      span: spanOf(ctx, vipR),
    });
  }
  return out;
}

/** Addresses we know a host has, with how we know. */
function hostAddresses(ctx: KollaContext, host: string): { address: string; how: string; related?: RelatedInfo }[] {
  const out: { address: string; how: string; related?: RelatedInfo }[] = [];
  const add = (text: string, how: string, related?: RelatedInfo): void => {
    const ip = parseCidr(text);
    if (ip && !out.some((o) => o.address === ip.address)) out.push({ address: ip.address, how, related });
  };
  const ah = ctx.resolver.resolve('ansible_host', host);
  if (ah.known) add(ah.text, 'its ansible_host', ah.def?.span ? { span: ah.def.span, message: `${host}'s ansible_host` } : undefined);
  const a = ctx.resolver.kollaAddress(host);
  if (a.address) add(a.address, 'its api address');
  for (const [iface, cidrs] of Object.entries(ctx.options.hostInterfaces?.[host] ?? {})) {
    for (const c of cidrs) add(c.split('/')[0]!, `an address of its ${iface}`);
  }
  return out;
}

export function checkVipIsHostAddress(ctx: KollaContext): Finding[] {
  const inv = ctx.model.inventory;
  if (!inv) return [];
  const out: Finding[] = [];
  for (const spec of vipSpecs(ctx)) {
    const vip = ctx.resolver.resolve(spec.vip);
    const ip = vip.known ? parseAddress(vip.text, false) : undefined;
    if (!ip) continue;
    for (const host of inv.hosts.keys()) {
      const hit = hostAddresses(ctx, host).find((h) => h.address === ip.address);
      if (!hit) continue;
      const hostSpan = inv.hosts.get(host)?.span;
      const related: RelatedInfo[] = hit.related ? [hit.related] : hostSpan ? [{ span: hostSpan, message: host }] : [];
      out.push({
        message:
          `${spec.vip} ${vip.text} is ${host}'s own address (${hit.how}). A VIP must be an unused address: Kolla's ` +
          `precheck fails because it already answers ping, and if deployed, the keepalived MASTER adds ${vip.text} on ` +
          `another node (an address conflict) and keepalived can remove it from ${host} when it leaves MASTER, cutting the host off.`,
        span: spanOf(ctx, vip),
        related,
      });
    }
  }
  return out;
}

/** With facts given (hostInterfaces), a host must have its api_interface (and the external VIP interface). */
export function checkInterfacesPresent(ctx: KollaContext): Finding[] {
  const out: Finding[] = [];
  const facts = ctx.options.hostInterfaces ?? {};
  const names = ['api_interface'];
  if (vipSpecs(ctx).length > 1) names.push('kolla_external_vip_interface');
  for (const host of ctx.model.group.hosts) {
    const ifs = facts[host];
    if (!ifs) continue;
    for (const name of names) {
      const r = ctx.resolver.resolve(name, host);
      if (!r.known || ifs[r.text]) continue;
      const consequence =
        name === 'api_interface'
          ? `kolla_address fails ("Interface '${r.text}' not present on host '${host}'") and the deployment stops`
          : `Kolla's precheck fails ("interface ${r.text} not found")`;
      out.push({
        message: `${name} is ${r.text} on ${host}, but ${host} has no such interface (it has ${list(Object.keys(ifs)) || 'none'}): ${consequence}.`,
        span: r.def?.span ?? ctx.model.inventory?.hosts.get(host)?.span ?? spanOf(ctx, r),
      });
    }
  }
  return out;
}
