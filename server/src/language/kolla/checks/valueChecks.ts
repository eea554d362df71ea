/**
 * Checks on the template's inputs alone: router id, password, VIP syntax and families.
 */
import type { Finding } from '../../validation/rule';
import { parseAddress } from '../../analysis/addresses';
import type { KollaContext } from '../model';
import { boolOf } from '../scope';
import type { Resolved } from '../types';
import { originRelated, spanOf } from './util';

export function checkVirtualRouterId(ctx: KollaContext): Finding[] {
  const r = ctx.model.globals.keepalived_virtual_router_id;
  if (!r.known) return [];
  const text = r.text.trim();
  const n = /^\d+$/.test(text) ? parseInt(text, 10) : NaN;
  if (n >= 1 && n <= 255) return [];
  const what = Number.isNaN(n) ? `"${r.text}", which is not a whole number` : String(n);
  const zero = n === 0 ? " Kolla's comment says 0..255, but 0 is not a valid VRRP router id." : '';
  return [
    {
      message:
        `keepalived_virtual_router_id is ${what}; keepalived accepts only 1 to 255.${zero} ` +
        'keepalived rejects virtual_router_id, drops the kolla_internal_vip instance, and no host brings up the VIPs.',
      span: spanOf(ctx, r),
      related: originRelated(r),
    },
  ];
}

export function checkPasswordMissing(ctx: KollaContext): Finding[] {
  const r = ctx.model.globals.keepalived_password;
  const passwords = ctx.model.passwordsFile;
  if (r.known || r.source !== 'undefined' || !passwords) return [];
  return [
    {
      message:
        'keepalived_password is not set in passwords.yml; Ansible stops with "keepalived_password is undefined" ' +
        'when it renders keepalived.conf. Run kolla-genpwd to fill in missing passwords.',
      span: { file: passwords.file, start: 0, end: 0 },
    },
  ];
}

export function checkPasswordTruncated(ctx: KollaContext): Finding[] {
  const r = ctx.model.globals.keepalived_password;
  if (!r.known) return [];
  const len = [...r.text].length;
  if (len <= 8) return [];
  return [
    {
      message:
        `keepalived_password is ${len} characters long, but keepalived uses only the first 8 for auth_pass ` +
        `(it logs that it truncates the password). Every node reads the same passwords.yml, so they still agree; ` +
        `the effective password is just "${[...r.text].slice(0, 8).join('')}". Kolla's generated passwords are 40 characters, so this is expected there.`,
      span: spanOf(ctx, r),
    },
  ];
}

function externalVipUsed(ctx: KollaContext): boolean {
  return boolOf(ctx.model.globals.haproxy_enable_external_vip, true);
}

function invalidVip(ctx: KollaContext, r: Resolved, iface: Resolved): Finding | undefined {
  if (!r.known) return undefined;
  const text = r.text;
  const dev = iface.known ? iface.text : 'its interface';
  let message: string;
  if (text.trim() === '') {
    message =
      `${r.name} is not set (Kolla's default is empty). The rendered virtual_ipaddress line is just "dev ${dev}", ` +
      'which keepalived cannot parse, so there is no VIP for it to manage.';
  } else if (parseAddress(text, false)) {
    return undefined;
  } else if (parseAddress(text, true)) {
    message =
      `${r.name} is "${text}", an address with a prefix length. keepalived would accept it, but Kolla uses this ` +
      'value as a bare address too (HAProxy binds, API endpoints), where the prefix breaks them. Write the address alone.';
  } else {
    message =
      `${r.name} is "${text}", which is not a valid IPv4 or IPv6 address. keepalived cannot parse it and skips ` +
      'that virtual_ipaddress entry, so the VIP is never brought up.';
  }
  return { message, span: spanOf(ctx, r), related: originRelated(r) };
}

export function checkVipSyntax(ctx: KollaContext): Finding[] {
  const g = ctx.model.globals;
  const out: Finding[] = [];
  const internal = invalidVip(ctx, g.kolla_internal_vip_address, g.api_interface);
  if (internal) out.push(internal);
  // The default external VIP *is* the internal one: report it once.
  if (externalVipUsed(ctx) && g.kolla_external_vip_address.def?.source !== 'kolla-default') {
    const external = invalidVip(ctx, g.kolla_external_vip_address, g.kolla_external_vip_interface);
    if (external) out.push(external);
  }
  return out;
}

export function checkVipFamilies(ctx: KollaContext): Finding[] {
  const g = ctx.model.globals;
  if (!externalVipUsed(ctx)) return [];
  const i = g.kolla_internal_vip_address;
  const e = g.kolla_external_vip_address;
  const pi = i.known ? parseAddress(i.text, false) : undefined;
  const pe = e.known ? parseAddress(e.text, false) : undefined;
  if (!pi || !pe || pi.family === pe.family) return [];
  const fam = (f: 4 | 6): string => `IPv${f}`;
  return [
    {
      message:
        `kolla_external_vip_address ${e.text} is ${fam(pe.family)} but kolla_internal_vip_address ${i.text} is ${fam(pi.family)}. ` +
        'Kolla puts both in one vrrp_instance, and keepalived keeps only addresses of the family the instance ' +
        'takes from the first address it reads (the internal VIP here): it ignores the external VIP, which is never brought up.',
      span: spanOf(ctx, e),
      related: [{ span: spanOf(ctx, i), message: `kolla_internal_vip_address (${fam(pi.family)})` }],
    },
  ];
}
