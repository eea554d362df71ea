/**
 * Ansible's data as the core reads it: variables (with where they were set), the inventory and
 * its groups. Shared by Kolla-Ansible support and template rendering; pure data.
 */
import type { Issue, Span } from '../issue';

/** A scalar as Ansible holds it after YAML/INI loading (lists and maps are `complex`). */
export type AnsibleScalar = string | number | boolean | null;

/** Where a variable's value comes from, lowest precedence first (see `PRECEDENCE` in scope.ts). */
export type VarSource =
  | 'kolla-default' // Kolla's playbook group_vars/all or role defaults (data in defaults.ts)
  | 'inventory-group' // [group:vars] in the INI inventory
  | 'inventory-host' // key=value on a host line
  | 'globals' // globals.yml (passed as -e @globals.yml: extra vars, always win)
  | 'passwords' // passwords.yml (also extra vars, read after globals.yml)
  | 'computed' // computed by a Kolla filter or expression this module emulates
  // an Ansible project's layers, for templates rendered per host (language/ansible)
  | 'role-defaults' // roles/<role>/defaults/main.yml
  | 'group_vars' // group_vars/<group>.yml beside the inventory
  | 'host_vars' // host_vars/<host>.yml beside the inventory
  | 'role-vars' // roles/<role>/vars/main.yml
  | 'extra-vars' // files given as extra vars (--vars, -e @file)
  | 'env-file'; // an env file (KEY=VALUE) of one node, for envsubst / shell-heredoc templates

/** One assignment of a variable in a file (or in Kolla's defaults, then without a span). */
export interface VarDef {
  readonly name: string;
  readonly source: VarSource;
  /** The loaded value; `undefined` for lists/maps (see `complex`) and vault-encrypted values. */
  readonly value: AnsibleScalar | undefined;
  /** How Ansible's Jinja prints the value (`True`, `51`, `` for null). */
  readonly printed: string;
  readonly complex?: 'list' | 'map';
  /** The whole value of a list or map, as YAML loads it (templates iterate over it). */
  readonly data?: unknown;
  /** `!unsafe`: Ansible never templates it. */
  readonly unsafe?: boolean;
  /** `!vault`: encrypted, unknown to us. */
  readonly vault?: boolean;
  /** The value's place in its file (absent for Kolla defaults). */
  readonly span?: Span;
  /** The key's place (the variable name) in its file. */
  readonly keySpan?: Span;
  /** For Kolla defaults: the Kolla file that defines it, for messages. */
  readonly definedIn?: string;
  /** For inventory group vars: the group. */
  readonly group?: string;
}

/** A parsed YAML variables file (globals.yml, passwords.yml). */
export interface VarsFile {
  readonly file: string;
  readonly vars: ReadonlyMap<string, VarDef>;
  readonly issues: readonly Issue[];
}

export interface InventoryHost {
  readonly name: string;
  /** The first place the host is named (the host pattern token, for ranges the whole pattern). */
  readonly span: Span;
  /** Host-line variables, merged over all the lines naming the host (later lines win). */
  readonly vars: ReadonlyMap<string, VarDef>;
  /** Groups that list the host directly, in file order. */
  readonly groups: readonly string[];
}

export interface InventoryGroup {
  readonly name: string;
  readonly span?: Span;
  readonly hosts: readonly string[];
  readonly children: readonly string[];
  readonly vars: ReadonlyMap<string, VarDef>;
}

export interface Inventory {
  readonly file: string;
  readonly hosts: ReadonlyMap<string, InventoryHost>;
  readonly groups: ReadonlyMap<string, InventoryGroup>;
  readonly issues: readonly Issue[];
}

/** `groups['<name>']` as Ansible computes it. */
export interface GroupMembers {
  readonly name: string;
  readonly hosts: readonly string[];
  /**
   * False when Ansible's own order is not deterministic: it walks grandchild groups from a
   * Python set, so hosts that only come in through different grandchildren may be ordered
   * differently from run to run (and with them the priorities).
   */
  readonly orderCertain: boolean;
}
