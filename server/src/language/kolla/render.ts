/**
 * keepalived.conf as Kolla renders it for one host of the loadbalancer group: Kolla's template
 * (the installed one when given, else our built-in model, kolla/template.ts) rendered by the one
 * Jinja renderer (templates/jinja.ts) as Ansible's template module does (trim_blocks, the final
 * newline kept), with the variables the resolver gives this host.
 *
 * Values we cannot compute are written as a one-word placeholder (`UNKNOWN:<what>`) and listed
 * in `unknowns` with their offsets, so callers can tell them from real mistakes; a condition we
 * cannot evaluate is listed without a placeholder, with the branch assumed (Kolla's default).
 */
import type { Span } from '../issue';
import { ansibleEnvironment, renderWith, Unknown, UNKNOWN_CLOSE, UNKNOWN_OPEN } from '../templates/jinja';
import { ansibleBool } from '../ansible/pyValues';
import type { VariableResolver } from './scope';
import { BUILTIN_KOLLA_TEMPLATE } from './template';
import type { GroupMembers, KollaHost, RenderUnknown, Resolved } from './types';

export const UNKNOWN_PREFIX = 'UNKNOWN:';

/** A value we could not compute (printed as `UNKNOWN:<what>`), or a condition assumed (printed as nothing). */
class Hole extends Unknown {
  constructor(
    id: number,
    readonly variable: string,
    readonly reason: string,
    readonly placeholder: string | undefined,
  ) {
    super(id, variable);
  }
}

/** The template's variables for one host, and the holes its rendering may print. */
class HostValues {
  private readonly holes = new Map<number, Hole>();
  private readonly addresses = new Map<string, unknown>();

  constructor(
    private readonly res: VariableResolver,
    private readonly host: string,
  ) {}

  hole(variable: string, reason: string, placeholder: string | undefined): Hole {
    const h = new Hole(1_000_000 + this.holes.size, variable, reason, placeholder);
    this.holes.set(h.id, h);
    return h;
  }

  holeOf(id: number): Hole | undefined {
    return this.holes.get(id);
  }

  /** A resolved variable as the template sees it: its value, or a hole. */
  value(r: Resolved): unknown {
    if (!r.known) return this.hole(r.name, r.reason ?? 'unknown', `${UNKNOWN_PREFIX}${r.name}`);
    return typeof r.value === 'boolean' ? r.value : r.text;
  }

  /** kolla_address('api', host): the address facts would give, or a hole (the same one for every use). */
  address(host: string): unknown {
    let a = this.addresses.get(host);
    if (a === undefined) {
      const got = this.res.kollaAddress(host).address;
      a = got ?? this.hole('api_interface_address', 'facts', `${UNKNOWN_PREFIX}api_address@${host}`);
      this.addresses.set(host, a);
    }
    return a;
  }

  /** The template's context. */
  context(group: GroupMembers): Record<string, unknown> {
    const r = (name: string) => this.res.resolve(name, this.host);
    const ctx: Record<string, unknown> = { inventory_hostname: this.host, groups: { loadbalancer: [...group.hosts] } };
    for (const name of [
      'keepalived_track_script_enabled',
      'keepalived_virtual_router_id',
      'api_interface',
      'kolla_external_vip_interface',
      'keepalived_traffic_mode',
      'haproxy_enable_external_vip',
      'kolla_internal_vip_address',
      'kolla_external_vip_address',
      'keepalived_password',
    ])
      ctx[name] = this.value(r(name));
    // api_interface_address defaults to this host's kolla_address
    const self = r('api_interface_address');
    ctx.api_interface_address = self.known ? self.text : self.source === 'computed' ? this.address(this.host) : this.value(self);
    return ctx;
  }
}

/** Render Kolla's keepalived template for `host`: the text with its placeholders, and what is unknown. */
function renderKolla(res: VariableResolver, group: GroupMembers, host: string, template: string): { text: string; unknowns: RenderUnknown[] } {
  const values = new HostValues(res, host);
  const env = ansibleEnvironment({ trimBlocks: true, lstripBlocks: false }, () => undefined);
  env.addFilter('bool', (v: unknown) =>
    v instanceof Unknown ? true : ansibleBool(typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null),
  );
  env.addFilter('kolla_address', (_what: unknown, h?: unknown) => values.address(typeof h === 'string' ? h : host));
  // records an undecidable condition where the template decides it (prints nothing)
  env.addFilter('kolla_assume', (v: unknown, other?: unknown, variable?: unknown) => {
    const u = v instanceof Hole ? v : other instanceof Hole ? other : undefined;
    if (!u) return '';
    const reason = (v instanceof Hole ? v.reason : undefined) ?? (other instanceof Hole ? other.reason : undefined) ?? 'unknown';
    return values.hole(typeof variable === 'string' ? variable : u.variable, reason, undefined);
  });
  const ctx = values.context(group);
  const out = renderWith(env, template, ctx, (name) => name in ctx).text;
  // placeholders replace the markers, in order
  const unknowns: RenderUnknown[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const a = out.indexOf(UNKNOWN_OPEN, i);
    const b = a < 0 ? -1 : out.indexOf(UNKNOWN_CLOSE, a);
    if (b < 0) break;
    text += out.slice(i, a);
    const id = Number(out.slice(a + 1, b));
    const h = values.holeOf(id);
    if (h?.placeholder === undefined) {
      unknowns.push({ variable: h?.variable ?? '?', reason: h?.reason ?? 'unknown' });
    } else {
      unknowns.push({ variable: h.variable, reason: h.reason, placeholder: h.placeholder, start: text.length, end: text.length + h.placeholder.length });
      text += h.placeholder;
    }
    i = b + 1;
  }
  return { text: text + out.slice(i), unknowns };
}

export function renderHost(
  res: VariableResolver,
  group: GroupMembers,
  host: string,
  index: number,
  inventorySpan?: Span,
  template = BUILTIN_KOLLA_TEMPLATE,
): KollaHost {
  const r = (name: string): Resolved => res.resolve(name, host);
  const { text, unknowns } = renderKolla(res, group, host, template);
  const custom = r('node_custom_config');
  const base = custom.known ? custom.text : '/etc/kolla/config';
  return {
    name: host,
    index,
    priority: index + 1,
    inventorySpan,
    interfaces: { api: r('api_interface'), externalVip: r('kolla_external_vip_interface'), network: r('network_interface') },
    apiAddress: res.kollaAddress(host),
    apiInterfaceAddress: r('api_interface_address'),
    configText: text,
    unknowns,
    overridePaths: [`${base}/keepalived/${host}/keepalived.conf`, `${base}/keepalived/keepalived.conf`],
  };
}
