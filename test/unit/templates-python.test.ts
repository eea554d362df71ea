/**
 * Jinja as Python's jinja2 reads it, on nunjucks (templates/jinja.ts): values printed as Python
 * prints them (pyValue.ts), Python's subscripts (slices, negative indexes: jinjaSlices.ts), its
 * constants, the `max`/`min` filters, and `is defined` / `default` that handle a variable nothing
 * defines. Each expected text is what Python's jinja2 renders for the same template and
 * variables; where python3 with jinja2 is installed the test also asks it.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ansibleEnvironment, renderWith } from '../../server/src/language/templates/jinja';
import { pyRepr, pyStr } from '../../server/src/language/templates/pyValue';

const cases: { template: string; vars: Record<string, unknown>; out: string }[] = [
  { template: '{{ x }}', vars: { x: ['192.0.2.1', '192.0.2.2'] }, out: "['192.0.2.1', '192.0.2.2']" },
  { template: '{{ x }}', vars: { x: true }, out: 'True' },
  { template: '{{ x }} {{ y }}', vars: { x: false, y: null }, out: 'False None' },
  { template: '{{ x }}', vars: { x: { a: 1, b: [true, null] } }, out: "{'a': 1, 'b': [True, None]}" },
  { template: '{{ x }}', vars: { x: ["it's", 'a\\b'] }, out: `["it's", 'a\\\\b']` },
  // `| string` of a number overflowed the stack (the render failed for every host)
  { template: 'priority {{ p | string }}', vars: { p: 150 }, out: 'priority 150' },
  { template: '{{ p | string }}|{{ n | string }}', vars: { p: true, n: null }, out: 'True|None' },
  { template: '{{ x | join(" ") }}', vars: { x: ['a', 'b'] }, out: 'a b' },
  // subscripts: `inventory_hostname[-1]` gave nothing, slices failed to parse
  { template: 'priority {{ 100 - (h[-1] | int) }}', vars: { h: 'lb2' }, out: 'priority 98' },
  { template: '{{ p[:8] }} {{ p[2:-1] }} {{ p[::-1] }} {{ p[-3:] }}', vars: { p: 'abcdefghij' }, out: 'abcdefgh cdefghi jihgfedcba hij' },
  { template: '{{ l[1:] }} {{ l[0:1] }} {{ l[5:] }}', vars: { l: ['a', 'b', 'c'] }, out: "['b', 'c'] ['a'] []" },
  { template: "{{ 'x[1:2]' }} {{ d['a:b'] }}", vars: { d: { 'a:b': 1 } }, out: 'x[1:2] 1' },
  { template: '{{ l[m[0:1][0]:] }}', vars: { l: [1, 2, 3], m: [1] }, out: '[2, 3]' },
  // constants as Python writes them; None is a value that default keeps
  {
    template: '{% if t == True %}yes{% endif %} {{ False }} {{ z | default("d") }} {{ z | default("d", true) }}',
    vars: { t: true, z: null },
    out: 'yes False None d',
  },
  { template: '{{ l | max }} {{ l | min }}', vars: { l: [3, 1, 2] }, out: '3 1' },
  { template: '{% if u is defined %}{{ u }}{% else %}none{% endif %} {{ u | default(5) }} {{ u is undefined }}', vars: {}, out: 'none 5 True' },
];

function render(template: string, vars: Record<string, unknown>): string {
  const env = ansibleEnvironment({ trimBlocks: true, lstripBlocks: false }, () => undefined);
  return renderWith(env, template, vars, () => true).text;
}

/** The first python3 that has jinja2 (.ci/run installs Debian's python3-jinja2 when none has). */
const PYTHON = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import jinja2']).status === 0);

/** What Python's jinja2 renders for each case (one python run for all). */
function python(list: readonly { template: string; vars: Record<string, unknown> }[]): string[] {
  const script = 'import sys, json, jinja2\nd = json.load(sys.stdin)\nprint(json.dumps([jinja2.Template(c["template"]).render(**c["vars"]) for c in d]))';
  const r = spawnSync(PYTHON!, ['-c', script], { input: JSON.stringify(list), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as string[];
}

describe('templates: values printed as Python prints them', () => {
  for (const c of cases) {
    it(`${c.template} with ${JSON.stringify(c.vars)} → ${c.out}`, () => {
      assert.equal(render(c.template, c.vars), c.out);
    });
  }

  it("matches Python's jinja2 on every case (where python3 has jinja2)", function () {
    this.timeout(20000);
    if (!PYTHON) {
      console.log('    no python3 with jinja2 here: not compared with Python (the texts above were taken from it)');
      this.skip();
    }
    const outs = python(cases);
    cases.forEach((c, i) => assert.equal(outs[i], c.out, c.template));
  });

  it('a variable nothing defines is reported only where neither `is defined` nor `default` handles it', () => {
    const env = ansibleEnvironment({ trimBlocks: true, lstripBlocks: false }, () => undefined);
    const names = (template: string) => [...renderWith(env, template, {}, () => false).state.undefinedNames];
    assert.deepEqual(names('{% if a is defined %}{{ a }}{% endif %}{{ b | default(1) }}{{ c | d(2) }}{% if e is undefined %}x{% endif %}'), []);
    assert.deepEqual(names('{{ f.g | default(1) }}{{ hosts[0] | default(1) }}'), [], 'the lookups behind a default');
    assert.deepEqual(names('{% if a is defined %}{% endif %}{{ a }}'), ['a'], 'tested once, used unguarded later');
    assert.deepEqual(names('{{ a }}{{ b | upper }}{% if c %}{% endif %}'), ['a', 'b', 'c']);
    assert.deepEqual(names('{{ True }}{{ None }}{{ ansible_default_ipv4.address }}'), [], 'constants and facts are not variables to define');
    assert.deepEqual(
      names('{{ play_hosts }}{{ role_path }}{{ playbook_dir }}{{ inventory_dir }}{{ template_host }}{{ omit }}'),
      [],
      "Ansible's magic variables",
    );
    assert.equal(renderWith(env, '{{ vars["x"] }} {{ vars.x }}', { x: 'y' }, (n) => n === 'x').text, 'y y', "Ansible's vars: the host's variables");
  });

  it('str() and repr() of the pieces', () => {
    assert.deepEqual([pyStr(undefined), pyStr('a'), pyStr(1.5), pyStr([]), pyStr({})], ['', 'a', '1.5', '[]', '{}']);
    assert.equal(pyRepr('a\nb\tc'), "'a\\nb\\tc'");
    assert.equal(pyRepr(`both ' and "`), `'both \\' and "'`);
  });
});
