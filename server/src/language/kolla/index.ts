/**
 * Kolla-Ansible support: globals.yml + passwords.yml + INI inventory → the keepalived.conf Kolla
 * renders on each loadbalancer host, plus checks that need only those files.
 */
export type {
  AnsibleScalar,
  GroupMembers,
  HostAddress,
  InterfaceMap,
  Inventory,
  InventoryGroup,
  InventoryHost,
  KollaGlobals,
  KollaHost,
  KollaModel,
  KollaOptions,
  RenderUnknown,
  Resolved,
  VarDef,
  VarSource,
  VarsFile,
} from './types';
export { loadVarsFile } from '../ansible/yamlVars';
export { parseInventory } from '../ansible/iniInventory';
export { groupMembers, hostGroupVars } from '../ansible/groups';
export { expandHostRange } from '../ansible/iniLex';
export { evalTemplate, hasJinja } from './jinja';
export { KOLLA_DEFAULTS } from './defaults';
export { VariableResolver, boolOf } from './scope';
export { renderHost, UNKNOWN_PREFIX } from './render';
export {
  buildKollaContext,
  buildKollaModel,
  loadKollaContext,
  loadKollaModel,
  GLOBAL_NAMES,
  type KollaContext,
  type KollaPaths,
  type KollaSources,
  type SourceText,
} from './model';
export { checkKolla, kollaRules, kollaLoadCodes, type KollaRule } from './checks/index';
export {
  crossCheckKolla,
  kollaInstance,
  mapRenderedIssue,
  renderedNode,
  renderedPath,
  renderedSource,
  kollaCrossRules,
  kollaVipMismatch,
  kollaVridMismatch,
  type KollaCrossContext,
  type KollaCrossRule,
  type KollaNodeConfig,
  type RenderedNode,
} from './crosscheck';
