/**
 * Shared types of the Kolla-Ansible model: variables as Ansible sees them (with where they were
 * set), the inventory, and the per-host keepalived.conf Kolla would render.
 * Pure data; nothing here does I/O.
 */
import type { Issue, Span } from '../issue';
import type { AnsibleScalar, GroupMembers, Inventory, VarDef, VarsFile, VarSource } from '../ansible/types';

export type { AnsibleScalar, GroupMembers, Inventory, InventoryGroup, InventoryHost, VarDef, VarsFile, VarSource } from '../ansible/types';

/** A variable after Jinja resolution, in the scope of one host or of the whole deployment. */
export interface Resolved {
  readonly name: string;
  /** False when the value depends on something we cannot evaluate statically. */
  readonly known: boolean;
  readonly value?: AnsibleScalar;
  /** Printed as Jinja would print it; '' when unknown. */
  readonly text: string;
  /** Where the winning definition comes from; 'undefined' when nothing defines it. */
  readonly source: VarSource | 'undefined';
  /** The winning definition (its span is where the operator set it). */
  readonly def?: VarDef;
  /** The template text before resolution, when the value was a Jinja string. */
  readonly raw?: string;
  /** Variables this one referenced, in order (transitively: the chain that produced it). */
  readonly refs: readonly string[];
  /** The literal that finally supplied the value, when it was written in a file. */
  readonly origin?: Span;
  /** Why the value is unknown: `jinja` (too complex), `undefined`, `cycle`, `depth`, `vault`, `complex`, `facts`. */
  readonly reason?: string;
}

/** The api address kolla_address('api', host) would return. */
export interface HostAddress {
  readonly address?: string;
  /** `interfaces` = from the hostInterfaces option (facts); `ansible_host` / `inventory-name` are assumptions. */
  readonly source: 'interfaces' | 'ansible_host' | 'inventory-name' | 'unknown';
  readonly span?: Span;
}

/** A spot in a rendered config that we could not compute. */
export interface RenderUnknown {
  readonly variable: string;
  readonly reason: string;
  /** The placeholder written in the text, and its offsets in `configText` (absent when nothing was written, e.g. an unknown condition). */
  readonly placeholder?: string;
  readonly start?: number;
  readonly end?: number;
}

export interface KollaHost {
  readonly name: string;
  /** Position in groups['loadbalancer']. */
  readonly index: number;
  /** What the template writes: index + 1. */
  readonly priority: number;
  readonly inventorySpan?: Span;
  readonly interfaces: {
    readonly api: Resolved;
    readonly externalVip: Resolved;
    readonly network: Resolved;
  };
  /** This host's api address as kolla_address computes it. */
  readonly apiAddress: HostAddress;
  /** `api_interface_address` (unicast_src_ip): kolla_address unless overridden. */
  readonly apiInterfaceAddress: Resolved;
  /** The keepalived.conf Kolla would render for this host. */
  readonly configText: string;
  readonly unknowns: readonly RenderUnknown[];
  /** Files that, when present on the deploy host, replace the template for this host (first found wins). */
  readonly overridePaths: readonly string[];
}

/** The template's inputs, resolved for the deployment as a whole (no host vars). */
export interface KollaGlobals {
  readonly kolla_internal_vip_address: Resolved;
  readonly kolla_external_vip_address: Resolved;
  readonly network_interface: Resolved;
  readonly api_interface: Resolved;
  readonly kolla_external_vip_interface: Resolved;
  readonly keepalived_virtual_router_id: Resolved;
  readonly keepalived_track_script_enabled: Resolved;
  readonly keepalived_traffic_mode: Resolved;
  readonly keepalived_password: Resolved;
  readonly enable_haproxy: Resolved;
  readonly enable_keepalived: Resolved;
  readonly haproxy_enable_external_vip: Resolved;
  readonly kolla_same_external_internal_vip: Resolved;
  readonly api_address_family: Resolved;
}

export interface KollaModel {
  readonly globalsFile: VarsFile;
  readonly passwordsFile?: VarsFile;
  readonly inventory?: Inventory;
  readonly globals: KollaGlobals;
  readonly group: GroupMembers;
  /** enable_keepalived | bool; undefined when it cannot be evaluated (then hosts are rendered anyway). */
  readonly keepalivedEnabled: boolean | undefined;
  /** One per host of the loadbalancer group, in group order; empty when keepalived is disabled. */
  readonly hosts: readonly KollaHost[];
  /** Problems loading the files (syntax, duplicate keys); the checks are separate (checkKolla). */
  readonly issues: readonly Issue[];
}

/** Interface name → CIDR list (`10.0.0.11/24`, or networks such as `10.0.0.0/24`). */
export type InterfaceMap = Readonly<Record<string, readonly string[]>>;

export interface KollaOptions {
  /** The group keepalived runs on (default `loadbalancer`). */
  readonly group?: string;
  /** Subnets of interfaces that are the same on every host (name → CIDRs). */
  readonly interfaces?: InterfaceMap;
  /**
   * Per host, its interfaces with their addresses as `ip -o addr` shows them (`10.0.0.11/24`):
   * both the host's address (what Ansible facts would give kolla_address) and the subnet.
   */
  readonly hostInterfaces?: Readonly<Record<string, InterfaceMap>>;
  /** Depth limit for `{{ var }}` chains (default 20). */
  readonly maxDepth?: number;
}
