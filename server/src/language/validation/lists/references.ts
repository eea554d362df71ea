/**
 * Rules about names and what refers to them (trackers, sync groups, VRIDs), scripts, and the
 * route / rule lines of static_* and virtual_* blocks, and the trackers' own blocks (bfd_instance, track_file).
 */
import type { Rule } from '../rule';
import { bfdInstanceInvalid } from '../rules/bfd-instance-invalid';
import { blockSwallowed } from '../rules/block-swallowed';
import { duplicateName } from '../rules/duplicate-name';
import { notifyUserArgument } from '../rules/notify-user-argument';
import { routeDeprecated } from '../rules/route-deprecated';
import { routeInvalid } from '../rules/route-invalid';
import { routeInvalidAddress } from '../rules/route-invalid-address';
import { routeNoInterface } from '../rules/route-no-interface';
import { ruleInvalid } from '../rules/rule-invalid';
import { ruleInvalidAddress } from '../rules/rule-invalid-address';
import { ruleNoPreference } from '../rules/rule-no-preference';
import { scriptArguments } from '../rules/script-arguments';
import { scriptMissing } from '../rules/script-missing';
import { scriptQuote } from '../rules/script-quote';
import { scriptInsecure } from '../rules/script-insecure';
import { scriptSecurity } from '../rules/script-security';
import { syncGroupEmpty } from '../rules/sync-group-empty';
import { syncGroupSingle } from '../rules/sync-group-single';
import { syncGroupTwice } from '../rules/sync-group-twice';
import { syncGroupUndefined } from '../rules/sync-group-undefined';
import { undefinedReference } from '../rules/undefined-reference';
import { unusedScript } from '../rules/unused-script';
import { vridDuplicate } from '../rules/vrid-duplicate';

export const referencesRules: readonly Rule[] = [
  // names and references
  undefinedReference,
  blockSwallowed,
  duplicateName,
  syncGroupUndefined,
  syncGroupTwice,
  syncGroupSingle,
  syncGroupEmpty,
  vridDuplicate,
  // trackers' blocks
  bfdInstanceInvalid,
  // scripts
  scriptMissing,
  unusedScript,
  scriptSecurity,
  scriptInsecure,
  scriptArguments,
  scriptQuote,
  notifyUserArgument,
  // static / virtual routes and rules
  routeDeprecated,
  routeNoInterface,
  routeInvalidAddress,
  routeInvalid,
  ruleNoPreference,
  ruleInvalidAddress,
  ruleInvalid,
];
