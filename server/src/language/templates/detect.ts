/**
 * Is a keepalived file a template, and of which engine? By name (`keepalived.conf.j2`,
 * `templates/keepalived/*.erb`...), else by content (Jinja `{{ }}`/`{% %}`/`{# #}`, ERB `<% %>`,
 * Go `{{ .X }}`/`{{ range }}`/`{{- if }}`, Mustache `{{#x}}…{{/x}}`/`{{{x}}}`, envsubst `${NAME}`
 * that no `$NAME=` definition of keepalived's own explains, Terraform's `%{ if }`/`%{ for }`;
 * Puppet EPP is read as ERB). A setting (`keepalived.template`, `--template`) overrides the guess.
 */
import { basename } from '../host';
import { ENGINES, type Engine } from './scan';
import { keepalivedDefinitions } from './scanShell';

export type TemplateSetting = 'auto' | 'none' | Engine;
export const TEMPLATE_SETTINGS: readonly TemplateSetting[] = ['auto', 'none', ...ENGINES];

const BY_EXTENSION: Readonly<Record<string, Engine | 'any'>> = {
  j2: 'jinja',
  jinja: 'jinja',
  jinja2: 'jinja',
  erb: 'erb',
  // Puppet EPP: `<% %>` tags, control flow with braces (`} else {`), which the ERB reading knows
  epp: 'erb',
  mustache: 'mustache',
  tmpl: 'any',
  tpl: 'any',
  gotmpl: 'go',
  template: 'any',
};

/** The template extension of a file name (`keepalived.conf.j2` → j2), if it has one. */
function templateExtension(path: string): string | undefined {
  const m = /\.([a-z0-9]+)$/i.exec(basename(path));
  const ext = m?.[1]?.toLowerCase();
  return ext !== undefined && ext in BY_EXTENSION ? ext : undefined;
}

/** A template file of keepalived by its name: a template extension and keepalived in the name or path. */
export function isTemplateName(path: string): boolean {
  return templateExtension(path) !== undefined && /keepalived/i.test(path);
}

const GO_ACTION = /\{\{-?\s*(\.[A-Za-z_]|\$[A-Za-z_]|(if|range|with|end|else|define|template|block)\b[^}]*\}\})/;
/** A Mustache section `{{#x}}`/`{{^x}}` closed by its `{{/x}}`, or a triple mustache `{{{x}}}`. */
const MUSTACHE = /\{\{[#^]\s*([\w.-]+)\s*\}\}[\s\S]*?\{\{\/\s*\1\s*\}\}|\{\{\{\s*[\w.-]+\s*\}\}\}/;
const JINJA = /\{%-?\s*[a-z]|\{#|\{\{-?\s*[A-Za-z_][\w.'"[\]|() -]*\}\}/;

/** The engine the content looks written for, if any. */
export function engineOfText(text: string): Engine | undefined {
  if (text.includes('<%') && /<%[=-]?[\s\S]*?%>/.test(text)) return 'erb';
  if (text.includes('{{') || text.includes('{%') || text.includes('{#')) {
    if (MUSTACHE.test(text) && !/\{%/.test(text)) return 'mustache';
    if (GO_ACTION.test(text) && !/\{%/.test(text)) return 'go';
    if (JINJA.test(text)) return 'jinja';
    if (/\{\{[\s\S]*?\}\}/.test(text)) return 'go';
  }
  if (text.includes('$')) {
    const defined = keepalivedDefinitions(text);
    // ${NAME} and its shell expansions (${NAME:-x}, ${NAME^^}, ${#NAME}), Terraform's ${a.b} and ${f(x)},
    // that keepalived's own definitions (and its built-ins, ${_...}) do not explain
    for (const m of text.matchAll(/\$\{[#!]?([A-Za-z]\w*)(?:[.(:?+\-^,%/#@[][^}\n]*)?\}/g)) if (!defined.has(m[1]!)) return 'envsubst';
  }
  // Terraform's template directives
  if (/%\{~?\s*(if|for)\s[^}\n]*\}/.test(text)) return 'envsubst';
  return undefined;
}

/** The engine to read `path` with, or undefined for a plain keepalived file. */
export function templateEngine(path: string, text: string, setting: TemplateSetting = 'auto'): Engine | undefined {
  if (setting === 'none') return undefined;
  if (setting !== 'auto') return setting;
  const ext = templateExtension(path);
  const byName = ext !== undefined ? BY_EXTENSION[ext] : undefined;
  if (byName !== undefined && byName !== 'any') return byName;
  return engineOfText(text) ?? (byName === 'any' ? 'go' : undefined);
}
