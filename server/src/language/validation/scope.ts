/**
 * Per-block rules: rules whose findings in a configuration are exactly the union of their findings
 * on views of its top-level blocks (analysis/model.ts: a view holds the block's statements,
 * definitions, references and instances, and answers lookups for the whole configuration).
 * Incremental validation (language/incremental) runs them only on the blocks an edit touched and
 * the blocks that name the same objects; every other rule runs on the whole configuration after
 * each edit, so a rule not listed here is always right, only slower on large files.
 *
 * A rule belongs here when it iterates only the model's statements (walk), instances,
 * definitions or references, or the items of lvsModel / routeModel / syncGroups, and looks
 * everything else up (symbols.lookup/ofKind/referencesTo, references(), the global settings).
 * It does not belong here when it compares items with each other (duplicates across blocks), counts
 * them, reads global_defs' statements as its items, or asks the host for files (which may change
 * without an edit). test/unit/incremental.test.ts checks every rule listed on the corpus, the
 * fixtures and the examples: per-block findings put together = findings on the whole.
 *
 * A rule not listed here should not look statements up across the whole configuration
 * (statementsNamed, statementsIn, statementsWithDef): the server's model of an edited file has no
 * index, and building one costs ~9 ms per edit on the bench's big file. Iterate
 * model.globals.globalDefs, model.instances or the top-level statements instead (or use
 * collectPerBlockFrom, as duplicate-keyword does).
 */
export const BLOCK_RULES: ReadonlySet<string> = new Set([
  // structure (catalogue-driven, one statement at a time)
  'unknown-keyword',
  'wrong-block',
  'argument-missing',
  'argument-extra',
  'argument-value',
  'address-suffix-ignored',
  'empty-block',
  'deprecated-keyword',
  'keyword-version',
  // VRRP instances
  'vrid-missing',
  'vrid-range',
  'priority-range',
  'advert-int',
  'state-invalid',
  'interface-missing',
  'interface-name',
  'nopreempt-master',
  'preempt-delay-master',
  'preempt-delay-range',
  'timer-expired-backup',
  'down-timer-adverts-range',
  'strict-mode',
  'auth-pass-length',
  'auth-type',
  'auth-ignored',
  'auth-ah-master',
  'auth-ah-ipv6',
  'vip-invalid',
  'address-option',
  'vip-family-mixed',
  'vip-missing',
  'vip-too-many',
  'vip-own-address',
  'unicast-self-peer',
  'unicast-peer-family',
  'unicast-peer-option',
  'unicast-no-peers',
  'unicast-ttl-no-peers',
  'instance-option-ignored',
  'tracker-weight-sync-group',
  'script-weight-range',
  'track-weight-range',
  'track-entry-invalid',
  'track-interface-own',
  'process-quorum',
  // names and references
  'undefined-reference',
  'block-swallowed',
  'duplicate-name',
  'sync-group-undefined',
  'sync-group-single',
  'sync-group-empty',
  'script-missing',
  'unused-script',
  'script-arguments',
  'script-quote',
  'route-deprecated',
  'route-no-interface',
  'route-invalid-address',
  'route-invalid',
  'rule-invalid-address',
  'rule-invalid',
  // LVS
  'lvs-scheduler',
  'lvs-method',
  'lvs-method-missing',
  'lvs-protocol',
  'fwmark-protocol',
  'persistence-timeout-range',
  'lvs-zero-port',
  'lvs-option-ignored',
  'lvs-quorum',
  'lvs-family-mismatch',
  'sorry-server-port',
  'persistence-mask',
  'alpha-argument',
  'real-server-missing',
  'real-server-duplicate',
  'vsg-missing-members',
  'vsg-entry-invalid',
  'virtual-server-invalid',
  'vsg-family-mixed',
  'checker-no-url',
  'checker-incomplete',
  'checker-connection',
  'checker-option',
  // host interfaces
  'unknown-interface',
  'vip-outside-subnet',
  'vip-is-host-address',
]);
