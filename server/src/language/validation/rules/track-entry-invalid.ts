import { statementsNamed, childrenOf, type Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** The tracker blocks of vrrp_instance / vrrp_sync_group and the weight options each accepts after `weight <n>`. */
const KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['track_interface', ['reverse']],
  ['track_script', ['reverse', 'noreverse']],
  ['track_file', ['reverse', 'noreverse']],
  ['track_process', ['reverse', 'noreverse']],
  ['track_bfd', ['reverse', 'noreverse']],
]);

const OWNERS = new Set(['vrrp_instance', 'vrrp_sync_group']);

function* entries(blocks: readonly Statement[], kind: string, known: (line: Statement) => boolean): Generator<Finding> {
  const options = KINDS.get(kind)!;
  const seen = new Map<string, Statement>();
  for (const block of blocks) {
    const lines = childrenOf(block);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.isValue) continue;
      const name = line.keyword.value;
      // keepalived looks the name up first: an unknown name is undefined-reference's, and is never added
      if (!known(line)) continue;
      const first = seen.get(name);
      if (first) {
        yield {
          span: line.keyword.span,
          message: `'${name}' is already tracked in this ${kind} list: keepalived reports the duplicate and ignores this entry (weight included). Keep one.`,
          related: [{ span: first.keyword.span, message: `'${name}' first tracked here` }],
        };
        continue;
      }
      const [opt, value, extra] = line.args;
      if (opt && opt.value !== 'weight') {
        yield {
          span: opt.span,
          message: `'${opt.value}' is not an option of a ${kind} entry (only \`weight <n>\`): keepalived ignores this whole entry, so '${name}' is not tracked at all.`,
        };
        continue;
      }
      if (opt && !value) {
        yield { span: opt.span, message: `'weight' needs a number: keepalived ignores this whole entry, so '${name}' is not tracked at all.` };
        continue;
      }
      seen.set(name, line);
      if (extra && !options.includes(extra.value)) {
        const dropped = kind === 'track_bfd';
        yield {
          span: extra.span,
          message: `'${extra.value}' is not a weight option (${options.join(' or ')}): keepalived ${dropped ? `ignores this whole entry, so '${name}' is not tracked at all` : 'ignores the word and tracks without it'}.`,
        };
      }
    }
  }
}

/** A tracker entry keepalived drops or corrects: tracked twice, an unknown option, weight without a value, an unknown weight option. */
export const trackEntryInvalid: Rule = {
  id: 'track-entry-invalid',
  severity: 'warning',
  title:
    'A track_script / track_interface / track_file / track_process / track_bfd entry keepalived drops: tracked twice, an unknown option (e.g. a misspelt weight), weight without a number.',
  keepalived:
    'Reports "duplicate track_script X - ignoring", "unknown track script option Y - ignoring", "weight without value specified" and ignores the entry, so the object is not tracked (an unknown word after the weight is reported and skipped).',
  example: 'track_script { chk_haproxy wieght -20 }',
  fix: 'Write `<name> weight <n> [reverse]`, each name once.',
  *check({ model }) {
    // keepalived finds only objects defined above the line that tracks them
    const knownIn = (kind: string) => {
      if (kind === 'track_interface') return () => true;
      const refKind = kind === 'track_script' ? 'vrrp_script' : kind === 'track_bfd' ? 'bfd_instance' : (kind as 'track_file' | 'track_process');
      return (line: Statement) => {
        const d = model.symbols.lookup(refKind, line.keyword.value);
        return d !== undefined && (d.stmt.span.file !== line.span.file || d.stmt.span.start < line.span.start);
      };
    };
    for (const s of statementsNamed(model.parsed.statements, 'vrrp_instance', 'vrrp_sync_group')) {
      if (s.isValue || !OWNERS.has(s.keyword.value) || s.blockId !== 'root' || !s.body) continue;
      // the owner's tracker blocks by kind, in order (most owners have none or one)
      let byKind: Map<string, Statement[]> | undefined;
      const body = childrenOf(s);
      for (let i = 0; i < body.length; i++) {
        const block = body[i]!;
        if (block.isValue || !KINDS.has(block.keyword.value)) continue;
        byKind ??= new Map();
        const list = byKind.get(block.keyword.value);
        if (list) list.push(block);
        else byKind.set(block.keyword.value, [block]);
      }
      if (!byKind) continue;
      for (const kind of KINDS.keys()) {
        const blocks = byKind.get(kind);
        if (blocks) yield* entries(blocks, kind, knownIn(kind));
      }
    }
  },
};
