/**
 * YAML values as Ansible loads them (PyYAML, YAML 1.1), at every depth: the `yaml` package parses
 * (YAML 1.2, with positions), then each plain scalar is read again as PyYAML's resolver reads it
 * (`no` is False, `0755` is 493, `1e3` a string, `1:30` is 90, `yes:` a key True), explicit tags as
 * PyYAML constructs them (`!!int "0755"` is 493, `!!str 0755` a string), merge keys `<<` as PyYAML
 * flattens them (explicit keys win, then the first map merged), an alias as the same value as its
 * anchor. Ansible's tags: `!vault` (encrypted) is None here as at the top level, `!unsafe` a string
 * its container lists under `UNSAFE_KEYS` (Ansible never templates it). A JSON file is read as
 * Ansible's loader reads it first: with JSON's literals (`1e3` is the float 1000.0).
 *
 * An alias bomb (anchors that expand to millions of values) or an anchor holding itself gives no
 * value (undefined), as the `yaml` package's own guard did.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { findKey, keyOf, pyKey } from './pyKeys';
import { constructTagged, printPython, pyFloat, pyFloatRepr, resolvePlainYaml11 } from './pyValues';
import type { AnsibleScalar } from './types';

/** On a list or dict read from YAML: the indexes or keys whose strings were tagged `!unsafe`. */
export const UNSAFE_KEYS: unique symbol = Symbol('unsafe keys');

/** Values the aliases of one file may add once expanded: more is an alias bomb. */
const ALIAS_BUDGET = 100_000;

export interface ScalarDef {
  readonly value: AnsibleScalar;
  readonly printed: string;
  readonly unsafe?: boolean;
  readonly vault?: boolean;
}

/** A JSON literal (the file is JSON: Ansible's loader reads it with json.loads before trying YAML). */
function jsonLiteral(src: string): ScalarDef {
  if (src === 'true' || src === 'false') return { value: src === 'true', printed: src === 'true' ? 'True' : 'False' };
  if (src === 'null') return { value: null, printed: '' };
  const n = Number(src);
  if (Number.isNaN(n)) return { value: src, printed: src };
  return { value: n, printed: /[.eE]/.test(src) ? pyFloatRepr(n) : String(n) };
}

/** A scalar as Ansible loads it; `json` when the file is JSON. */
export function scalarValue(node: Scalar, json = false): ScalarDef {
  const tag = node.tag;
  if (tag === '!vault') return { value: null, printed: '', vault: true };
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar's value is a string, number, boolean, bigint or Date: String() prints each
  const src = typeof node.source === 'string' ? node.source : String(node.value ?? '');
  if (tag === '!unsafe') return { value: src, printed: src, unsafe: true };
  if (tag === 'tag:yaml.org,2002:str' || tag === '!!str') return { value: src, printed: src };
  if (!tag && node.type === 'PLAIN') return json ? jsonLiteral(src) : resolvePlainYaml11(src);
  const constructed = tag ? constructTagged(tag, src) : undefined;
  if (constructed) return constructed;
  const v = node.value;
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return { value: v, printed: printPython(v) };
  if (typeof v === 'number') return { value: v, printed: Number.isInteger(v) && !/[.eE]/.test(src) ? String(v) : pyFloatRepr(v) };
  if (typeof v === 'bigint') return { value: Number(v), printed: String(v) };
  return { value: src, printed: src };
}

/** A scalar's value for templates: a whole float (`1.0`) as a float. */
const scalarData = (d: ScalarDef): unknown => (typeof d.value === 'number' && Number.isInteger(d.value) && /[.e]/.test(d.printed) ? pyFloat(d.value) : d.value);

/** A merge key `<<` (the `yaml` package reads it as a symbol where merging is on). */
const isMergeKey = (k: unknown): boolean => isScalar(k) && (typeof k.value === 'symbol' || (k.source === '<<' && k.type === 'PLAIN' && !k.tag));

/** The values of one YAML document (one per file: aliases resolve and anchors expand once). */
export class YamlReader {
  private readonly values = new Map<Node, unknown>();
  private readonly sizes = new Map<Node, number>();
  private readonly pairsOf = new Map<Node, readonly (readonly [unknown, unknown])[]>();
  private readonly aliasCache = {};
  /** Values the aliases of the values read so far expand to (the budget is the document's). */
  private expanded = 0;

  /** `json`: the file is JSON. */
  constructor(
    private readonly doc: Document,
    private readonly json = false,
  ) {}

  /**
   * A list's or map's whole value as Ansible loads it; undefined for an alias bomb or an anchor
   * that holds itself.
   */
  data(node: Node): unknown {
    this.expanded += this.aliasExpansion(node);
    if (this.expanded > ALIAS_BUDGET || this.size(node) === Infinity) return undefined;
    return this.value(node);
  }

  /** A scalar as Ansible loads it. */
  scalar(node: Scalar): ScalarDef {
    return scalarValue(node, this.json);
  }

  /** A map's pairs as PyYAML reads them: the pairs its merge keys bring first (`merged`), then its own. */
  mapPairs(map: Node): { key: unknown; value: unknown; merged: boolean }[] {
    const own = isMap(map) ? map.items.filter((p) => !isMergeKey(p.key)).length : 0;
    const all = this.pairs(map);
    return all.map(([key, value], i) => ({ key: this.target(key), value, merged: i < all.length - own }));
  }

  /** The node an alias stands for (the node itself otherwise). */
  target(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc, this.aliasCache as Parameters<typeof node.resolve>[1]) : node;
  }

  /** A map's pairs with its merge keys flattened as PyYAML's flatten_mapping does (merged pairs first, explicit ones last). */
  private pairs(map: Node): readonly (readonly [unknown, unknown])[] {
    const known = this.pairsOf.get(map);
    if (known) return known;
    this.pairsOf.set(map, []); // a merge of itself merges nothing more
    const merged: (readonly [unknown, unknown])[] = [];
    const own: (readonly [unknown, unknown])[] = [];
    for (const p of isMap(map) ? map.items : []) {
      if (!isMergeKey(p.key)) {
        own.push([p.key, p.value]);
        continue;
      }
      const v = this.target(p.value);
      const sources = isSeq(v) ? v.items.map((x) => this.target(x)).reverse() : [v];
      for (const s of sources) if (isMap(s)) merged.push(...this.pairs(s));
    }
    const all = [...merged, ...own];
    this.pairsOf.set(map, all);
    return all;
  }

  /** How many values a node expands to (aliases expanded); Infinity for an anchor holding itself. */
  private size(node: unknown): number {
    const n = this.target(node);
    if (!isMap(n) && !isSeq(n)) return 1;
    const known = this.sizes.get(n);
    if (known !== undefined) return known;
    this.sizes.set(n, Infinity);
    let total = 1;
    if (isSeq(n)) for (const x of n.items) total += this.size(x);
    else for (const [k, v] of this.pairs(n)) total += this.size(k) + this.size(v);
    this.sizes.set(n, total);
    return total;
  }

  /** Values the document's aliases add once expanded. */
  private aliasExpansion(root: Node): number {
    let total = 0;
    const seen = new Set<unknown>();
    const walk = (node: unknown): void => {
      if (this.expanded + total > ALIAS_BUDGET || seen.has(node)) return;
      seen.add(node);
      if (isAlias(node)) total += this.size(node);
      else if (isSeq(node)) for (const x of node.items) walk(x);
      else if (isMap(node))
        for (const p of node.items) {
          walk(p.key);
          walk(p.value);
        }
    };
    walk(root);
    return total;
  }

  private key(node: unknown): string {
    const n = this.target(node);
    if (isScalar(n)) return keyOf(scalarData(scalarValue(n, this.json)));
    // a list or map as a key (Python cannot hash it): its text
    return keyOf(isMap(n) || isSeq(n) ? String(n) : '');
  }

  /** Keep a string tagged `!unsafe` from templating: its container lists where it is. */
  private static markUnsafe(container: object, at: string | number): void {
    const c = container as { [UNSAFE_KEYS]?: Set<string | number> };
    if (!c[UNSAFE_KEYS]) Object.defineProperty(c, UNSAFE_KEYS, { value: new Set(), enumerable: false });
    c[UNSAFE_KEYS]!.add(at);
  }

  private item(container: object, at: string | number, node: unknown): unknown {
    const n = this.target(node);
    if (isScalar(n) && n.tag === '!unsafe') YamlReader.markUnsafe(container, at);
    return this.value(n);
  }

  private value(node: unknown): unknown {
    const n = this.target(node);
    if (n === null || n === undefined) return null;
    if (isScalar(n)) return scalarData(scalarValue(n, this.json));
    const known = this.values.get(n as Node);
    if (known !== undefined) return known;
    if (isSeq(n)) {
      const list: unknown[] = [];
      this.values.set(n, list);
      n.items.forEach((x, i) => list.push(this.item(list, i, x)));
      return list;
    }
    if (!isMap(n)) return null;
    const dict: Record<string, unknown> = {};
    this.values.set(n, dict);
    for (const [k, v] of this.pairs(n)) {
      const jsKey = this.key(k);
      // Python's dict: an equal key (True, 1, 1.0) keeps its first form and takes the last value
      const at = findKey(dict, pyKey(jsKey)) ?? jsKey;
      dict[at] = this.item(dict, at, v);
    }
    return dict;
  }
}
