/**
 * globals.yml against the operator's keepalived.conf files (custom configs replace Kolla's
 * template): the router id and the VIPs must agree. One disagreement is reported once, where it
 * comes from, with the other places as related information:
 *  - every custom config says the same and globals.yml says something else (two configs or
 *    more): globals.yml is the odd one, reported there, with the fix that sets it;
 *  - otherwise each config that differs is reported in its file, with a fix of that file only
 *    (changing globals.yml would also change the hosts Kolla renders and the configs that agree).
 * A lone custom config in a deployment of one host may be fixed on either side.
 */
import { parseAddress, sameAddress, type ParsedAddress } from '../analysis/addresses';
import type { ClusterNode } from '../analysis/cluster';
import type { AddressEntry, VrrpInstance } from '../analysis/model';
import type { FixChoice, RelatedInfo, Span } from '../issue';
import type { Rule } from '../validation/rule';
import { list, setter, spanOf } from './checks/util';
import type { KollaContext } from './model';
import { boolOf } from './scope';
import type { KollaGlobals, Resolved } from './types';

/** A node configuration and, when known, the Kolla host it belongs to. */
export interface KollaNodeConfig {
  readonly node: ClusterNode;
  readonly host?: string;
}

/** What a cross-check looks at: the deployment and the node configurations with their hosts. */
export interface KollaCrossContext {
  readonly kolla: KollaContext;
  readonly nodes: readonly KollaNodeConfig[];
}

export type KollaCrossRule = Rule<KollaCrossContext>;

/** "globals.yml sets", "[control:vars] sets"... — who gave a variable its value, for messages. */
const setWhere = (r: Resolved): string => `${setter(r)} sets`;

/** The instance that carries Kolla's VIPs: by VIP, by Kolla's instance name, or the only one. */
export function kollaInstance(instances: readonly VrrpInstance[], vip: ParsedAddress | undefined): VrrpInstance | undefined {
  const live = instances.filter((i) => !i.dropped);
  if (vip) {
    const byVip = live.find((i) => i.vips.some((e) => e.addr && sameAddress(e.addr, vip)));
    if (byVip) return byVip;
  }
  return live.find((i) => i.name.startsWith('kolla_internal_vip')) ?? (live.length === 1 ? live[0] : undefined);
}

interface VipSpec {
  readonly vip: keyof KollaGlobals;
  readonly iface: keyof KollaGlobals;
}

function vipSpecs(ctx: KollaContext): VipSpec[] {
  const g = ctx.model.globals;
  const specs: VipSpec[] = [{ vip: 'kolla_internal_vip_address', iface: 'api_interface' }];
  const i = g.kolla_internal_vip_address;
  const e = g.kolla_external_vip_address;
  const same = i.known && e.known && parseAddress(i.text, false)?.address === parseAddress(e.text, false)?.address;
  if (boolOf(g.haproxy_enable_external_vip, true) && e.def?.source !== 'kolla-default' && !same) {
    specs.push({ vip: 'kolla_external_vip_address', iface: 'kolla_external_vip_interface' });
  }
  return specs;
}

/** The file start of a node (for findings about something the file lacks). */
function fileStart(n: ClusterNode): Span {
  return { file: n.model.parsed.entry, start: 0, end: 0 };
}

/**
 * Is globals.yml the odd one? Every custom config differs from it and all say the same (`key`),
 * with two configs or more; a single config in a deployment of one host may be fixed either way.
 */
function globalsIsOdd(ctx: KollaContext, nodes: readonly KollaNodeConfig[], misses: readonly { key: string }[]): 'globals' | 'either' | 'nodes' {
  if (misses.length !== nodes.length || new Set(misses.map((m) => m.key)).size !== 1) return 'nodes';
  if (nodes.length >= 2) return 'globals';
  return ctx.model.hosts.length <= 1 ? 'either' : 'nodes';
}

/** An edit of the globals.yml literal that sets `r`, when it is a plain value written there. */
function globalsEdit(r: Resolved, value: string, title: string): FixChoice[] {
  const d = r.def;
  if (!d?.span || d.source !== 'globals' || r.raw !== undefined) return [];
  return [{ title, edits: [{ span: d.span, newText: JSON.stringify(value) }] }];
}

/** The router id of each node's keepalived.conf against keepalived_virtual_router_id. */
export const kollaVridMismatch: KollaCrossRule = {
  id: 'kolla-vrid-mismatch',
  severity: 'warning',
  title: "A node's keepalived.conf uses another virtual_router_id than globals.yml's keepalived_virtual_router_id.",
  keepalived: "Runs the file's VRID: a custom keepalived.conf replaces Kolla's template, so the globals.yml value has no effect there.",
  example: 'globals.yml: keepalived_virtual_router_id: "73"   keepalived.conf: virtual_router_id 51',
  fix: 'Make both say the same router id: the file that differs from the others is the one to change.',
  *check({ kolla: ctx, nodes }) {
    const misses: { n: KollaNodeConfig; r: Resolved; span: Span; vrid: number; expected: number; key: string; inst: VrrpInstance }[] = [];
    for (const n of nodes) {
      const r = ctx.resolver.resolve('keepalived_virtual_router_id', n.host);
      const text = r.known ? r.text.trim() : '';
      if (!/^\d+$/.test(text)) continue;
      const expected = Number(text);
      if (expected < 1 || expected > 255) continue; // kolla-vrid-range
      const vipR = ctx.resolver.resolve('kolla_internal_vip_address', n.host);
      const inst = kollaInstance(n.node.model.instances, vipR.known ? parseAddress(vipR.text, false) : undefined);
      if (!inst || inst.vrid === undefined || inst.vrid === expected) continue;
      misses.push({ n, r, span: inst.last('virtual_router_id')?.span ?? inst.obj.nameWord.span, vrid: inst.vrid, expected, key: String(inst.vrid), inst });
    }
    const first = misses[0];
    if (!first) return;
    const odd = globalsIsOdd(ctx, nodes, misses);
    const useGlobals = (m: (typeof misses)[number]): FixChoice[] => {
      const w = m.inst.last('virtual_router_id')?.args[0];
      return w && !w.synthetic ? [{ title: `Use VRID ${m.expected} from globals.yml`, edits: [{ span: w.span, newText: String(m.expected) }] }] : [];
    };
    if (odd === 'globals') {
      const choices = globalsEdit(first.r, String(first.vrid), `Set keepalived_virtual_router_id to ${first.vrid} in globals.yml`);
      yield {
        data: choices.length > 0 ? { choices } : undefined,
        message:
          `keepalived_virtual_router_id is ${first.expected}, but the keepalived.conf of ${list(misses.map((m) => m.n.node.name))} all use ` +
          `virtual_router_id ${first.vrid}. Those files replace Kolla's template, so keepalived runs VRID ${first.vrid} there and this value ` +
          'has no effect (a host without its own file would run it and miss the others). Make them agree: here is the one place to change.',
        span: spanOf(ctx, first.r),
        related: misses.map((m) => ({ span: m.span, message: `${m.n.node.name}: virtual_router_id ${m.vrid}` })),
      };
      return;
    }
    for (const m of misses) {
      const choices = [
        ...useGlobals(m),
        ...(odd === 'either' ? globalsEdit(m.r, String(m.vrid), `Set keepalived_virtual_router_id to ${m.vrid} in globals.yml`) : []),
      ];
      yield {
        data: choices.length > 0 ? { choices } : undefined,
        message:
          `virtual_router_id is ${m.vrid} in ${m.inst.name} (node ${m.n.node.name}), but ${setWhere(m.r)} keepalived_virtual_router_id to ${m.expected}. ` +
          `This file replaces Kolla's template, so keepalived runs VRID ${m.vrid} here and the globals.yml value has no effect; ` +
          `if you chose ${m.expected} to keep clear of another cluster on this network, this node still collides with it. Make them agree.`,
        span: m.span,
        related: [{ span: spanOf(ctx, m.r), message: `keepalived_virtual_router_id: ${m.expected}` }],
      };
    }
  },
};

/** A new line in the instance's virtual_ipaddress block, indented like its last address. */
function addVipChoice(node: ClusterNode, inst: VrrpInstance, line: string): FixChoice[] {
  const last = inst.vips[inst.vips.length - 1];
  const file = last ? node.model.parsed.files.get(last.stmt.span.file) : undefined;
  if (!last || !file || last.stmt.span.file !== inst.stmt.span.file || last.word.synthetic) return [];
  const indent = file.lineText(file.positionAt(last.stmt.span.start).line).match(/^[ \t]*/)![0];
  return [
    {
      title: `Add '${line}' to ${inst.name}'s virtual_ipaddress`,
      edits: [{ span: { file: file.path, start: last.stmt.span.end, end: last.stmt.span.end }, newText: `\n${indent}${line}` }],
    },
  ];
}

/** The one VIP of the instance that is none of the deployment's VIPs (a typo of the missing one): replace it. */
function replaceVipChoice(inst: VrrpInstance, known: readonly ParsedAddress[], vip: ParsedAddress, line: string): FixChoice[] {
  const stray = inst.vips.filter((e) => e.addr && e.addr.family === vip.family && !known.some((k) => sameAddress(k, e.addr!)));
  const only = stray.length === 1 ? stray[0] : undefined;
  if (!only || only.word.synthetic || only.stmt.span.file !== inst.stmt.span.file) return [];
  return [{ title: `Replace ${only.word.value} with '${line}'`, edits: [{ span: only.stmt.span, newText: line }] }];
}

interface VipMiss {
  readonly n: KollaNodeConfig;
  readonly r: Resolved;
  readonly ifR: Resolved;
  readonly span: Span;
  /** What is wrong: `missing`, or `on <dev>`. */
  readonly what: string;
  /** What the node says instead (its VIPs of the family, or the dev), for agreement. */
  readonly key: string;
  readonly choices: readonly FixChoice[];
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly related: readonly RelatedInfo[];
  /** The node's only VIP of the family, when it has one (globals.yml may take it). */
  readonly own?: ParsedAddress;
}

function vipMisses(ctx: KollaContext, nodes: readonly KollaNodeConfig[], spec: VipSpec): VipMiss[] {
  const out: VipMiss[] = [];
  const known = vipSpecs(ctx)
    .map((s) => ctx.model.globals[s.vip])
    .map((r) => (r.known ? parseAddress(r.text, false) : undefined))
    .filter((a): a is ParsedAddress => a !== undefined);
  for (const n of nodes) {
    const r = ctx.resolver.resolve(spec.vip, n.host);
    const vip = r.known ? parseAddress(r.text, false) : undefined;
    if (!vip) continue;
    const ifR = ctx.resolver.resolve(spec.iface, n.host);
    const instances = n.node.model.instances.filter((i) => !i.dropped);
    let entry: AddressEntry | undefined;
    let inst: VrrpInstance | undefined;
    for (const i of instances) {
      entry = i.vips.find((e) => e.addr && sameAddress(e.addr, vip));
      if (entry) {
        inst = i;
        break;
      }
    }
    const related = [{ span: spanOf(ctx, r), message: `${spec.vip}: ${vip.address}` }];
    if (!entry || !inst) {
      const target = kollaInstance(instances, undefined);
      const span = target ? (target.last('virtual_ipaddress')?.span ?? target.obj.nameWord.span) : fileStart(n.node);
      const line = `${vip.address} dev ${ifR.known ? ifR.text : `<${spec.iface}>`}`;
      const fix = target && ifR.known ? [...replaceVipChoice(target, known, vip, line), ...addVipChoice(n.node, target, line)] : [];
      // the node's VIPs of the family that are none of the deployment's (what it has instead)
      const own = target?.vips.filter((e) => e.addr && e.addr.family === vip.family && !known.some((k) => sameAddress(k, e.addr!))) ?? [];
      out.push({
        n,
        r,
        ifR,
        span,
        what: 'missing',
        key: `missing ${own.map((e) => e.addr!.address).join(',')}`,
        choices: fix.slice(0, fix.length > 1 && fix[0]!.title.startsWith('Replace') ? 1 : fix.length),
        own: own.length === 1 ? own[0]!.addr : undefined,
        severity: 'error',
        message:
          `${setWhere(r)} ${spec.vip} to ${vip.address}, but no vrrp_instance of node ${n.node.name} has it as a VIP. This file ` +
          `replaces Kolla's template, so keepalived never brings ${vip.address} up there, while HAProxy and the OpenStack ` +
          `endpoints use it. Add "${line}" to the instance's virtual_ipaddress.`,
        related,
      });
      continue;
    }
    const dev = entry.dev?.value ?? inst.interface?.value;
    if (!ifR.known || dev === undefined || dev === ifR.text) continue;
    out.push({
      n,
      r,
      ifR,
      span: entry.stmt.span,
      what: `on ${dev}`,
      key: `on ${dev}`,
      choices:
        entry.dev && !entry.dev.synthetic
          ? [{ title: `Put ${vip.address} on ${ifR.text} (dev ${ifR.text})`, edits: [{ span: entry.dev.span, newText: ifR.text }] }]
          : [],
      severity: 'warning',
      message:
        `${vip.address} is on ${dev} in node ${n.node.name}, but ${setWhere(ifR)} ${spec.iface} to ${ifR.text}. keepalived adds ` +
        `the VIP to ${dev}, while Kolla expects it on ${ifR.text} (its precheck and HAProxy's binds assume that network). ` +
        `Write "${vip.address} dev ${ifR.text}", or fix ${spec.iface}.`,
      related: [...related, { span: spanOf(ctx, ifR), message: `${spec.iface}: ${ifR.text}` }],
    });
  }
  return out;
}

/** The VIPs (and their interfaces) of each node's keepalived.conf against globals.yml. */
export const kollaVipMismatch: KollaCrossRule = {
  id: 'kolla-vip-mismatch',
  severity: 'error',
  title: "kolla_internal_vip_address (or the external VIP) is not a VIP of the node's keepalived.conf, or sits on another interface.",
  keepalived: 'Brings up only the addresses in its own file; HAProxy and the OpenStack endpoints still use the VIPs from globals.yml.',
  example: 'globals.yml: kolla_internal_vip_address: 10.0.0.250   keepalived.conf: virtual_ipaddress { 10.0.0.251 }',
  fix: "List the VIP from globals.yml (with dev <api_interface>) in every node's keepalived.conf, or correct globals.yml when it is the odd one.",
  *check({ kolla: ctx, nodes }) {
    for (const spec of vipSpecs(ctx)) {
      for (const what of ['missing', 'on']) {
        const misses = vipMisses(ctx, nodes, spec).filter((m) => m.what.startsWith(what));
        const first = misses[0];
        if (!first) continue;
        const odd = globalsIsOdd(ctx, nodes, misses);
        const take = first.own ? globalsEdit(first.r, first.own.address, `Set ${spec.vip} to ${first.own.address} in globals.yml`) : [];
        if (odd === 'globals') {
          const vip = first.r.text;
          const says = what === 'missing' ? (first.own ? `have ${first.own.address} instead` : 'lack it') : `put it ${first.what}`;
          yield {
            data: take.length > 0 && what === 'missing' ? { choices: take } : undefined,
            severity: first.severity,
            message:
              `${spec.vip} is ${vip}, but the keepalived.conf of ${list(misses.map((m) => m.n.node.name))} all ${says}. Those files replace ` +
              "Kolla's template, so keepalived manages what they say, while HAProxy and the OpenStack endpoints use this value. " +
              'Make them agree: here is the one place to change.',
            span: spanOf(ctx, first.r),
            related: misses.map((m) => ({ span: m.span, message: `${m.n.node.name}: ${m.what === 'missing' ? (m.own?.address ?? 'VIP missing') : m.what}` })),
          };
          continue;
        }
        for (const m of misses) {
          const choices = [...m.choices, ...(odd === 'either' && what === 'missing' ? take : [])];
          yield { data: choices.length > 0 ? { choices } : undefined, severity: m.severity, message: m.message, span: m.span, related: m.related };
        }
      }
    }
  },
};
