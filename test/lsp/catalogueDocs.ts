/**
 * One document per catalogue block, holding every keyword of that block inside the block, so
 * each keyword can be hovered where keepalived accepts it.
 */
import { blocks, ROOT } from '../../server/src/language/catalogue/index';
import type { KeywordDef } from '../../server/src/language/catalogue/types';

export interface KeywordSite {
  readonly def: KeywordDef;
  readonly blockId: string;
  /** 0-based line and the character of the keyword's first letter. */
  readonly line: number;
  readonly character: number;
}

export interface BlockDocument {
  readonly blockId: string;
  readonly text: string;
  readonly sites: KeywordSite[];
}

/** Opening lines that lead from the top level into each block. */
function pathsToBlocks(): Map<string, string[]> {
  const paths = new Map<string, string[]>([[ROOT, []]]);
  const queue = [ROOT];
  const byId = new Map(blocks().map((b) => [b.id, b] as const));
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const kw of byId.get(id)!.keywords) {
      if (!kw.opens || paths.has(kw.opens)) continue;
      const head =
        kw.name === 'virtual_server' || kw.name === 'real_server'
          ? `${kw.name} 192.0.2.1 80`
          : [kw.name, ...(kw.args ?? []).filter((a) => !a.optional).map((a) => exampleArg(a.type.kind))].join(' ');
      paths.set(kw.opens, [...paths.get(id)!, `${head} {`]);
      queue.push(kw.opens);
    }
  }
  return paths;
}

function exampleArg(kind: string): string {
  switch (kind) {
    case 'ip':
    case 'prefix':
      return '192.0.2.1';
    case 'port':
      return '80';
    case 'int':
    case 'number':
      return '1';
    default:
      return 'X_1';
  }
}

export function blockDocuments(): BlockDocument[] {
  const paths = pathsToBlocks();
  const out: BlockDocument[] = [];
  for (const b of blocks()) {
    const path = paths.get(b.id);
    if (!path) throw new Error(`block ${b.id} cannot be reached from the top level`);
    const opening = path;
    const lines: string[] = [];
    opening.forEach((l, depth) => lines.push(`${'    '.repeat(depth)}${l}`));
    const indent = '    '.repeat(opening.length);
    const sites: KeywordSite[] = [];
    for (const def of b.keywords) {
      sites.push({ def, blockId: b.id, line: lines.length, character: indent.length });
      if (def.opens || def.values) {
        lines.push(`${indent}${def.name} {`);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}${def.name}`);
      }
    }
    for (let depth = opening.length - 1; depth >= 0; depth--) lines.push(`${'    '.repeat(depth)}}`);
    out.push({ blockId: b.id, text: `${lines.join('\n')}\n`, sites });
  }
  return out;
}
