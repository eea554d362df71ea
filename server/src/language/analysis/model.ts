/**
 * The analysed configuration: the parse plus symbols, global settings and VRRP instances.
 * Built once per parse and shared by every rule and feature.
 *
 * A model may also be a *view* of some top-level blocks of a whole configuration (incremental
 * validation runs per-block rules on the blocks an edit touched): its statements, definitions,
 * references and instances are those of the blocks, while lookups (symbols.lookup, references(),
 * the global settings) answer for the whole configuration, `whole`.
 */
import type { Statement } from '../syntax/ast';
import type { ParsedConfig } from '../syntax/index';
import { collectSymbols, type Symbols } from './symbols';
import { globalSettings, vrrpInstances, type GlobalSettings, type VrrpInstance } from './vrrp';

export interface ConfigModel {
  readonly parsed: ParsedConfig;
  readonly symbols: Symbols;
  readonly globals: GlobalSettings;
  readonly instances: readonly VrrpInstance[];
  /** Set on a view of some top-level blocks: the whole configuration. */
  readonly whole?: ConfigModel;
}

export function analyse(parsed: ParsedConfig): ConfigModel {
  const symbols = collectSymbols(parsed.statements);
  const globals = globalSettings(parsed.statements);
  return { parsed, symbols, globals, instances: vrrpInstances(symbols, globals) };
}

/** The whole configuration a model is (or is a view of). */
export function wholeOf(model: ConfigModel): ConfigModel {
  return model.whole ?? model;
}

/** Items of whole-configuration lists by top-level statement, for views. */
const byTop = new WeakMap<readonly unknown[], Map<Statement, unknown[]>>();

/** The top-level statement a statement is in. */
export function topOf(s: Statement): Statement {
  let t = s;
  while (t.parent) t = t.parent;
  return t;
}

/**
 * Keep the items of a whole-configuration list that belong to the model's blocks (all of them
 * for a whole model): how derived structures computed once for the whole answer for a view.
 */
export function inViewOf<T>(model: ConfigModel, items: readonly T[], stmtOf: (item: T) => Statement): T[] {
  if (!model.whole) return items as T[];
  let index = byTop.get(items) as Map<Statement, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const i of items) {
      const top = topOf(stmtOf(i));
      const list = index.get(top);
      if (list) list.push(i);
      else index.set(top, [i]);
    }
    byTop.set(items, index);
  }
  const out: T[] = [];
  for (const top of model.parsed.statements) {
    const list = index.get(top);
    if (list) for (const i of list) out.push(i);
  }
  return out;
}

const NOTHING: readonly never[] = [];

/** Most top-level blocks have nothing remembered yet, judged from a few spread over the list (either answer gives the same result; it only chooses the faster way). */
function mostlyNew(tops: readonly Statement[], memo: WeakMap<Statement, unknown>): boolean {
  const samples = Math.min(tops.length, 9);
  let remembered = 0;
  for (let k = 0; k < samples; k++) if (memo.has(tops[Math.floor((k * tops.length) / samples)]!)) remembered++;
  return remembered * 2 < samples;
}

/**
 * collectPerBlock for statements an index lookup finds: `lookup` gives those of a statement list
 * (statementsWithDef, statementsIn...) in walk order, `found` turns the ones of one top-level block
 * into what is remembered for it. While most blocks are not remembered yet (a fresh lint), one
 * lookup over the whole configuration, split by top-level block, replaces a walk of every block.
 */
export function collectPerBlockFrom<T>(
  model: ConfigModel,
  memo: WeakMap<Statement, readonly T[]>,
  lookup: (statements: readonly Statement[]) => readonly Statement[],
  found: (statements: readonly Statement[]) => readonly T[],
): T[] {
  const tops = model.parsed.statements;
  if (mostlyNew(tops, memo)) {
    const byBlock = new Map<Statement, Statement[]>();
    const all = lookup(tops);
    for (let i = 0; i < all.length; i++) {
      const s = all[i]!;
      const top = topOf(s);
      const list = byBlock.get(top);
      if (list) list.push(s);
      else byBlock.set(top, [s]);
    }
    for (let i = 0; i < tops.length; i++) {
      const top = tops[i]!;
      if (memo.has(top)) continue;
      const items = found(byBlock.get(top) ?? NOTHING);
      memo.set(top, items.length === 0 ? NOTHING : items);
    }
  }
  return collectPerBlock(model, memo, (top) => found(lookup([top])));
}

/**
 * What `find` collects in each top-level block of the model, in file order, remembered per block
 * (a parsed block never changes): a rule that compares blocks with each other runs on the whole
 * configuration after every edit, and this keeps that cheap.
 */
export function collectPerBlock<T>(model: ConfigModel, memo: WeakMap<Statement, readonly T[]>, find: (top: Statement) => readonly T[]): T[] {
  const out: T[] = [];
  for (const top of model.parsed.statements) {
    let found = memo.get(top);
    if (!found) {
      found = find(top);
      memo.set(top, found.length === 0 ? NOTHING : found);
    }
    for (let i = 0; i < found.length; i++) out.push(found[i]!);
  }
  return out;
}

export type { VrrpInstance, GlobalSettings, AddressEntry, TrackEntry } from './vrrp';
export type { NamedObject, Reference, Symbols } from './symbols';
