/**
 * The Kolla-Ansible rules: each a pure function of the deployment (globals.yml, inventory,
 * passwords.yml, resolved per host), declared like every other rule with its code, default
 * severity and docs next to the check. Problems found while loading the files (YAML/INI syntax,
 * unreadable files) carry the load codes below.
 */
import type { CodeInfo, Rule } from '../../validation/rule';
import type { Issue } from '../../issue';
import { runRules } from '../../validation/run';
import type { KollaContext } from '../model';
import { checkInterfacesPresent, checkVipIsHostAddress, checkVipSubnets } from './hostChecks';
import { checkIgnoredGroupVars, checkLoadbalancerGroup, checkShadowedHostVars } from './inventoryChecks';
import { checkPasswordMissing, checkPasswordTruncated, checkVipFamilies, checkVipSyntax, checkVirtualRouterId } from './valueChecks';

export type KollaRule = Rule<KollaContext>;
export const kollaVridRange: KollaRule = {
  id: 'kolla-vrid-range',
  severity: 'error',
  title: "keepalived_virtual_router_id outside 1–255 (Kolla's comment says 0..255, but 0 is invalid).",
  keepalived: 'Refuses the instance: "the virtual router id must be set".',
  example: 'keepalived_virtual_router_id: "0"',
  fix: 'Pick a VRID in 1–255 that no other cluster uses on that network.',
  check: checkVirtualRouterId,
};
export const kollaPasswordTruncated: KollaRule = {
  id: 'kolla-password-truncated',
  severity: 'warning',
  title: 'keepalived_password longer than 8 characters.',
  keepalived: 'Uses only the first 8 characters ("Truncating auth_pass to 8 characters"); every node agrees, so failover still works.',
  example: 'keepalived_password: 3xJq... (40 characters, as kolla-genpwd makes it)',
  fix: 'Nothing breaks; set an 8-character password to silence keepalived.',
  check: checkPasswordTruncated,
};
export const kollaPasswordMissing: KollaRule = {
  id: 'kolla-password-missing',
  severity: 'error',
  title: 'passwords.yml has no keepalived_password.',
  keepalived: 'Kolla cannot render the template: the deployment stops.',
  example: 'passwords.yml without keepalived_password',
  fix: 'Run kolla-genpwd or add keepalived_password.',
  check: checkPasswordMissing,
};
export const kollaVipInvalid: KollaRule = {
  id: 'kolla-vip-invalid',
  severity: 'error',
  title: 'A Kolla VIP that is not a single IP address (empty, a name, or with a /prefix).',
  keepalived: 'Drops the address ("VRRP parsed invalid IP").',
  example: 'kolla_internal_vip_address: "10.0.0.250/24"',
  fix: 'Write the bare address; Kolla adds dev <interface>.',
  check: checkVipSyntax,
};
export const kollaVipFamilyMismatch: KollaRule = {
  id: 'kolla-vip-family-mismatch',
  severity: 'warning',
  title: 'Internal and external VIPs of different address families in the one instance Kolla renders.',
  keepalived: 'Keeps the family of the first address and drops the other VIP.',
  example: 'kolla_internal_vip_address: 10.0.0.250, kolla_external_vip_address: 2001:db8::250',
  fix: 'Use the same family for both VIPs.',
  check: checkVipFamilies,
};
export const kollaVipSubnet: KollaRule = {
  id: 'kolla-vip-subnet',
  severity: 'warning',
  title: 'A Kolla VIP outside the subnet of the interface it is put on.',
  keepalived: 'Adds it anyway; clients on the subnet cannot reach it.',
  example: 'kolla_internal_vip_address: 10.1.0.250 with api_interface on 10.0.0.0/24',
  fix: "Choose a VIP inside the interface's subnet, or the right interface.",
  check: checkVipSubnets,
};
export const kollaVipIsHostAddress: KollaRule = {
  id: 'kolla-vip-is-host-address',
  severity: 'error',
  title: "A Kolla VIP equal to a host's own address.",
  keepalived: "Deletes the host's address at start and the node goes to FAULT.",
  example: "kolla_internal_vip_address equal to control01's address",
  fix: 'Use a free address as the VIP.',
  check: checkVipIsHostAddress,
};
export const kollaInterfaceMissing: KollaRule = {
  id: 'kolla-interface-missing',
  severity: 'error',
  title: 'api_interface / kolla_external_vip_interface names an interface the host does not have.',
  keepalived: 'Refuses to start ("interface ... doesn\'t exist").',
  example: 'api_interface: eth3 on a host that has eth0 and eth1',
  fix: 'Set the interface per host in the inventory, or fix the name.',
  check: checkInterfacesPresent,
};
export const kollaHostVarShadowed: KollaRule = {
  id: 'kolla-host-var-shadowed',
  severity: 'warning',
  title: 'A host-line inventory variable that globals.yml also sets.',
  keepalived: 'Never sees it: Ansible extra vars (globals.yml) win over inventory variables.',
  example: 'control01 api_interface=eth1 in the inventory and api_interface: eth0 in globals.yml',
  fix: 'Remove it from globals.yml, or from the inventory.',
  check: checkShadowedHostVars,
};
export const kollaGroupVarIgnored: KollaRule = {
  id: 'kolla-group-var-ignored',
  severity: 'warning',
  title: "A [group:vars] value that Kolla's group_vars/all overrides.",
  keepalived: 'Never sees it.',
  example: '[loadbalancer:vars] keepalived_virtual_router_id=60',
  fix: 'Set it in globals.yml instead.',
  check: checkIgnoredGroupVars,
};
export const kollaLoadbalancerEmpty: KollaRule = {
  id: 'kolla-loadbalancer-empty',
  severity: 'warning',
  title: 'The loadbalancer group of the inventory has no hosts.',
  keepalived: 'Is not deployed at all.',
  example: '[loadbalancer] with no hosts and no children',
  fix: 'Put the controller/network hosts in the loadbalancer group.',
  check: checkLoadbalancerGroup,
};

export const kollaRules: readonly KollaRule[] = [
  kollaVridRange,
  kollaPasswordTruncated,
  kollaPasswordMissing,
  kollaVipInvalid,
  kollaVipFamilyMismatch,
  kollaVipSubnet,
  kollaVipIsHostAddress,
  kollaInterfaceMissing,
  kollaHostVarShadowed,
  kollaGroupVarIgnored,
  kollaLoadbalancerEmpty,
];

/** Codes of problems found while loading the Kolla files (KollaModel.issues). */
export const kollaLoadCodes: readonly CodeInfo[] = [
  {
    id: 'kolla-file-unreadable',
    severity: 'error',
    title: 'globals.yml, passwords.yml or the inventory cannot be read.',
    keepalived: '(Kolla cannot run.)',
    example: '--globals /etc/kolla/globals.yml on a machine without it',
    fix: 'Check the path in the settings or on the command line.',
  },
  {
    id: 'kolla-yaml-syntax',
    severity: 'error',
    title: 'A YAML syntax error in globals.yml or passwords.yml.',
    keepalived: '(Ansible refuses the file; nothing is deployed.)',
    example: 'a tab used for indentation in globals.yml',
    fix: 'Fix the YAML.',
  },
  {
    id: 'kolla-yaml-duplicate-key',
    severity: 'warning',
    title: 'A key set twice in a Kolla YAML file.',
    keepalived: '(The last value wins, silently.)',
    example: 'kolla_internal_vip_address set twice',
    fix: 'Keep one.',
  },
  {
    id: 'kolla-inventory-syntax',
    severity: 'error',
    title: 'An inventory line Ansible cannot parse.',
    keepalived: '(Ansible runs with no hosts.)',
    example: 'a [section without its closing bracket',
    fix: 'Fix the inventory line.',
  },
];

/** Run the Kolla rules (or only those whose code is in `only`); raw issues, unfinished. */
export function checkKolla(ctx: KollaContext, only?: ReadonlySet<string>): Issue[] {
  return runRules(only ? kollaRules.filter((r) => only.has(r.id)) : kollaRules, ctx);
}
