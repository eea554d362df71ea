/** The codes of template support, with their docs (settings, SARIF, the README table). */
import type { CodeInfo } from '../validation/rule';

export const TemplateCode = {
  syntax: 'template-syntax',
  render: 'template-render',
  undefinedVariable: 'template-undefined',
  joinedLine: 'template-joined-line',
  gluedKeyword: 'template-glued-keyword',
} as const;

export const templateCodes: readonly CodeInfo[] = [
  {
    id: TemplateCode.syntax,
    severity: 'error',
    title: 'A template syntax error: a tag never closed, an `if`/`for` without its end, an `end` that closes nothing.',
    keepalived: '(The template engine refuses the template; no keepalived.conf is written.)',
    example: '{% if keepalived_unicast %} ... (no {% endif %})',
    fix: 'Close the tag or the block.',
  },
  {
    id: TemplateCode.render,
    severity: 'error',
    title:
      'A template that fails to render for a host with its variables (an error the engine raises), or whose variables Ansible cannot load (an inventory or variables file missing or not valid YAML): then no host is rendered and the template is checked on its own.',
    keepalived: '(Ansible stops with the error; the host, or with a variables file it cannot load every host, gets no new keepalived.conf.)',
    example: "{{ groups['lb'].index(inventory_hostname) }} on a host outside the lb group",
    fix: 'Define the variable or group for the host, or guard the line with `{% if %}`.',
  },
  {
    id: TemplateCode.undefinedVariable,
    severity: 'error',
    title:
      'A template variable that nothing defines for a host (inventory, group_vars, host_vars, role defaults or vars, variables files), or a key, item or attribute its value lacks, used where Ansible needs its value.',
    keepalived: '(Ansible stops rendering the template for that host.)',
    example: 'priority {{ keepalived_priority }} with keepalived_priority set for no host; {% if vip.preempt %} when vip has no preempt key',
    fix: 'Define the variable or the key (e.g. in group_vars), test it first (`is defined`), or give it a default with `| default(...)`.',
  },
  {
    id: TemplateCode.joinedLine,
    severity: 'warning',
    title:
      "Whitespace control (the `-` of `{%- -%}`, `{{- -}}`, ERB's `-%>`, and Ansible's trim_blocks after it) removes a line break, so a keyword lands on another statement's line.",
    keepalived: '(keepalived reads one statement per line: the keyword becomes an extra value of the statement before it, and is ignored.)',
    example: 'interface {{ iface }} ↵ {%- if master -%} ↵ state MASTER  renders  interface eth0state MASTER',
    fix: 'Drop the `-` that strips the line break (keep it only where no keepalived line follows), or put the tag on the line it belongs to.',
  },
  {
    id: TemplateCode.gluedKeyword,
    severity: 'warning',
    title:
      'Whitespace control (`{{-` in Jinja and Go templates) removes every blank between a keyword and the value printed after it, so the two render as one word.',
    keepalived: '(keepalived reads `priority100` as one unknown keyword and ignores the line: the instance keeps its default.)',
    example: 'priority {{- prio }}  renders  priority100',
    fix: "Drop the `-` on the value's side of the tag: `priority {{ prio }}`.",
  },
];
