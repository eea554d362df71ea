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

/** PyYAML's construct_yaml_float (a float's text: `1.5`, `.5`, `1_000.5`, `1:30.5`, `.inf`, `-.NaN`, and `1e3` when a tag asks for a float). */
function yamlFloat(s: string): number {
  let v = s.replace(/_/g, '').toLowerCase();
  const sign = v.startsWith('-') ? -1 : 1;
  if (v.startsWith('-') || v.startsWith('+')) v = v.slice(1);
  if (v === '.inf') return sign * Infinity;
  if (v === '.nan') return NaN;
  if (v.includes(':')) return sign * sexagesimal(v);
  return sign * Number(v.startsWith('.') ? `0${v}` : v.endsWith('.') ? `${v}0` : v);
}

/** PyYAML's construct_yaml_int: `0b`, `0x`, a leading 0 (octal), `_` between digits, `1:30` (base 60). */
function yamlInt(s: string): number {
  let v = s.replace(/_/g, '');
  const sign = v.startsWith('-') ? -1 : 1;
  if (v.startsWith('-') || v.startsWith('+')) v = v.slice(1);
  if (v === '0') return 0;
  if (v.startsWith('0b')) return sign * parseInt(v.slice(2), 2);
  if (v.startsWith('0x')) return sign * parseInt(v.slice(2), 16);
  if (v.startsWith('0')) return sign * parseInt(v, 8);
  if (v.includes(':')) return sign * sexagesimal(v);
  return sign * parseInt(v, 10);
}

const float = (n: number): PyValue => ({ value: n, printed: pyFloatRepr(n) });

/** The value PyYAML's YAML 1.1 resolver gives a plain (unquoted, untagged) scalar. */
export function resolvePlainYaml11(source: string): PyValue {
  const s = source;
  if (NULL_RE.test(s)) return { value: null, printed: '' };
  if (BOOL_RE.test(s)) {
    const b = TRUE_WORDS.has(s);
    return { value: b, printed: b ? 'True' : 'False' };
  }
  if (FLOAT_RE.test(s)) return float(yamlFloat(s));
  if (INT_RE.test(s)) {
    const n = yamlInt(s);
    return { value: n, printed: String(n) };
  }
  return { value: s, printed: s };
}

/**
 * A scalar with one of YAML's own tags (`!!int "0755"`, `!!float 1`, `!!bool "yes"`, `!!null`), as
 * PyYAML constructs it; undefined for another tag, or a text the tag's constructor refuses.
 */
export function constructTagged(tag: string, source: string): PyValue | undefined {
  const s = source.trim();
  switch (tag.replace(/^tag:yaml\.org,2002:|^!!/, '')) {
    case 'null':
      return { value: null, printed: '' };
    case 'bool': {
      const b = BOOL_RE.exec(s.toLowerCase());
      return b ? { value: TRUE_WORDS.has(b[0]), printed: TRUE_WORDS.has(b[0]) ? 'True' : 'False' } : undefined;
    }
    case 'int': {
      const n = /^[-+]?[0-9][0-9a-fA-FxXbB_:]*$/.test(s) ? yamlInt(s.toLowerCase()) : NaN;
      return Number.isNaN(n) ? undefined : { value: n, printed: String(n) };
    }
    case 'float': {
      const n = yamlFloat(s);
      return Number.isNaN(n) && !/^[-+]?\.nan$/i.test(s) ? undefined : float(n);
    }
    default:
      return undefined;
  }
}

/**
 * A Python float with a whole value (`1.0`, `2.0`). Other floats stay plain numbers: a JavaScript
 * number that is not whole is never a Python int. A Number object, so arithmetic and comparisons
 * with numbers see its value and nunjucks does not take it for a mapping.
 */
export class PyFloat extends Number {
  override toString(): string {
    return pyFloatRepr(this.valueOf());
  }
}

/** A Python float from a number (whole values boxed). */
export const pyFloat = (n: number): number | PyFloat => (Number.isInteger(n) ? new PyFloat(n) : n);

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
