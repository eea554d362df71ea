import { closingSpan } from '../../analysis/blocks';
import { scriptCommand } from '../../analysis/command';
import { isKept, trackedProcess, trackFilePath, vrrpScriptCommand } from '../../analysis/resolve';
import type { ConfigModel, NamedObject } from '../../analysis/model';
import type { RefKind } from '../../catalogue/types';
import type { Span } from '../../issue';
import { statementsNamed, fullSpan, type Statement } from '../../syntax/ast';
import type { Rule } from '../rule';

/** A vrrp_script with no `script` line, a vrrp_track_process with no `process`, a track_file with no `file`, or a MISC_CHECK with no `misc_path`: there is nothing to run or watch. */
export const scriptMissing: Rule = {
  id: 'script-missing',
  severity: 'warning',
  title: 'A vrrp_script without a `script` line, a vrrp_track_process without `process`, a track_file without `file`, or a MISC_CHECK without `misc_path`.',
  keepalived:
    'Reports "No script set for vrrp_script X - removing" / "track process \'X\' process name not specified" / "No file set for track_file X - ignoring" / "No script path has been specified for MISC_CHECKER - skipping" at the closing brace and drops the block; whatever tracks it runs untracked.',
  example: 'vrrp_script chk { interval 2 }',
  fix: 'Add a `script` line (`process` for vrrp_track_process, `file` for track_file, `misc_path` for MISC_CHECK).',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, 'vrrp_script', 'MISC_CHECK', 'vrrp_track_process', 'track_file', 'vrrp_track_file')) {
      if (s.isValue || !s.def || !s.body) continue;
      if (s.keyword.value === 'track_file' || s.keyword.value === 'vrrp_track_file') {
        if (s.blockId !== 'root' || trackFilePath(s)) continue;
        const name = s.args[0]?.value ?? '';
        yield {
          span: closingSpan(s),
          message: `track_file '${name}' names no file to watch: keepalived drops it when it reads this '}', so every track_file entry or FILE_CHECK naming it finds nothing. Add \`file /path/to/file\`.`,
          related: [{ span: s.keyword.span, message: `track_file '${name}' starts here` }],
        };
        continue;
      }
      if (s.keyword.value === 'vrrp_track_process') {
        if (s.blockId !== 'root' || trackedProcess(s)) continue;
        const name = s.args[0]?.value ?? '';
        const other = keptNamesake(model, 'track_process', name, s);
        yield {
          span: closingSpan(s),
          message: `vrrp_track_process '${name}' names no process to watch: keepalived drops it when it reads this '}', ${users('track_process', other)} Add \`process <name> [<args>]\`.`,
          related: [{ span: s.keyword.span, message: `vrrp_track_process '${name}' starts here` }, ...keptRelated('vrrp_track_process', name, other)],
        };
        continue;
      }
      if (s.keyword.value === 'vrrp_script' && s.blockId === 'root') {
        if (vrrpScriptCommand(s)) continue;
        const name = s.args[0]?.value ?? '';
        const whole = fullSpan(s);
        const skipped = model.parsed.conditionals.filter(
          (c) =>
            !c.active &&
            c.lineSpan.file === whole.file &&
            c.lineSpan.start >= whole.start &&
            c.lineSpan.end <= whole.end &&
            /^\s*script\b/.test(model.parsed.files.get(c.lineSpan.file)?.text.slice(c.span.end, c.lineSpan.end) ?? ''),
        );
        const why =
          skipped.length > 0
            ? ` Its script lines are conditional (${[...new Set(skipped.map((c) => `@${c.negated ? '^' : ''}${c.id}`))].join(', ')}) and none matches the config id.`
            : '';
        const other = keptNamesake(model, 'vrrp_script', name, s);
        yield {
          span: closingSpan(s),
          message: `vrrp_script '${name}' has no script to run: keepalived removes it when it reads this '}', ${users('track_script', other)}${why} Add \`script "/path/to/check args"\`.`,
          related: [{ span: s.keyword.span, message: `vrrp_script '${name}' starts here` }, ...keptRelated('vrrp_script', name, other)],
        };
      } else if (s.keyword.value === 'MISC_CHECK') {
        const paths = s.body.statements.filter((c) => !c.isValue && c.keyword.value === 'misc_path' && c.def);
        if (paths.some((p) => scriptCommand(p).argv.length > 0)) continue;
        yield {
          span: closingSpan(s),
          message:
            'This MISC_CHECK has no \'misc_path\': keepalived skips the checker, so it never checks the real server. Add `misc_path "/path/to/check args"`.',
          related: [{ span: s.keyword.span, message: 'MISC_CHECK starts here' }],
        };
      }
    }
  },
};

/** Another definition of the same name that keepalived keeps: entries read after it find that one. */
function keptNamesake(model: ConfigModel, kind: RefKind, name: string, s: Statement): NamedObject | undefined {
  return model.symbols.definitionsNamed(kind, name).find((d) => d.stmt !== s && isKept(d));
}

function users(entry: string, other: NamedObject | undefined): string {
  return other
    ? `so ${entry} entries naming it find the other block of that name (where that one is read before them).`
    : `and every ${entry} entry naming it is ignored.`;
}

function keptRelated(block: string, name: string, other: NamedObject | undefined): { span: Span; message: string }[] {
  return other ? [{ span: other.nameWord.span, message: `the ${block} '${name}' keepalived keeps` }] : [];
}
