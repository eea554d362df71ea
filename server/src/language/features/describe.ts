/**
 * Markdown for catalogue entries, shared by hover and completion. Every text comes from the
 * catalogue (our own words); this module only arranges it.
 */
import { block, blocksAccepting, lookup } from '../catalogue/index';
import { syntaxOf, typeText } from '../catalogue/syntax';
import type { ArgSpec, KeywordDef, ValueBlockKind } from '../catalogue/types';

const VALUE_LINES: Record<ValueBlockKind, string> = {
  addresses: 'one address per line: `<ip>[/<prefix>] [dev <if>] [scope <scope>] [label <label>] ...`',
  routes: 'one route per line: `[src <ip>] <dest> [via <ip>] [dev <if>] ...`',
  rules: 'one rule per line: `from <ip> [to <ip>] table <n> ...`',
  peers: 'one peer address per line: `<ip> [min_ttl <n>] [max_ttl <n>]`',
  track_interface: 'one interface per line: `<interface> [weight <n>]`',
  track_script: 'one vrrp_script name per line: `<name> [weight <n> [reverse]]`',
  track_file: 'one track_file name per line: `<name> [weight <n> [reverse]]`',
  track_process: 'one vrrp_track_process name per line: `<name> [weight <n> [reverse]]`',
  track_bfd: 'one bfd_instance name per line: `<name> [weight <n> [reverse]]`',
  instances: 'names of vrrp_instances',
  emails: 'one e-mail address per line',
  interfaces: 'interface names',
  vsg_members: 'one member per line: `<ip>[-<last octet>] <port>` or `fwmark <n>`',
  words: 'any words',
};

/** The format of a line of a value block (`values:<kind>`) as a syntax line and what it holds, where it has one. */
export function valueLineSyntax(blockId: string): { syntax: string; what: string } | undefined {
  const text = blockId.startsWith('values:') ? VALUE_LINES[blockId.slice(7) as ValueBlockKind] : undefined;
  const m = text && /^([^:`]+): (`.*)$/.exec(text);
  if (!m) return undefined;
  return { syntax: m[2]!.replace(/`/g, ''), what: `${m[1]![0]!.toUpperCase()}${m[1]!.slice(1)}.` };
}

export function blockTitle(blockId: string): string {
  if (blockId.startsWith('values:')) return `${blockId.slice(7)} values`;
  return block(blockId)?.title ?? blockId;
}

function argLine(a: ArgSpec): string {
  const opt = a.optional ? ' (optional)' : '';
  const rep = a.repeat ? ', may repeat' : '';
  return `- \`<${a.name}>\`: ${typeText(a.type)}${opt}${rep}`;
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
  if (def.values) parts.push(`Takes a \`{ ... }\` block of values, ${VALUE_LINES[def.values]}.`);
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
