/**
 * `.keepalived-lint.json`: per-rule severities and the target host's facts, shared by the
 * CLI and (through the same keys) the editor settings `keepalived.*`.
 *
 *   { "rules": { "argument-extra": "off" }, "configId": "lb1",
 *     "interfaces": { "eth0": "192.0.2.10/24" }, "kolla": { "globals": "etc/kolla/globals.yml" } }
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SeveritySetting } from '../language/validation/validate';

export interface FileSettings {
  readonly rules?: Record<string, SeveritySetting>;
  readonly configId?: string;
  /** keepalived version of the target hosts (the editor's keepalived.version). */
  readonly version?: string;
  readonly interfaces?: Record<string, string | string[]>;
  readonly kolla?: { readonly globals?: string; readonly inventory?: string; readonly passwords?: string };
}

export const SETTINGS_FILE = '.keepalived-lint.json';
const LEVELS = new Set(['off', 'hint', 'information', 'warning', 'error']);

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

export function loadSettings(file: string): FileSettings {
  const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${file}: expected a JSON object`);
  const s = raw as FileSettings;
  for (const [code, level] of Object.entries(s.rules ?? {})) {
    if (!LEVELS.has(level)) throw new Error(`${file}: rules.${code} must be one of off, hint, information, warning, error`);
  }
  return s;
}
