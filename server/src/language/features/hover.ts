/**
 * Hover: every keyword explains itself from the catalogue; values explain what keepalived makes
 * of them (addresses and their subnet, tracked objects and their weights, the effective
 * priority, `$NAME` expansions, `@id` lines, `~SEQ` lines, include patterns).
 */
import { inSubnet, networkOf, parseAddress, type ParsedAddress } from '../analysis/addresses';
import type { ConfigModel, VrrpInstance } from '../analysis/model';
import { nearest } from '../analysis/suggest';
import { block, lookup, ROOT } from '../catalogue/index';
import type { ArgSpec, KeywordDef, RefKind } from '../catalogue/types';
import type { Span } from '../issue';
import { fullSpan, type Statement, type Word } from '../syntax/ast';
import { BUILTIN_PARAMETERS } from '../syntax/definitions';
import { INCLUDE_VARIANTS } from '../syntax/includes';
import type { ParsedConfig } from '../syntax/index';
import { KIND_TITLE } from '../catalogue/kinds';
import { blockTitle, keywordMarkdown, misplacedMarkdown, valueLineMarkdown } from './describe';
import { contains, enclosingInstance, placeOf, textOf, wordAt, type FeatureContext, type WordHit } from './locate';
import { priorityReport, TRACKER_LABEL, type PriorityReport } from './priority';

export interface HoverOptions {
  /** The config id the configuration was read with (`keepalived.configId`). */
  readonly configId?: string;
  /** Interfaces of the target host with their addresses and prefixes (`keepalived.interfaces`). */
  readonly interfaces?: ReadonlyMap<string, readonly ParsedAddress[]>;
}

export interface HoverResult {
  readonly span: Span;
  readonly markdown: string;
}

/** A fenced code block that survives backticks in the text. */
export function codeBlock(text: string, lang = 'keepalived'): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

const code = (s: string): string => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);

export function hover(ctx: FeatureContext, offset: number, o: HoverOptions = {}): HoverResult | undefined {
  const { model, file } = ctx;
  const p = model.parsed;

  for (const c of p.conditionals) {
    if (contains(c.span, file, offset)) return { span: c.span, markdown: conditionalMarkdown(c.id, c.negated, c.active, o.configId) };
  }
  for (const r of p.repetitions) {
    if (r.span.file !== file) continue;
    const header = repetitionHeader(p, r.span);
    if (offset >= r.span.start && offset <= header.end) return { span: header, markdown: repetitionMarkdown(p, r.span, r.vars, r.rounds) };
  }
  for (const d of p.definitions) {
    if (d.span && contains(d.span, file, offset)) return { span: d.span, markdown: definitionMarkdown(p, d.name, file) };
  }
  for (const u of p.uses) {
    if (contains(u.span, file, offset) && textOf(p, u.span).startsWith('$'))
      return { span: u.span, markdown: useMarkdown(p, u.name, u.expansion, u.definition?.span, file) };
  }
  for (const inc of p.includes) {
    if (!contains(inc.span, file, offset)) continue;
    const onPath = contains(inc.pathSpan, file, offset);
    const files = includeFilesMarkdown(inc.pattern, inc.resolved, inc.files);
    const doc = lookup(ROOT, inc.variant);
    return { span: onPath ? inc.pathSpan : inc.span, markdown: onPath || !doc ? files : `${keywordMarkdown(doc, ROOT)}\n\n---\n\n${files}` };
  }

  const hit = wordAt(p, file, offset);
  if (!hit) return undefined;
  const { stmt, word, index } = hit;
  if (index === 0 && !stmt.isValue) return { span: word.span, markdown: keywordHover(model, stmt) };
  const value = valueMarkdown(model, hit, o);
  if (value) return { span: word.span, markdown: value };
  if (stmt.isValue) {
    const line = valueLineMarkdown(stmt.blockId, stmt.parent?.keyword.value ?? blockTitle(stmt.blockId));
    if (line) return { span: word.span, markdown: line };
  }
  if (stmt.def) {
    const spec = argSpecAt(stmt.def, index - 1);
    const head = spec ? `Argument ${code(`<${spec.name}>`)} of **${stmt.def.name}**` : `Argument of **${stmt.def.name}**`;
    return { span: word.span, markdown: `${head}\n\n---\n\n${keywordMarkdown(stmt.def, stmt.blockId)}` };
  }
  return undefined;
}

// ---------------------------------------------------------------- keywords

function keywordHover(model: ConfigModel, stmt: Statement): string {
  const name = stmt.keyword.value;
  if (!stmt.def) {
    const include = INCLUDE_VARIANTS.has(name) ? lookup(ROOT, name) : undefined;
    if (include) {
      return `${code(name)} without the file to include is no include: keepalived reads the line as a keyword it does not know and ignores it.\n\n---\n\n${keywordMarkdown(include, ROOT)}`;
    }
    const elsewhere = misplacedMarkdown(name, stmt.blockId);
    if (elsewhere) return elsewhere;
    const candidates = block(stmt.blockId)?.keywords.map((k) => k.name) ?? [];
    const guess = nearest(name, candidates);
    return `${code(name)} is not a keepalived keyword${stmt.blockId === ROOT ? '' : ` of the ${blockTitle(stmt.blockId)} block`}: keepalived reports it and skips the line${guess ? `. Did you mean **${guess}**?` : '.'}`;
  }
  let md = keywordMarkdown(stmt.def, stmt.blockId);
  if (stmt.blockId === 'vrrp_instance' && name === 'priority') {
    const inst = enclosingInstance(model, stmt);
    const r = inst && priorityReport(model, inst);
    if (inst && r) md += `\n\n---\n\n${priorityMarkdown(inst, r)}`;
  }
  return md;
}

export function priorityMarkdown(inst: VrrpInstance, r: PriorityReport): string {
  const lines: string[] = [];
  if (r.owner) {
    lines.push(`**Effective priority: 255** — ${inst.name} is the address owner: tracker weights never change its priority.`);
  } else {
    const clamp = r.healthySum !== r.healthy ? ` (the sum ${r.healthySum} is clamped to 1..254)` : '';
    lines.push(`**Effective priority: ${r.healthy}** with every tracked check succeeding${clamp}; base priority ${r.base}.`);
    if (r.trackers.length > 0) {
      lines.push(
        r.trackers.map((t) => `- ${TRACKER_LABEL[t.kind]} ${code(t.name)} (weight ${t.weight}${t.reverse ? ' reverse' : ''}): ${t.effect}`).join('\n'),
      );
      lines.push(r.worstFaults.length > 0 ? `With every tracked check failing: FAULT (${r.worstFaults[0]}).` : `With every tracked check failing: ${r.worst}.`);
    } else {
      lines.push('No tracker changes it.');
    }
  }
  if (r.healthyFaults.length > 0) lines.push(`FAULT even when every check succeeds: ${r.healthyFaults.join('; ')}.`);
  if (r.notes.length > 0) lines.push(r.notes.map((n) => `- ${n}`).join('\n'));
  return lines.join('\n\n');
}

function argSpecAt(def: KeywordDef, i: number): ArgSpec | undefined {
  const args = def.args ?? [];
  if (i < 0) return undefined;
  if (i < args.length) return args[i];
  const last = args[args.length - 1];
  return last?.repeat ? last : undefined;
}

// ---------------------------------------------------------------- values

function valueMarkdown(model: ConfigModel, hit: WordHit, o: HoverOptions): string | undefined {
  const { stmt, word, index } = hit;
  const ref = model.symbols.references.find((r) => r.word === word);
  if (ref) return referenceMarkdown(model, ref.kind, ref.name, hit);
  const def = model.symbols.definitions.find((d) => d.nameWord === word);
  if (def) return definitionSummary(model, def.kind, def.name, def.stmt, hit.word.span.file);

  const prev = index > 0 ? [stmt.keyword, ...stmt.args][index - 1] : undefined;
  if (prev?.value === 'dev' || prev?.value === 'interface') return interfaceMarkdown(word.value, o);
  if (stmt.isValue) {
    const kind = stmt.blockId.slice('values:'.length);
    if (kind === 'interfaces' || (kind === 'track_interface' && index === 0)) return interfaceMarkdown(word.value, o);
    if (prev?.value === 'weight' && ['track_script', 'track_file', 'track_process', 'track_bfd', 'track_interface'].includes(kind)) {
      return weightMarkdown(model, stmt);
    }
  } else if (stmt.def) {
    const spec = argSpecAt(stmt.def, index - 1);
    if (spec?.type.kind === 'interface') return interfaceMarkdown(word.value, o);
    if (spec?.type.kind === 'ip' || spec?.type.kind === 'prefix') return addressMarkdown(model, stmt, word, o);
    if (stmt.def.name === 'priority' && stmt.blockId === 'vrrp_instance') {
      const inst = enclosingInstance(model, stmt);
      const r = inst && priorityReport(model, inst);
      if (inst && r) return priorityMarkdown(inst, r);
    }
  }
  if (parseAddress(word.value) || (stmt.isValue && index === 0 && /^[0-9a-fA-F:.]+(\/\d+)?$/.test(word.value) && /[.:]/.test(word.value))) {
    return addressMarkdown(model, stmt, word, o);
  }
  return undefined;
}

function weightMarkdown(model: ConfigModel, line: Statement): string | undefined {
  const inst = enclosingInstance(model, line);
  const r = inst && priorityReport(model, inst);
  const t = r?.trackers.find((x) => x.name === line.keyword.value);
  if (!t) return `This weight overrides the tracked object's own weight for this instance.`;
  return `Weight ${t.weight}${t.reverse ? ' reverse' : ''} for ${code(t.name)} in ${inst!.name}: ${t.effect}. It overrides the tracked object's own weight.`;
}

/** The interface the address is meant for: `dev` on its line, else the instance's interface. */
function interfaceFor(model: ConfigModel, stmt: Statement): string | undefined {
  const all = [stmt.keyword, ...stmt.args];
  const dev = all.findIndex((w) => w.value === 'dev');
  const device = all[dev + 1];
  if (dev >= 0 && device) return device.value;
  const inst = enclosingInstance(model, stmt);
  return inst?.interface?.value ?? (inst ? model.globals.defaultInterface?.value : undefined);
}

function addressMarkdown(model: ConfigModel, stmt: Statement, word: Word, o: HoverOptions): string {
  const a = parseAddress(word.value);
  if (!a) return `${code(word.value)} is not an address keepalived accepts (IPv4 dotted quad without leading zeros, or IPv6, with an optional /prefix).`;
  const lines: string[] = [];
  const fam = a.family === 4 ? 'IPv4' : 'IPv6';
  const range = a.addr.range();
  lines.push(`**${fam} address** ${code(a.address)}${a.prefix !== undefined ? ` with prefix /${a.prefix}` : ''}${range !== 'unicast' ? ` (${range})` : ''}`);
  if (a.prefix !== undefined) {
    lines.push(`Network: ${code(networkOf(a, a.prefix))}`);
  } else if (stmt.isValue && stmt.blockId === 'values:addresses') {
    lines.push(`No prefix: keepalived adds it as /${a.family === 4 ? 32 : 128}.`);
  }
  const ifname = interfaceFor(model, stmt);
  const known = o.interfaces;
  if (ifname) {
    if (!known || known.size === 0) {
      lines.push(`Interface ${code(ifname)}: its subnets are unknown (set \`keepalived.interfaces\` to check this address against them).`);
    } else {
      const nets = known.get(ifname);
      if (!nets) {
        lines.push(`Interface ${code(ifname)} is not among the interfaces in \`keepalived.interfaces\` (${[...known.keys()].map(code).join(', ')}).`);
      } else {
        const inside = nets.find((n) => inSubnet(a, n));
        const list = nets.map((n) => code(`${n.address}/${n.prefix}`)).join(', ');
        lines.push(
          inside
            ? `Inside the subnet ${code(networkOf(inside, inside.prefix!))} of ${code(ifname)} (${list}).`
            : `**Not** inside any subnet of ${code(ifname)} (${list}).`,
        );
      }
    }
  }
  return lines.join('\n\n');
}

function interfaceMarkdown(name: string, o: HoverOptions): string {
  const known = o.interfaces;
  if (!known || known.size === 0) return `Interface ${code(name)}. Set \`keepalived.interfaces\` to describe the host's interfaces and their subnets.`;
  const nets = known.get(name);
  if (!nets) return `Interface ${code(name)} is not among the interfaces in \`keepalived.interfaces\` (${[...known.keys()].map(code).join(', ')}).`;
  return `Interface ${code(name)}: ${nets.map((n) => code(`${n.address}/${n.prefix}`)).join(', ')}.`;
}

// ---------------------------------------------------------------- named objects

/** The definition's text as written (at most 25 lines). */
function definitionText(p: ParsedConfig, stmt: Statement): string {
  const span = fullSpan(stmt);
  const f = p.files.get(span.file);
  if (!f) return `${stmt.keyword.value} ${stmt.args.map((a) => a.value).join(' ')}`;
  const lineStart = f.text.lastIndexOf('\n', span.start - 1) + 1;
  const lines = f.text
    .slice(lineStart, span.end)
    .split('\n')
    .map((l) => l.replace(/\r$/, ''));
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
  const trimmed = lines.map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length)));
  return trimmed.length > 25 ? [...trimmed.slice(0, 24), '...'].join('\n') : trimmed.join('\n');
}

function instanceSummary(model: ConfigModel, inst: VrrpInstance): string {
  const parts: string[] = [];
  parts.push(`VRID ${inst.vrid ?? '?'}`);
  if (inst.interface) parts.push(`interface ${inst.interface.value}`);
  const r = priorityReport(model, inst);
  parts.push(
    `priority ${r ? (r.healthy !== inst.effectivePriority ? `${inst.effectivePriority} (effective ${r.healthy})` : r.healthy) : inst.effectivePriority}`,
  );
  parts.push(`state ${inst.state ?? 'BACKUP (default)'}`);
  if (inst.vips.length > 0) parts.push(`VIP ${inst.vips.map((v) => v.word.value).join(', ')}`);
  return parts.join(' · ');
}

function referenceMarkdown(model: ConfigModel, kind: RefKind, name: string, hit: WordHit): string {
  const p = model.parsed;
  const obj = model.symbols.lookup(kind, name);
  if (!obj) return `No ${KIND_TITLE[kind]} named ${code(name)} is defined in this configuration or the files it includes.`;
  const parts: string[] = [`**${KIND_TITLE[kind]}** ${code(name)} — ${placeOf(p, obj.nameWord.span, hit.word.span.file)}`];
  if (kind === 'vrrp_instance') {
    const inst = model.instances.find((i) => i.obj === obj);
    if (inst) parts.push(instanceSummary(model, inst));
  } else {
    parts.push(codeBlock(definitionText(p, obj.stmt)));
  }
  // the effect of a tracker on this instance
  if (hit.stmt.isValue && ['vrrp_script', 'track_file', 'track_process', 'bfd_instance'].includes(kind)) {
    const inst = enclosingInstance(model, hit.stmt);
    const r = inst && priorityReport(model, inst);
    const t = r?.trackers.find((x) => x.name === name);
    if (inst && t) parts.push(`In ${inst.name}: weight ${t.weight}${t.reverse ? ' reverse' : ''}, ${t.effect}.`);
    else if (inst && r) parts.push(`In ${inst.name}: its weight is ignored (see the hover on \`priority\`).`);
  }
  const n = model.symbols.referencesTo(kind, name).length;
  parts.push(`Referenced ${n === 1 ? 'once' : `${n} times`}.`);
  return parts.join('\n\n');
}

function definitionSummary(model: ConfigModel, kind: RefKind, name: string, stmt: Statement, file: string): string {
  const refs = model.symbols.referencesTo(kind, name);
  const parts: string[] = [`**${KIND_TITLE[kind]}** ${code(name)}`];
  const first = model.symbols.lookup(kind, name);
  if (first && first.stmt !== stmt)
    parts.push(
      `A ${KIND_TITLE[kind]} of this name is already defined (${placeOf(model.parsed, first.nameWord.span, file)}): keepalived keeps that one and skips this block.`,
    );
  if (kind === 'vrrp_instance') {
    const inst = model.instances.find((i) => i.stmt === stmt);
    if (inst) parts.push(instanceSummary(model, inst));
  }
  parts.push(refs.length === 0 ? 'Not referenced anywhere.' : `Referenced by ${refs.map((r) => placeOf(model.parsed, r.word.span, file)).join(', ')}.`);
  return parts.join('\n\n');
}

// ---------------------------------------------------------------- reader constructs

function conditionalMarkdown(id: string, negated: boolean, active: boolean, configId: string | undefined): string {
  const prefix = `@${negated ? '^' : ''}${id}`;
  const what = negated ? `read on every host whose config id is not ${code(id)}` : `read only on the host whose config id is ${code(id)}`;
  const head = `**Conditional line** ${code(prefix)}: ${what}.`;
  if (configId === undefined) {
    return `${head}\n\nNo config id is set (\`keepalived.configId\`), so this file is read as on a host whose config id matches no \`@\` line: every \`@id\` line is dropped and every \`@^id\` line is kept — this line is **${active ? 'kept' : 'dropped'}**. keepalived's own config id is the first part of the host name unless \`-i\`/\`--config-id\` sets it.`;
  }
  return `${head}\n\nWith config id ${code(configId)} this line is **${active ? 'active' : 'inactive'}** (${active ? 'read' : 'skipped'}).`;
}

function repetitionHeader(p: ParsedConfig, span: Span): Span {
  const t = textOf(p, span);
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return { file: span.file, start: span.start, end: span.start + i + 1 };
  }
  return { file: span.file, start: span.start, end: span.start + Math.min(t.length, 4) };
}

function repetitionMarkdown(p: ParsedConfig, span: Span, vars: readonly string[], rounds: number): string {
  const t = textOf(p, span);
  const kind = t.startsWith('~LST') ? '~LST' : t.startsWith('~SEQx') ? '~SEQx' : '~SEQ';
  return `**${kind}**: the rest of the line is read ${rounds} time${rounds === 1 ? '' : 's'}, producing ${rounds} line${rounds === 1 ? '' : 's'}, with ${vars.map((v) => code(`$${v}`)).join(', ')} set to each value in turn.`;
}

function definitionMarkdown(p: ParsedConfig, name: string, file: string): string {
  const defs = p.definitions.filter((d) => d.name === name);
  const uses = p.uses.filter((u) => u.name === name);
  const parts = [`**Parameter** ${code(`$${name}`)}`];
  for (const d of defs) parts.push(`${d.span ? placeOf(p, d.span, file) : 'built in'}:\n\n${codeBlock(d.value === '' ? '(empty)' : d.value, 'text')}`);
  if (defs.length > 1) parts.push('Each definition replaces the one before it for the lines that follow.');
  const sites = [...new Map(uses.map((u) => [`${u.span.file}:${u.span.start}`, u])).values()];
  parts.push(sites.length === 0 ? 'Not used.' : `Used ${sites.length === 1 ? 'once' : `${sites.length} times`}.`);
  return parts.join('\n\n');
}

function useMarkdown(p: ParsedConfig, name: string, expansion: string | undefined, defSpan: Span | undefined, file: string): string {
  const parts = [`**${code(`$${name}`)}** expands to ${expansion === undefined || expansion === '' ? '*nothing*' : ''}`];
  if (expansion) parts.push(codeBlock(expansion, 'text'));
  const def = p.definitions.find((d) => d.name === name && (!defSpan || (d.span?.file === defSpan.file && d.span.start === defSpan.start)));
  if (def?.multiline) parts.push(`A multi-line value: its further lines are read after this one (${def.value.split('\n').length} lines in all).`);
  if (defSpan) parts.push(`Defined ${placeOf(p, defSpan, file)}.`);
  else parts.push(BUILTIN_PARAMETERS.includes(name) ? 'A parameter keepalived defines itself.' : 'Set by a `~SEQ` / `~LST` line.');
  return parts.join('\n\n');
}

function includeFilesMarkdown(pattern: string, resolved: string, files: readonly string[]): string {
  if (files.length === 0) return `${code(pattern)} matches no file (looked for ${code(resolved)}).`;
  const shown = files.slice(0, 20).map((f) => `- ${code(f)}`);
  if (files.length > 20) shown.push(`- ... and ${files.length - 20} more`);
  return `${code(pattern)} reads ${files.length === 1 ? 'one file' : `${files.length} files`}, in this order:\n\n${shown.join('\n')}`;
}
