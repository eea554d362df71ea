import { spanFor, who, type NodeInstance } from '../../analysis/cluster';
import type { Span } from '../../issue';
import type { ClusterRule } from '../clusterRule';
import { list, related, sharedRouters, vridText } from '../clusterSupport';

interface Auth {
  readonly type: string;
  /** The password as keepalived uses it: the first 8 bytes (hex), or '' without one. */
  readonly key: string;
  readonly truncated: boolean;
}

function authOf(m: NodeInstance): Auth {
  const t = m.instance.authType?.value;
  // vrrp_strict: keepalived ignores authentication ("Strict mode does not support authentication").
  if (!m.instance.last('authentication') || !t || m.node.model.globals.vrrpStrict) return { type: 'none', key: '', truncated: false };
  const pass = new TextEncoder().encode(m.instance.authPass?.value ?? '');
  return { type: t, key: Array.from(pass.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(''), truncated: pass.length > 8 };
}

function authSpan(m: NodeInstance, what: 'type' | 'pass'): Span {
  const a = m.instance.last('authentication');
  const c = a?.body?.statements.find((s) => s.keyword.value === (what === 'type' ? 'auth_type' : 'auth_pass'));
  return c?.span ?? a?.span ?? spanFor(m, 'authentication');
}

const describeType = (t: string) => (t === 'none' ? 'no authentication' : `auth_type ${t}`);

/** Nodes of one (VRRPv2) virtual router with different authentication. */
export const clusterAuthMismatch: ClusterRule = {
  id: 'cluster-auth-mismatch',
  severity: 'error',
  title: 'The nodes of one VRRPv2 virtual router use different authentication types or passwords (compared after keepalived keeps the first 8 characters).',
  keepalived:
    'Adverts with another auth type or password are rejected ("received a N auth, expecting M", "received an invalid passwd"), so the nodes ignore each other and more than one becomes MASTER.',
  example: 'lb1: auth_pass secret1   lb2: auth_pass secret2',
  fix: 'Use the same auth_type and the same first 8 characters of auth_pass on every node.',
  *check({ cluster }) {
    for (const r of sharedRouters(cluster.routers)) {
      // VRRPv3 has no authentication (and version differences are reported on their own).
      if (r.family !== 4 || r.members.some((m) => m.instance.version !== 2)) continue;
      const auths = new Map(r.members.map((m) => [m, authOf(m)]));
      const types = new Set([...auths.values()].map((a) => a.type));
      if (types.size > 1) {
        for (const m of r.members) {
          const mine = auths.get(m)!.type;
          const others = r.members.filter((o) => auths.get(o)!.type !== mine);
          yield {
            span: authSpan(m, 'type'),
            message:
              `${vridText(r)}: ${who(m)} uses ${describeType(mine)}, but ${list(others.map((o) => `${o.node.name} uses ${describeType(auths.get(o)!.type)}`))}. ` +
              'keepalived rejects adverts with another authentication type, so these nodes ignore each other and more than one becomes MASTER, each holding the VIPs (the election preview shows which). ' +
              'Use the same authentication block on every node.',
            related: others.map((o) => related(authSpan(o, 'type'), `${who(o)}: ${describeType(auths.get(o)!.type)}`)),
          };
        }
        continue;
      }
      if (types.has('none')) continue;
      const keys = new Set([...auths.values()].map((a) => a.key));
      if (keys.size < 2) continue;
      for (const m of r.members) {
        const mine = auths.get(m)!;
        const others = r.members.filter((o) => auths.get(o)!.key !== mine.key);
        const truncation = [m, ...others].some((o) => auths.get(o)!.truncated)
          ? ' (keepalived uses only the first 8 characters of auth_pass, and they still differ)'
          : '';
        yield {
          span: authSpan(m, 'pass'),
          message:
            `${vridText(r)}: the auth_pass of ${who(m)} differs from that of ${list(others.map((o) => o.node.name))}${truncation}. ` +
            'keepalived rejects adverts with another password ("received an invalid passwd"), so these nodes ignore each other ' +
            'and more than one becomes MASTER, each holding the VIPs (the election preview shows which). Use the same password on every node.',
          related: others.map((o) => related(authSpan(o, 'pass'), `${who(o)}: auth_pass`)),
        };
      }
    }
  },
};
