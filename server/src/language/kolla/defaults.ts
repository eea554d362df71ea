/**
 * Kolla-Ansible's defaults for the variables keepalived.conf.j2 uses, as data, written as Kolla
 * writes them (Jinja strings are resolved by scope.ts like any operator value).
 *
 * Where: ansible/group_vars/all/{common,haproxy,keepalived}.yml (playbook group_vars: they beat
 * inventory [group:vars] but lose to inventory host vars and to globals.yml, which is passed as
 * extra vars) and ansible/roles/loadbalancer/defaults/main.yml (role defaults).
 * Kolla-ansible master, 2026.
 *
 * Three of them are Kolla filters/expressions we emulate instead of parsing (see `COMPUTED`).
 */
import type { VarDef } from './types';

interface DefaultEntry {
  readonly value: string | boolean;
  readonly definedIn: string;
}

const COMMON = 'group_vars/all/common.yml';
const HAPROXY = 'group_vars/all/haproxy.yml';
const KEEPALIVED = 'group_vars/all/keepalived.yml';
const LB_ROLE = 'roles/loadbalancer/defaults/main.yml';

export const KOLLA_DEFAULTS: Readonly<Record<string, DefaultEntry>> = {
  // Networking
  network_interface: { value: 'eth0', definedIn: COMMON },
  api_interface: { value: '{{ network_interface }}', definedIn: COMMON },
  kolla_external_vip_interface: { value: '{{ network_interface }}', definedIn: COMMON },
  network_address_family: { value: 'ipv4', definedIn: COMMON },
  api_address_family: { value: '{{ network_address_family }}', definedIn: COMMON },
  // VIPs
  kolla_internal_vip_address: { value: "{{ kolla_internal_address | default('') }}", definedIn: COMMON },
  kolla_external_vip_address: { value: '{{ kolla_internal_vip_address }}', definedIn: COMMON },
  kolla_same_external_internal_vip: {
    value: "{{ kolla_external_vip_address | ansible.utils.ipaddr('address') == kolla_internal_vip_address | ansible.utils.ipaddr('address') }}",
    definedIn: COMMON,
  },
  api_interface_address: { value: "{{ 'api' | kolla_address }}", definedIn: COMMON },
  // Where the operator's own files live (for override paths)
  node_config: { value: "{{ CONFIG_DIR | default('/etc/kolla') }}", definedIn: COMMON },
  node_custom_config: { value: '{{ node_config }}/config', definedIn: COMMON },
  // Services
  enable_haproxy: { value: true, definedIn: HAPROXY },
  haproxy_enable_external_vip: { value: "{{ 'no' if kolla_same_external_internal_vip | bool else 'yes' }}", definedIn: HAPROXY },
  enable_keepalived: { value: '{{ enable_haproxy | bool }}', definedIn: KEEPALIVED },
  keepalived_virtual_router_id: { value: '51', definedIn: KEEPALIVED },
  // loadbalancer role
  keepalived_traffic_mode: { value: 'multicast', definedIn: LB_ROLE },
  keepalived_track_script_enabled: { value: true, definedIn: LB_ROLE },
};

/** Defaults whose Kolla expression scope.ts computes itself (only when the default is the winner). */
export const COMPUTED = new Set(['kolla_same_external_internal_vip', 'haproxy_enable_external_vip', 'api_interface_address']);

/** Names defined in Kolla's playbook group_vars/all: inventory [group:vars] cannot override these. */
export function definedInGroupVarsAll(name: string): boolean {
  const d = KOLLA_DEFAULTS[name];
  return d !== undefined && d.definedIn.startsWith('group_vars/all/');
}

export function defaultDef(name: string): VarDef | undefined {
  const d = KOLLA_DEFAULTS[name];
  if (!d) return undefined;
  const printed = typeof d.value === 'boolean' ? (d.value ? 'True' : 'False') : d.value;
  return { name, source: 'kolla-default', value: d.value, printed, definedIn: d.definedIn };
}
