/**
 * `keepalived-lint explain [CODE...]`: what a finding's code means, from the same table as the
 * README's rules section and the editor's links: what it finds, what keepalived does with it, an
 * example and the fix. Without a code: every code, one line each.
 *
 *   --format text  (default) a paragraph per code, or the list
 *   --format json  [{"id", "severity", "title", "keepalived", "example"?, "fix"?, "url"}]
 *
 * Exit status: 0 printed, 2 an unknown code (with the nearest known one) or another format.
 */
import { allCodes, explainCodes, InputError, ruleDocUrl } from '../language/project/index';
import type { CliOptions } from './args';
import { report } from './inputs';

type Code = (typeof allCodes)[number];

export interface ExplainIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

const withUrl = (c: Code) => ({ ...c, url: ruleDocUrl(c.id) });

function paragraph(c: Code): string {
  const lines = [`${c.id} (${c.severity})`, `  ${c.title}`, `  keepalived: ${c.keepalived}`];
  if (c.example) lines.push(`  example:    ${c.example}`);
  if (c.fix) lines.push(`  fix:        ${c.fix}`);
  lines.push(`  more:       ${ruleDocUrl(c.id)}`);
  return `${lines.join('\n')}\n`;
}

export function runExplain(opts: CliOptions, io: ExplainIo): number {
  try {
    if (opts.format !== 'text' && opts.format !== 'json') throw new InputError(`explain prints text or json (not ${opts.format})`, true);
    if (opts.paths.length === 0) {
      if (opts.format === 'json') io.stdout(`${JSON.stringify(allCodes.map(withUrl), null, 2)}\n`);
      else {
        const width = Math.max(...allCodes.map((c) => c.id.length));
        io.stdout(allCodes.map((c) => `${c.id.padEnd(width)}  ${c.severity.padEnd(11)}  ${c.title}\n`).join(''));
      }
      return 0;
    }
    const { found, unknown } = explainCodes(opts.paths);
    if (unknown.length > 0)
      throw new InputError(
        unknown.map((u) => `unknown code '${u.id}'${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`).join('\n') +
          '\n(keepalived-lint explain lists every code)',
      );
    io.stdout(opts.format === 'json' ? `${JSON.stringify(found.map(withUrl), null, 2)}\n` : found.map(paragraph).join('\n'));
    return 0;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return report(e, io.stderr);
  }
}
