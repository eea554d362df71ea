import * as assert from 'node:assert/strict';
import { analyse } from '../../server/src/language/analysis/model';
import { lookup } from '../../server/src/language/catalogue/index';
import { keywordMarkdown } from '../../server/src/language/features/describe';
import { highlightsOf } from '../../server/src/language/features/navigation';
import { signatureAt } from '../../server/src/language/features/signature';
import { MAIN, parseFiles } from '../support/parse';

/** The model of a text with a `|` cursor, and the cursor's offset. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'no | cursor in the case');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  return { ctx: { model: analyse(parseFiles({ [MAIN]: text })), file: MAIN }, offset, text };
}

const inInstance = (line: string) => `vrrp_instance VI_1 {\n    interface eth0\n    ${line}\n}\n`;
const inServer = (line: string) => `virtual_server 192.0.2.1 80 {\n    ${line}\n}\n`;

describe('features: signature help', () => {
  /** [case, text with cursor, the syntax line with the active argument in «», or undefined for no help] */
  const cases: [string, string, string | undefined][] = [
    ['after the keyword and a blank: its first argument', inInstance('priority |'), 'priority «<priority>»'],
    ['inside the argument being typed', inInstance('priority 1|0'), 'priority «<priority>»'],
    ['right after the argument (touching it)', inInstance('priority 10|'), 'priority «<priority>»'],
    ['past the last argument: none marked', inInstance('priority 10 |'), 'priority <priority>'],
    ['on the keyword: the syntax, none marked', inInstance('prio|rity 10'), 'priority <priority>'],
    ['the second argument of real_server', inServer('real_server 192.0.2.10 |'), 'real_server <address> [«<port>»] { ... }'],
    ['the first argument of real_server', inServer('real_server 19|2.0.2.10 80'), 'real_server «<address>» [<port>] { ... }'],
    ['a freeform keyword: its syntax line, none marked', 'virtual_server |', 'virtual_server <ip> [<port>] | fwmark <mark> | group <name>'],
    ['a syntax line written out: its first group', inServer('lb_kind |'), 'lb_kind «NAT|DR|TUN» [type ipip|gue|gre] [port <1-65535>] [nocsum|csum|remcsum]'],
    [
      'a syntax line written out: the last argument takes the rest',
      inServer('lb_kind DR |'),
      'lb_kind NAT|DR|TUN «[type ipip|gue|gre] [port <1-65535>] [nocsum|csum|remcsum]»',
    ],
    ['a quoted group is one place', 'vrrp_script chk {\n    script |\n}\n', 'script «<path>|"<path> <args...>"»'],
    ['an argument the written-out line has no place for: none marked', 'vrrp_script chk {\n    script /bin/true x |\n}\n', 'script <path>|"<path> <args...>"'],
    ['a keyword without arguments: none', inInstance('nopreempt |'), undefined],
    ['an unknown keyword: none', inInstance('priorty |'), undefined],
    [
      'a line of virtual_ipaddress: the address line format',
      'vrrp_instance VI_1 {\n    virtual_ipaddress {\n        192.0.2.1/24 |\n    }\n}\n',
      '<ip>[/<prefix>] [dev <if>] [scope <scope>] [label <label>] ...',
    ],
    ['a line of track_script', inInstance('track_script {\n        chk |\n    }'), '<name> [weight <n> [reverse]]'],
    ['a line of a sync group (names only): none', 'vrrp_sync_group G {\n    group {\n        VI_1 |\n    }\n}\n', undefined],
    ['on the next line: none', inInstance('priority 10\n    |'), undefined],
    ['after the opening brace of a block: none', 'vrrp_instance VI_1 {|\n}\n', undefined],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const { ctx, offset } = at(text);
      const s = signatureAt(ctx, offset);
      if (expected === undefined) {
        assert.equal(s, undefined);
        return;
      }
      assert.ok(s, 'no signature');
      const p = s.active !== undefined ? s.parameters[s.active]!.label : undefined;
      const shown = p ? `${s.label.slice(0, p[0])}«${s.label.slice(p[0], p[1])}»${s.label.slice(p[1])}` : s.label;
      assert.equal(shown, expected);
      assert.ok(s.documentation.length > 0, 'the keyword has a summary');
    });
  }

  it("a value line's format is the one the block keyword's hover gives", () => {
    const { ctx, offset } = at('vrrp_instance VI_1 {\n    virtual_ipaddress {\n        192.0.2.1/24 |\n    }\n}\n');
    const line = signatureAt(ctx, offset);
    assert.ok(line);
    assert.ok(keywordMarkdown(lookup('vrrp_instance', 'virtual_ipaddress')!, 'vrrp_instance').includes(`one address per line: \`${line.label}\``));
  });

  it('each argument is described by its type, optional ones said so', () => {
    const { ctx, offset } = at(inServer('real_server 192.0.2.10 |'));
    assert.deepEqual(
      signatureAt(ctx, offset)?.parameters.map((p) => p.documentation),
      ['address: IP address', 'port: port 0..65535 (optional)'],
    );
  });
});

describe('features: document highlights', () => {
  const text = [
    'vrrp_script chk {\n    script "/bin/true"\n}',
    'vrrp_instance VI_1 {\n    interface eth0\n    track_script {\n        ch|k weight -20\n    }\n}',
    'vrrp_instance VI_2 {\n    interface eth0\n    track_script {\n        "chk"\n    }\n}',
    'vrrp_sync_group G {\n    group {\n        VI_1\n    }\n}',
  ].join('\n');

  it('a script: its definition as a write, each use as a read, in order', () => {
    const { ctx, offset, text: t } = at(text);
    assert.deepEqual(
      highlightsOf(ctx, offset).map((h) => `${h.write ? 'write' : 'read'} ${t.slice(h.span.start, h.span.end)}`),
      ['write chk', 'read chk', 'read "chk"'],
    );
  });

  it('an instance named in a sync group, from the group', () => {
    const { ctx, offset, text: t } = at(text.replace('ch|k', 'chk').replace('        VI_1\n', '        VI|_1\n'));
    assert.deepEqual(
      highlightsOf(ctx, offset).map((h) => `${h.write ? 'write' : 'read'} ${t.slice(h.span.start, h.span.end)}`),
      ['write VI_1', 'read VI_1'],
    );
  });

  it('$NAME: its definition and uses', () => {
    const { ctx, offset, text: t } = at('$IF=eth0\nvrrp_instance VI_1 {\n    interface $I|F\n}\n');
    assert.deepEqual(
      highlightsOf(ctx, offset).map((h) => `${h.write ? 'write' : 'read'} ${t.slice(h.span.start, h.span.end)}`),
      ['write IF', 'read IF'],
    );
  });

  it('a keyword or a plain value: nothing', () => {
    for (const c of [inInstance('prio|rity 10'), inInstance('priority 1|0')]) {
      const { ctx, offset } = at(c);
      assert.deepEqual(highlightsOf(ctx, offset), []);
    }
  });
});
