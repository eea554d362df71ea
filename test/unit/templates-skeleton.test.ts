/**
 * The skeleton rendering's choices for printed values that real templates glue to other text or
 * put in a block keyword's place, its placeholder values against the template's own words, and
 * the blocks a fragment of a block is linted inside.
 */
import * as assert from 'node:assert/strict';
import { lookup } from '../../server/src/language/catalogue/index';
import { blockKeywordValue, bodyWords } from '../../server/src/language/templates/blockKeyword';
import { fragmentWrapper } from '../../server/src/language/templates/fragment';
import type { Tag } from '../../server/src/language/templates/scan';
import { literalWords, typedValue, Values } from '../../server/src/language/templates/values';
import { variantsOf } from '../../server/src/language/templates/skeleton';
import { parseTemplate } from '../../server/src/language/templates/structure';
import { templateGolden } from '../support/templates';

const tag = (code: string): Tag => ({ kind: 'expr', start: 0, end: 0, code, keyword: '' });

describe('templates: values glued to other text', () => {
  // before (the rendered line so far), after (literal text after the value; later values written 1), expected value
  const cases: [string, string, string, string | RegExp][] = [
    ['an address before /prefix', '        ', '/24', /^192\.0\.2\.\d+$/],
    ['an address before a printed prefix', '        ', '/1 dev eth0', /^192\.0\.2\.\d+$/],
    ['a prefix length after an IPv4 address', '        192.0.2.7/', ' dev eth0', '24'],
    ['a prefix length after an IPv6 address', '        2001:db8::7/', '', '64'],
    ['an octet of an address written in parts', '        10.0.', '.1/24', /^\d{1,3}$/],
    ['the first octet', '        ', '.0.0.1', /^\d{1,3}$/],
    ['a group of an IPv6 address', '        fd00::', '/64', /^[0-9a-f]+$/],
    ['a part of a name', 'vrrp_instance VI_', ' {', /^tpl\d+$/],
    ['a part of an interface name with a dot', '    interface ', '.1', /^tpl\d+$/],
  ];
  for (const [name, before, after, expect] of cases)
    it(name, () => {
      const v = typedValue(before, after, tag('x'), new Values());
      if (typeof expect === 'string') assert.equal(v, expect);
      else assert.match(v, expect);
    });
});

describe("templates: placeholder values are none of the template's words", () => {
  it('an address, a number and a name the template has literally are skipped', () => {
    const values = new Values(literalWords('unicast_peer {\n 192.0.2.2\n}\nvirtual_router_id 1\nvrrp_instance tpl4 {'));
    assert.equal(
      values.get(tag('a'), 'ip', (n) => `192.0.2.${n + 1}`),
      '192.0.2.3',
    );
    assert.equal(
      values.get(tag('b'), 'int', (n) => String(n)),
      '3',
    );
    assert.equal(
      values.get(tag('c'), 'word', (n) => `tpl${n}`),
      'tpl5',
    );
    // the same expression keeps its value
    assert.equal(
      values.get(tag('a'), 'ip', (n) => `192.0.2.${n + 1}`),
      '192.0.2.3',
    );
  });
});

describe('templates: a value in a block keyword’s place', () => {
  const body = (words: string[]) => () => words;
  const cases: [string, string | undefined, string, string, string[], string | undefined][] = [
    ['a checker chosen by its body', 'real_server', '', '', ['misc_path', 'misc_timeout'], 'MISC_CHECK'],
    ['a checker with an url block', 'real_server', '', '', ['url', 'connect_timeout'], 'HTTP_GET'],
    ['the value glued to _CHECK', 'real_server', '', '_CHECK', ['connect_timeout'], 'TCP'],
    ['glued text no block keyword has', 'real_server', 'X', '', [], undefined],
    ['a value block chosen by the glued text', 'vrrp_instance', 'virtual_', '', ['192.0.2.1/24'], 'ipaddress'],
    ['a section for keyword lines', 'vrrp_instance', '', '', ['auth_type', 'auth_pass'], 'authentication'],
    ['a block that opens no block', 'url', '', '', ['path'], undefined],
    ['a block we cannot name', undefined, '', '', [], undefined],
  ];
  for (const [name, parent, head, tail, words, expect] of cases) it(name, () => assert.equal(blockKeywordValue(parent, head, tail, body(words)), expect));

  it('address lines choose a value block, not a section', () => {
    const name = blockKeywordValue('vrrp_instance', '', '', body(['192.0.2.1/24', '192.0.2.2/24']));
    assert.ok(name !== undefined && lookup('vrrp_instance', name)?.values !== undefined, name);
  });

  it("the body's first words are those of its literal lines at its own depth", () => {
    const template = '{{ check }} {\n    url {\n        path /\n    }\n    {% if x %}connect_timeout 3{% endif %}\n}\nlvs_sched rr\n';
    assert.deepEqual(bodyWords(template, template.indexOf('\n') + 1), ['url', 'connect_timeout']);
  });
});

describe('templates: the blocks a fragment of a block is linted inside', () => {
  const cases: [string, string, string | undefined][] = [
    ['a checker', 'HTTP_GET {\n  connect_timeout 3\n}\n', 'virtual_server 198.51.100.254 80 {\nreal_server 198.51.100.253 {\n'],
    ['an url block', 'url {\n  path /\n}\n', 'virtual_server 198.51.100.254 80 {\nreal_server 198.51.100.253 {\nHTTP_GET {\n'],
    ['instance keywords', 'virtual_ipaddress {\n  192.0.2.1\n}\npriority 100\n', 'vrrp_instance fragment {\n'],
    ['a top-level block', 'vrrp_instance VI_1 {\n}\n', undefined],
    ['top-level and inner keywords mixed', 'vrrp_script chk {\n}\nconnect_timeout 3\n', undefined],
    ['braces that do not balance', 'HTTP_GET {\n  connect_timeout 3\n', undefined],
    ['an unknown keyword', 'priorty 100\n', undefined],
  ];
  for (const [name, text, open] of cases) it(name, () => assert.equal(fragmentWrapper(text)?.open, open));
});

describe('templates: more branches than variants', () => {
  /** `n` conditionals in a row, each choosing one of two scripts; `seedAt`'s else branch has a misspelt keyword. */
  const many = (n: number, seedAt: number) =>
    Array.from({ length: n }, (_, i) => {
      const body = (name: string, kw: string) => `vrrp_script ${name}_${i} {\n    ${kw} "/usr/bin/true"\n}\n`;
      return `{% if a${i} %}\n${body('chk', 'script')}{% else %}\n${body('alt', i === seedAt ? 'scirpt' : 'script')}{% endif %}\n`;
    }).join('');

  it('renders every branch: a flip beyond the cap shares a variant with others instead of never rendering', () => {
    const text = many(60, 55);
    const variants = variantsOf(parseTemplate(text, 'jinja').nodes, 48);
    assert.equal(variants.length, 48);
    const seeded = text.indexOf('scirpt');
    const line = text.slice(0, seeded).split('\n').length;
    const golden = templateGolden(text, 'jinja', '/srv/templates/keepalived/scripts.conf.j2', true);
    assert.ok(
      golden.split('\n').some((l) => l.startsWith(`${line}:`) && l.endsWith('unknown-keyword')),
      golden,
    );
  });

  it('keeps one flip per variant while they fit', () => {
    const variants = variantsOf(parseTemplate(many(10, -1), 'jinja').nodes, 48);
    assert.equal(variants.length, 11);
    assert.ok(variants.slice(1).every((v) => v.branch.size === 1));
  });
});
