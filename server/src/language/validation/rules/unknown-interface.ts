import { createdInterfaces, hasGlobal, interfaceExists, statements } from '../../analysis/interfaces';
import type { Severity } from '../../issue';
import type { Statement, Word } from '../../syntax/ast';
import type { Rule } from '../rule';

interface Use {
  readonly word: Word;
  /** What the name is used for, in a message: `the interface of vrrp_instance VI_1`. */
  readonly role: string;
  /** keepalived refuses to run (`Non-existent interface specified in configuration`). */
  readonly fatal: boolean;
  readonly consequence: string;
}

const STOPS =
  'keepalived -t reports "WARNING - interface X ... doesn\'t exist" and keepalived refuses to start ("Non-existent interface specified in configuration").';

const ROUTE_DEVICE_WORDS = new Set(['dev', 'oif']);
const RULE_DEVICE_WORDS = new Set(['dev', 'iif', 'oif']);

function ownerName(s: Statement): string {
  let p: Statement | undefined = s;
  while (p && p.keyword.value !== 'vrrp_instance' && p.keyword.value !== 'vrrp_sync_group') p = p.parent;
  return p ? `${p.keyword.value} ${p.args[0]?.value ?? ''}`.trim() : blockOf(s);
}

function blockOf(s: Statement): string {
  let p = s.parent;
  while (p?.isValue) p = p.parent;
  return p ? p.keyword.value : 'the top level';
}

/** Every word of the configuration that names a network interface, with how keepalived treats a missing one. */
function* uses(statementsOf: Iterable<Statement>): Generator<Use> {
  for (const s of statementsOf) {
    if (s.isValue) {
      const kind = s.blockId.slice('values:'.length);
      const parentKw = s.parent?.keyword.value;
      if (kind === 'addresses') {
        const i = s.args.findIndex((a) => a.value === 'dev');
        const w = i >= 0 ? s.args[i + 1] : undefined;
        if (w) yield { word: w, role: `the dev of ${s.keyword.value} in ${parentKw}`, fatal: true, consequence: STOPS };
      } else if (kind === 'routes' || kind === 'rules') {
        // a route's dev/oif (also of each nexthop), a rule's dev/iif/oif
        const names = kind === 'routes' ? ROUTE_DEVICE_WORDS : RULE_DEVICE_WORDS;
        const words = [s.keyword, ...s.args];
        for (let i = 0; i + 1 < words.length; i++)
          if (names.has(words[i]!.value))
            yield {
              word: words[i + 1]!,
              role: `the ${words[i]!.value} of ${kind === 'routes' ? 'a route' : 'a rule'} in ${parentKw}`,
              fatal: true,
              consequence: STOPS,
            };
      } else if (kind === 'track_interface') {
        yield {
          word: s.keyword,
          role: `a track_interface of ${ownerName(s)}`,
          fatal: false,
          consequence: 'keepalived warns and drops this tracker, so the instance no longer reacts to that link.',
        };
      } else if (kind === 'interfaces' || (kind === 'words' && parentKw === 'interface_up_down_delays')) {
        const fatal = parentKw !== 'interfaces';
        yield {
          word: s.keyword,
          role: `an entry of ${parentKw}`,
          fatal,
          consequence: fatal ? 'keepalived treats this as a fatal configuration error.' : 'keepalived ignores this entry.',
        };
      }
      continue;
    }
    const kw = s.keyword.value;
    if (kw === 'interface' && s.blockId === 'vrrp_instance') {
      const w = s.args[0];
      if (w) yield { word: w, role: `the interface of ${ownerName(s)}`, fatal: true, consequence: STOPS };
    } else if (kw === 'lvs_sync_daemon' && s.args[0]) {
      yield { word: s.args[0], role: 'the lvs_sync_daemon interface', fatal: false, consequence: 'the IPVS sync daemon cannot start on it.' };
    } else if (kw !== 'vrf' && s.def?.args) {
      const args = s.def.args;
      for (let i = 0; i < args.length; i++) {
        const w = s.args[i];
        if (!w || args[i]!.type.kind !== 'interface') continue;
        yield { word: w, role: `the ${kw} in ${blockOf(s)}`, fatal: false, consequence: 'keepalived warns that it does not exist and cannot use it.' };
      }
    }
  }
}

/** An interface name that the target host does not have (known only from host facts). */
export const unknownInterface: Rule = {
  id: 'unknown-interface',
  severity: 'error',
  title: "An interface that the target host does not have (checked only when the host's interfaces are known).",
  keepalived:
    'For an instance\'s `interface` or a VIP\'s `dev`: "WARNING - interface eth9 ... doesn\'t exist" and "Non-existent interface specified in configuration"; keepalived then exits at start. A missing track_interface is warned about and dropped.',
  example: 'interface eth9   # the host has eth0 and eth1',
  fix: "Use the host's interface name, or set `dynamic_interfaces` if the interface appears later.",
  *check({ model, options }) {
    const facts = options.interfaces;
    if (!facts || facts.size === 0) return;
    const created = createdInterfaces(model);
    const dynamic = hasGlobal(model, 'dynamic_interfaces');
    const known = [...facts.keys()].sort();
    for (const u of uses(statements(model))) {
      const name = u.word.value;
      if (name === '' || interfaceExists(name, facts, created)) continue;
      const near = known.find((k) => k.toLowerCase() === name.toLowerCase());
      const hint = near ? ` Did you mean ${near}?` : '';
      let severity: Severity = u.fatal ? 'error' : 'warning';
      let consequence = u.consequence;
      if (dynamic) {
        severity = 'information';
        consequence = 'With dynamic_interfaces keepalived accepts it and waits for the interface to appear.';
      }
      yield {
        span: u.word.span,
        severity,
        message: `${name} is ${u.role}, but the host has no interface ${name} (it has ${known.join(', ')}). ${consequence}${hint}`,
        data: { name, known },
      };
    }
  },
};
