/**
 * What each template engine's scanner makes of the constructs real templates use: shell
 * heredocs (bash expansions, command substitution), Terraform directives, Mustache, Puppet EPP
 * and ERB `%` lines, Jinja expressions holding `}}`, block sets and Ansible's comment filter;
 * which engine a file is read with; and the template syntax problems of the new engines.
 * Tags are written `kind:code`.
 */
import * as assert from 'node:assert/strict';
import { engineOfText, isTemplateName, templateEngine } from '../../server/src/language/templates/detect';
import { scanTemplate, type Engine } from '../../server/src/language/templates/scan';
import { parseTemplate } from '../../server/src/language/templates/structure';

const tags = (text: string, engine: Engine) => scanTemplate(text, engine).tags.map((t) => `${t.kind}:${t.code}`);

describe('templates: the tags of each engine', () => {
  const cases: [string, Engine, string, string[]][] = [
    // envsubst / shell heredocs (D, C)
    ['bash upper-case expansion', 'envsubst', '    state ${ROLE^^}\n', ['expr:ROLE']],
    ['bash lower-case, length, substitution, indirection', 'envsubst', '${A,,} ${#B} ${C/x/y} ${!D}\n', ['expr:A', 'expr:#B', 'expr:C', 'expr:!D']],
    ['command substitution inside a line', 'envsubst', 'router_id $(hostname -s)\n', ['expr:hostname -s']],
    [
      'command substitution over several lines',
      'envsubst',
      'unicast_peer {\n$(for p in $PEERS; do\n  echo "$p"\ndone)\n}\n',
      ['opaque:for p in $PEERS; do\n  echo "$p"\ndone'],
    ],
    ['a parenthesis inside a quoted string of a command', 'envsubst', 'x $(echo ")")\n', ['expr:echo ")"']],
    ['backquotes', 'envsubst', 'router_id `hostname`\n', ['expr:hostname']],
    ['arithmetic', 'envsubst', 'priority $((BASE + 10))\n', ['expr:BASE + 10']],
    ['an escaped dollar', 'envsubst', 'notify "/bin/echo \\$HOME"\n', []],
    ["keepalived's own definition and its uses", 'envsubst', '$IF=eth0\ninterface ${IF}\ninterface $IF\n', []],
    // Terraform (J)
    ['Terraform for with strip markers', 'envsubst', '%{ for p in peers ~}\n  ${p}\n%{ endfor ~}\n', ['loop:for p in peers', 'expr:p', 'end:endfor']],
    ['Terraform if/else', 'envsubst', '%{~ if master ~}MASTER%{ else }BACKUP%{ endif }', ['if:if master', 'else:else', 'end:endif']],
    ['Terraform interpolation of an attribute and a call', 'envsubst', '${var.vip} ${join(" ", peers)}\n', ['expr:var.vip', 'expr:join(" ", peers)']],
    ["Terraform's escapes", 'envsubst', '$${NOT} %%{ if x }\n', []],
    // Mustache (H)
    [
      'Mustache sections, values, comment and partial',
      'mustache',
      '{{#vips}}{{{.}}} {{&dev}}{{/vips}}{{^peers}}{{! none }}{{> defaults}}{{/peers}}',
      ['loop:#vips', 'expr:.', 'expr:dev', 'end:/vips', 'if:^peers', 'stmt:none', 'opaque:>defaults', 'end:/peers'],
    ],
    ['Mustache changes its delimiters', 'mustache', '{{=<% %>=}}priority <%prio%> {{x}}', ['stmt:<% %>', 'expr:prio']],
    // Puppet EPP and Perl (G) and ERB trim mode '%'
    ['EPP if / else with braces', 'erb', '<%- if $multi { -%>a<%- } else { -%>b<%- } -%>', ['if:if $multi {', 'else:} else {', 'end:}']],
    ['Perl elsif with braces', 'erb', '<% if ($a) { %>a<% } elsif ($b) { %>b<% } %>', ['if:if ($a) {', 'elif:} elsif ($b) {', 'end:}']],
    ['EPP loop with a lambda', 'erb', '<% $vips.each |$v| { -%><%= $v %><% } -%>', ['loop:$vips.each |$v| {', 'expr:$v', 'end:}']],
    ['ERB % lines', 'erb', '% @vips.each do |v|\n    <%= v %>\n% end\n%% literal\n', ['loop:@vips.each do |v|', 'expr:v', 'end:end']],
    // Jinja mis-reads
    ['a dict literal holding }}', 'jinja', "priority {{ {'lb1': {'prio': 150}}[h]['prio'] }}\n", ["expr:{'lb1': {'prio': 150}}[h]['prio']"]],
    ['unbalanced brackets fall back to the first }}', 'jinja', 'priority {{ x[ }} y\n', ['expr:x[']],
    ['a block set with a filter', 'jinja', '{% set peers | trim %}{{ p }}{% endset %}', ['hidden:set peers | trim', 'expr:p', 'end:endset']],
    [
      "Ansible's comment filter prints comment lines",
      'jinja',
      '{{ ansible_managed | comment }}\n{{ x | comment("c") }}\n',
      ['stmt:ansible_managed | comment', 'stmt:x | comment("c")'],
    ],
    ['Go: a string holding }}', 'go', '{{ index .M "}}" }}', ['expr:index .M "}}"']],
  ];
  for (const [name, engine, text, expect] of cases) it(`${engine}: ${name}`, () => assert.deepEqual(tags(text, engine), expect));

  it('envsubst: a default that is itself an expansion is one tag, up to its last brace', () => {
    const text = 'priority ${PRIO:-${DEFAULT}}';
    assert.deepEqual(
      scanTemplate(text, 'envsubst').tags.map((t) => [t.code, t.start, t.end]),
      [['PRIO', 9, text.length]],
    );
  });
});

describe('templates: which engine reads a file', () => {
  const contents: [string, string, Engine | undefined][] = [
    ['a bash expansion only', 'vrrp_instance VI_1 {\n    state ${ROLE^^}\n}\n', 'envsubst'],
    ['a Terraform directive only', 'vrrp_instance VI_1 {\n%{ if master }\n    state MASTER\n%{ endif }\n}\n', 'envsubst'],
    ['a Terraform attribute', 'vrrp_instance VI_1 {\n    priority ${var.priority}\n}\n', 'envsubst'],
    ['a Mustache section', 'vrrp_instance VI_1 {\n{{#state}}\n    state {{.}}\n{{/state}}\n}\n', 'mustache'],
    ['a triple mustache', 'vrrp_instance VI_1 {\n    interface {{{iface}}}\n}\n', 'mustache'],
    ['a Go comment is not a Mustache section', 'vrrp_instance VI_1 {\n    {{/* c */}}\n    priority {{ .P }}\n}\n', 'go'],
    ['Jinja with a dict is not Mustache', 'vrrp_instance VI_1 {\n    priority {{ x }}\n{% if y %}\n{% endif %}\n}\n', 'jinja'],
  ];
  for (const [name, text, engine] of contents) it(`content: ${name} → ${engine ?? 'plain'}`, () => assert.equal(engineOfText(text), engine));

  it('Puppet .epp reads as ERB, .mustache as Mustache', () => {
    assert.equal(templateEngine('templates/keepalived/vrrp_script.epp', 'x'), 'erb');
    assert.equal(templateEngine('keepalived.conf.mustache', 'x'), 'mustache');
    assert.equal(isTemplateName('modules/keepalived/templates/vrrp_track_process.epp'), true);
  });
});

describe('templates: syntax problems of the new engines', () => {
  const problems = (text: string, engine: Engine) => parseTemplate(text, engine).problems.map((p) => `${p.start}-${p.end} ${p.message}`);
  const cases: [string, Engine, string, string[]][] = [
    ['Mustache section closed by another name', 'mustache', '{{#a}}x{{/b}}', ["7-13 Template syntax: '/b' where '#a' (line of its start) is still open."]],
    ['Mustache section never closed', 'mustache', '{{#a}}x', ["0-6 Template syntax: '#a' is never closed (no {{/a}})."]],
    ['Mustache triple without its end', 'mustache', 'x {{{y}}\n', ["2-8 Template syntax: '{{' without its '}}}'."]],
    ['Terraform if never closed', 'envsubst', '%{ if x }\nstate MASTER\n', ["0-9 Template syntax: 'if x' is never closed (no %{ endif })."]],
    ['EPP brace block never closed', 'erb', '<% if $x { %>\nstate MASTER\n', ["0-13 Template syntax: 'if $x {' is never closed (no })."]],
    ['EPP else outside a conditional', 'erb', 'a<% } else { %>b', ["1-15 Template syntax: '} else {' outside a conditional."]],
  ];
  for (const [name, engine, text, expect] of cases) it(name, () => assert.deepEqual(problems(text, engine), expect));
});
