/**
 * Templates linted on their own (no variables): template syntax never produces a keepalived
 * diagnostic, what holds for every rendering is reported on the template line, and template
 * syntax errors are reported as such. Golden text: `L:C-L:C severity code` (1-based).
 */
import * as assert from 'node:assert/strict';
import { engineOfText, isTemplateName, templateEngine } from '../../server/src/language/templates/detect';
import type { Engine } from '../../server/src/language/templates/scan';
import { templateGolden } from '../support/templates';

const golden = templateGolden;

const GLOBAL = 'global_defs {\n    enable_script_security\n}\n';

describe('templates: recognised by name and by content', () => {
  const names: [string, boolean][] = [
    ['roles/lb/templates/keepalived.conf.j2', true],
    ['templates/keepalived/vrrp.erb', true],
    ['charts/keepalived/templates/keepalived.tmpl', true],
    ['keepalived-vip.gotmpl', true],
    ['templates/nginx.conf.j2', false],
    ['roles/web/templates/site.j2', false],
    ['keepalived.conf', false],
  ];
  for (const [name, is] of names) it(`${name}: ${is ? 'a keepalived template' : 'not one'}`, () => assert.equal(isTemplateName(name), is));

  const contents: [string, string, Engine | undefined][] = [
    ['Jinja expression', 'vrrp_instance VI_1 {\n    priority {{ prio }}\n}\n', 'jinja'],
    ['Jinja statement', '{% if x %}\nvrrp_instance VI_1 {\n}\n{% endif %}\n', 'jinja'],
    ['ERB', 'vrrp_instance <%= @name %> {\n}\n', 'erb'],
    ['Go field', 'vrrp_instance vips {\n    priority {{ .priority }}\n}\n', 'go'],
    ['Go control with trim', '{{- if .x }}\nvrrp_instance vips {\n}\n{{- end }}\n', 'go'],
    ['envsubst', 'vrrp_instance VI_1 {\n    priority ${PRIORITY}\n}\n', 'envsubst'],
    ["keepalived's own $NAME", '$PRIO=100\nvrrp_instance VI_1 {\n    priority ${PRIO}\n}\n', undefined],
    ["keepalived's built-in ${_INSTANCE}", 'vrrp_instance VI_1 {\n    notify "/x ${_INSTANCE}"\n}\n', undefined],
    ['plain keepalived', 'vrrp_instance VI_1 {\n    priority 100\n}\n', undefined],
  ];
  for (const [name, text, engine] of contents) it(`content: ${name} → ${engine ?? 'plain'}`, () => assert.equal(engineOfText(text), engine));

  it('the setting wins over the guess', () => {
    assert.equal(templateEngine('keepalived.conf.j2', 'x', 'none'), undefined);
    assert.equal(templateEngine('keepalived.conf', 'priority ${P}', 'jinja'), 'jinja');
    assert.equal(templateEngine('keepalived.conf.j2', 'x'), 'jinja');
  });
});

describe('templates: template syntax never produces a keepalived diagnostic', () => {
  const cases: [string, string, Engine | undefined, string][] = [
    [
      'a value where a priority goes',
      `${GLOBAL}vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority {{ prio }}\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n}\n`,
      undefined,
      '',
    ],
    [
      'a value in the instance name, the script name and its reference',
      `${GLOBAL}vrrp_script chk_{{ id }} {\n    script "/usr/local/bin/check"\n}\nvrrp_instance VI_{{ id }} {\n    interface eth0\n    virtual_router_id {{ id }}\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n    track_script {\n        chk_{{ id }}\n    }\n}\n`,
      undefined,
      '',
    ],
    [
      'a line of values may be any lines: no missing virtual_router_id',
      `vrrp_instance VI_1 {\n    {{ instance_options }}\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n}\n`,
      undefined,
      '',
    ],
    [
      'a block opened in a branch and closed after the endif',
      `{% if primary %}\nvrrp_instance VI_A {\n{% else %}\nvrrp_instance VI_B {\n{% endif %}\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n}\n`,
      undefined,
      '',
    ],
    [
      'a loop that may render zero times',
      `vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n{% for v in vips %}\n        {{ v }}\n{% endfor %}\n    }\n}\n`,
      undefined,
      '',
    ],
    [
      'a script defined and tracked under the same condition',
      `${GLOBAL}{% if check %}\nvrrp_script chk {\n    script "/bin/true"\n}\n{% endif %}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n{% if check %}\n    track_script {\n        chk\n    }\n{% endif %}\n}\n`,
      undefined,
      '',
    ],
    [
      'ERB with trimming and an each loop',
      `vrrp_instance <%= @name %> {\n  interface <%= @interface %>\n  virtual_router_id <%= @vrid %>\n  <%- if @nopreempt -%>\n  nopreempt\n  <%- end -%>\n  virtual_ipaddress {\n  <%- @vips.each do |vip| -%>\n    <%= vip %>\n  <%- end -%>\n  }\n}\n`,
      'erb',
      '',
    ],
    [
      'Go: a block brace followed by a range on the same line',
      `vrrp_instance vips {\n  interface {{ .iface }}\n  virtual_router_id {{ .vrid }}\n  virtual_ipaddress { {{ range .vips }}\n    {{ . }}{{ end }}\n  }\n}\n`,
      'go',
      '',
    ],
    [
      'envsubst values',
      `vrrp_instance VI_1 {\n    state \${STATE}\n    interface \${INTERFACE}\n    virtual_router_id \${ROUTER_ID}\n    priority \${PRIORITY}\n    virtual_ipaddress {\n        \${APISERVER_VIP}\n    }\n}\n`,
      'envsubst',
      '',
    ],
  ];
  for (const [name, text, engine, expect] of cases) it(name, () => assert.equal(golden(text, engine), expect));
});

describe('templates: what holds for every rendering is reported on the template line', () => {
  const cases: [string, string, string][] = [
    [
      'a misspelled keyword next to template code',
      `vrrp_instance VI_1 {\n    interface {{ iface }}\n    virtual_router_id {{ vrid }}\n    priorty {{ prio }}\n    virtual_ipaddress {\n        {{ vip }}\n    }\n}\n`,
      '4:5-4:12 warning unknown-keyword',
    ],
    [
      'priority 300 in a conditional branch',
      `vrrp_instance VI_1 {\n    interface {{ iface }}\n    virtual_router_id {{ vrid }}\n{% if primary %}\n    priority 300\n{% endif %}\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n}\n`,
      '5:14-5:17 warning priority-range',
    ],
    [
      'lb_kind dr in a loop of virtual servers',
      `{% for vs in services %}\nvirtual_server {{ vs.ip }} {{ vs.port }} {\n    lb_algo rr\n    lb_kind dr\n    protocol TCP\n    real_server {{ vs.backend }} {{ vs.port }} {\n    }\n}\n{% endfor %}\n`,
      '4:13-4:15 warning lvs-method',
    ],
    [
      'a track_script naming no script',
      `vrrp_instance VI_{{ id }} {\n    interface eth0\n    virtual_router_id {{ id }}\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n    track_script {\n        chk_haproxy\n    }\n}\n`,
      '8:9-8:20 warning undefined-reference',
    ],
    [
      'a VIP /33 next to template code',
      `vrrp_instance VI_1 {\n    interface {{ iface }}\n    virtual_router_id {{ vrid }}\n    virtual_ipaddress {\n        192.0.2.10/33 dev {{ iface }}\n    }\n}\n`,
      '5:9-5:22 warning vip-invalid',
    ],
  ];
  for (const [name, text, expect] of cases) it(name, () => assert.equal(golden(text), expect));
});

describe('templates: template syntax errors are reported as such', () => {
  const VI = 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    PRIO\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n}\n';
  const vi = (prio = 'priority 100') => VI.replace('PRIO', prio);
  const cases: [string, string, Engine, string][] = [
    ['an unclosed {% if %}', `{% if x %}\n${vi()}`, 'jinja', '1:1-1:11 error template-syntax'],
    ['a {{ without }}', vi('priority {{ prio'), 'jinja', '4:14-4:21 error template-syntax'],
    ['an endif that closes nothing', `${vi()}{% endif %}\n`, 'jinja', '9:1-9:12 error template-syntax'],
    ['ERB without its end', `<% if @x %>\n${vi()}`, 'erb', '1:1-1:12 error template-syntax'],
    ['Go without its end', `{{ if .x }}\n${vi()}`, 'go', '1:1-1:12 error template-syntax'],
  ];
  for (const [name, text, engine, expect] of cases) it(name, () => assert.equal(golden(text, engine), expect));
});
