/**
 * Markdown for catalogue entries, shared by hover and completion. Every text comes from the
 * catalogue (our own words); this module only arranges it.
 */
import { block, blocksAccepting, lookup } from '../catalogue/index';
import { syntaxOf, typeText } from '../catalogue/syntax';
import type { ArgSpec, KeywordDef, ValueBlockKind } from '../catalogue/types';

/** What a line of each kind of value block holds and, where it has one, its format. */
const VALUE_LINES: Record<ValueBlockKind, { readonly what: string; readonly syntax?: string }> = {
  addresses: { what: 'one address per line', syntax: '<ip>[/<prefix>] [dev <if>] [scope <scope>] [label <label>] ...' },
  routes: { what: 'one route per line', syntax: '[src <ip>] <dest> [via <ip>] [dev <if>] ...' },
  rules: { what: 'one rule per line', syntax: 'from <ip> [to <ip>] table <n> ...' },
  peers: { what: 'one peer address per line', syntax: '<ip> [min_ttl <n>] [max_ttl <n>]' },
  track_interface: { what: 'one interface per line', syntax: '<interface> [weight <n>]' },
  track_script: { what: 'one vrrp_script name per line', syntax: '<name> [weight <n> [reverse]]' },
  track_file: { what: 'one track_file name per line', syntax: '<name> [weight <n> [reverse]]' },
  track_process: { what: 'one vrrp_track_process name per line', syntax: '<name> [weight <n> [reverse]]' },
  track_bfd: { what: 'one bfd_instance name per line', syntax: '<name> [weight <n> [reverse]]' },
  instances: { what: 'names of vrrp_instances' },
  emails: { what: 'one e-mail address per line' },
  interfaces: { what: 'interface names' },
  vsg_members: { what: 'one member per line', syntax: '<ip>[-<last octet>] <port> | fwmark <n>' },
  words: { what: 'any words' },
};

/** The format of a line of a value block (`values:<kind>`) and what it holds, where it has a format (signature help). */
export function valueLineSyntax(blockId: string): { syntax: string; what: string } | undefined {
  const v = blockId.startsWith('values:') ? VALUE_LINES[blockId.slice(7) as ValueBlockKind] : undefined;
  if (!v?.syntax) return undefined;
  return { syntax: v.syntax, what: `${v.what[0]!.toUpperCase()}${v.what.slice(1)}.` };
}

/** What a line of the value block `blockId` (`values:<kind>`) of keyword `owner` holds, and its format (hover on a word of such a line). */
export function valueLineMarkdown(blockId: string, owner: string): string | undefined {
  const v = blockId.startsWith('values:') ? VALUE_LINES[blockId.slice(7) as ValueBlockKind] : undefined;
  if (!v) return undefined;
  return `A line of **${owner}**: ${v.what}${v.syntax ? `, \`${v.syntax}\`` : ''}.`;
}

export function blockTitle(blockId: string): string {
  if (blockId.startsWith('values:')) return `${blockId.slice(7)} values`;
  return block(blockId)?.title ?? blockId;
}

/** An argument's type and whether it may be left out or repeated (hover, signature help). */
export function argSummary(a: ArgSpec): string {
  return `${typeText(a.type)}${a.optional ? ' (optional)' : ''}${a.repeat ? ', may repeat' : ''}`;
}

function argLine(a: ArgSpec): string {
  return `- \`<${a.name}>\`: ${argSummary(a)}`;
}

/** One-line facts: range, default, version, build option. */
function facts(def: KeywordDef): string[] {
  const out: string[] = [];
  const a0 = def.args?.[0];
  if (def.args && def.args.length === 1 && a0 && (a0.type.kind === 'int' || a0.type.kind === 'number' || a0.type.kind === 'enum' || a0.type.kind === 'bool')) {
    out.push(`Range: ${typeText(a0.type)}`);
  }
  if (def.default) out.push(`Default: ${def.default}`);
  if (def.since) out.push(`Since keepalived ${def.since}`);
  else if (def.absentIn) out.push(`Newer than keepalived ${def.absentIn}`);
  if (def.buildOption) out.push(`Needs a keepalived built with ${def.buildOption}`);
  if (def.repeatable) out.push('May appear more than once');
  return out;
}

/** Full markdown of a keyword as registered in `blockId`. */
export function keywordMarkdown(def: KeywordDef, blockId: string): string {
  const parts: string[] = [];
  parts.push(`**${def.name}** — ${blockTitle(blockId)}`);
  parts.push('```keepalived\n' + syntaxOf(def) + '\n```');
  if (def.deprecated) {
    const d = def.deprecated;
    parts.push(`**Deprecated.** ${d.note}${d.replacement ? ` Use \`${d.replacement}\` instead.` : ''}`);
  }
  parts.push(def.summary);
  if (def.doc) parts.push(def.doc);
  const plain = new Set(['int', 'number', 'text', 'enum', 'bool']);
  if (def.args && (def.args.length > 1 || def.args.some((a) => !plain.has(a.type.kind)))) parts.push(def.args.map(argLine).join('\n'));
  if (def.opens) {
    const b = block(def.opens);
    parts.push(`Opens a **${b?.title ?? def.opens}** block.${b ? ` ${b.summary}` : ''}`);
  }
  if (def.values) {
    const v = VALUE_LINES[def.values];
    parts.push(`Takes a \`{ ... }\` block of values, ${v.what}${v.syntax ? `: \`${v.syntax}\`` : ''}.`);
  }
  const f = facts(def);
  if (f.length > 0) parts.push(`${f.join(' · ')}.`);
  const elsewhere = blocksAccepting(def.name).filter((b) => b !== blockId);
  if (elsewhere.length > 0) parts.push(`Also accepted in: ${elsewhere.map(blockTitle).join(', ')}.`);
  return parts.join('\n\n');
}

/** Markdown for a keyword used where keepalived does not accept it. */
export function misplacedMarkdown(name: string, blockId: string): string | undefined {
  const where = blocksAccepting(name);
  const home = where[0];
  if (home === undefined) return undefined;
  const def = lookup(home, name)!;
  return [
    `**${name}** is not a keyword of the ${blockTitle(blockId)} block: keepalived accepts it in ${where.map(blockTitle).join(', ')}.`,
    keywordMarkdown(def, home),
  ].join('\n\n---\n\n');
}

/** One line for completion details: the syntax line. */
export function keywordDetail(def: KeywordDef): string {
  return syntaxOf(def);
}
