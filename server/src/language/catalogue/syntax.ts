/** Display text for keyword syntax and argument types (hover, completion, messages). */
import type { ArgSpec, ArgType, KeywordDef } from './types';

export function typeText(t: ArgType): string {
  switch (t.kind) {
    case 'int':
    case 'number': {
      const unit = t.kind === 'number' && t.unit === 'seconds' ? ' s' : '';
      if (t.min !== undefined && t.max !== undefined) return `${t.min}..${t.max}${unit}`;
      if (t.min !== undefined) return `≥ ${t.min}${unit}`;
      if (t.max !== undefined) return `≤ ${t.max}${unit}`;
      return t.kind === 'int' ? 'integer' : `number${unit}`;
    }
    case 'enum':
      return t.values.join('|');
    case 'bool':
      return 'on|off|true|false|yes|no';
    case 'ip':
      return t.family ? `IPv${t.family} address` : 'IP address';
    case 'prefix':
      return t.family ? `IPv${t.family} address[/prefix]` : 'address[/prefix]';
    case 'port':
      return 'port 0..65535';
    case 'interface':
      return 'interface name';
    case 'md5':
      return '32 hexadecimal digits';
    case 'httpStatus':
      return 'status code 100..599 or a range from-to';
    case 'ref':
      return `name of a ${t.target}`;
    case 'name':
      return `name of this ${t.defines}`;
    default:
      return t.kind;
  }
}

function argText(a: ArgSpec): string {
  const inner = `<${a.name}>${a.repeat ? '...' : ''}`;
  return a.optional ? `[${inner}]` : inner;
}

export function syntaxOf(def: KeywordDef): string {
  if (def.syntax) return def.syntax;
  const parts = [def.name, ...(def.args ?? []).map(argText)];
  if (def.opens || def.values) parts.push('{ ... }');
  return parts.join(' ');
}

const requiredCache = new WeakMap<KeywordDef, number>();

/** How many arguments a keyword needs (computed once per keyword). */
export function requiredArgCount(def: KeywordDef): number {
  let n = requiredCache.get(def);
  if (n === undefined) {
    n = (def.args ?? []).filter((a) => !a.optional).length;
    requiredCache.set(def, n);
  }
  return n;
}
