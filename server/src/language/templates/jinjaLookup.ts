/**
 * `x.name`, `x['name']` and `x[3]` as Jinja2 under Ansible looks them up: an attribute or a key
 * (or an item) the value does not have is *undefined* — not nothing, as nunjucks gives — and Ansible
 * (its Undefined is strict) stops the host's template task where that undefined is used: printed,
 * tested for truth, compared, iterated, passed to a filter; `is defined`, `default` and a further
 * lookup (`d.missing.x`, itself undefined) do not use it (ansible-core 2.14.18, jdiff f-undef).
 *
 * The host's variables (hostvars[h], vars) are looked up as names are: a fact or a value of the
 * play (ansible_*, omit, role_path...) is a value we cannot know, anything else is undefined.
 * A value we cannot know has every attribute, itself unknown; so has a method of Python's we do
 * not emulate (`s.title()`: a value we cannot know, not an undefined one).
 */
import { findKey } from '../ansible/pyKeys';
import { isUnknown, use, type Unknown, type UndefinedKey } from './jinjaUnknown';
import { pyIndex, pySlice, Slice } from './jinjaSlices';
import { pyMethod } from './jinjaOps';
import { isNumber, isPlainObject, pyTypeName } from './pyTypes';
import { pyRepr } from './pyValue';

/** Variables Ansible sets for a play, a role or the template module (their values depend on the run). */
const ANSIBLE_MAGIC: ReadonlySet<string> = new Set([
  'omit',
  'play_hosts',
  'role_path',
  'role_name',
  'playbook_dir',
  'inventory_dir',
  'inventory_file',
  'template_host',
  'template_path',
  'template_fullpath',
  'template_destpath',
  'template_uid',
  'template_run_date',
]);

/** A fact (gathered on the host) or a value of the play: a value a static reading cannot know, never undefined. */
export const isRunValue = (name: string): boolean => /^ansible_(?!host$|port$|user$|connection$|python_interpreter$)/.test(name) || ANSIBLE_MAGIC.has(name);

/** Python's methods we do not emulate, by type: they exist, their result is a value we cannot know. */
const PY_METHODS: Record<string, ReadonlySet<string>> = {
  str: new Set(
    'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'.split(
      ' ',
    ),
  ),
  list: new Set('append clear copy count extend index insert pop remove reverse sort'.split(' ')),
  dict: new Set('clear copy fromkeys get items keys pop popitem setdefault update values'.split(' ')),
  int: new Set('bit_length conjugate to_bytes as_integer_ratio'.split(' ')),
};
PY_METHODS.tuple = new Set(['count', 'index']);
PY_METHODS.float = new Set(['conjugate', 'is_integer', 'hex', 'as_integer_ratio']);
const NUMBER_ATTRS: ReadonlySet<string> = new Set(['real', 'imag', 'numerator', 'denominator']);
PY_METHODS.bool = PY_METHODS.int!;

/**
 * The host's variables as objects (hostvars[h], vars): a name they lack is looked up as a variable
 * name is. A host's context is made with the key `SCOPE` (a symbol: no template sees it); `vars`,
 * nunjucks' copy of it, is marked when a template reads it.
 */
export const SCOPE: unique symbol = Symbol('host variables');
const scopes = new WeakSet<object>();
export const markScope = (o: object): void => void scopes.add(o);
const isScope = (o: unknown): boolean => typeof o === 'object' && o !== null && ((o as { [SCOPE]?: boolean })[SCOPE] === true || scopes.has(o));

/** Where a lookup is written: the template line (0-based, when it is the rendered template's) and the looked-up expression. */
export interface Site {
  readonly line?: number;
  readonly expr?: string;
}

/** Python's type of a value that has attributes and items of its own (undefined: another object, whose lookups stay nunjucks'). */
function ownerType(obj: unknown): string | undefined {
  if (obj === null || typeof obj === 'string' || typeof obj === 'boolean' || isNumber(obj) || Array.isArray(obj)) return pyTypeName(obj);
  return typeof obj === 'object' && isPlainObject(obj) ? 'dict' : undefined;
}

/** What `obj` lacks, as an undefined value (the unknown made by `make`), or a value we cannot know. */
function missing(obj: unknown, val: unknown, site: Site, make: (name: string) => Unknown): unknown {
  const type = ownerType(obj);
  const label = typeof val === 'string' && /^[A-Za-z_]\w*$/.test(val) ? `${site.expr ?? '…'}.${val}` : `${site.expr ?? '…'}[${pyRepr(val)}]`;
  const scope = isScope(obj);
  if (scope && typeof val === 'string' && isRunValue(val)) return make(val);
  if (type === undefined) return undefined;
  // a number's attributes, a method of Python's we do not emulate: values we cannot know
  if (typeof val === 'string' && NUMBER_ATTRS.has(val) && (type === 'int' || type === 'float' || type === 'bool')) return make(label);
  if (typeof val === 'string' && PY_METHODS[type]?.has(val)) return () => make(`${label}()`);
  const u = make(label);
  const kind: UndefinedKey['kind'] = typeof val === 'number' && type !== 'dict' ? 'item' : type === 'dict' ? 'key' : 'attribute';
  const key: UndefinedKey = {
    expr: label,
    owner: site.expr ?? '…',
    ownerType: scope ? 'variables' : type,
    size: Array.isArray(obj) || typeof obj === 'string' ? obj.length : undefined,
    kind,
    key: typeof val === 'string' && kind !== 'item' ? val : pyRepr(val),
    line: site.line,
  };
  u.undefinedVar = true;
  u.key = key;
  return u;
}

/**
 * `obj[val]` (and `obj.val`) as Jinja2 under Ansible: a slice, a negative index, a Python method,
 * a dict's key that is not a string, then nunjucks' lookup (`fallback`); what is not there is
 * undefined (made by `make`, see `missing`).
 */
export function pyMember(obj: unknown, val: unknown, site: Site, fallback: (o: unknown, v: unknown) => unknown, make: (name: string) => Unknown): unknown {
  // a further lookup on a value we cannot know, or on an undefined one (Jinja's Undefined gives itself)
  if (isUnknown(obj)) return obj;
  if (isUnknown(val)) {
    use(val);
    return val;
  }
  if (val instanceof Slice) return pySlice(obj, val);
  if (typeof val === 'number' && val < 0) return pyIndex(obj, val) ?? missing(obj, val, site, make);
  const dict = typeof obj === 'object' && obj !== null && !Array.isArray(obj) && isPlainObject(obj);
  if (typeof val === 'string') {
    // (a list's or string's `length` is JavaScript's, not Python's)
    const own =
      (typeof obj === 'object' || typeof obj === 'string') && obj !== null && Object.prototype.hasOwnProperty.call(obj, val) && (dict || val !== 'length');
    const py = own ? undefined : pyMethod(obj, val);
    if (py) return py;
    // a dict's own keys only (not JavaScript's `constructor`, `toString`...), a list's items and its own fields (a groupby tuple's grouper)
    if ((dict || Array.isArray(obj) || typeof obj === 'string') && !own) return missing(obj, val, site, make);
  } else if (dict) {
    // a key that is not a string (`d[51]`, `d[True]`): as PyYAML read the dict's keys
    const at = findKey(obj, val);
    return at === undefined ? missing(obj, val, site, make) : (obj as Record<string, unknown>)[at];
  }
  const v = fallback(obj, val);
  return v === undefined ? missing(obj, val, site, make) : v;
}
