/**
 * Values as Ansible (Python, PyYAML, Jinja) sees them: YAML 1.1 plain scalars, INI values
 * (ast.literal_eval), Jinja printing and the `bool` filter.
 *
 * We parse YAML with the `yaml` package's core (1.2) schema for structure and positions, then
 * re-read *plain* scalars the way PyYAML's YAML 1.1 resolver does, because that is what Ansible
 * uses: `yes`/`no`/`on`/`off` are booleans, `051` is octal 41, `1_000` is 1000, `1e3` is a string.
 */
import type { AnsibleScalar } from './types';

const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const TRUE_WORDS = new Set(['yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_RE = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL_RE = /^(?:~|null|Null|NULL|)$/;

export interface PyValue {
  readonly value: AnsibleScalar;
  /** str(value) as Jinja prints it (Ansible prints None as ''). */
  readonly printed: string;
}

function sexagesimal(digits: string): number {
  let n = 0;
  for (const part of digits.split(':')) n = n * 60 + Number(part);
  return n;
}

/**
 * Python's repr of a float: the shortest digits that read back (as JavaScript's), in positional
 * notation from 1e-4 up to 1e16 (with `.0` when whole), else as `1.5e+16` / `1e-05`.
 */
export function pyFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e-4 && abs < 1e16) {
    const s = String(n);
    return s.includes('.') ? s : `${s}.0`;
  }
  return n.toExponential().replace(/e([+-])(\d)$/, 'e$10$2');
}

/** The value PyYAML's YAML 1.1 resolver gives a plain (unquoted, untagged) scalar. */
export function resolvePlainYaml11(source: string): PyValue {
  const s = source;
  if (NULL_RE.test(s)) return { value: null, printed: '' };
  if (BOOL_RE.test(s)) {
    const b = TRUE_WORDS.has(s);
    return { value: b, printed: b ? 'True' : 'False' };
  }
  if (FLOAT_RE.test(s)) {
    let v = s.replace(/_/g, '').toLowerCase();
    let sign = 1;
    if (v.startsWith('-')) sign = -1;
    if (v.startsWith('-') || v.startsWith('+')) v = v.slice(1);
    let n: number;
    if (v === '.inf') n = Infinity;
    else if (v === '.nan') n = NaN;
    else if (v.includes(':')) n = sexagesimal(v);
    else n = Number(v.startsWith('.') ? `0${v}` : v.endsWith('.') ? `${v}0` : v);
    n *= sign;
    return { value: n, printed: pyFloatRepr(n) };
  }
  if (INT_RE.test(s)) {
    let v = s.replace(/_/g, '');
    let sign = 1;
    if (v.startsWith('-')) sign = -1;
    if (v.startsWith('-') || v.startsWith('+')) v = v.slice(1);
    let n: number;
    if (v === '0') n = 0;
    else if (v.startsWith('0b')) n = parseInt(v.slice(2), 2);
    else if (v.startsWith('0x')) n = parseInt(v.slice(2), 16);
    else if (v.startsWith('0')) n = parseInt(v, 8);
    else if (v.includes(':')) n = sexagesimal(v);
    else n = parseInt(v, 10);
    n *= sign;
    return { value: n, printed: String(n) };
  }
  return { value: s, printed: s };
}

/**
 * Ansible's INI inventory `_parse_value`: ast.literal_eval when it succeeds, the string otherwise.
 * Covers the literals that matter for variables (numbers, booleans, None, quoted strings).
 */
export function parseIniValue(v: string): PyValue {
  if (v === 'True' || v === 'False') return { value: v === 'True', printed: v };
  if (v === 'None') return { value: null, printed: '' };
  if (/^[-+]?(?:0|[1-9][0-9_]*)$/.test(v) && !/__|_$/.test(v)) {
    const n = parseInt(v.replace(/_/g, ''), 10);
    return { value: n, printed: String(n) };
  }
  if (/^[-+]?0[xX][0-9a-fA-F]+$/.test(v)) {
    const n = parseInt(v.replace(/0[xX]/, ''), 16) * (v.startsWith('-') ? -1 : 1);
    return { value: n, printed: String(n) };
  }
  if (/^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+(?=[eE]))(?:[eE][-+]?[0-9]+)?$/.test(v)) {
    const n = Number(v);
    return { value: n, printed: pyFloatRepr(n) };
  }
  const [, quote, inner] = /^(['"])(.*)\1$/s.exec(v) ?? [];
  if (quote !== undefined && inner !== undefined && !inner.includes(quote) && !inner.includes('\\')) return { value: inner, printed: inner };
  return { value: v, printed: v };
}

/** How Jinja (with Ansible's finalize) prints a scalar. */
export function printPython(v: AnsibleScalar): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return String(v);
}

/** Ansible's `bool` filter. */
export function ansibleBool(v: AnsibleScalar): boolean {
  if (typeof v === 'boolean') return v;
  if (v === null) return false;
  if (typeof v === 'number') return v === 1;
  return ['yes', 'on', '1', 'true'].includes(v.toLowerCase());
}
