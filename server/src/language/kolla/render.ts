/**
 * keepalived.conf as Kolla renders it from roles/loadbalancer/templates/keepalived/keepalived.conf.j2
 * for one host of the loadbalancer group. Ansible's template module uses trim_blocks (a line that
 * holds only a `{% %}` tag disappears with its newline) and keeps the final newline; the lines
 * below are the template's own, in its order.
 *
 * Values we cannot compute are written as a one-word placeholder (`UNKNOWN:<what>`) and listed
 * in `unknowns` with their offsets, so callers can tell them from real mistakes.
 */
import type { Span } from '../issue';
import { parseAddress } from '../analysis/addresses';
import { boolOf, type VariableResolver } from './scope';
import type { GroupMembers, HostAddress, KollaHost, RenderUnknown, Resolved } from './types';

export const UNKNOWN_PREFIX = 'UNKNOWN:';

interface Hole {
  readonly variable: string;
  readonly reason: string;
  readonly placeholder: string;
}
type Part = string | Hole;

class ConfWriter {
  text = '';
  readonly unknowns: RenderUnknown[] = [];
  line(...parts: Part[]): void {
    for (const p of parts) {
      if (typeof p === 'string') {
        this.text += p;
      } else {
        const start = this.text.length;
        this.text += p.placeholder;
        this.unknowns.push({ variable: p.variable, reason: p.reason, placeholder: p.placeholder, start, end: this.text.length });
      }
    }
    this.text += '\n';
  }
  /** An unknown condition: nothing is written, but the choice we made is recorded. */
  assumed(variable: string, reason: string): void {
    this.unknowns.push({ variable, reason });
  }
}

function val(r: Resolved, what = r.name): Part {
  return r.known ? r.text : { variable: r.name, reason: r.reason ?? 'unknown', placeholder: `${UNKNOWN_PREFIX}${what}` };
}

function addr(a: HostAddress, host: string): Part {
  return a.address ?? { variable: 'api_interface_address', reason: 'facts', placeholder: `${UNKNOWN_PREFIX}api_address@${host}` };
}

function sameAddress(a: string, b: string): boolean {
  const pa = parseAddress(a, false);
  const pb = parseAddress(b, false);
  return pa && pb ? pa.address === pb.address : a === b;
}

function cond(w: ConfWriter, r: Resolved, fallback: boolean): boolean {
  if (!r.known) w.assumed(r.name, r.reason ?? 'unknown');
  return boolOf(r, fallback);
}

export function renderHost(res: VariableResolver, group: GroupMembers, host: string, index: number, inventorySpan?: Span): KollaHost {
  const w = new ConfWriter();
  const r = (name: string): Resolved => res.resolve(name, host);
  const track = cond(w, r('keepalived_track_script_enabled'), true);
  const vrid = r('keepalived_virtual_router_id');
  const api = r('api_interface');
  const extIf = r('kolla_external_vip_interface');
  const mode = r('keepalived_traffic_mode');
  const selfAddr = r('api_interface_address');
  const apiAddress = res.kollaAddress(host);

  if (track) {
    w.line('vrrp_script check_alive {');
    w.line('    script "/check_alive.sh"');
    w.line('    interval 2');
    w.line('    fall 2');
    w.line('    rise 10');
    w.line('}');
  }
  w.line('');
  w.line('vrrp_instance kolla_internal_vip_', val(vrid), ' {');
  w.line('    state BACKUP');
  w.line('    nopreempt');
  w.line('    interface ', val(api));
  w.line('    virtual_router_id ', val(vrid));
  w.line('    priority ', String(index + 1));
  w.line('    advert_int 1');
  if (!mode.known) w.assumed(mode.name, mode.reason ?? 'unknown');
  if (mode.known && mode.value === 'unicast') {
    const src = selfAddr.known ? selfAddr.text : selfAddr.source === 'computed' ? addr(apiAddress, host) : val(selfAddr);
    w.line('    unicast_src_ip ', src);
    if (group.hosts.length > 1) {
      w.line('    unicast_peer {');
      for (const peer of group.hosts) {
        const ownCall = peer === host && selfAddr.source === 'computed';
        if (ownCall) continue;
        const pa = res.kollaAddress(peer);
        if (pa.address && selfAddr.known && sameAddress(pa.address, selfAddr.text)) continue;
        w.line('        ', addr(pa, peer));
      }
      w.line('    }');
    }
  }
  const extOn = cond(w, r('haproxy_enable_external_vip'), true);
  w.line('    virtual_ipaddress {');
  w.line('        ', val(r('kolla_internal_vip_address')), ' dev ', val(api));
  if (extOn) w.line('        ', val(r('kolla_external_vip_address')), ' dev ', val(extIf));
  w.line('    }');
  let differentIf = true;
  if (api.known && extIf.known) differentIf = api.text !== extIf.text;
  else if (extOn) w.assumed('kolla_external_vip_interface', extIf.reason ?? api.reason ?? 'unknown');
  if (extOn && differentIf) {
    w.line('    track_interface {');
    w.line('        ', val(extIf));
    w.line('    }');
  }
  w.line('    authentication {');
  w.line('        auth_type PASS');
  w.line('        auth_pass ', val(r('keepalived_password')));
  w.line('    }');
  if (track) {
    w.line('    track_script {');
    w.line('        check_alive');
    w.line('    }');
  }
  w.line('}');

  const custom = r('node_custom_config');
  const base = custom.known ? custom.text : '/etc/kolla/config';
  return {
    name: host,
    index,
    priority: index + 1,
    inventorySpan,
    interfaces: { api, externalVip: extIf, network: r('network_interface') },
    apiAddress,
    apiInterfaceAddress: selfAddr,
    configText: w.text,
    unknowns: w.unknowns,
    overridePaths: [`${base}/keepalived/${host}/keepalived.conf`, `${base}/keepalived/keepalived.conf`],
  };
}
