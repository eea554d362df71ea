/**
 * Fixes of VRRP instances: a duplicate VRID, nopreempt/preempt_delay with state MASTER, a
 * VIP without prefix, VIPs of the other address family, the node's own address among its
 * unicast peers.
 */
import { inSubnet } from '../../analysis/addresses';
import type { VrrpInstance } from '../../analysis/model';
import { readInteger } from '../../analysis/values';
import { instanceInterface, nextFreeVrid, vridsInUse } from '../../analysis/vrids';
import type { Span } from '../../issue';
import { fullSpan, type Statement } from '../../syntax/ast';
import {
  deleteStatement,
  eolOf,
  fileOf,
  indentAt,
  indentUnit,
  insertAfterStatement,
  insertIntoBody,
  isLiteral,
  isLiteralWord,
  reindent,
  statementAt,
  statementExtent,
  textOf,
} from './text';
import type { CodeFix, FixContext, FixProvider, TextEdit } from './types';
import { nopreemptMaster } from '../../validation/rules/nopreempt-master';
import { preemptDelayMaster } from '../../validation/rules/preempt-delay-master';
import { unicastSelfPeer } from '../../validation/rules/unicast-self-peer';
import { vipFamilyMixed } from '../../validation/rules/vip-family-mixed';
import { vridDuplicate } from '../../validation/rules/vrid-duplicate';

const within = (inner: Span, outer: Span) => inner.file === outer.file && outer.start <= inner.start && inner.end <= outer.end;

/** The instance whose block holds the issue (the innermost, the last one defined on a tie). */
export function instanceAt(ctx: FixContext, span: Span): VrrpInstance | undefined {
  let found: VrrpInstance | undefined;
  for (const i of ctx.model.instances) if (within(span, fullSpan(i.stmt))) found = i;
  return found;
}

/**
 * The VRIDs a fix must not pick for `inst`: those of the other instances of this configuration on
 * its interface and family, and those the other configurations of the workspace use there (an
 * instance of the same name elsewhere is the same virtual router on a peer node).
 */
export function takenVrids(ctx: FixContext, inst: VrrpInstance): Set<number> {
  const iface = instanceInterface(ctx.model, inst);
  const family = inst.family ?? 4;
  const used = vridsInUse(ctx.model, iface, family, inst);
  for (const v of ctx.workspaceVrids?.(iface, family, inst.name) ?? []) used.add(v);
  return used;
}

/**
 * vrid-duplicate: the next VRID after the current one that no other instance on the segment
 * uses — in this configuration and in the other configurations the editor has open. The rule's
 * own `freeVrid` (the lowest free one here) is the fallback.
 */
export const vridDuplicateFix: FixProvider = {
  codes: [vridDuplicate.id],
  fixes(ctx, issue) {
    const inst = instanceAt(ctx, issue.span);
    const stmt = statementAt(ctx.model, issue.span, (s) => s.keyword.value === 'virtual_router_id') ?? inst?.last('virtual_router_id');
    const w = stmt?.args[0];
    if (!stmt || !isLiteralWord(w)) return [];
    let next: number | undefined;
    if (inst) {
      const cur = readInteger(w.value, 1, 255);
      next = nextFreeVrid(cur.ok ? cur.value : 0, takenVrids(ctx, inst));
    }
    next ??= issue.data?.freeVrid;
    if (next === undefined || next < 1 || next > 255 || String(next) === w.value) return [];
    const where = inst?.interface ? ` on ${inst.interface.value}` : '';
    return [
      {
        title: `Change the VRID to ${next} (the next one free${where})`,
        code: issue.code,
        edits: [{ span: w.span, newText: String(next) }],
        isPreferred: true,
      },
    ];
  },
};

/** Replace the instance's `state MASTER` with BACKUP. */
function stateBackup(inst: VrrpInstance): TextEdit | undefined {
  const w = inst.last('state')?.args[0];
  return isLiteralWord(w) && w.value !== 'BACKUP' ? { span: w.span, newText: 'BACKUP' } : undefined;
}

function removeAll(ctx: FixContext, inst: VrrpInstance, kw: string): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const s of inst.stmt.body?.statements ?? []) {
    if (s.isValue || s.keyword.value !== kw) continue;
    const e = deleteStatement(ctx.model, s);
    if (!e) return undefined;
    edits.push(e);
  }
  return edits.length > 0 ? edits : undefined;
}

/**
 * nopreempt / preempt_delay that keepalived clears: with state MASTER, start as BACKUP (or drop
 * the keyword); when the rule says the keyword can never work here (`data.remove`: priority 255,
 * preempt_delay with nopreempt), drop it.
 */
function masterConflictFix(kw: string): FixProvider['fixes'] {
  return (ctx, issue) => {
    const inst = instanceAt(ctx, issue.span);
    if (!inst) return [];
    const removeOnly = issue.data?.remove === true;
    const out: CodeFix[] = [];
    const state = removeOnly ? undefined : stateBackup(inst);
    if (state) out.push({ title: `Change to 'state BACKUP' (${kw} works only from BACKUP)`, code: issue.code, edits: [state], isPreferred: true });
    const del = removeAll(ctx, inst, kw);
    if (del) out.push({ title: `Remove '${kw}' (keepalived clears it here)`, code: issue.code, edits: del, isPreferred: out.length === 0 });
    return out;
  };
}

export const nopreemptMasterFix: FixProvider = { codes: [nopreemptMaster.id], fixes: masterConflictFix('nopreempt') };
export const preemptDelayMasterFix: FixProvider = { codes: [preemptDelayMaster.id], fixes: masterConflictFix('preempt_delay') };

/** The code of the cursor action below (no rule reports it: keepalived's /32 is legal). */
export const VIP_NO_PREFIX = 'vip-no-prefix';

/**
 * A VIP written without /prefix (keepalived adds a /32 or /128, silently): add the prefix of the
 * interface's own address in the same subnet. No rule reports this: codeActions.ts offers it at
 * the cursor.
 */
export const vipPrefixFix: FixProvider = {
  codes: [VIP_NO_PREFIX],
  fixes(ctx, issue) {
    const inst = instanceAt(ctx, issue.span);
    const entry = inst && [...inst.vips, ...inst.excludedVips].find((v) => within(issue.span, v.stmt.span) || within(v.word.span, issue.span));
    if (!inst || !entry || !entry.addr || entry.addr.prefix !== undefined || !isLiteralWord(entry.word)) return [];
    const dev = entry.dev?.value ?? inst.interface?.value;
    const own = dev ? (ctx.options.interfaces?.get(dev) ?? []) : [];
    const net = own.find((a) => a.prefix !== undefined && inSubnet(entry.addr!, a));
    if (!net) return [];
    return [
      {
        title: `Add /${net.prefix} (the prefix of ${dev}'s ${net.address}/${net.prefix})`,
        code: issue.code,
        edits: [{ span: { file: entry.word.span.file, start: entry.word.span.end, end: entry.word.span.end }, newText: `/${net.prefix}` }],
        isPreferred: true,
      },
    ];
  },
};

/** Instance lines a copy for the other address family must not repeat. */
const NOT_COPIED = new Set([
  'virtual_ipaddress',
  'virtual_ipaddress_excluded',
  'virtual_routes',
  'virtual_rules',
  'authentication',
  'auth_hmac',
  'unicast_src_ip',
  'unicast_peer',
  'mcast_src_ip',
  'mcast_dst_ip',
  'version',
  'native_ipv6',
  'use_vmac',
  'vmac_xmit_base',
  'lvs_sync_daemon_interface',
  'check_unicast_src',
  'unicast_fault_no_peer',
  'unicast_ttl',
]);

/**
 * vip-family-mixed: keepalived drops the VIPs whose family differs from the instance's first
 * VIP. Move them to a new instance of their family, with the same VRID, interface, priority and
 * tracking (a VRID may be reused across families), joined to the same sync groups.
 */
export const vipFamilyMixedFix: FixProvider = {
  codes: [vipFamilyMixed.id],
  fixes(ctx, issue) {
    const inst = instanceAt(ctx, issue.span);
    if (!inst || !inst.family || inst.dropped) return [];
    const others = inst.vips.filter((v) => v.addr && v.addr.family !== inst.family);
    const file = fileOf(ctx.model, inst.stmt.span.file);
    const [firstOther] = others;
    if (!firstOther || !file || !statementExtent(ctx.model, inst.stmt)) return [];
    if (others.some((v) => v.stmt.span.file !== file.path || !isLiteral(v.stmt))) return [];
    const family = firstOther.addr!.family;
    const moving = others.filter((v) => v.addr!.family === family);
    const eol = eolOf(file);
    const unit = indentUnit(file);
    const top = indentAt(file.text, inst.stmt.span.start);
    const taken = new Set(ctx.model.symbols.ofKind('vrrp_instance').map((o) => o.name));
    let name = `${inst.name}_V${family}`;
    for (let n = 2; taken.has(name); n++) name = `${inst.name}_V${family}_${n}`;

    const lines: string[] = [`${top}vrrp_instance ${name} {`];
    for (const c of inst.stmt.body?.statements ?? []) {
      if (c.isValue || NOT_COPIED.has(c.keyword.value)) continue;
      const ext = statementExtent(ctx.model, c);
      if (!ext) continue;
      lines.push(reindent(textOf(ctx.model, ext), indentAt(file.text, c.span.start), top + unit, eol));
    }
    lines.push(`${top}${unit}virtual_ipaddress {`);
    for (const v of moving) lines.push(`${top}${unit}${unit}${textOf(ctx.model, v.stmt.span)}`);
    lines.push(`${top}${unit}}`, `${top}}`);

    const edits: TextEdit[] = [];
    for (const v of moving) {
      const del = deleteStatement(ctx.model, v.stmt);
      if (!del) return [];
      edits.push(del);
    }
    const ins = insertAfterStatement(ctx.model, inst.stmt, eol + lines.join(eol));
    if (!ins) return [];
    edits.push(ins);
    // keep the new instance in the sync groups of the old one
    for (const r of ctx.model.symbols.referencesTo('vrrp_instance', inst.name)) {
      const line: Statement = r.stmt;
      if (!line.isValue || line.parent?.keyword.value !== 'group' || !isLiteral(line)) continue;
      const lf = fileOf(ctx.model, line.span.file);
      if (!lf) continue;
      const e = insertAfterStatement(ctx.model, line, `${indentAt(lf.text, line.span.start)}${name}`);
      if (e) edits.push(e);
    }
    const n = moving.length;
    const what = n === 1 ? firstOther.word.value : `the ${n} IPv${family} addresses`;
    const out: CodeFix[] = [{ title: `Move ${what} to a new IPv${family} instance ${name}`, code: issue.code, edits, isPreferred: true }];
    const excluded = toExcluded(
      ctx,
      inst,
      moving.map((v) => v.stmt),
    );
    if (excluded) out.push({ title: `Move ${what} to virtual_ipaddress_excluded (not in adverts, still added on MASTER)`, code: issue.code, edits: excluded });
    return out;
  },
};

/** Move address lines into the instance's virtual_ipaddress_excluded block (created after virtual_ipaddress if needed). */
function toExcluded(ctx: FixContext, inst: VrrpInstance, lines: readonly Statement[]): TextEdit[] | undefined {
  const file = fileOf(ctx.model, inst.stmt.span.file);
  if (!file) return undefined;
  const edits: TextEdit[] = [];
  for (const l of lines) {
    const del = deleteStatement(ctx.model, l);
    if (!del) return undefined;
    edits.push(del);
  }
  const texts = lines.map((l) => textOf(ctx.model, l.span));
  const blocks = (inst.stmt.body?.statements ?? []).filter(
    (c) => !c.isValue && c.keyword.value === 'virtual_ipaddress_excluded' && c.body?.close && isLiteral(c),
  );
  const target = blocks[blocks.length - 1];
  if (target) {
    const ins = insertIntoBody(ctx.model, target, texts);
    if (!ins) return undefined;
    edits.push(ins);
    return edits;
  }
  const vips = (inst.stmt.body?.statements ?? []).filter((c) => !c.isValue && c.keyword.value === 'virtual_ipaddress' && c.body?.close);
  const after = vips[vips.length - 1];
  if (!after || after.span.file !== file.path || !statementExtent(ctx.model, after)) return undefined;
  const ind = indentAt(file.text, after.span.start);
  const unit = indentUnit(file);
  const eol = eolOf(file);
  const ins = insertAfterStatement(ctx.model, after, [`${ind}virtual_ipaddress_excluded {`, ...texts.map((t) => `${ind}${unit}${t}`), `${ind}}`].join(eol));
  if (!ins) return undefined;
  edits.push(ins);
  return edits;
}

/** unicast-self-peer: remove the node's own address from unicast_peer (the whole block when it was the only peer). */
export const unicastSelfPeerFix: FixProvider = {
  codes: [unicastSelfPeer.id],
  fixes(ctx, issue) {
    const line = statementAt(ctx.model, issue.span, (s) => s.isValue && s.parent?.keyword.value === 'unicast_peer');
    if (!line || !line.parent) return [];
    const block = line.parent;
    const only = (block.body?.statements.length ?? 0) === 1;
    const del = only ? deleteStatement(ctx.model, block) : deleteStatement(ctx.model, line);
    if (!del) return [];
    const edits: TextEdit[] = [del];
    // Without any peer left the instance is a multicast one: unicast_src_ip would make keepalived
    // report a unicast keyword without peers, mcast_src_ip keeps the same source address.
    const inst = ctx.model.instances.find((i) => i.stmt === block.parent);
    const others = inst ? inst.unicastPeers.filter((p) => p.stmt.parent !== block).length : 0;
    const src = inst?.unicastSrcIp?.stmt;
    if (only && others === 0 && src && isLiteralWord(src.keyword)) edits.push({ span: src.keyword.span, newText: 'mcast_src_ip' });
    return [
      {
        title: only
          ? `Remove unicast_peer (${line.keyword.value} is this node's own address)`
          : `Remove ${line.keyword.value} from unicast_peer (this node's own address)`,
        code: issue.code,
        edits,
        isPreferred: true,
      },
    ];
  },
};
