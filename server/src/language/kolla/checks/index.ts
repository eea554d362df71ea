/**
 * The Kolla checks: each takes the context (model + resolver + options) and returns Issue[]
 * with `kolla-` codes. Load problems (YAML/INI syntax) are in `model.issues`, not here.
 */
import type { Issue } from '../../issue';
import type { KollaContext } from '../model';
import { checkInterfacesPresent, checkVipIsHostAddress, checkVipSubnets } from './hostChecks';
import { checkIgnoredGroupVars, checkLoadbalancerGroup, checkShadowedHostVars } from './inventoryChecks';
import { checkPassword, checkVipFamilies, checkVipSyntax, checkVirtualRouterId } from './valueChecks';

export interface KollaCheck {
  readonly codes: readonly string[];
  readonly run: (ctx: KollaContext) => Issue[];
}

export const KOLLA_CHECKS: readonly KollaCheck[] = [
  { codes: ['kolla-vrid-range'], run: checkVirtualRouterId },
  { codes: ['kolla-password-truncated', 'kolla-password-missing'], run: checkPassword },
  { codes: ['kolla-vip-invalid'], run: checkVipSyntax },
  { codes: ['kolla-vip-family-mismatch'], run: checkVipFamilies },
  { codes: ['kolla-vip-subnet'], run: checkVipSubnets },
  { codes: ['kolla-vip-is-host-address'], run: checkVipIsHostAddress },
  { codes: ['kolla-interface-missing'], run: checkInterfacesPresent },
  { codes: ['kolla-host-var-shadowed'], run: checkShadowedHostVars },
  { codes: ['kolla-group-var-ignored'], run: checkIgnoredGroupVars },
  { codes: ['kolla-loadbalancer-empty'], run: checkLoadbalancerGroup },
];

/** Run every check (or only those whose code is in `only`). */
export function checkKolla(ctx: KollaContext, only?: ReadonlySet<string>): Issue[] {
  const out: Issue[] = [];
  for (const c of KOLLA_CHECKS) {
    if (only && !c.codes.some((code) => only.has(code))) continue;
    out.push(...c.run(ctx));
  }
  return out;
}
