import { collectPerBlockFrom } from '../../analysis/model';
import { statementsNamed, type Statement } from '../../syntax/ast';
import { digestProblem, dnsNameEmptyLabel } from '../../analysis/values';
import { syncDaemonTaken } from '../../analysis/lvs';
import type { Finding, Rule } from '../rule';

/**
 * Keywords whose keepalived 2.2.7 handler refuses a second occurrence in the same block and says
 * so ("already specified - ignoring", "Duplicate ... definition", "already set"), by block id.
 * `replaced`: the handler takes the later one instead ("already specified - replacing").
 * `conflict`: only a different value is refused (version).
 * Keywords keepalived silently overwrites (priority, state...) are not here: the last one wins
 * without a word, which other rules judge on the value that wins.
 */
export const KEEPS_FIRST: Readonly<Record<string, Readonly<Record<string, 'ignored' | 'replaced' | 'conflict'>>>> = {
  root: { net_namespace: 'ignored', net_namespace_ipvs: 'ignored', instance: 'ignored', SSL: 'replaced' },
  global_defs: {
    startup_script: 'ignored',
    shutdown_script: 'ignored',
    nftables: 'ignored',
    nftables_ipvs: 'ignored',
    notify_fifo: 'ignored',
    notify_fifo_script: 'ignored',
    vrrp_notify_fifo: 'ignored',
    vrrp_notify_fifo_script: 'ignored',
    lvs_notify_fifo: 'ignored',
    lvs_notify_fifo_script: 'ignored',
    snmp_socket: 'ignored',
    vmac_prefix: 'ignored',
    vmac_addr_prefix: 'ignored',
    tmp_config_directory: 'ignored',
    lvs_sync_daemon: 'ignored',
  },
  vrrp_instance: {
    notify_backup: 'ignored',
    notify_master: 'ignored',
    notify_fault: 'ignored',
    notify_stop: 'ignored',
    notify_deleted: 'ignored',
    notify: 'ignored',
    notify_master_rx_lower_pri: 'ignored',
    use_ipvlan: 'ignored',
    version: 'conflict',
  },
  vrrp_sync_group: { group: 'ignored', notify_backup: 'ignored', notify_master: 'ignored', notify_fault: 'ignored', notify_stop: 'ignored', notify: 'ignored' },
  track_group: { group: 'ignored' },
  vrrp_track_process: { process: 'ignored', weight: 'ignored' },
  track_file: { file: 'ignored', weight: 'ignored' },
  virtual_server: { quorum_up: 'ignored', quorum_down: 'ignored' },
  real_server: { notify_up: 'ignored', notify_down: 'ignored' },
  SSL: { ca: 'replaced', certificate: 'replaced', key: 'replaced' },
  url: { digest: 'ignored' },
  DNS_CHECK: { name: 'ignored' },
};

/**
 * Keywords whose first occurrence counts only when keepalived took its value: a refused digest
 * (argument-value) or an lvs_sync_daemon without a usable interface (lvs-global-option) leaves
 * none, and a later one is then read without a word; so does a DNS_CHECK name with an empty label
 * (argument-value).
 */
const TAKEN_WHEN: Readonly<Record<string, (s: Statement) => boolean>> = {
  digest: (s) => s.args[0] !== undefined && digestProblem(s.args[0].value) === undefined,
  lvs_sync_daemon: syncDaemonTaken,
  name: (s) => s.args[0] !== undefined && !dnsNameEmptyLabel(s.args[0].value),
};

const text = (s: Statement) => s.args.map((w) => w.value).join(' ');

function inBlock(statements: readonly Statement[], blockId: string, out: Finding[]): void {
  const table = KEEPS_FIRST[blockId];
  if (!table) return;
  let first: Map<string, Statement> | undefined;
  for (const s of statements) {
    if (s.isValue || !s.def) continue;
    const how = table[s.keyword.value];
    if (!how) continue;
    first ??= new Map();
    const earlier = first.get(s.keyword.value);
    if (!earlier) {
      // a refused first value leaves nothing to be a duplicate of
      if (TAKEN_WHEN[s.keyword.value]?.(s) === false) continue;
      first.set(s.keyword.value, s);
      continue;
    }
    if (how === 'conflict' && text(earlier) === text(s)) continue;
    const kw = `'${s.keyword.value}'`;
    const message =
      how === 'replaced'
        ? `${kw} is given again: keepalived reports it and replaces the earlier one, so that one has no effect. Keep one.`
        : how === 'conflict'
          ? `${kw} ${text(s)} contradicts the earlier ${kw} ${text(earlier)}: keepalived reports the conflict and keeps ${text(earlier)}. Keep one.`
          : `${kw} is already given above: keepalived keeps the first one and ignores this one ("already specified - ignoring"). Keep one.`;
    out.push({ span: s.keyword.span, message, related: [{ span: earlier.keyword.span, message: `the first ${kw}` }] });
  }
}

/** The keywords checked in some block below the top level. */
const CHECKED = [
  ...new Set(
    Object.entries(KEEPS_FIRST)
      .filter(([block]) => block !== 'root')
      .flatMap(([, table]) => Object.keys(table)),
  ),
];

/** The statements of those keywords in the blocks that check them, depth first. */
const checkedStatements = (list: readonly Statement[]) =>
  statementsNamed(list, ...CHECKED).filter((s) => s.blockId !== 'root' && KEEPS_FIRST[s.blockId]?.[s.keyword.value]);

/** inBlock on the checked statements of each block, block after block in walk order. */
function findingsIn(statements: readonly Statement[]): Finding[] {
  const out: Finding[] = [];
  const byBlock = new Map<Statement, Statement[]>();
  for (const s of statements) {
    const list = byBlock.get(s.parent!);
    if (list) list.push(s);
    else byBlock.set(s.parent!, [s]);
  }
  for (const owner of walkOrder([...byBlock.keys()])) inBlock(byBlock.get(owner)!, owner.body!.id, out);
  return out;
}

/**
 * Blocks listed in the order of their first checked statement, in walk order (depth first): a block
 * comes before the blocks inside it even when their checked statements come first.
 */
function walkOrder(owners: Statement[]): Statement[] {
  if (owners.length < 2) return owners;
  const first = new Map(owners.map((o, i) => [o, i]));
  return owners.sort((a, b) => (isAncestor(a, b) ? -1 : isAncestor(b, a) ? 1 : first.get(a)! - first.get(b)!));
}

function isAncestor(a: Statement, b: Statement): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

/** The findings inside each top-level block (the top level itself is compared anew). */
const inBlocks = new WeakMap<Statement, readonly Finding[]>();

/** A single-value keyword given twice in one block, where keepalived keeps one and reports the other. */
export const duplicateKeyword: Rule = {
  id: 'duplicate-keyword',
  severity: 'warning',
  title: 'A keyword given twice in one block where keepalived takes only one of them (notify scripts, notify_fifo, group, net_namespace, SSL files...).',
  keepalived:
    'Reports "... already specified - ignoring" (or "Duplicate ... definition", "already set") and keeps the first; for SSL files it keeps the last ("replacing").',
  example: 'notify_master /etc/keepalived/master.sh … notify_master /etc/keepalived/other.sh',
  fix: 'Keep one line (to run several commands, call them from one script).',
  check({ model }) {
    const out: Finding[] = [];
    inBlock(model.parsed.statements, 'root', out);
    for (const f of collectPerBlockFrom(model, inBlocks, checkedStatements, findingsIn)) out.push(f);
    return out;
  },
};
