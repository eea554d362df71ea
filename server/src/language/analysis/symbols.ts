/**
 * Named objects and references to them: which statements define a vrrp_script,
 * vrrp_instance, track_file... and every word that names one. Driven by the catalogue
 * (`defines`/`ref` argument types and value-block kinds), so new keywords need no code here.
 */
import type { RefKind, ValueBlockKind } from '../catalogue/types';
import { statementList, type Statement, type Word } from '../syntax/ast';
import { skippedForName } from '../syntax/toAst';
import { syncInstanceWord } from './syncDaemon';

export interface NamedObject {
  readonly kind: RefKind;
  readonly name: string;
  readonly nameWord: Word;
  readonly stmt: Statement;
  /** Set when an object of the same kind and name was defined earlier (keepalived keeps the first). */
  readonly duplicateOf?: NamedObject;
}

export interface Reference {
  readonly kind: RefKind;
  readonly name: string;
  readonly word: Word;
  /** The statement holding the reference (a value line or a keyword statement). */
  readonly stmt: Statement;
}

export interface Symbols {
  /** All definitions in file order, duplicates included. */
  readonly definitions: readonly NamedObject[];
  readonly references: readonly Reference[];
  /** The effective (first) definition of `kind`/`name`. */
  lookup(kind: RefKind, name: string): NamedObject | undefined;
  /** Effective definitions of a kind, in file order. */
  ofKind(kind: RefKind): readonly NamedObject[];
  referencesTo(kind: RefKind, name: string): readonly Reference[];
  /** Every definition of `kind`/`name`, duplicates included, in file order. */
  definitionsNamed(kind: RefKind, name: string): readonly NamedObject[];
}

/** Value-block kinds whose lines name objects: the first word, or every word. */
const VALUE_REFS: Partial<Record<ValueBlockKind, { kind: RefKind; allWords: boolean }>> = {
  track_script: { kind: 'vrrp_script', allWords: false },
  track_file: { kind: 'track_file', allWords: false },
  track_process: { kind: 'track_process', allWords: false },
  track_bfd: { kind: 'bfd_instance', allWords: false },
  instances: { kind: 'vrrp_instance', allWords: true },
};

/** VALUE_REFS by value block id (`values:<kind>`), looked up once per id. */
const valueRefsById = new Map<string, { kind: RefKind; allWords: boolean } | undefined>();

function valueRefs(blockId: string): { kind: RefKind; allWords: boolean } | undefined {
  let spec = valueRefsById.get(blockId);
  if (spec === undefined && !valueRefsById.has(blockId)) {
    spec = VALUE_REFS[blockId.slice('values:'.length) as ValueBlockKind];
    valueRefsById.set(blockId, spec);
  }
  return spec;
}

/** A definition before linking (which earlier definition it duplicates is known only in the whole configuration). */
export interface SymbolDefinition {
  readonly kind: RefKind;
  readonly name: string;
  readonly nameWord: Word;
  readonly stmt: Statement;
}

export interface SymbolItems {
  readonly definitions: readonly SymbolDefinition[];
  readonly references: readonly Reference[];
  /** `kind\0name` of each definition and reference (made once per part, not at every linking). */
  readonly definitionKeys: readonly string[];
  readonly referenceKeys: readonly string[];
}

const key = (k: RefKind, n: string) => `${k}\0${n}`;

export function collectSymbols(statements: readonly Statement[]): Symbols {
  return linkSymbols([collectSymbolItems(statements)]);
}

/** The definitions and references of some statements, in file order. */
export function collectSymbolItems(statements: readonly Statement[]): SymbolItems {
  const definitions: SymbolDefinition[] = [];
  const references: Reference[] = [];

  const list = statementList(statements);
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    if (s.isValue) {
      const spec = valueRefs(s.blockId);
      if (spec) {
        const words = spec.allWords ? [s.keyword, ...s.args] : [s.keyword];
        for (const w of words) references.push({ kind: spec.kind, name: w.value, word: w, stmt: s });
      }
      continue;
    }
    const args = s.def?.args;
    // a vrrp_instance / vrrp_sync_group / track_group line without exactly one name: keepalived skips the block, nothing is defined
    if (args && !skippedForName(s.parent, s.keyword.value, s.args.length)) {
      for (let i = 0; i < args.length; i++) {
        const w = s.args[i];
        if (!w) continue;
        const type = args[i]!.type;
        if (type.kind === 'name') definitions.push({ kind: type.defines, name: w.value, nameWord: w, stmt: s });
        else if (type.kind === 'ref') references.push({ kind: type.target, name: w.value, word: w, stmt: s });
      }
    }
    // `virtual_server group NAME` (free-form arguments)
    if (s.blockId === 'root' && s.keyword.value === 'virtual_server' && s.args[0]?.value === 'group' && s.args[1]) {
      references.push({ kind: 'virtual_server_group', name: s.args[1].value, word: s.args[1], stmt: s });
    }
    // global_defs' `lvs_sync_daemon <if> [inst] NAME` follows a VRRP instance (free-form arguments)
    if (s.blockId === 'global_defs' && s.keyword.value === 'lvs_sync_daemon') {
      const w = syncInstanceWord(s.args);
      if (w) references.push({ kind: 'vrrp_instance', name: w.value, word: w, stmt: s });
    }
  }
  return { definitions, references, definitionKeys: definitions.map((d) => key(d.kind, d.name)), referenceKeys: references.map((r) => key(r.kind, r.name)) };
}

/**
 * The symbols of a configuration from the items of its parts, in file order. `named` makes the
 * object of a definition (language/incremental keeps the one it made before when nothing changed).
 */
export function linkSymbols(
  parts: readonly SymbolItems[],
  named: (d: SymbolDefinition, duplicateOf: NamedObject | undefined) => NamedObject = (d, duplicateOf) => ({ ...d, duplicateOf }),
): Symbols {
  const definitions: NamedObject[] = [];
  const references: Reference[] = [];
  /** Every definition of each name, the effective (first) one first. */
  const byName = new Map<string, NamedObject[]>();
  for (const part of parts) {
    part.definitions.forEach((d, i) => {
      const k = part.definitionKeys[i]!;
      const list = byName.get(k);
      const obj = named(d, list?.[0]);
      definitions.push(obj);
      if (list) list.push(obj);
      else byName.set(k, [obj]);
    });
    for (const r of part.references) references.push(r);
  }

  const byKind = new Map<RefKind, NamedObject[]>();
  for (const list of byName.values()) {
    const d = list[0]!;
    const kindList = byKind.get(d.kind) ?? [];
    kindList.push(d);
    byKind.set(d.kind, kindList);
  }
  let refIndex: Map<string, Reference[]> | undefined;
  const index = (): Map<string, Reference[]> => {
    if (refIndex) return refIndex;
    refIndex = new Map();
    for (const part of parts) {
      part.references.forEach((r, i) => {
        const k = part.referenceKeys[i]!;
        const list = refIndex!.get(k);
        if (list) list.push(r);
        else refIndex!.set(k, [r]);
      });
    }
    return refIndex;
  };
  return {
    definitions,
    references,
    lookup: (kind, name) => byName.get(key(kind, name))?.[0],
    ofKind: (kind) => byKind.get(kind) ?? [],
    referencesTo: (kind, name) => index().get(key(kind, name)) ?? [],
    definitionsNamed: (kind, name) => byName.get(key(kind, name)) ?? [],
  };
}
