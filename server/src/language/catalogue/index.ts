/**
 * The keyword catalogue: every keyword keepalived registers, by block.
 * Lookups are precomputed once at module load; everything is read-only afterwards.
 */
import type { BlockDef, KeywordDef } from './types';
import { rootKeywords as globalRoot, blocks as globalBlocks } from './blocks/global';
import { rootKeywords as vrrpRoot, blocks as vrrpBlocks } from './blocks/vrrp';
import { rootKeywords as lvsRoot, blocks as lvsBlocks } from './blocks/lvs';
import { rootKeywords as miscRoot, blocks as miscBlocks } from './blocks/misc';

export type { BlockDef, KeywordDef, ArgSpec, ArgType, RefKind, ValueBlockKind } from './types';

export const ROOT = 'root';

const rootBlock: BlockDef = {
  id: ROOT,
  title: 'top level',
  summary: 'The top level of a keepalived configuration: global settings, VRRP, LVS and BFD blocks.',
  keywords: [...globalRoot, ...vrrpRoot, ...lvsRoot, ...miscRoot],
};

const allBlocks: readonly BlockDef[] = [rootBlock, ...globalBlocks, ...vrrpBlocks, ...lvsBlocks, ...miscBlocks];

const byBlock = new Map<string, Map<string, KeywordDef>>();
const whereValid = new Map<string, string[]>();
const blockById = new Map<string, BlockDef>();

for (const block of allBlocks) {
  if (blockById.has(block.id)) throw new Error(`catalogue: block ${block.id} defined twice`);
  blockById.set(block.id, block);
  const map = new Map<string, KeywordDef>();
  for (const kw of block.keywords) {
    if (map.has(kw.name)) throw new Error(`catalogue: ${kw.name} defined twice in ${block.id}`);
    map.set(kw.name, kw);
    const list = whereValid.get(kw.name) ?? [];
    list.push(block.id);
    whereValid.set(kw.name, list);
  }
  byBlock.set(block.id, map);
}

for (const block of allBlocks) {
  for (const kw of block.keywords) {
    if (kw.opens && !blockById.has(kw.opens)) throw new Error(`catalogue: ${block.id}.${kw.name} opens unknown block ${kw.opens}`);
  }
}

/** All blocks, root first. */
export function blocks(): readonly BlockDef[] {
  return allBlocks;
}

export function block(id: string): BlockDef | undefined {
  return blockById.get(id);
}

/** The keyword `name` as registered in block `blockId`, if keepalived accepts it there. */
export function lookup(blockId: string, name: string): KeywordDef | undefined {
  return byBlock.get(blockId)?.get(name);
}

/** Ids of the blocks in which keepalived accepts `name` (empty when it is unknown everywhere). */
export function blocksAccepting(name: string): readonly string[] {
  return whereValid.get(name) ?? [];
}

/** Every distinct keyword name in the catalogue. */
export function allKeywordNames(): string[] {
  return [...whereValid.keys()];
}
