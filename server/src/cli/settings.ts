/**
 * `.keepalived-lint.json`: found upwards from the current directory (or named by --config) and
 * read by the project's one settings reader (the keys of the editor's `keepalived.*` settings).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSettings, type KeepalivedSettings } from '../language/project/index';

export const SETTINGS_FILE = '.keepalived-lint.json';

export function findSettings(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    const f = path.join(dir, SETTINGS_FILE);
    if (fs.existsSync(f)) return f;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * The settings of a file. Throws, naming the file, when it is not JSON or an entry other than
 * `interfaces` is malformed; interface problems are returned for the caller to report with the
 * command line's own (`--interface expects ...`).
 */
export function loadSettings(file: string): { settings: KeepalivedSettings; interfaceProblems: string[] } {
  const { settings, problems } = readSettings(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
  const other = problems.find((p) => p.setting !== 'interfaces');
  if (other) throw new Error(`${file}: ${other.message}`);
  return { settings, interfaceProblems: problems.map((p) => p.message) };
}
