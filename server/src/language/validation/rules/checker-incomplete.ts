import { closingSpan } from '../../analysis/blocks';
import { references, type References } from '../../analysis/resolve';
import type { Reference } from '../../analysis/symbols';
import { childrenOf, statementsNamed, type Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** FILE_CHECK without track_file, BFD_CHECK without name. */
const NEEDS: Record<string, { keyword: string; what: string }> = {
  FILE_CHECK: { keyword: 'track_file', what: '`track_file <name>`' },
  BFD_CHECK: { keyword: 'name', what: '`name <bfd_instance>`' },
};

/** keepalived's limit on a BFD name (BFD_INAME_MAX, with the terminating NUL). */
const BFD_NAME_MAX = 31;

/**
 * The name lines of a BFD_CHECK as check_bfd.c bfd_name_handler reads them: the first problem
 * drops the checker (and keepalived reads nothing more of it). `monitored`: the sessions the
 * real server's earlier BFD_CHECKs follow. Returns the session this one follows, if it survives.
 */
function bfdNames(
  block: Statement,
  refs: References,
  refOf: ReadonlyMap<Statement, Reference>,
  monitored: ReadonlySet<string>,
  out: Finding[],
): string | undefined {
  let name: string | undefined;
  for (const c of childrenOf(block)) {
    if (c.isValue || !c.def || c.keyword.value !== 'name' || c.args.length === 0) continue;
    const w = c.args[0]!;
    let why: string | undefined;
    let fix = 'Remove the line';
    if (c.args.length > 1) {
      why = `'name' takes one bfd_instance name, and this line has ${c.args.length} words`;
      fix = 'Keep one name per BFD_CHECK';
    } else {
      const ref = refOf.get(c);
      // a name keepalived does not find is undefined-reference's
      if (!ref || refs.resolve(ref).kind !== 'ok') return undefined;
      if (name !== undefined) why = `this BFD_CHECK already follows '${name}'; a checker follows one session (use one BFD_CHECK per session)`;
      else if (w.value.length > BFD_NAME_MAX) {
        why = `the name '${w.value}' is longer than the ${BFD_NAME_MAX} characters keepalived allows for a BFD session`;
        fix = `Give the bfd_instance a name of at most ${BFD_NAME_MAX} characters`;
      } else if (monitored.has(w.value)) why = `an earlier BFD_CHECK of this real server already follows '${w.value}'`;
    }
    if (why) {
      out.push({
        span: c.args.length > 1 ? c.span : w.span,
        message: `${why[0]!.toUpperCase()}${why.slice(1)}: keepalived reports it and drops the whole BFD_CHECK. ${fix}.`,
        related: [{ span: block.keyword.span, message: 'BFD_CHECK starts here' }],
      });
      return undefined;
    }
    name = w.value;
  }
  return name;
}

export const checkerIncomplete: Rule = {
  id: 'checker-incomplete',
  severity: 'warning',
  title:
    'A FILE_CHECK without `track_file`, or a BFD_CHECK without a name it can use (none, several words, a second name, a name over 31 characters, a session the real server already follows).',
  keepalived:
    'Reports "FILE_CHECK has no track_file specified - ignoring", "No name has been specified for BFD_CHECKER - skipping", "BFD_CHECK - No or too many names specified", "already specified as", "BFD name too long", "RS already monitoring" and drops the checker.',
  example: 'FILE_CHECK { weight 5 }',
  fix: 'Add `track_file <name>` / `name <bfd_instance>`; one BFD session per BFD_CHECK, each followed once per real server.',
  *check({ model }) {
    let refs: References | undefined;
    let refOf: Map<Statement, Reference> | undefined;
    const monitored = new Map<Statement | undefined, Set<string>>();
    for (const s of statementsNamed(model.parsed.statements, ...Object.keys(NEEDS))) {
      const need = NEEDS[s.keyword.value];
      if (s.isValue || !s.def || !need) continue;
      if (!(s.body?.statements ?? []).some((c) => !c.isValue && c.keyword.value === need.keyword && c.args.length > 0)) {
        yield {
          span: closingSpan(s),
          message: `This ${s.keyword.value} does not say what to follow: keepalived drops the checker. Add ${need.what}.`,
          related: [{ span: s.keyword.span, message: `${s.keyword.value} starts here` }],
        };
        continue;
      }
      if (s.keyword.value !== 'BFD_CHECK') continue;
      refs ??= references(model);
      refOf ??= new Map(model.symbols.references.filter((r) => r.kind === 'bfd_instance').map((r) => [r.stmt, r]));
      let seen = monitored.get(s.parent);
      if (!seen) monitored.set(s.parent, (seen = new Set()));
      const out: Finding[] = [];
      const name = bfdNames(s, refs, refOf, seen, out);
      if (name !== undefined) seen.add(name);
      yield* out;
    }
  },
};
