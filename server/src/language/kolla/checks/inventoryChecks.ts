/**
 * Checks on how inventory variables meet globals.yml and Kolla's defaults (precedence traps),
 * and on the loadbalancer group itself.
 */
import type { Finding } from '../../validation/rule';
import { KOLLA_DEFAULTS, definedInGroupVarsAll } from '../defaults';
import type { KollaContext } from '../model';

/** A host-line variable that globals.yml (extra vars) also sets never takes effect. */
export function checkShadowedHostVars(ctx: KollaContext): Finding[] {
  const inv = ctx.model.inventory;
  if (!inv) return [];
  const out: Finding[] = [];
  for (const host of inv.hosts.values()) {
    for (const v of host.vars.values()) {
      const winner = ctx.model.passwordsFile?.vars.get(v.name) ?? ctx.model.globalsFile.vars.get(v.name);
      if (!winner || !v.keySpan) continue;
      const file = winner.source === 'passwords' ? 'passwords.yml' : 'globals.yml';
      out.push({
        message:
          `${v.name}=${v.printed} on ${host.name} has no effect: ${file} sets ${v.name} to ${winner.printed || '""'}, and Kolla ` +
          `passes ${file} as extra vars, which override inventory variables. Remove ${v.name} from ${file} to set it per host.`,
        span: { ...v.keySpan, end: v.span?.end ?? v.keySpan.end },
        related: winner.keySpan ? [{ span: winner.keySpan, message: `${v.name} in ${file}` }] : [],
      });
    }
  }
  return out;
}

/** [group:vars] cannot override what Kolla's playbook group_vars/all defines. */
export function checkIgnoredGroupVars(ctx: KollaContext): Finding[] {
  const inv = ctx.model.inventory;
  if (!inv) return [];
  const out: Finding[] = [];
  for (const g of inv.groups.values()) {
    for (const v of g.vars.values()) {
      const d = KOLLA_DEFAULTS[v.name];
      if (!d || !definedInGroupVarsAll(v.name) || !v.keySpan) continue;
      out.push({
        message:
          `${v.name} in [${g.name}:vars] has no effect: Kolla's ${d.definedIn} also sets ${v.name}, ` +
          'and playbook group_vars/all beat inventory group variables. Set it on each host line, in a host_vars file, or in globals.yml.',
        span: { ...v.keySpan, end: v.span?.end ?? v.keySpan.end },
      });
    }
  }
  return out;
}

export function checkLoadbalancerGroup(ctx: KollaContext): Finding[] {
  const inv = ctx.model.inventory;
  const m = ctx.model;
  if (!inv || m.keepalivedEnabled === false || m.group.hosts.length > 0) return [];
  if (inv.issues.some((i) => i.severity === 'error')) return [];
  const g = inv.groups.get(m.group.name);
  return [
    {
      message: g
        ? `The ${m.group.name} group has no hosts, so Kolla deploys keepalived nowhere and the VIPs are never brought up.`
        : `The inventory has no ${m.group.name} group, so Kolla deploys keepalived nowhere and the VIPs are never brought up.`,
      span: g?.span ?? { file: inv.file, start: 0, end: 0 },
    },
  ];
}
