/**
 * Variables files read as Ansible reads them, at every depth (ansible/yamlData.ts): PyYAML's YAML 1.1
 * resolver for every plain scalar of a list or a map (`no` is False, `0755` is 493, `1e3` a string,
 * `1:30` is 90), keys too (`yes:` is the key True, `51:` the key 51), YAML's explicit tags, merge keys,
 * aliases, Ansible's `!unsafe`, and a JSON file read as JSON. `values`' expected texts are Python's
 * repr of what Ansible's loader (ansible-core 2.14.18, PyYAML) gives for the same text; where a
 * python3 has Ansible the test asks it too. `rendered` are templates over such values, their texts
 * taken from Ansible's template module (jdiff cases f-yaml and f-yamlinv).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNodeHost } from '../../server/src/host/nodeHost';
import { loadAnsibleProject } from '../../server/src/language/ansible/project';
import { loadVarsFile } from '../../server/src/language/ansible/yamlVars';
import { ansibleEnvironment, renderWith } from '../../server/src/language/templates/jinja';
import { pyRepr } from '../../server/src/language/templates/pyValue';
import { renderForHost } from '../../server/src/language/templates/render';

/** `v: <yaml>` → repr(v) as Ansible loads it. */
const values: [string, string][] = [
  ['[no, No, OFF, on, yes, True, TRUE, tRUE, y, n]', "[False, False, False, True, True, True, True, 'tRUE', 'y', 'n']"],
  ['[0755, -0755, 0x1F, 0b101, 0o17, 1_000, 09, +12, 0]', "[493, -493, 31, 5, '0o17', 1000, '09', 12, 0]"],
  ['[1.0, 1e3, 1.5e3, 1.5e+3, .5, 1_000.5, 2.50, .inf, -.inf]', "[1.0, '1e3', '1.5e3', 1500.0, 0.5, 1000.5, 2.5, inf, -inf]"],
  ['[1:30, 1:30.5, 190:20:30]', '[90, 90.5, 685230]'],
  ['[~, null, Null, "", ]', "[None, None, None, '']"],
  ['{a: , b: ~}', "{'a': None, 'b': None}"],
  ['["no", \'on\', !!str 0755, !!int "0755", !!bool "yes", !!float "1", !!null ""]', "['no', 'on', '0755', 493, True, 1.0, None]"],
  [
    '{preempt: no, mode: 0755, enabled: on, deep: [{c: off, d: [010, [yes, [~]]]}]}',
    "{'preempt': False, 'mode': 493, 'enabled': True, 'deep': [{'c': False, 'd': [8, [True, [None]]]}]}",
  ],
  // keys: resolved as values are; equal keys (True, 1) are one key, the first one written, the last value
  ['{yes: a, 1: b, 2.5: c, ~: d, off: e, 0x10: f, "s": g}', "{True: 'b', 2.5: 'c', None: 'd', False: 'e', 16: 'f', 's': 'g'}"],
  ['{10: ten, 9: nine, 100: hundred}', "{10: 'ten', 9: 'nine', 100: 'hundred'}"],
  ['\n  - |\n    line one\n    line two', "['line one\\nline two\\n']"],
  ['[!unsafe "{{ x }}", "{{ x }}"]', "['{{ x }}', '{{ x }}']"],
];

/** Merge keys and aliases: a whole file, then repr() of its variable `v`. */
const files: [string, string][] = [
  ['b: &b {x: 1, y: no}\nv:\n  <<: *b\n  y: yes\n  z: 3\n', "{'x': 1, 'y': True, 'z': 3}"],
  // a list of merged maps: the first one wins, explicit keys over all
  ['b: &b {x: 1, y: no}\nv:\n  z: 0\n  <<: [*b, {x: 2, w: on}]\n', "{'x': 1, 'w': True, 'y': False, 'z': 0}"],
  ['v:\n  w: 1\n  <<: {w: 2, v: off}\n', "{'w': 1, 'v': False}"],
  ['b: &b {y: no}\nv: {one: *b, two: [*b, *b]}\n', "{'one': {'y': False}, 'two': [{'y': False}, {'y': False}]}"],
];

/** Templates over values read from YAML (expected texts from Ansible's template module). */
const rendered: { yaml: string; template: string; out: string }[] = [
  { yaml: 'vip: {preempt: no, enabled: on}', template: '{% if vip.preempt %}p{% else %}n{% endif %}{% if vip.enabled %}e{% endif %}', out: 'ne' },
  {
    yaml: 'vip: {mode: 0755, f: 1.0, u: 1_000}',
    template: "{{ vip.mode }} {{ '%o' % vip.mode }} {{ vip.f }} {{ vip.f is float }} {{ vip.u + 1 }}",
    out: '493 755 1.0 True 1001',
  },
  {
    yaml: 'm: {10: ten, 9: nine, 100: hundred}',
    template: "{{ m | dictsort }} {% for k in m | sort %}{{ k }},{% endfor %} {{ m.keys() | sum }} {{ 10 in m }} {{ '10' in m }} {{ m[9] }} {{ m | to_json }}",
    out: '[(9, \'nine\'), (10, \'ten\'), (100, \'hundred\')] 9,10,100, 119 True False nine {"10": "ten", "9": "nine", "100": "hundred"}',
  },
  {
    yaml: 'k: {yes: b, 2.5: c, ~: d, off: e}',
    template:
      "{{ k[1] }} {{ k[True] }} {{ k[2.5] }} {{ k[None] }} {{ k[False] }} {% for x, y in k.items() %}{{ x }}:{{ x is number }};{% endfor %} {{ k.get(0) }} {{ k | dict2items | map(attribute='key') | list }} {{ k | to_json }}",
    out: 'b b c d e True:True;2.5:True;:False;False:True; e [True, 2.5, None, False] {"true": "b", "2.5": "c", "null": "d", "false": "e"}',
  },
  { yaml: 'k: {b: 1, a: 2}', template: '{% for x in k %}{{ x }};{% endfor %} {{ k | list }} {{ k | sort }}', out: "b;a; ['b', 'a'] ['a', 'b']" },
];

function render(yaml: string, template: string): string {
  const vars = loadVarsFile('v.yml', yaml, 'group_vars').vars;
  const ctx = Object.fromEntries([...vars].map(([k, d]) => [k, d.complex ? d.data : d.value]));
  const env = ansibleEnvironment({ trimBlocks: true, lstripBlocks: false }, () => undefined);
  return renderWith(env, template, ctx, () => true).text;
}

const reprOf = (text: string): string => pyRepr(loadVarsFile('v.yml', text, 'group_vars').vars.get('v')?.data);

/** A python3 with Ansible (Debian's ansible package). */
const ANSIBLE_PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import ansible.parsing.yaml.loader']).status === 0);

/** repr() of `v` as Ansible's loader reads each text. */
function ansibleLoads(texts: readonly string[]): string[] {
  const script = [
    'import sys, json',
    'from ansible.parsing.yaml.loader import AnsibleLoader',
    'print(json.dumps([repr(AnsibleLoader(t).get_single_data()["v"]) for t in json.load(sys.stdin)]))',
  ].join('\n');
  const r = spawnSync(ANSIBLE_PYTHON!, ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[];
}

describe('variables files: values at every depth as Ansible (PyYAML) reads them', () => {
  for (const [src, repr] of values) {
    it(`v: ${src} → ${repr}`, () => assert.equal(reprOf(`v: ${src}\n`), repr));
  }
  for (const [text, repr] of files) {
    it(`${JSON.stringify(text)} → ${repr}`, () => assert.equal(reprOf(text), repr));
  }

  it("matches Ansible's loader on every case (where a python3 has Ansible)", function () {
    this.timeout(30000);
    if (!ANSIBLE_PYTHON) {
      console.log('    no python3 with Ansible here: not compared with Ansible (the texts above were taken from it)');
      this.skip();
    }
    const texts = [...values.map(([src]) => `v: ${src}\n`), ...files.map(([text]) => text)];
    const expected = [...values.map(([, repr]) => repr), ...files.map(([, repr]) => repr)];
    assert.deepEqual(ansibleLoads(texts), expected);
  });

  for (const c of rendered) {
    it(`${c.yaml} | ${c.template} → ${c.out}`, () => assert.equal(render(c.yaml, c.template), c.out));
  }

  it('a JSON file is read as JSON (1e3 is a float), a merge key at the top brings variables (the file’s own win, no duplicate warning)', () => {
    const json = loadVarsFile('v.json', '{"v": {"e": 1e3, "f": 1.0, "t": true, "n": null, "s": "no"}}', 'host_vars');
    assert.equal(pyRepr(json.vars.get('v')?.data), "{'e': 1000.0, 'f': 1.0, 't': True, 'n': None, 's': 'no'}");
    const merged = loadVarsFile('v.yml', 'top: &top {ta: 1, tb: no}\n<<: *top\ntb: yes\n', 'role-vars');
    assert.deepEqual(
      [...merged.vars].map(([k, d]) => `${k}=${String(d.value ?? d.complex)}`),
      ['ta=1', 'tb=true', 'top=map'],
    );
    assert.deepEqual(merged.issues, []);
  });

  it('an anchor that holds itself gives no value (and no hang)', () => {
    assert.equal(loadVarsFile('v.yml', 'v: &a [1, *a]\n', 'group_vars').vars.get('v')?.data, undefined);
  });

  it("a host's templating: `!unsafe` stays as written at any depth, `{{ name }}` alone keeps that variable's number or bool as loaded; YAML inventories alike", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-yaml-'));
    try {
      fs.mkdirSync(path.join(dir, 'roles/r/defaults'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'hosts.yml'),
        'all:\n  children:\n    lb:\n      vars:\n        vip: {enabled: on, answer: y, list: [no, 0x10, ~]}\n        whole: 2.0\n      hosts:\n        lb1:\n          extra: {master: yes, weight: 010}\n',
      );
      fs.writeFileSync(
        path.join(dir, 'roles/r/defaults/main.yml'),
        'base: 100\nprio: "{{ base }}"\nchain: "{{ prio }}"\nflag: "{{ vip.enabled }}"\nn: {p: "{{ base }}", r: "x{{ base }}", u: [!unsafe "{{ base }}"]}\n',
      );
      const files = createNodeHost();
      const p = loadAnsibleProject(files, { inventory: path.join(dir, 'hosts.yml'), roleDir: path.join(dir, 'roles/r') });
      // `chain` names `prio`, whose value as loaded is a string: Ansible renders it, a string
      const tpl = '{{ prio + 10 }} {{ chain is string }} {{ flag is sameas true }} {{ n }} {{ vip }} {{ whole }} {{ extra.weight + prio }}';
      const r = renderForHost(path.join(dir, 'roles/r/templates/t.j2'), tpl, p, 'lb1', files);
      // ansible-core 2.14.18 (jdiff f-yaml z5, f-yamlinv)
      assert.equal(r.text, "110 True True {'p': 100, 'r': 'x100', 'u': ['{{ base }}']} {'enabled': True, 'answer': 'y', 'list': [False, 16, None]} 2.0 108");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
