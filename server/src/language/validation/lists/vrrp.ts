/**
 * VRRP rules: what keepalived 2.2.7 rejects, corrects or silently gets wrong in vrrp_instance,
 * vrrp_script, vrrp_sync_group and the VRRP global settings (keepalived/vrrp/vrrp.c
 * vrrp_complete_instance and vrrp_parser.c, checked with `keepalived -t`).
 */
import type { Rule } from '../rule';
import { addressOption } from '../rules/address-option';
import { advertInt } from '../rules/advert-int';
import { authAhIpv6 } from '../rules/auth-ah-ipv6';
import { authAhMaster } from '../rules/auth-ah-master';
import { authIgnored } from '../rules/auth-ignored';
import { authPassLength } from '../rules/auth-pass-length';
import { authType } from '../rules/auth-type';
import { downTimerAdvertsRange } from '../rules/down-timer-adverts-range';
import { garpGroup } from '../rules/garp-group';
import { garpInterval } from '../rules/garp-interval';
import { timerLarge } from '../rules/timer-large';
import { upDownDelay } from '../rules/up-down-delay';
import { interfaceMissing } from '../rules/interface-missing';
import { interfaceName } from '../rules/interface-name';
import { nopreemptMaster } from '../rules/nopreempt-master';
import { preemptDelayMaster } from '../rules/preempt-delay-master';
import { preemptDelayRange } from '../rules/preempt-delay-range';
import { priorityRange } from '../rules/priority-range';
import { processQuorum } from '../rules/process-quorum';
import { scriptWeightRange } from '../rules/script-weight-range';
import { stateInvalid } from '../rules/state-invalid';
import { syncGroupOwnerMixed } from '../rules/sync-group-owner-mixed';
import { syncGroupTrackDuplicate } from '../rules/sync-group-track-duplicate';
import { strictMode } from '../rules/strict-mode';
import { timerExpiredBackup } from '../rules/timer-expired-backup';
import { trackEntryInvalid } from '../rules/track-entry-invalid';
import { trackInterfaceOwn } from '../rules/track-interface-own';
import { trackWeightRange } from '../rules/track-weight-range';
import { trackerWeightOwner } from '../rules/tracker-weight-owner';
import { trackerWeightSyncGroup } from '../rules/tracker-weight-sync-group';
import { unicastNoPeers } from '../rules/unicast-no-peers';
import { unicastPeerFamily } from '../rules/unicast-peer-family';
import { unicastPeerOption } from '../rules/unicast-peer-option';
import { unicastSelfPeer } from '../rules/unicast-self-peer';
import { unicastTtlNoPeers } from '../rules/unicast-ttl-no-peers';
import { instanceOptionIgnored } from '../rules/instance-option-ignored';
import { vipDuplicate } from '../rules/vip-duplicate';
import { vipFamilyMixed } from '../rules/vip-family-mixed';
import { optionInvalid } from '../rules/option-invalid';
import { vipInvalid } from '../rules/vip-invalid';
import { vipMissing } from '../rules/vip-missing';
import { vmacConflict } from '../rules/vmac-conflict';
import { vipTooMany } from '../rules/vip-too-many';
import { vipOwnAddress } from '../rules/vip-own-address';
import { vridMissing } from '../rules/vrid-missing';
import { vridRange } from '../rules/vrid-range';

export const vrrpRules: readonly Rule[] = [
  // identity and election
  vridMissing,
  vridRange,
  priorityRange,
  advertInt,
  stateInvalid,
  interfaceMissing,
  interfaceName,
  nopreemptMaster,
  preemptDelayMaster,
  preemptDelayRange,
  timerExpiredBackup,
  downTimerAdvertsRange,
  garpInterval,
  garpGroup,
  timerLarge,
  upDownDelay,
  strictMode,
  // authentication
  authPassLength,
  authType,
  authIgnored,
  authAhMaster,
  authAhIpv6,
  // addresses
  vipInvalid,
  addressOption,
  vipFamilyMixed,
  optionInvalid,
  vipDuplicate,
  vipMissing,
  vipTooMany,
  vmacConflict,
  vipOwnAddress,
  unicastSelfPeer,
  unicastPeerFamily,
  unicastPeerOption,
  unicastNoPeers,
  unicastTtlNoPeers,
  instanceOptionIgnored,
  // tracking
  trackerWeightOwner,
  trackerWeightSyncGroup,
  scriptWeightRange,
  trackWeightRange,
  trackEntryInvalid,
  trackInterfaceOwn,
  processQuorum,
  syncGroupTrackDuplicate,
  syncGroupOwnerMixed,
];
