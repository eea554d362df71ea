/**
 * Whitespace an engine removes around its tags when it reads the template, before anything
 * renders: Jinja's `{%-` / `-%}` (and `{{-`, `-}}`, `{#-`, `-#}`) strip all whitespace on that
 * side, newlines included, and with trim_blocks (Ansible's default) the newline right after a
 * `%}` or `#}` goes too (`+%}` keeps it); Go's `{{- ` and ` -}}` strip all whitespace; ERB's
 * `-%>` (Puppet, Chef: trim mode '-') drops the newline right after it and `<%-` the indentation
 * before it. A stripped newline between two lines of keepalived text joins them into one line —
 * `interface {{ i }}{%- if x -%}` over `state MASTER` renders `interface eth0state MASTER`.
 */
import type { Engine, Tag } from './scan';

/** [start, end) of the template. */
export type Range = readonly [number, number];

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** All whitespace before `at` (back to the last non-blank character). */
function spaceBefore(text: string, at: number): Range {
  let s = at;
  while (s > 0 && isSpace(text[s - 1])) s--;
  return [s, at];
}

/** All whitespace after `at`. */
function spaceAfter(text: string, at: number): Range {
  let e = at;
  while (e < text.length && isSpace(text[e])) e++;
  return [at, e];
}

/** The newline right after `at` (`\n` or `\r\n`), if there is one. */
function newlineAfter(text: string, at: number): Range | undefined {
  if (text[at] === '\n') return [at, at + 1];
  if (text[at] === '\r' && text[at + 1] === '\n') return [at, at + 2];
  return undefined;
}

function jinjaRanges(text: string, tag: Tag, trimBlocks: boolean): Range[] {
  const out: Range[] = [];
  const open = text.slice(tag.start, tag.start + 2);
  const close = text.slice(tag.end - 2, tag.end);
  if (!['{{', '{%', '{#'].includes(open) || !['}}', '%}', '#}'].includes(close)) return out;
  if (text[tag.start + 2] === '-') out.push(spaceBefore(text, tag.start));
  const marker = text[tag.end - 3];
  if (marker === '-') out.push(spaceAfter(text, tag.end));
  else if (trimBlocks && close !== '}}' && marker !== '+') {
    const nl = newlineAfter(text, tag.end);
    if (nl) out.push(nl);
  }
  return out;
}

function goRanges(text: string, tag: Tag): Range[] {
  const out: Range[] = [];
  if (text.startsWith('{{-', tag.start) && isSpace(text[tag.start + 3])) out.push(spaceBefore(text, tag.start));
  if (text.startsWith('-}}', tag.end - 3) && isSpace(text[tag.end - 4])) out.push(spaceAfter(text, tag.end));
  return out;
}

function erbRanges(text: string, tag: Tag): Range[] {
  const out: Range[] = [];
  if (text.startsWith('<%-', tag.start)) {
    // the indentation of a tag that starts its line
    let s = tag.start;
    while (s > 0 && isBlank(text[s - 1])) s--;
    if (s === 0 || text[s - 1] === '\n') out.push([s, tag.start]);
  }
  if (text.startsWith('-%>', tag.end - 3)) {
    const nl = newlineAfter(text, tag.end);
    if (nl) out.push(nl);
  }
  return out;
}

/** The whitespace the engine strips, as sorted, merged ranges of the template. */
export function strippedRanges(text: string, tags: readonly Tag[], engine: Engine, trimBlocks: boolean): Range[] {
  const ranges: Range[] = [];
  for (const tag of tags) {
    if (engine === 'jinja') ranges.push(...jinjaRanges(text, tag, trimBlocks));
    else if (engine === 'go') ranges.push(...goRanges(text, tag));
    else if (engine === 'erb') ranges.push(...erbRanges(text, tag));
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of ranges) {
    if (e <= s) continue;
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/**
 * Does Ansible render this Jinja template (trim_blocks on unless a `#jinja2:` line says
 * otherwise)? A file under a role's templates/, or one that prints `ansible_managed`. Other Jinja
 * users (Salt, plain Jinja2) keep trim_blocks off by default, and a `#jinja2:` line alone proves
 * nothing: plain Jinja2 prints it as a comment line (a charm's template carries one).
 */
export function rendersWithAnsible(path: string, text: string): boolean {
  return /(^|\/)roles\/[^/]+\/templates\//.test(path) || /\bansible_managed\b/.test(text);
}

/** Is offset `o` inside one of the sorted `ranges`? (binary search) */
export function inRanges(ranges: readonly Range[], o: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (o < s) hi = mid - 1;
    else if (o >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
