/**
 * The `keepalived.*` settings as the server uses them. The keys are declared once, in
 * package.json (contributes.configuration); this is their typed reading.
 */
import type { ParsedAddress } from '../language/analysis/addresses';
import { parseAddress } from '../language/analysis/addresses';
import type { SeveritySetting } from '../language/validation/validate';

export interface ServerSettings {
  readonly configId?: string;
  /** keepalived version of the target hosts, for keyword-version. */
  readonly version?: string;
  readonly interfaces: ReadonlyMap<string, readonly ParsedAddress[]>;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly kolla: { readonly globals?: string; readonly inventory?: string; readonly passwords?: string };
  readonly inlayHints: { readonly effectivePriority: boolean; readonly variables: boolean };
  readonly codeLens: boolean;
}

export const defaultSettings: ServerSettings = {
  interfaces: new Map(),
  rules: {},
  kolla: {},
  inlayHints: { effectivePriority: true, variables: true },
  codeLens: true,
};

const LEVELS = new Set(['off', 'hint', 'information', 'warning', 'error']);

/** Read the raw `keepalived` configuration section, ignoring malformed entries. */
export function readSettings(raw: unknown): ServerSettings {
  if (typeof raw !== 'object' || raw === null) return defaultSettings;
  const r = raw as Record<string, unknown>;
  const interfaces = new Map<string, ParsedAddress[]>();
  if (typeof r.interfaces === 'object' && r.interfaces !== null) {
    for (const [name, v] of Object.entries(r.interfaces as Record<string, unknown>)) {
      for (const c of Array.isArray(v) ? v : [v]) {
        const a = typeof c === 'string' ? parseAddress(c, true) : undefined;
        if (a && a.prefix !== undefined) interfaces.set(name, [...(interfaces.get(name) ?? []), a]);
      }
    }
  }
  const rules: Record<string, SeveritySetting> = {};
  if (typeof r.rules === 'object' && r.rules !== null) {
    for (const [code, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof level === 'string' && LEVELS.has(level)) rules[code] = level as SeveritySetting;
    }
  }
  const kolla = (typeof r.kolla === 'object' && r.kolla !== null ? r.kolla : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const hints = (typeof r.inlayHints === 'object' && r.inlayHints !== null ? r.inlayHints : {}) as Record<string, unknown>;
  return {
    configId: str(r.configId),
    version: str(r.version),
    interfaces,
    rules,
    kolla: { globals: str(kolla.globals), inventory: str(kolla.inventory), passwords: str(kolla.passwords) },
    inlayHints: { effectivePriority: hints.effectivePriority !== false, variables: hints.variables !== false },
    codeLens: r.codeLens !== false,
  };
}
