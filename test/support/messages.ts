/** Shared by the unit and lab tests of the keepalived message table. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { lint } from '../../server/src/language/index';
import type { Issue } from '../../server/src/language/issue';
import type { ReproducedRow } from '../../server/src/language/validation/keepalivedMessages';
import { interfacesOf } from './rules';

/** The interfaces of the lab namespace (and of the host the examples are linted for). */
export const LAB_INTERFACES: Record<string, string> = { eth0: '192.0.2.11/24', eth1: '198.51.100.11/24' };

/** A short readable name for a row in test titles. */
export const rowTitle = (r: { file: string; formats: readonly string[] }): string =>
  `${r.file.replace(/^.*\//, '')}: ${r.formats[0]}${r.formats.length > 1 ? ` (+${r.formats.length - 1})` : ''}`;

/** Write an example to its own temporary file (keepalived and our linter read the same bytes). */
export function writeExample(dir: string, index: number, row: ReproducedRow): string {
  const file = path.join(dir, `example-${index}.conf`);
  fs.writeFileSync(file, row.example.config);
  return file;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kl-messages-'));
}

/** Our issues on an example file, with their 1-based lines. */
export function lintExample(file: string): { issue: Issue; line: number }[] {
  const text = fs.readFileSync(file, 'utf8');
  const issues = lint(file, text, createNodeHost(), { interfaces: interfacesOf(LAB_INTERFACES) }).issues;
  return issues.map((issue) => {
    let line = 1;
    for (let i = 0; i < issue.span.start && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return { issue, line: issue.span.file === file ? line : -1 };
  });
}

/**
 * A printf format as a regular expression over one output line: each conversion matches any
 * text; keepalived's `(Line N) ` / `(file: Line N) ` prefix is captured when present.
 */
export function formatRegExp(format: string): RegExp {
  let re = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '%') {
      const m = /^%(%|[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcspm])/.exec(format.slice(i));
      if (m) {
        re += m[1] === '%' ? '%' : '.*';
        i += m[0].length - 1;
        continue;
      }
    }
    re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^(?:\\((?:[^()]*: )?Line (\\d+)\\) )?${re}$`);
}
