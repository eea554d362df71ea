/** Test helpers: parse from an in-memory file set and print compact golden text. */
import type { ReadResult } from '../../server/src/language/host';
import type { Issue, Span } from '../../server/src/language/issue';
import { parseConfig, type ParsedConfig } from '../../server/src/language/syntax/index';
import { memoryHost } from './memoryHost';

export const MAIN = '/etc/keepalived/keepalived.conf';

export function parseFiles(files: Record<string, string | ReadResult>, configId?: string): ParsedConfig {
  const [entry, text] = Object.entries(files)[0] ?? [];
  if (entry === undefined || typeof text !== 'string') throw new Error('entry must be text');
  return parseConfig(entry, text, memoryHost(files), { configId });
}

export function parseText(text: string, configId?: string): ParsedConfig {
  return parseFiles({ [MAIN]: text }, configId);
}

/** `L:C` (1-based) of a span start, with the file name when it is not the entry. */
export function where(p: ParsedConfig, s: Span, withEnd = false): string {
  const f = p.files.get(s.file);
  if (!f) return `${s.file}?`;
  const a = f.positionAt(s.start);
  const b = f.positionAt(s.end);
  const prefix = s.file === p.entry ? '' : `${s.file.slice(s.file.lastIndexOf('/') + 1)}:`;
  return `${prefix}${a.line + 1}:${a.character + 1}${withEnd ? `-${b.line + 1}:${b.character + 1}` : ''}`;
}

/** One logical line per output line: `value@L:C` words, `*` marks text from an expansion. */
export function dumpTokens(p: ParsedConfig): string {
  const lines: string[] = [];
  let cur: string[] = [];
  for (const t of p.tokens) {
    const isStart = t.tokenType.name !== 'Word';
    if (isStart && cur.length > 0) {
      lines.push(cur.join(' '));
      cur = [];
    }
    cur.push(`${t.quoted ? JSON.stringify(t.value) : t.value}@${where(p, t)}${t.synthetic ? '*' : ''}`);
    if (t.tokenType.name === 'LCurly' || t.tokenType.name === 'RCurly') {
      lines.push(cur.join(' '));
      cur = [];
    }
  }
  if (cur.length > 0) lines.push(cur.join(' '));
  return lines.join('\n');
}

/** `L:C-L:C severity code` per issue, in order. */
export function dumpIssues(p: ParsedConfig, issues: readonly Issue[] = p.syntaxIssues): string {
  return issues.map((i) => `${where(p, i.span, true)} ${i.severity} ${i.code}`).join('\n');
}
