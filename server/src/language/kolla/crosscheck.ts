/**
 * Kolla-Ansible against keepalived.conf: the node configurations an operator supplies (custom
 * config under node_custom_config/keepalived/, which replaces Kolla's template) must agree with
 * globals.yml on the router id and the VIPs. Also: Kolla's own rendered configs as cluster nodes,
 * and where a finding on a rendered line belongs in the operator's files.
 */
import { parseAddress, sameAddress, type ParsedAddress } from '../analysis/addresses';
import type { ClusterNode } from '../analysis/cluster';
import { analyse, type AddressEntry, type VrrpInstance } from '../analysis/model';
import type { ConfigHost } from '../host';
import type { Issue, RelatedInfo, Span } from '../issue';
import { parseConfig } from '../syntax/index';
import type { Rule } from '../validation/rule';
import { runRules } from '../validation/run';

import { list, setter, spanOf } from './checks/util';
import type { KollaContext } from './model';
import { boolOf } from './scope';
import type { KollaHost, Resolved } from './types';

/** A node configuration and, when known, the Kolla host it belongs to. */
export interface KollaNodeConfig {
  readonly node: ClusterNode;
  readonly host?: string;
}

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
  readonly vip: keyof KollaContext['model']['globals'];
  readonly iface: keyof KollaContext['model']['globals'];
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

/** What a cross-check looks at: the deployment and the node configurations with their hosts. */
export interface KollaCrossContext {
  readonly kolla: KollaContext;
  readonly nodes: readonly KollaNodeConfig[];
}

export type KollaCrossRule = Rule<KollaCrossContext>;

/** The router id of each node's keepalived.conf against keepalived_virtual_router_id. */
export const kollaVridMismatch: KollaCrossRule = {
  id: 'kolla-vrid-mismatch',
  severity: 'warning',
  title: "A node's keepalived.conf uses another virtual_router_id than globals.yml's keepalived_virtual_router_id.",
  keepalived: "Runs the file's VRID: a custom keepalived.conf replaces Kolla's template, so the globals.yml value has no effect there.",
  example: 'globals.yml: keepalived_virtual_router_id: "73"   keepalived.conf: virtual_router_id 51',
  fix: 'Make both say the same router id.',
  *check({ kolla: ctx, nodes }) {
    const resolve = (name: string, host?: string) => ctx.resolver.resolve(name, host);
    const vridMisses: { n: KollaNodeConfig; span: Span; vrid: number }[] = [];
    let vridR: Resolved | undefined;
    for (const n of nodes) {
      const r = resolve('keepalived_virtual_router_id', n.host);
      const text = r.known ? r.text.trim() : '';
      if (!/^\d+$/.test(text)) continue;
      const expected = Number(text);
      if (expected < 1 || expected > 255) continue; // kolla-vrid-range
      const vipR = resolve('kolla_internal_vip_address', n.host);
      const inst = kollaInstance(n.node.model.instances, vipR.known ? parseAddress(vipR.text, false) : undefined);
      if (!inst || inst.vrid === undefined || inst.vrid === expected) continue;
      vridR ??= r;
      const span = inst.last('virtual_router_id')?.span ?? inst.obj.nameWord.span;
      vridMisses.push({ n, span, vrid: inst.vrid });
      const valueWord = inst.last('virtual_router_id')?.args[0];
      const choices = [
        ...(valueWord && !valueWord.synthetic
          ? [{ title: `Use VRID ${expected} from globals.yml`, edits: [{ span: valueWord.span, newText: String(expected) }] }]
          : []),
        ...globalsEdit(r, String(inst.vrid), `Set keepalived_virtual_router_id to ${inst.vrid} in globals.yml`),
      ];
      yield {
        data: choices.length > 0 ? { choices } : undefined,
        message:
          `virtual_router_id is ${inst.vrid} in ${inst.name} (node ${n.node.name}), but ${setWhere(r)} keepalived_virtual_router_id to ${expected}. ` +
          `This file replaces Kolla's template, so keepalived runs VRID ${inst.vrid} here and the globals.yml value has no effect; ` +
          `if you chose ${expected} to keep clear of another cluster on this network, this node still collides with it. Make them agree.`,
        span,
        related: [{ span: spanOf(ctx, r), message: `keepalived_virtual_router_id: ${expected}` }],
      };
    }
    if (vridR && vridMisses.length > 0) {
      const vrids = [...new Set(vridMisses.map((m) => m.vrid))];
      yield {
        message:
          `keepalived_virtual_router_id is ${vridR.text.trim()}, but the keepalived.conf of ${list(vridMisses.map((m) => m.n.node.name))} ` +
          `use${vridMisses.length === 1 ? 's' : ''} virtual_router_id ${list(vrids.map(String))}. Those files replace Kolla's template, so ` +
          'keepalived runs their VRID there and this value has no effect. Make them agree.',
        span: spanOf(ctx, vridR),
        related: vridMisses.map((m) => ({ span: m.span, message: `${m.n.node.name}: virtual_router_id ${m.vrid}` })),
      };
    }
  },
};

/** The VIPs (and their interfaces) of each node's keepalived.conf against globals.yml. */
export const kollaVipMismatch: KollaCrossRule = {
  id: 'kolla-vip-mismatch',
  severity: 'error',
  title: "kolla_internal_vip_address (or the external VIP) is not a VIP of the node's keepalived.conf, or sits on another interface.",
  keepalived: 'Brings up only the addresses in its own file; HAProxy and the OpenStack endpoints still use the VIPs from globals.yml.',
  example: 'globals.yml: kolla_internal_vip_address: 10.0.0.250   keepalived.conf: virtual_ipaddress { 10.0.0.251 }',
  fix: "List the VIP from globals.yml (with dev <api_interface>) in every node's keepalived.conf.",
  *check({ kolla: ctx, nodes }) {
    const resolve = (name: string, host?: string) => ctx.resolver.resolve(name, host);
    for (const spec of vipSpecs(ctx)) {
      const misses: { n: KollaNodeConfig; span: Span; what: string }[] = [];
      let vipR: Resolved | undefined;
      for (const n of nodes) {
        const r = resolve(spec.vip, n.host);
        const vip = r.known ? parseAddress(r.text, false) : undefined;
        if (!vip) continue;
        const ifR = resolve(spec.iface, n.host);
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
        if (!entry || !inst) {
          const target = kollaInstance(instances, undefined);
          const span = target ? (target.last('virtual_ipaddress')?.span ?? target.obj.nameWord.span) : fileStart(n.node);
          vipR ??= r;
          misses.push({ n, span, what: 'missing' });
          const addVip = target && ifR.known ? addVipChoice(n.node, target, `${vip.address} dev ${ifR.text}`) : [];
          const own = target?.vips.filter((e) => e.addr && e.addr.family === vip.family) ?? [];
          const onlyOwn = own.length === 1 ? own[0]?.addr : undefined;
          const useOwn = onlyOwn ? globalsEdit(r, onlyOwn.address, `Set ${spec.vip} to ${onlyOwn.address} in globals.yml`) : [];
          yield {
            data: addVip.length + useOwn.length > 0 ? { choices: [...addVip, ...useOwn] } : undefined,
            severity: 'error',
            message:
              `${setWhere(r)} ${spec.vip} to ${vip.address}, but no vrrp_instance of node ${n.node.name} has it as a VIP. This file ` +
              `replaces Kolla's template, so keepalived never brings ${vip.address} up there, while HAProxy and the OpenStack ` +
              `endpoints use it. Add "${vip.address} dev ${ifR.known ? ifR.text : `<${spec.iface}>`}" to the instance's virtual_ipaddress.`,
            span,
            related: [{ span: spanOf(ctx, r), message: `${spec.vip}: ${vip.address}` }],
          };
          continue;
        }
        const dev = entry.dev?.value ?? inst.interface?.value;
        if (!ifR.known || dev === undefined || dev === ifR.text) continue;
        vipR ??= r;
        misses.push({ n, span: entry.stmt.span, what: `on ${dev}` });
        const devChoice =
          entry.dev && !entry.dev.synthetic
            ? [{ title: `Put ${vip.address} on ${ifR.text} (dev ${ifR.text})`, edits: [{ span: entry.dev.span, newText: ifR.text }] }]
            : [];
        yield {
          data: devChoice.length > 0 ? { choices: devChoice } : undefined,
          severity: 'warning',
          message:
            `${vip.address} is on ${dev} in node ${n.node.name}, but ${setWhere(ifR)} ${spec.iface} to ${ifR.text}. keepalived adds ` +
            `the VIP to ${dev}, while Kolla expects it on ${ifR.text} (its precheck and HAProxy's binds assume that network). ` +
            `Write "${vip.address} dev ${ifR.text}", or fix ${spec.iface}.`,
          span: entry.stmt.span,
          related: [
            { span: spanOf(ctx, r), message: `${spec.vip}: ${vip.address}` },
            { span: spanOf(ctx, ifR), message: `${spec.iface}: ${ifR.text}` },
          ],
        };
      }
      if (vipR && misses.length > 0) {
        const missing = misses.filter((m) => m.what === 'missing').map((m) => m.n.node.name);
        const moved = misses.filter((m) => m.what !== 'missing').map((m) => `${m.what} in ${m.n.node.name}`);
        const parts = [];
        if (missing.length > 0) parts.push(`is not a VIP in the keepalived.conf of ${list(missing)}`);
        if (moved.length > 0) parts.push(`sits ${list(moved)} instead of on ${spec.iface}`);
        yield {
          severity: missing.length > 0 ? 'error' : 'warning',
          message:
            `${spec.vip} ${vipR.text} ${parts.join(', and ')}. Those files replace Kolla's template, so keepalived manages ` +
            'what they say, not this value. Make them agree.',
          span: spanOf(ctx, vipR),
          related: misses.map((m) => ({ span: m.span, message: `${m.n.node.name}: ${m.what === 'missing' ? 'VIP missing' : m.what}` })),
        };
      }
    }
  },
};

/** The cross-checks: globals.yml against the node configurations (each disagreement reported in the node's file and, once, in globals.yml). */
export const kollaCrossRules: readonly KollaCrossRule[] = [kollaVridMismatch, kollaVipMismatch];

/** Run the cross-checks (raw issues). */
export function crossCheckKolla(ctx: KollaContext, nodes: readonly KollaNodeConfig[]): Issue[] {
  return runRules(kollaCrossRules, { kolla: ctx, nodes });
}

/** An edit of the globals.yml literal that sets `r`, when it is a plain value written there. */
function globalsEdit(r: Resolved, value: string, title: string) {
  const d = r.def;
  if (!d?.span || d.source !== 'globals' || r.raw !== undefined) return [];
  return [{ title, edits: [{ span: d.span, newText: JSON.stringify(value) }] }];
}

/** A new line in the instance's virtual_ipaddress block, indented like its last address. */
function addVipChoice(node: ClusterNode, inst: VrrpInstance, line: string) {
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

/** The virtual path of a host's rendered configuration (never a real file). */
export function renderedPath(ctx: KollaContext, host: string): string {
  const g = ctx.model.globalsFile.file;
  const dir = g.includes('/') ? g.slice(0, g.lastIndexOf('/')) : '.';
  return `${dir}/<kolla-rendered>/${host}/keepalived.conf`;
}

const NO_FILES: ConfigHost = {
  readFile: () => ({ kind: 'missing' }),
  glob: () => ({ paths: [], truncated: false }),
  realpath: (p) => p,
};

export interface RenderedNode {
  readonly node: ClusterNode;
  readonly host: KollaHost;
  readonly path: string;
}

/** Kolla's rendered keepalived.conf of a host, parsed and analysed as a cluster node. */
export function renderedNode(ctx: KollaContext, host: KollaHost): RenderedNode {
  const path = renderedPath(ctx, host.name);
  const model = analyse(parseConfig(path, host.configText, NO_FILES));
  const unknowns = host.unknowns.filter((u) => u.start !== undefined && u.end !== undefined).map((u) => ({ file: path, start: u.start!, end: u.end! }));
  return { node: { name: host.name, model, unknowns }, host, path };
}

/**
 * Where a span in a host's rendered configuration comes from in the operator's files: the
 * variable behind the line (globals.yml, passwords.yml, inventory), else the host's inventory line,
 * else the start of globals.yml.
 */
export function renderedSource(ctx: KollaContext, host: KollaHost, offset: number): { span: Span; line: string; lineNumber: number } {
  const text = host.configText;
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const endNl = text.indexOf('\n', offset);
  const line = text.slice(start, endNl < 0 ? text.length : endNl).trim();
  const lineNumber = text.slice(0, start).split('\n').length;
  const r = (name: string) => ctx.resolver.resolve(name, host.name);
  const hostSpan = host.inventorySpan ?? { file: ctx.model.globalsFile.file, start: 0, end: 0 };
  const of = (name: string): Span => r(name).def?.span ?? hostSpan;
  const word = line.split(/\s+/)[0] ?? '';
  const inBlock = (kw: string) => {
    const before = text.slice(0, start);
    const open = before.lastIndexOf(`${kw} {`);
    return open >= 0 && before.indexOf('}', open) < 0;
  };
  let span: Span;
  if (word === 'vrrp_instance' || word === 'virtual_router_id') span = of('keepalived_virtual_router_id');
  else if (word === 'interface') span = of('api_interface');
  else if (word === 'auth_pass' || word === 'auth_type' || word === 'authentication') span = of('keepalived_password');
  else if (word === 'unicast_src_ip') span = r('api_interface_address').def?.span ?? host.apiAddress.span ?? hostSpan;
  else if (inBlock('unicast_peer') && word !== 'unicast_peer') {
    const peer = ctx.model.hosts.find((h) => h.apiAddress.address !== undefined && h.apiAddress.address === parseAddress(word, false)?.address);
    span = peer?.apiAddress.span ?? peer?.inventorySpan ?? hostSpan;
  } else if (inBlock('virtual_ipaddress') && word !== 'virtual_ipaddress') {
    const ip = parseAddress(word, false)?.address;
    const ext = r('kolla_external_vip_address');
    span =
      ip !== undefined && ext.known && parseAddress(ext.text, false)?.address === ip && r('kolla_internal_vip_address').text !== ext.text
        ? of('kolla_external_vip_address')
        : of('kolla_internal_vip_address');
  } else if (inBlock('track_interface') && word !== 'track_interface') span = of('kolla_external_vip_interface');
  else span = hostSpan;
  return { span, line, lineNumber };
}

/** An issue found on a rendered configuration, moved to the operator's files. */
export function mapRenderedIssue(ctx: KollaContext, rendered: readonly RenderedNode[], issue: Issue): Issue {
  const mapOne = (span: Span): { span: Span; note?: string } => {
    const r = rendered.find((x) => x.path === span.file);
    if (!r) return { span };
    const src = renderedSource(ctx, r.host, span.start);
    return { span: src.span, note: `line ${src.lineNumber} "${src.line}" of the keepalived.conf Kolla renders for ${r.host.name}` };
  };
  const main = mapOne(issue.span);
  const related: RelatedInfo[] = (issue.related ?? []).map((ri) => {
    const m = mapOne(ri.span);
    return { span: m.span, message: m.note ? `${ri.message} (${m.note})` : ri.message };
  });
  return { ...issue, span: main.span, message: main.note ? `In ${main.note}: ${issue.message}` : issue.message, related };
}
