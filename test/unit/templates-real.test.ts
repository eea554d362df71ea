/**
 * The shapes of real keepalived templates that used to give findings no rendering has (one small
 * template of our own per cause): each is linted with no warning or error, and a mistake seeded
 * on a literal line next to the construct is reported on its line, and nothing else is.
 */
import * as assert from 'node:assert/strict';
import type { Engine } from '../../server/src/language/templates/scan';
import { templateGolden } from '../support/templates';

interface Case {
  readonly name: string;
  /** The template's file name (its engine comes from the name and the content unless `engine` says). */
  readonly file: string;
  readonly engine?: Engine;
  readonly text: string;
  /** Findings (`line code`) of the template as it is: none, unless it has a real mistake of its own. */
  readonly expect?: readonly string[];
  /** A literal line inserted after line `after` (1-based), and the finding it must give on its own line. */
  readonly seed: { readonly after: number; readonly line: string; readonly code: string };
}

const PRIORTY = { line: '    priorty 100', code: 'unknown-keyword' };

const cases: Case[] = [
  {
    name: 'A: an address and its prefix printed by two values (vip/prefix)',
    file: 'keepalived.conf.j2',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        {{ vip }}/{{ prefix }}\n    }\n}\n',
    seed: { after: 4, ...PRIORTY },
  },
  {
    name: 'A: the same in Go, with a dev after it',
    file: 'keepalived.conf.tmpl',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        {{ .VIP }}/{{ .Prefix }} dev eth0\n        10.0.{{ .Net }}.1/24\n    }\n}\n',
    seed: { after: 4, ...PRIORTY },
  },
  {
    name: 'B: a checker keyword printed by a value',
    file: 'keepalived.conf.j2',
    text: 'virtual_server 192.0.2.10 80 {\n    lvs_sched rr\n    lvs_method DR\n    protocol TCP\n    real_server 192.0.2.20 80 {\n        {{ check_type }} {\n            connect_timeout 3\n            misc_path /usr/local/bin/check\n        }\n    }\n}\n',
    seed: { after: 6, line: '            conect_timeout 3', code: 'unknown-keyword' },
  },
  {
    name: 'B: a value glued to _CHECK',
    file: 'keepalived.conf.j2',
    text: 'virtual_server 192.0.2.10 80 {\n    lvs_sched rr\n    lvs_method DR\n    protocol TCP\n    real_server 192.0.2.20 80 {\n        {{ proto | upper }}_CHECK {\n            connect_timeout 3\n        }\n    }\n}\n',
    seed: { after: 7, line: '            lvs_sched rr', code: 'wrong-block' },
  },
  {
    name: 'C: shell command substitution in a heredoc',
    file: 'keepalived.conf',
    text: 'vrrp_instance VI_1 {\n    interface ${IFACE}\n    virtual_router_id 51\n    priority `cat /etc/keepalived/priority`\n    unicast_peer {\n$(for p in ${PEERS}; do\n    echo "        $p"\ndone)\n    }\n    virtual_ipaddress {\n        ${VIP}\n    }\n}\n',
    seed: { after: 9, line: '    priorty $((BASE + 1))', code: 'unknown-keyword' },
  },
  {
    name: 'D: bash case conversion in a heredoc',
    file: 'keepalived.conf',
    text: 'vrrp_instance VI_1 {\n    state ${ROLE^^}\n    interface ${IFACE,,}\n    virtual_router_id 51\n    priority ${PRIO:-${DEFAULT_PRIO}}\n    virtual_ipaddress {\n        ${VIP}\n    }\n}\n',
    seed: { after: 2, ...PRIORTY },
  },
  {
    name: 'E: a checker block included from a real_server',
    file: 'http_get.conf.erb',
    text: 'HTTP_GET {\n  url {\n    path <%= @path %>\n    status_code 200\n  }\n  connect_timeout <%= @timeout %>\n}\n',
    seed: { after: 6, line: '  conect_timeout 3', code: 'unknown-keyword' },
  },
  {
    name: 'F: a vrrp_script fragment (global_defs is another fragment)',
    file: 'vrrp_script.erb',
    text: 'vrrp_script <%= @name %> {\n  script "<%= @script %>"\n  interval 2\n}\n',
    seed: { after: 3, line: '  intervall 2', code: 'unknown-keyword' },
  },
  {
    name: 'F: a virtual_server fragment that includes its real servers',
    file: 'virtual_server.conf.erb',
    text: 'virtual_server <%= @ip %> <%= @port %> {\n  lvs_method DR\n  protocol TCP\n  quorum_up "<%= @up %>"\n<% @real_servers.each do |rs| -%>\n  include <%= rs %>\n<% end -%>\n}\n',
    seed: { after: 4, line: '  lvs_shed rr', code: 'unknown-keyword' },
  },
  {
    name: 'G: Puppet EPP branches with braces',
    file: 'vrrp_track_process.epp',
    text: 'vrrp_track_process <%= $name %> {\n  <%- if $multi { -%>\n  process "<%= $procs.join(\'" "\') %>"\n  <%- } else { -%>\n  process "<%= $proc %>"\n  <%- } -%>\n  weight 10\n}\n',
    seed: { after: 6, line: '  wieght 10', code: 'unknown-keyword' },
  },
  {
    name: 'H: Mustache sections and a triple mustache',
    file: 'keepalived.conf',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    {{#state}}\n    state {{{.}}}\n    {{/state}}\n    {{^state}}\n    state BACKUP\n    {{/state}}\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        {{#vips}}\n        {{.}}\n        {{/vips}}\n    }\n}\n',
    seed: { after: 8, ...PRIORTY },
  },
  {
    name: 'I: a placeholder address equal to a literal peer',
    file: 'keepalived.conf.j2',
    text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    unicast_src_ip {{ src }}\n    unicast_peer {\n        192.0.2.2\n        192.0.2.3\n    }\n    virtual_ipaddress {\n        192.0.2.10/24\n    }\n}\n',
    seed: { after: 5, ...PRIORTY },
  },
  {
    name: 'J: Terraform for and if directives',
    file: 'keepalived.tpl',
    text: 'vrrp_instance VI_1 {\n    interface ${iface}\n    virtual_router_id 51\n%{ if master ~}\n    priority 150\n%{ else ~}\n    priority 100\n%{ endif ~}\n    unicast_peer {\n%{ for p in peers ~}\n        ${p}\n%{ endfor ~}\n    }\n    virtual_ipaddress {\n        ${vip}\n    }\n}\n',
    seed: { after: 8, line: '    advert_intx 1', code: 'unknown-keyword' },
  },
  {
    name: 'K5: a Jinja dict literal holding }}',
    file: 'keepalived.conf.j2',
    text: "vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority {{ {'lb1': {'prio': 150}}[inventory_hostname]['prio'] }}\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n",
    seed: { after: 4, line: '    advert_intx 1', code: 'unknown-keyword' },
  },
  {
    name: 'K4: a Jinja block set with a filter',
    file: 'keepalived.conf.j2',
    text: '{% if enabled %}\n{% set peers | trim %}\n{% for p in peer_list %}{{ p }} {% endfor %}\n{% endset %}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n{% endif %}\n',
    seed: { after: 5, ...PRIORTY },
  },
  {
    name: "K8: Ansible's comment filter is a comment, not lines that may hold global_defs",
    file: 'keepalived.conf.j2',
    text: '{{ ansible_managed | comment }}\nvrrp_script chk {\n    script "/usr/bin/pgrep haproxy"\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        192.0.2.10\n    }\n    track_script {\n        chk\n    }\n}\n',
    // no global_defs anywhere: keepalived runs the script without script security
    expect: ['3 script-security'],
    seed: { after: 5, ...PRIORTY },
  },
  {
    name: "K10: ERB trim mode '%' lines",
    file: 'keepalived.conf.erb',
    text: 'vrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n  priority 100\n  virtual_ipaddress {\n% @vips.each do |v|\n    <%= v %>\n% end\n  }\n}\n',
    seed: { after: 4, line: '  priorty 100', code: 'unknown-keyword' },
  },
  {
    name: "K: Helm's named templates: a define holding keepalived text is linted, one holding labels is not",
    file: '_helpers.tpl',
    engine: 'go',
    text: '{{- define "chart.labels" -}}\napp.kubernetes.io/name: {{ .Chart.Name }}\n{{- end }}\n{{- define "keepalived.conf" -}}\nvrrp_instance VI_1 {\n    state {{ .Values.state }}\n    interface eth0\n    virtual_router_id 51\n    priority 100\n    virtual_ipaddress {\n        {{ .Values.vip }}\n    }\n}\n{{- end }}\n',
    seed: { after: 7, ...PRIORTY },
  },
  {
    name: 'K: a Jinja macro that writes an instance is linted as one',
    file: 'keepalived.conf.j2',
    text: '{% macro instance(name, prio) %}\nvrrp_instance {{ name }} {\n    interface eth0\n    virtual_router_id 51\n    priority {{ prio }}\n    virtual_ipaddress {\n        192.0.2.10\n    }\n}\n{% endmacro %}\n{{ instance("VI_1", 100) }}\n',
    seed: { after: 3, ...PRIORTY },
  },
];

/** `line code` of each warning and error. */
function findings(c: Case, text: string): string[] {
  const golden = templateGolden(text, c.engine, `/srv/templates/${c.file}`);
  return golden === '' ? [] : golden.split('\n').map((l) => `${l.split(':')[0]} ${l.split(' ').pop()}`);
}

describe('templates: shapes of real templates', () => {
  for (const c of cases) {
    it(`${c.name}: no finding that template syntax causes`, () => assert.deepEqual(findings(c, c.text), c.expect ?? []));

    it(`${c.name}: a mistake seeded on line ${c.seed.after + 1} is found there`, () => {
      const lines = c.text.split('\n');
      lines.splice(c.seed.after, 0, c.seed.line);
      // the template's own findings after the seeded line move down by one
      const own = (c.expect ?? []).map((f) => {
        const [line, code] = f.split(' ');
        return `${Number(line) > c.seed.after ? Number(line) + 1 : Number(line)} ${code}`;
      });
      const expected = [...own, `${c.seed.after + 1} ${c.seed.code}`].sort((a, b) => parseInt(a) - parseInt(b));
      assert.deepEqual(findings(c, lines.join('\n')), expected);
    });
  }
});
