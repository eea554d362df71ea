/** Rules about virtual servers, real servers, groups and health checkers (keepalived's checker process). */
import type { Rule } from '../rule';
import { alphaArgument } from '../rules/alpha-argument';
import { checkerConnection } from '../rules/checker-connection';
import { checkerIncomplete } from '../rules/checker-incomplete';
import { checkerNoUrl } from '../rules/checker-no-url';
import { checkerOption } from '../rules/checker-option';
import { fwmarkProtocol } from '../rules/fwmark-protocol';
import { lvsMethod } from '../rules/lvs-method';
import { lvsFamilyMismatch } from '../rules/lvs-family-mismatch';
import { lvsGlobalOption } from '../rules/lvs-global-option';
import { lvsMethodMissing } from '../rules/lvs-method-missing';
import { lvsOptionIgnored } from '../rules/lvs-option-ignored';
import { lvsProtocol } from '../rules/lvs-protocol';
import { lvsQuorum } from '../rules/lvs-quorum';
import { lvsScheduler } from '../rules/lvs-scheduler';
import { lvsZeroPort } from '../rules/lvs-zero-port';
import { persistenceTimeoutRange } from '../rules/persistence-timeout-range';
import { realServerDuplicate } from '../rules/real-server-duplicate';
import { realServerMissing } from '../rules/real-server-missing';
import { persistenceMask } from '../rules/persistence-mask';
import { sorryServerPort } from '../rules/sorry-server-port';
import { virtualServerInvalid } from '../rules/virtual-server-invalid';
import { vsgEntryInvalid } from '../rules/vsg-entry-invalid';
import { vsgFamilyMixed } from '../rules/vsg-family-mixed';
import { vsgMissingMembers } from '../rules/vsg-missing-members';

export const lvsRules: readonly Rule[] = [
  virtualServerInvalid,
  lvsScheduler,
  lvsMethod,
  lvsMethodMissing,
  lvsProtocol,
  fwmarkProtocol,
  persistenceTimeoutRange,
  lvsZeroPort,
  lvsOptionIgnored,
  lvsQuorum,
  lvsFamilyMismatch,
  sorryServerPort,
  persistenceMask,
  alphaArgument,
  realServerMissing,
  realServerDuplicate,
  vsgMissingMembers,
  vsgEntryInvalid,
  vsgFamilyMixed,
  checkerNoUrl,
  checkerIncomplete,
  checkerConnection,
  checkerOption,
  lvsGlobalOption,
];
