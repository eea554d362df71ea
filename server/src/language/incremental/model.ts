/**
 * The analysed configuration of a segmented file (segments.ts), rebuilt after each edit from what
 * the segments that did not change already gave: their symbols (a definition object stays the
 * same while the definition it duplicates does), and their instances (kept while their block, the
 * global vrrp_strict / vrrp_version and the sync group listing them are the same). Blocks never
 * change once parsed, so readings cached by block statement (lvs.ts, routes.ts, resolve.ts) stay
 * valid too. Views of single segments serve the per-block rules (analysis/model.ts).
 */
import type { ConfigModel } from '../analysis/model';
import { collectSymbolItems, linkSymbols, type NamedObject, type Reference, type SymbolDefinition, type SymbolItems, type Symbols } from '../analysis/symbols';
import { globalSettings, vrrpInstances, type InstanceCache, type VrrpInstance } from '../analysis/vrrp';
import type { ParsedConfig } from '../syntax/index';
import type { Segment, SegmentedFile } from './segments';

/** A segment in the current model: its definitions (as linked now) and references. */
export interface SegmentSymbols {
  readonly definitions: readonly NamedObject[];
  readonly references: readonly Reference[];
}

export interface IncrementalModelResult {
  readonly model: ConfigModel;
  /** A segment of the file in the current model: its definitions (as linked now) and references. */
  readonly symbolsOf: (seg: Segment) => SegmentSymbols;
}

export class IncrementalModel {
  private readonly items = new WeakMap<Segment, SymbolItems>();
  private readonly named = new WeakMap<SymbolDefinition, NamedObject>();
  private readonly instanceCache: InstanceCache = new WeakMap();

  /** The symbol items of a segment (collected once per segment). */
  itemsOf(seg: Segment): SymbolItems {
    let it = this.items.get(seg);
    if (!it) {
      it = collectSymbolItems(seg.statements);
      this.items.set(seg, it);
    }
    return it;
  }

  build(file: SegmentedFile): IncrementalModelResult {
    const parsed = file.parsed();
    const segs = file.segments;
    const parts = segs.map((s) => this.itemsOf(s));
    const symbols = linkSymbols(parts, (d, duplicateOf) => {
      const known = this.named.get(d);
      if (known && known.duplicateOf === duplicateOf) return known;
      const made: NamedObject = { ...d, duplicateOf };
      this.named.set(d, made);
      return made;
    });
    const globals = globalSettings(parsed.statements);
    const instances = vrrpInstances(symbols, globals, this.instanceCache);
    // a segment's definitions, as linked now, are a run of symbols.definitions: found when asked
    const firstDefinition = new Map<Segment, number>();
    let at = 0;
    segs.forEach((s, i) => {
      firstDefinition.set(s, at);
      at += parts[i]!.definitions.length;
    });
    const symbolsOf = (seg: Segment): SegmentSymbols => {
      const part = this.itemsOf(seg);
      const from = firstDefinition.get(seg) ?? 0;
      return { definitions: symbols.definitions.slice(from, from + part.definitions.length), references: part.references };
    };
    return { model: { parsed, symbols, globals, instances }, symbolsOf };
  }
}

/** A view of one segment of `whole` (its statements, definitions, references and instances; lookups in the whole). */
export function segmentView(whole: ConfigModel, seg: Segment, own: SegmentSymbols, instanceOf: ReadonlyMap<NamedObject, VrrpInstance>): ConfigModel {
  const parsed = Object.create(whole.parsed, { statements: { value: seg.statements } }) as ParsedConfig;
  const w = whole.symbols;
  const symbols: Symbols = {
    definitions: own.definitions,
    references: own.references,
    lookup: (kind, name) => w.lookup(kind, name),
    ofKind: (kind) => w.ofKind(kind),
    referencesTo: (kind, name) => w.referencesTo(kind, name),
    definitionsNamed: (kind, name) => w.definitionsNamed(kind, name),
  };
  const instances: VrrpInstance[] = [];
  for (const d of own.definitions) {
    const inst = d.kind === 'vrrp_instance' ? instanceOf.get(d) : undefined;
    if (inst) instances.push(inst);
  }
  return { parsed, symbols, globals: whole.globals, instances, whole };
}
