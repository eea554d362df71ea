/** The codes of the Kolla-Ansible checks, for settings, SARIF and the README (data only). */
import type { CodeInfo } from '../validation/rule';
import { KOLLA_CROSSCHECK_CODES } from './crosscheck';

const own: readonly CodeInfo[] = [
  { id: 'kolla-vrid-range', severity: 'error', title: 'keepalived_virtual_router_id outside 1–255 (Kolla\'s comment says 0..255, but 0 is invalid).', keepalived: 'Refuses the instance: "the virtual router id must be set".', example: 'keepalived_virtual_router_id: "0"', fix: 'Pick a VRID in 1–255 that no other cluster uses on that network.' },
  { id: 'kolla-password-truncated', severity: 'warning', title: 'keepalived_password longer than 8 characters.', keepalived: 'Uses only the first 8 characters ("Truncating auth_pass to 8 characters"); every node agrees, so failover still works.', example: 'keepalived_password: 3xJq... (40 characters, as kolla-genpwd makes it)', fix: 'Nothing breaks; set an 8-character password to silence keepalived.' },
  { id: 'kolla-password-missing', severity: 'error', title: 'passwords.yml has no keepalived_password.', keepalived: 'Kolla cannot render the template: the deployment stops.', fix: 'Run kolla-genpwd or add keepalived_password.' },
  { id: 'kolla-vip-invalid', severity: 'error', title: 'A Kolla VIP that is not a single IP address (empty, a name, or with a /prefix).', keepalived: 'Drops the address ("VRRP parsed invalid IP").', example: 'kolla_internal_vip_address: "10.0.0.250/24"', fix: 'Write the bare address; Kolla adds dev <interface>.' },
  { id: 'kolla-vip-family-mismatch', severity: 'warning', title: 'Internal and external VIPs of different address families in the one instance Kolla renders.', keepalived: 'Keeps the family of the first address and drops the other VIP.', fix: 'Use the same family for both VIPs.' },
  { id: 'kolla-vip-subnet', severity: 'warning', title: 'A Kolla VIP outside the subnet of the interface it is put on.', keepalived: 'Adds it anyway; clients on the subnet cannot reach it.', fix: 'Choose a VIP inside the interface\'s subnet, or the right interface.' },
  { id: 'kolla-vip-is-host-address', severity: 'error', title: 'A Kolla VIP equal to a host\'s own address.', keepalived: 'Deletes the host\'s address at start and the node goes to FAULT.', fix: 'Use a free address as the VIP.' },
  { id: 'kolla-interface-missing', severity: 'error', title: 'api_interface / kolla_external_vip_interface names an interface the host does not have.', keepalived: 'Refuses to start ("interface ... doesn\'t exist").', fix: 'Set the interface per host in the inventory, or fix the name.' },
  { id: 'kolla-host-var-shadowed', severity: 'warning', title: 'A host-line inventory variable that globals.yml also sets.', keepalived: 'Never sees it: Ansible extra vars (globals.yml) win over inventory variables.', fix: 'Remove it from globals.yml, or from the inventory.' },
  { id: 'kolla-group-var-ignored', severity: 'warning', title: 'A [group:vars] value that Kolla\'s group_vars/all overrides.', keepalived: 'Never sees it.', fix: 'Set it in globals.yml instead.' },
  { id: 'kolla-loadbalancer-empty', severity: 'warning', title: 'The loadbalancer group of the inventory has no hosts.', keepalived: 'Is not deployed at all.', fix: 'Put the controller/network hosts in the loadbalancer group.' },
  { id: 'kolla-file-unreadable', severity: 'error', title: 'globals.yml, passwords.yml or the inventory cannot be read.', keepalived: '(Kolla cannot run.)', fix: 'Check the path in the settings or on the command line.' },
  { id: 'kolla-yaml-syntax', severity: 'error', title: 'A YAML syntax error in globals.yml or passwords.yml.', keepalived: '(Ansible refuses the file; nothing is deployed.)', fix: 'Fix the YAML.' },
  { id: 'kolla-yaml-duplicate-key', severity: 'warning', title: 'A key set twice in a Kolla YAML file.', keepalived: '(The last value wins, silently.)', fix: 'Keep one.' },
  { id: 'kolla-inventory-syntax', severity: 'error', title: 'An inventory line Ansible cannot parse.', keepalived: '(Ansible runs with no hosts.)', fix: 'Fix the inventory line.' },
];

export const KOLLA_CODES: readonly CodeInfo[] = [...own, ...KOLLA_CROSSCHECK_CODES];
