/**
 * Kolla-Ansible against keepalived.conf: the node configurations an operator supplies (custom
 * config under node_custom_config/keepalived/, which replaces Kolla's template) must agree with
 * globals.yml on the router id and the VIPs. Also: Kolla's own rendered configs as cluster nodes,
 * and where a finding on a rendered line belongs in the operator's files.
 */
import { parseAddress } from '../analysis/addresses';
import type { ClusterNode } from '../analysis/cluster';
import { analyse } from '../analysis/model';
import type { ConfigHost } from '../host';
import type { Issue, RelatedInfo, Span } from '../issue';
import { parseConfig } from '../syntax/index';
import { runRules } from '../validation/run';

import type { KollaContext } from './model';
import { kollaVipMismatch, kollaVridMismatch, type KollaCrossRule, type KollaNodeConfig } from './mismatch';
import type { KollaHost } from './types';

export { kollaInstance, kollaVipMismatch, kollaVridMismatch, type KollaCrossContext, type KollaCrossRule, type KollaNodeConfig } from './mismatch';

/** The cross-checks: globals.yml against the node configurations (each disagreement reported once, where it comes from). */
export const kollaCrossRules: readonly KollaCrossRule[] = [kollaVridMismatch, kollaVipMismatch];

/** Run the cross-checks (raw issues). */
export function crossCheckKolla(ctx: KollaContext, nodes: readonly KollaNodeConfig[]): Issue[] {
  return runRules(kollaCrossRules, { kolla: ctx, nodes });
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
  else if (word === 'virtual_ipaddress') span = of('kolla_internal_vip_address');
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
