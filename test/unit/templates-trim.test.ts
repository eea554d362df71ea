/**
 * Whitespace control (templates/trim.ts): the line breaks each engine strips around its tags, and
 * what a template says once they are gone — a keyword that lands on another statement's line is
 * `template-joined-line`, and the joined line is linted as keepalived reads it; where the engine
 * keeps the line break (no `-`, trim_blocks off outside Ansible, a `{` before), nothing is said.
 */
import * as assert from 'node:assert/strict';
import { ansibleEnvironment } from '../../server/src/language/templates/jinja';
import { parseTemplate } from '../../server/src/language/templates/structure';
import { rendersWithAnsible, strippedRanges } from '../../server/src/language/templates/trim';
import type { Engine } from '../../server/src/language/templates/scan';
import { createProjectService } from '../../server/src/language/project/service';
import { memoryHost } from '../support/memoryHost';
import { templateGolden } from '../support/templates';

const instance = (body: string) =>
  `vrrp_instance VI_1 {\n    virtual_router_id 51\n    priority 100\n${body}    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n`;

interface Case {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  /** `line code` of each warning and error. */
  readonly expect: readonly string[];
}

const cases: Case[] = [
  {
    name: 'Jinja: `-%}` after a value strips the next line break: `state` lands on the interface line',
    path: '/srv/salt/keepalived.conf.jinja',
    text: instance('    interface {{ iface }}\n    {%- if x -%}\n    state MASTER\n    {%- endif %}\n'),
    // keepalived reads `interface <iface>state MASTER`: MASTER is one value too many
    expect: ['6 argument-extra', '6 template-joined-line'],
  },
  {
    name: 'Jinja: the same with the line break kept (no `-`) is fine',
    path: '/srv/salt/keepalived.conf.jinja',
    text: instance('    interface {{ iface }}\n    {% if x %}\n    state MASTER\n    {% endif %}\n'),
    expect: [],
  },
  {
    name: 'Jinja: literal text joined: `state MASTERpriority` (state-invalid on the state line) and `priority` lands there',
    path: '/srv/salt/keepalived.conf.jinja',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    {% if master -%}\n    state MASTER\n    {%- endif -%}\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n',
    expect: ['5 state-invalid', '7 template-joined-line'],
  },
  {
    name: 'Jinja in an Ansible role: `{%- if %}` strips the break before, trim_blocks the one after (so do `{%- endif %}` and trim_blocks)',
    path: '/srv/roles/keepalived/templates/keepalived.conf.j2',
    text: instance('    interface {{ iface }}\n{%- if master %}\n    state MASTER\n{%- endif %}\n'),
    // one line: `interface <iface>    state MASTER    virtual_ipaddress {`
    expect: ['6 argument-extra', '6 template-joined-line', '8 template-joined-line'],
  },
  {
    name: 'Jinja outside Ansible: trim_blocks is off, the break after `%}` stays',
    path: '/srv/salt/keepalived.conf.jinja',
    text: instance('    interface {{ iface }}\n{%- if master %}\n    state MASTER\n{%- endif %}\n'),
    expect: [],
  },
  {
    name: 'Jinja in an Ansible role with `#jinja2: trim_blocks: False`',
    path: '/srv/roles/keepalived/templates/keepalived.conf.j2',
    text: `#jinja2: trim_blocks: False\n${instance('    interface {{ iface }}\n{%- if master %}\n    state MASTER\n{%- endif %}\n')}`,
    expect: [],
  },
  {
    name: 'Jinja in an Ansible role: `+%}` keeps the break after the `if`, not after the `endif`',
    path: '/srv/roles/keepalived/templates/keepalived.conf.j2',
    text: instance('    interface {{ iface }}\n{%- if master +%}\n    state MASTER\n{%- endif %}\n'),
    expect: ['8 template-joined-line'],
  },
  {
    name: 'Jinja: a statement after a `{` on the same line is read by keepalived',
    path: '/srv/roles/keepalived/templates/keepalived.conf.j2',
    text: 'vrrp_instance VI_1 {\n{%- if master %}\n    state MASTER\n{% endif %}\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n',
    expect: [],
  },
  {
    // text/template: `{{-` trims all white space before it, `priority` + `100` renders `priority100`
    name: 'Go: `{{-` on the next line glues the value to `priority` (one unknown word): template-glued-keyword, nothing that depends on the value',
    path: '/srv/keepalived.conf.tmpl',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority\n    {{- .Priority }}\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n',
    expect: ['4 template-glued-keyword'],
  },
  {
    // python3 jinja2: Template('state {{- s }}').render(s='MASTER') == 'stateMASTER'
    name: 'Jinja: `state {{- s }}` and `priority {{- p }}` on one line: both glued',
    path: '/srv/salt/keepalived.conf.jinja',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    state {{- s }}\n    virtual_router_id 51\n    priority {{- p }}\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n',
    expect: ['3 template-glued-keyword', '5 template-glued-keyword'],
  },
  {
    name: 'Go: the same keywords without `-`, or with `-` where a blank stays, are fine',
    path: '/srv/keepalived.conf.tmpl',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    state {{ .S }}\n    virtual_router_id 51\n    priority {{ "" -}} {{ .P }}\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n',
    expect: [],
  },
  {
    name: 'Helm: a keyword needing no value, then `{{- … | nindent 4 }}` (which starts a line of its own), is fine',
    path: '/srv/chart/templates/keepalived.conf.tpl',
    text: instance('    interface eth0\n    nopreempt\n    {{- .Values.extra | nindent 4 }}\n'),
    expect: [],
  },
  {
    name: 'Go: literal text glued by `{{-` is already an unknown keyword (no second finding)',
    path: '/srv/keepalived.conf.tmpl',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    state {{- if .M }}MASTER{{ else }}BACKUP{{ end }}\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n',
    expect: ['3 unknown-keyword'],
  },
  {
    name: 'Go: ` -}}` strips the break after a value',
    path: '/srv/keepalived.conf.tmpl',
    text: instance('    interface {{ .Iface -}}\n    state MASTER\n'),
    expect: ['5 argument-extra', '5 template-joined-line'],
  },
  {
    name: 'ERB: `-%>` after a printed value on a line of text joins the next line',
    path: '/srv/templates/keepalived.conf.erb',
    text: instance('    interface <%= @iface -%>\n    state MASTER\n'),
    expect: ['5 argument-extra', '5 template-joined-line'],
  },
  {
    name: 'ERB: `-%>` ending a line of code only (the usual use) is fine',
    path: '/srv/templates/keepalived.conf.erb',
    text: instance('    interface <%= @iface %>\n<% if @master -%>\n    state MASTER\n<% end -%>\n'),
    expect: [],
  },
];

/** The messages of a template's findings. */
function templateLint(text: string, path: string): string[] {
  return createProjectService(memoryHost({ [path]: text }))
    .lintFile(path, text)
    .issues.map((i) => i.message);
}

function findings(c: Case): string[] {
  const golden = templateGolden(c.text, undefined, c.path);
  return golden === ''
    ? []
    : golden
        .split('\n')
        .map((l) => `${l.split(':')[0]} ${l.split(' ').pop()}`)
        .sort();
}

describe('templates: whitespace control', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(findings(c), c.expect));

  it('names where the keyword lands and what keepalived makes of it', () => {
    const c = cases[0]!;
    const issues = templateGolden(c.text, undefined, c.path, true);
    assert.match(issues, /6:5-6:10 warning template-joined-line/);
  });

  it('says when the keyword lands in a comment (keepalived never reads it)', () => {
    const text = `# {{ ansible_managed }}\n{%- if x %}\n${instance('    interface eth0\n')}{% endif %}\n`;
    const issues = templateGolden(text, undefined, '/srv/roles/lb/templates/keepalived.conf.j2', true);
    assert.match(issues, /^3:1-3:14 warning template-joined-line$/m);
    const r = templateLint(text, '/srv/roles/lb/templates/keepalived.conf.j2');
    assert.ok(
      r.some((m) => /`vrrp_instance` lands in the comment on line 1: keepalived never reads it/.test(m)),
      r.join('\n'),
    );
  });

  it('strips what each engine strips, and only that', () => {
    const ranges = (text: string, engine: Engine, trimBlocks = false) =>
      strippedRanges(text, parseTemplate(text, engine).tags, engine, trimBlocks).map(([s, e]) => JSON.stringify(text.slice(s, e)));
    assert.deepEqual(ranges('a \n {%- if x -%} \n b', 'jinja'), ['" \\n "', '" \\n "']);
    assert.deepEqual(ranges('a\n{% if x %}\nb\n{{ y }}\nc', 'jinja', true), ['"\\n"'], 'trim_blocks: after %} only, not after }}');
    assert.deepEqual(ranges('a\n{% if x %}\nb', 'jinja', false), []);
    assert.deepEqual(ranges('a \n{{- .X -}}\n b {{-.Y}}', 'go'), ['" \\n"', '"\\n "'], 'Go needs a space next to the dash');
    assert.deepEqual(ranges('a\n  <%- x -%>\n  b', 'erb'), ['"  "', '"\\n"'], 'ERB: the indentation before <%-, the line break after -%>');
    assert.deepEqual(ranges('a ${X}\n b', 'envsubst'), []);
  });

  it('joins the lines the renderer joins (nunjucks configured as Ansible, as the Jinja2 of Ansible does)', () => {
    const env = ansibleEnvironment({ trimBlocks: true, lstripBlocks: false }, () => undefined);
    const out = env.renderString(cases[3]!.text, { iface: 'eth0', master: true });
    assert.match(out, /^ {4}interface eth0 {4}state MASTER {4}virtual_ipaddress \{$/m);
    const plain = ansibleEnvironment({ trimBlocks: false, lstripBlocks: false }, () => undefined);
    assert.match(plain.renderString(cases[0]!.text, { iface: 'eth0', x: true }), /^ {4}interface eth0state MASTER$/m);
  });

  it('takes a template for Ansible by its place in a role or by ansible_managed', () => {
    assert.equal(rendersWithAnsible('/a/roles/lb/templates/keepalived.conf.j2', ''), true);
    assert.equal(rendersWithAnsible('/a/keepalived.conf.j2', '# {{ ansible_managed }}\n'), true);
    assert.equal(rendersWithAnsible('/a/keepalived.conf.j2', '#jinja2: trim_blocks: True\n'), false);
    assert.equal(rendersWithAnsible('/srv/salt/keepalived/keepalived.conf.jinja', ''), false);
  });
});
