/**
 * Values for a template's printed expressions, from the line they are on: in an argument's place a
 * value of the type the keyword expects (the catalogue's argument types), glued to other text a
 * name or a piece of an address; the same expression gets the same value everywhere in one
 * rendering, different ones different values, never a word the template has literally.
 */
import { blocks } from '../catalogue/index';
import type { ArgSpec, ArgType, KeywordDef } from '../catalogue/types';
import type { Tag } from './scan';

const byName = new Map<string, KeywordDef>();
export function keyword(name: string): KeywordDef | undefined {
  if (byName.size === 0) for (const b of blocks()) for (const k of b.keywords) if (!byName.has(k.name)) byName.set(k.name, k);
  return byName.get(name);
}

/**
 * Values given so far in one rendering: the same expression text gets the same value, different
 * ones different values, and none is a word the template has literally (a placeholder address
 * equal to a literal peer would make the node its own peer).
 */
export class Values {
  private readonly byKey = new Map<string, string>();
  private count = 0;
  constructor(private readonly reserved: ReadonlySet<string> = new Set()) {}
  get(tag: Tag, kind: string, make: (n: number) => string): string {
    const key = `${kind}\0${tag.code.replace(/\s+/g, '')}`;
    let v = this.byKey.get(key);
    if (v === undefined) {
      for (let tries = 0; tries < 1000; tries++) {
        this.count++;
        v = make(this.count);
        if (!this.reserved.has(v)) break;
      }
      this.byKey.set(key, v!);
    }
    return v!;
  }
}

/** The words of a template (split at blanks, quotes, brackets, `/` and `,`): what placeholder values must not be. */
export function literalWords(template: string): ReadonlySet<string> {
  if (template !== lastWords.template) lastWords = { template, words: new Set(template.split(/[\s"'/,;=()[\]{}<>]+/).filter((w) => w !== '')) };
  return lastWords.words;
}
/** The words of the template last asked about (every variant of a template asks). */
let lastWords: { template: string; words: ReadonlySet<string> } = { template: '', words: new Set() };

function valueFor(type: ArgType | undefined, def: string | undefined, tag: Tag, values: Values): string {
  switch (type?.kind) {
    case 'int':
    case 'number': {
      if (def !== undefined && /^-?\d+(\.\d+)?$/.test(def)) return def;
      const min = type.min ?? 1;
      const max = type.max ?? min + 200;
      // distinct values inside the range (two VRIDs from two expressions must not collide)
      return values.get(tag, 'int', (n) => String(Math.min(max, Math.max(min, 1) + n - 1)));
    }
    case 'enum':
      return def !== undefined && type.values.includes(def) ? def : (type.values.find((v) => v === 'BACKUP') ?? type.values[0] ?? 'x');
    case 'bool':
      return def ?? 'on';
    case 'ip':
    case 'prefix':
    case 'host':
      return values.get(tag, 'ip', (n) => (type.kind !== 'host' && type.family === 6 ? `2001:db8::${n.toString(16)}` : `192.0.2.${(n % 250) + 1}`));
    case 'port':
      return values.get(tag, 'port', (n) => String(8000 + n));
    case 'interface':
      return values.get(tag, 'if', (n) => `tif${n}`);
    case 'path':
    case 'command':
      return values.get(tag, 'path', (n) => `/tpl/value${n}`);
    case 'email':
      return values.get(tag, 'mail', (n) => `tpl${n}@example.org`);
    case 'user':
      return 'root';
    case 'mac':
      return '00:00:5e:00:01:01';
    case 'md5':
      return '0123456789abcdef0123456789abcdef';
    case 'httpStatus':
      return '200';
    default:
      return values.get(tag, 'word', (n) => `tpl${n}`);
  }
}

/** Argument types of keywords the catalogue reads free-form (several forms of one line). */
const FREEFORM: Readonly<Record<string, readonly ArgType[]>> = {
  virtual_server: [{ kind: 'ip' }, { kind: 'port' }],
};

/** The argument spec for the word at `index` (0 = the keyword) of a line starting with `kw`. */
function argSpec(kw: string, index: number): ArgSpec | undefined {
  const free = FREEFORM[kw]?.[index - 1];
  if (free) return { name: kw, type: free };
  const def = keyword(kw);
  if (!def?.args || index < 1) return undefined;
  const args = def.args;
  const i = index - 1;
  if (i < args.length) return args[i];
  const last = args[args.length - 1];
  return last?.repeat ? last : undefined;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^(?=.*:.*:)[0-9a-f:]+$/i;

/**
 * A value glued to other text (`before` ends, `after` starts without a blank; the values after it
 * on the line are written `1`): a whole address before `/prefix`, a prefix length after
 * `address/`, an octet or a group of an address written in parts (`10.0.{{ n }}.1`,
 * `fd00::{{ n }}`), else a part of a name (`VI_{{ id }}`).
 */
function gluedValue(before: string, after: string, tag: Tag, values: Values): string {
  const head = /\S*$/.exec(before)![0];
  const tail = /^\S*/.exec(after)![0];
  if (head === '' && /^\/\d/.test(tail)) return valueFor({ kind: 'ip' }, undefined, tag, values);
  const slash = head.lastIndexOf('/');
  if (slash >= 0 && slash === head.length - 1 && /^\d*$/.test(tail)) {
    const address = head.slice(0, slash);
    if (IPV4.test(address)) return '24';
    if (IPV6.test(address)) return '64';
  }
  const shape = `${head}1${tail}`.replace(/\/\d{1,3}$/, '');
  if (IPV4.test(shape)) return values.get(tag, 'octet', (n) => String((n % 254) + 1));
  if (IPV6.test(shape)) return values.get(tag, 'hex', (n) => n.toString(16));
  return valueFor(undefined, undefined, tag, values);
}

/**
 * The value a printed expression stands for, from its line: `before` is the line up to it, `after`
 * the literal text after it. In an argument's place, a value of the type the keyword expects; in
 * the keyword's place (an address line of a value block, most often), an address; glued to other
 * text, a name (or an address before `/prefix`).
 */
export function typedValue(before: string, after: string, tag: Tag, values: Values): string {
  const gluedBefore = before !== '' && !/[ \t]$/.test(before);
  const gluedAfter = after !== '' && !/^[ \t]/.test(after);
  const words = before.trim() === '' ? [] : before.trim().split(/[ \t]+/);
  const wordIndex = gluedBefore ? words.length - 1 : words.length;
  if (gluedBefore || gluedAfter) return gluedValue(before, after, tag, values);
  if (wordIndex === 0) return valueFor({ kind: 'ip' }, undefined, tag, values);
  const first = words[0]!;
  const spec = argSpec(first, wordIndex);
  if (!spec && /^(dev|interface)$/.test(words[words.length - 1] ?? '')) return valueFor({ kind: 'interface' }, undefined, tag, values);
  return valueFor(spec?.type, spec ? keyword(first)?.default : undefined, tag, values);
}
