/**
 * Table tests of the editor features (language/features): each case is a configuration with a
 * cursor `|` and what the feature must answer there.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, type ConfigModel } from '../../server/src/language/analysis/model';
import { codeLenses } from '../../server/src/language/features/codeLens';
import { complete } from '../../server/src/language/features/completion';
import { foldingRanges, selectionRanges } from '../../server/src/language/features/folding';
import { format, formatText, type FormatOptions } from '../../server/src/language/features/format';
import { hover } from '../../server/src/language/features/hover';
import { inlayHints } from '../../server/src/language/features/inlayHints';
import { scanLines } from '../../server/src/language/features/lines';
import { documentLinks } from '../../server/src/language/features/links';
import type { FeatureContext } from '../../server/src/language/features/locate';
import { definitionOf, prepareRename, referencesOf, rename } from '../../server/src/language/features/navigation';
import { priorityReport } from '../../server/src/language/features/priority';
import { predictedRoles } from '../../server/src/language/features/roles';
import { semanticTokens } from '../../server/src/language/features/semanticTokens';
import { documentSymbols, workspaceSymbols, type OutlineSymbol } from '../../server/src/language/features/symbols';
import type { Span } from '../../server/src/language/issue';
import { parseConfig } from '../../server/src/language/syntax/index';
import { memoryHost } from '../support/memoryHost';
import { MAIN, parseFiles } from '../support/parse';
import { interfacesOf } from '../support/rules';
import { repoRoot, sharedDir } from '../support/shared';

const SCRIPTS = '/etc/keepalived/conf.d/scripts.conf';

/** The text without its `|` cursor, and the cursor's offset. */
function cursor(text: string): { text: string; offset: number } {
  const offset = text.indexOf('|');
  assert.ok(offset >= 0, 'no | cursor in the case');
  return { text: text.slice(0, offset) + text.slice(offset + 1), offset };
}

function modelOf(text: string, files: Record<string, string> = {}, configId?: string): ConfigModel {
  return analyse(parseFiles({ [MAIN]: text, ...files }, configId));
}

function at(text: string, files: Record<string, string> = {}, configId?: string): { ctx: FeatureContext; offset: number; text: string } {
  const c = cursor(text);
  return { ctx: { model: modelOf(c.text, files, configId), file: MAIN }, offset: c.offset, text: c.text };
}

const slice = (m: ConfigModel, s: Span): string => m.parsed.files.get(s.file)!.text.slice(s.start, s.end);

const inst = (body: string, name = 'VI_1') =>
  `vrrp_instance ${name} {\n${body
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n}\n`;

describe('features: hover', () => {
  const cases: [string, string, RegExp[], { files?: Record<string, string>; configId?: string; interfaces?: Record<string, string> }?][] = [
    [
      'keyword with syntax, default and block',
      inst('prio|rity 100'),
      [/\*\*priority\*\* — VRRP instance/, /priority <priority>/, /Default: 100/, /Effective priority: 100/],
    ],
    ['deprecated keyword', 'virtual_server 192.0.2.1 80 {\n    lb_|algo rr\n}\n', [/\*\*Deprecated\.\*\*/, /lvs_sched/]],
    ['misplaced keyword', inst('router_|id X'), [/not a keyword of the VRRP instance block/, /global definitions/]],
    ['unknown keyword with a suggestion', inst('priorty| 100'), [/not a keepalived keyword/, /Did you mean \*\*priority\*\*/]],
    ['enum argument', inst('state MAS|TER'), [/Argument `<state>` of \*\*state\*\*/, /MASTER\|BACKUP/]],
    [
      'address inside the interface subnet',
      inst('interface eth0\nvirtual_ipaddress {\n    192.0.2.1|0/24\n}'),
      [/IPv4 address/, /Network: `192\.0\.2\.0\/24`/, /Inside the subnet/],
      { interfaces: { eth0: '192.0.2.1/24' } },
    ],
    [
      'address outside the interface subnet',
      inst('interface eth0\nvirtual_ipaddress {\n    10.1.1.1|0\n}'),
      [/No prefix: keepalived adds it as \/32/, /\*\*Not\*\* inside any subnet of `eth0`/],
      { interfaces: { eth0: '192.0.2.1/24' } },
    ],
    [
      'address with dev on another interface',
      inst('interface eth0\nvirtual_ipaddress {\n    198.51.100|.1/24 dev eth1\n}'),
      [/`eth1` is not among the interfaces/],
      { interfaces: { eth0: '192.0.2.1/24' } },
    ],
    ['address without interfaces known', inst('interface eth0\nunicast_src_ip 192.0.2|.5'), [/its subnets are unknown/]],
    ['IPv6 address', inst('virtual_ipaddress {\n    2001:db8::|1/64\n}'), [/IPv6 address/, /2001:db8::\/64/]],
    ['invalid address', inst('virtual_ipaddress {\n    192.0.2.30|0/24\n}'), [/not an address keepalived accepts/]],
    [
      'tracked script',
      'vrrp_script chk {\n    script "/bin/true"\n    interval 3\n    weight -10\n}\n' + inst('track_script {\n    c|hk\n}'),
      [/\*\*vrrp_script\*\* `chk` — line 1/, /interval 3/, /In VI_1: weight -10, −10 while it fails/],
    ],
    [
      'tracked script override',
      'vrrp_script chk {\n    script "/bin/true"\n    weight -10\n}\n' + inst('track_script {\n    chk weight 1|5\n}'),
      [/Weight 15 for `chk` in VI_1: \+15 while it succeeds/],
    ],
    ['undefined reference', inst('track_script {\n    nope|\n}'), [/No vrrp_script named `nope` is defined/]],
    ['track_file definition', 'track_file tf {\n    file /tmp/x\n}\n' + inst('track_file {\n    t|f\n}'), [/\*\*track_file\*\* `tf`/, /file \/tmp\/x/]],
    [
      'instance name',
      inst('virtual_router_id 7\npriority 50', 'V|I_9') + 'vrrp_sync_group G {\n    group {\n        VI_9\n    }\n}\n',
      [/\*\*vrrp_instance\*\* `VI_9`/, /VRID 7/, /Referenced by line 7/],
    ],
    ['$NAME use', '$PRIO=150\n' + inst('priority $P|RIO'), [/expands to/, /150/, /Defined line 1/]],
    ['$NAME definition', '$P|RIO=150\n' + inst('priority $PRIO') + inst('priority $PRIO', 'VI_2'), [/Parameter\*\* `\$PRIO`/, /Used 2 times/]],
    ['multi-line $NAME', '$BLOCK=state MASTER \\\npriority 10\n' + inst('$BLO|CK'), [/A multi-line value/]],
    ['built-in $NAME', inst('notify "/bin/echo ${_H|ASH}"'), [/A parameter keepalived defines itself/]],
    ['built-in ${_ENV ...}', inst('notify "/bin/echo ${_E|NV HOME}"'), [/A parameter keepalived defines itself/]],
    ['@id active', '@lb|1 global_defs {\n}\n', [/config id `lb1` this line is \*\*active\*\*/], { configId: 'lb1' }],
    ['@^id inactive', '@^lb|1 global_defs {\n}\n', [/\*\*inactive\*\*/], { configId: 'lb1' }],
    [
      '@id without config id',
      '@lb|1 global_defs {\n}\n',
      [/No config id is set/, /every `@id` line is dropped and every `@\^id` line is kept/, /\*\*dropped\*\*/],
    ],
    ['@^id without config id', '@^lb|1 global_defs {\n}\n', [/\*\*kept\*\*/]],
    ['~SEQ', '~SE|Q(i, 1, 4) vrrp_script chk_$i {\n}\n', [/read 4 times, producing 4 lines/, /`\$i`/]],
    ['~LST', '~LS|T({a,b}, {1,x}, {2,y}) vrrp_script chk_$a {\n}\n', [/~LST/, /read 2 times/]],
    ['include path', 'include conf.d/*.co|nf\n', [/reads one file/, /scripts\.conf/], { files: { [SCRIPTS]: '' } }],
    ['include with no match', 'include nothing/*.co|nf\n', [/matches no file/]],
    ['include keyword', 'incl|ude conf.d/*.conf\n', [/\*\*include\*\*/, /reads one file/], { files: { [SCRIPTS]: '' } }],
    ['include without a path', 'incl|ude\n', [/without the file to include is no include/, /\*\*include\*\*/]],
    ['includer without a path in a block', 'global_defs {\n    include|r\n}\n', [/`includer` without the file/]],
    [
      'priority of an address owner',
      inst('state MASTER\npriority 25|5\ntrack_script {\n    chk weight 10\n}') + 'vrrp_script chk {\n    script "/bin/true"\n}\n',
      [/address owner/],
    ],
    ['interface hover', inst('interface et|h0'), [/Interface `eth0`: `192\.0\.2\.1\/24`/], { interfaces: { eth0: '192.0.2.1/24' } }],
    // a word of a value line that has no hover of its own: the format of such a line
    [
      'option word of an address line',
      inst('virtual_ipaddress {\n    192.0.2.1/24 d|ev eth0 label eth0:1\n}'),
      [/of \*\*virtual_ipaddress\*\*/, /\[dev <if>\]/],
    ],
    ['weight in a track_script line', 'vrrp_script chk {\n}\n' + inst('track_script {\n    chk wei|ght 10\n}'), [/of \*\*track_script\*\*/, /\[weight <n>/]],
    [
      'an e-mail address line',
      'global_defs {\n    notification_email {\n        ops@exam|ple.com\n    }\n}\n',
      [/of \*\*notification_email\*\*/, /e-mail address/],
    ],
    ['a route option', inst('virtual_routes {\n    192.0.2.0/24 v|ia 198.51.100.1\n}'), [/of \*\*virtual_routes\*\*/, /\[via <ip>\]/]],
    ['a virtual_server_group port', 'virtual_server_group G {\n    192.0.2.1 8|0\n}\n', [/of \*\*virtual_server_group\*\*/, /<port>/]],
  ];
  for (const [name, text, expected, o] of cases) {
    it(name, () => {
      const { ctx, offset } = at(text, o?.files, o?.configId);
      const h = hover(ctx, offset, { configId: o?.configId, interfaces: o?.interfaces ? interfacesOf(o.interfaces) : undefined });
      assert.ok(h, 'no hover');
      for (const re of expected) assert.match(h.markdown, re);
    });
  }

  it('answers nothing on blanks and comments', () => {
    for (const t of ['|\n', '! a comm|ent\n', inst('   |   ')]) {
      const { ctx, offset } = at(t);
      assert.equal(hover(ctx, offset), undefined, t);
    }
  });
});

describe('features: completion', () => {
  const labels = (text: string, o: { files?: Record<string, string>; interfaces?: Record<string, string>; after?: boolean; version?: string } = {}) => {
    const { ctx, offset } = at(text, o.files);
    const r = complete(ctx, offset, {
      interfaces: o.interfaces ? interfacesOf(o.interfaces) : undefined,
      keywordsAfterBlank: o.after,
      keepalivedVersion: o.version,
    });
    return r?.items.map((i) => i.label) ?? [];
  };
  const cases: [string, string, string[], string[], Parameters<typeof labels>[1]?][] = [
    ['top level', '|', ['global_defs', 'vrrp_instance', 'virtual_server', 'include'], ['priority', 'router_id']],
    ['global_defs', 'global_defs {\n    |\n}\n', ['router_id', 'vrrp_strict', 'script_user'], ['priority', 'vrrp_instance']],
    [
      'vrrp_instance on an empty line',
      inst('|'),
      ['priority', 'virtual_router_id', 'virtual_ipaddress', 'authentication', 'include'],
      ['router_id', 'lb_algo', 'global_defs'],
    ],
    ['vrrp_instance half-typed', inst('virt|'), ['virtual_router_id'], ['router_id']],
    ['unclosed vrrp_instance', 'vrrp_instance VI_1 {\n    state MASTER\n    |', ['priority'], ['global_defs']],
    ['nested authentication', inst('authentication {\n    |\n}'), ['auth_type', 'auth_pass'], ['priority']],
    [
      'real_server checkers',
      'virtual_server 192.0.2.1 80 {\n    real_server 192.0.2.2 80 {\n        |\n    }\n}\n',
      ['TCP_CHECK', 'HTTP_GET', 'weight'],
      ['lb_algo'],
    ],
    [
      'url in HTTP_GET',
      'virtual_server 192.0.2.1 80 {\n    real_server 192.0.2.2 80 {\n        HTTP_GET {\n            url {\n                |\n            }\n        }\n    }\n}\n',
      ['path', 'digest', 'status_code'],
      ['connect_timeout'],
    ],
    ['state values', inst('state |'), ['MASTER', 'BACKUP'], ['priority']],
    ['state half-typed', inst('state MA|'), ['MASTER', 'BACKUP'], []],
    ['lb_kind values', 'virtual_server 192.0.2.1 80 {\n    lb_kind |\n}\n', ['NAT', 'DR', 'TUN'], []],
    ['lvs_sched values', 'virtual_server 192.0.2.1 80 {\n    lvs_sched |\n}\n', ['rr', 'wlc'], []],
    ['protocol values', 'virtual_server 192.0.2.1 80 {\n    protocol |\n}\n', ['TCP', 'UDP'], []],
    ['bool values', 'global_defs {\n    vrrp_strict |\n}\n', ['on', 'off', 'true', 'no'], []],
    ['nothing after a number keyword', inst('priority |'), [], ['MASTER', 'priority']],
    ['track_script names', 'vrrp_script a {\n}\nvrrp_script b {\n}\n' + inst('track_script {\n    a\n    |\n}'), ['b'], ['a', 'priority']],
    [
      'track_script names from an include',
      'include conf.d/*.conf\n' + inst('track_script {\n    |\n}'),
      ['chk_x'],
      [],
      { files: { [SCRIPTS]: 'vrrp_script chk_x {\n}\n' } },
    ],
    ['track_file names', 'track_file f1 {\n}\n' + inst('track_file {\n    |\n}'), ['f1'], []],
    [
      'FILE_CHECK track_file',
      'track_file f1 {\n}\nvirtual_server 192.0.2.1 80 {\n    real_server 192.0.2.2 80 {\n        FILE_CHECK {\n            track_file |\n        }\n    }\n}\n',
      ['f1'],
      [],
    ],
    ['sync group members', inst('') + inst('', 'VI_2') + 'vrrp_sync_group G {\n    group {\n        |\n    }\n}\n', ['VI_1', 'VI_2'], ['priority']],
    ['virtual_server group names', 'virtual_server_group VSG {\n}\nvirtual_server group |', ['VSG'], []],
    ['lvs_sync_daemon: the interface', 'global_defs {\n    lvs_sync_daemon |\n}\n', ['eth0'], ['VI_1'], { interfaces: { eth0: '192.0.2.1/24' } }],
    ['lvs_sync_daemon: the instance after the interface', inst('') + 'global_defs {\n    lvs_sync_daemon eth0 |\n}\n', ['VI_1'], ['eth0']],
    ['lvs_sync_daemon: the instance after inst', inst('') + 'global_defs {\n    lvs_sync_daemon eth0 inst |\n}\n', ['VI_1'], []],
    ['lvs_sync_daemon: no instance as the value of an option', inst('') + 'global_defs {\n    lvs_sync_daemon eth0 VI_1 id |\n}\n', [], ['VI_1']],
    ['interfaces from settings', inst('interface |'), ['eth0', 'bond0'], [], { interfaces: { eth0: '192.0.2.1/24', bond0: '10.0.0.1/8' } }],
    ['dev in an address line', inst('virtual_ipaddress {\n    192.0.2.1/24 dev |\n}'), ['eth0'], [], { interfaces: { eth0: '192.0.2.1/24' } }],
    ['nothing in a comment', inst('! priority |'), [], ['priority']],
    ['nothing in quotes', inst('notify "/bin/x |'), [], ['priority']],
    ['keywords after a brace on the same line', 'vrrp_instance VI_1 { |', ['priority'], []],
    ['conditional prefix', '@lb1 |', ['global_defs'], []],
    ['no popup while indenting (space trigger)', inst('|'), [], ['priority'], { after: false }],
    [
      'keywords the block already has once are not offered again; repeatable ones and blocks are',
      inst('interface eth0\nstate BACKUP\npriority 100\nnopreempt\ntrack_script {\n    chk\n}\n|'),
      ['virtual_ipaddress', 'track_script', 'notify_master', 'advert_int'],
      ['priority', 'state', 'nopreempt', 'interface'],
    ],
    ['a keyword is still offered on its own line (the word being typed)', inst('prio|'), ['priority'], []],
    ['whole-block snippets at the top level', '|', ['vrrp_instance: unicast', 'global_defs', 'vrrp_script: HAProxy check'], ['TCP_CHECK']],
    [
      'checker snippets in a real_server',
      'virtual_server 192.0.2.1 80 {\n    real_server 192.0.2.2 80 {\n        |\n    }\n}\n',
      ['TCP_CHECK', 'MISC_CHECK'],
      ['vrrp_instance: unicast', 'global_defs'],
    ],
    [
      'no snippet and no keyword inside track_script',
      'vrrp_script a {\n}\n' + inst('track_script {\n    |\n}'),
      ['a'],
      ['vrrp_instance: unicast', 'global_defs', 'priority', 'TCP_CHECK'],
    ],
    ['no top-level snippet inside a vrrp_instance', inst('|'), ['priority'], ['vrrp_instance: unicast', 'global_defs', 'vrrp_script: HAProxy check']],
    ['without keepalived.version every keyword is offered', inst('|'), ['auth_hmac', 'no_virtual_ipaddress', 'priority'], []],
    [
      'keepalived.version 2.2.7: no keyword that version does not know (since a later version)',
      inst('|'),
      ['priority', 'virtual_ipaddress', 'authentication'],
      ['auth_hmac', 'no_virtual_ipaddress', 'owner_ignore_adverts'],
      { version: '2.2.7' },
    ],
    [
      'keepalived.version 2.2.7: nor one known to be absent from it',
      'global_defs {\n    |\n}\n',
      ['router_id', 'script_user'],
      ['state_dump_file', 'set_supplementary_groups', 'json_version', 'vrrp_delay_after_boot'],
      { version: '2.2.7' },
    ],
    [
      'keepalived.version 2.4.0: what arrived up to 2.4.0 is offered',
      'global_defs {\n    |\n}\n',
      ['vrrp_delay_after_boot', 'state_dump_file', 'json_version'],
      [],
      { version: '2.4.0' },
    ],
    ['keepalived.version 2.2.7: no snippet of a block it does not know', inst('auth_hmac {\n    |\n}'), [], ['key', 'mode'], { version: '2.2.7' }],
  ];
  for (const [name, text, want, notWant, o] of cases) {
    it(name, () => {
      const l = labels(text, o);
      for (const w of want) assert.ok(l.includes(w), `${w} missing from ${l.slice(0, 20).join(', ')}`);
      for (const w of notWant) assert.ok(!l.includes(w), `${w} should not be offered`);
    });
  }

  it('gives snippets for block keywords and replaces the typed word', () => {
    const { ctx, offset } = at('vrrp_inst|');
    const r = complete(ctx, offset)!;
    const vi = r.items.find((i) => i.label === 'vrrp_instance')!;
    assert.equal(vi.snippet, 'vrrp_instance ${1:VI_1} {\n\t$0\n}');
    assert.deepEqual([r.replace.start, r.replace.end], [0, 9]);
    const gd = r.items.find((i) => i.label === 'global_defs')!;
    assert.equal(gd.snippet, 'global_defs {\n\t$0\n}');
    const { ctx: c2, offset: o2 } = at(inst('|'));
    const state = complete(c2, o2)!.items.find((i) => i.label === 'state')!;
    assert.equal(state.snippet, 'state ${1|MASTER,BACKUP|}');
    assert.ok(state.documentation?.includes('The state the instance starts in') || state.documentation?.includes('**state**'));
  });

  describe('a keyword with free-form arguments inserts the arguments keepalived needs', () => {
    // [block with the cursor, keyword, its snippet (undefined: the bare keyword is complete)]
    const cases: [string, string, string | undefined][] = [
      ['|', 'include', 'include ${1:file-or-glob}'],
      ['|', 'includea', 'includea ${1:file-or-glob}'],
      ['|', 'virtual_server', 'virtual_server ${1:ip} ${2:port} {\n\t$0\n}'],
      ['global_defs {\n    |\n}\n', 'lvs_sync_daemon', 'lvs_sync_daemon ${1:interface}'],
      ['global_defs {\n    |\n}\n', 'vrrp_garp_extra_if', 'vrrp_garp_extra_if ${1:seconds}'],
      ['global_defs {\n    |\n}\n', 'vrrp_rx_bufs_policy', 'vrrp_rx_bufs_policy ${1|MTU,ADVERT|}'],
      ['global_defs {\n    |\n}\n', 'lvs_timeouts', 'lvs_timeouts ${1|tcp,tcpfin,udp|} ${2:seconds}'],
      ['global_defs {\n    |\n}\n', 'include_check', undefined],
      [inst('|'), 'garp_extra_if', 'garp_extra_if ${1:seconds}'],
      [inst('|'), 'use_vmac', undefined],
      [inst('|'), 'include', 'include ${1:file-or-glob}'],
    ];
    for (const [text, keyword, snippet] of cases) {
      it(`${keyword}: ${snippet === undefined ? 'the keyword alone' : JSON.stringify(snippet)}`, () => {
        const { ctx, offset } = at(text);
        const item = complete(ctx, offset)!.items.find((i) => i.label === keyword);
        assert.ok(item, `${keyword} offered`);
        assert.equal(item.snippet, snippet);
      });
    }
  });
});

describe('features: navigation', () => {
  const files = { [SCRIPTS]: '! scripts\nvrrp_script chk {\n    script "/bin/true"\n}\n' };
  const main = 'include conf.d/*.conf\n' + inst('track_script {\n    c|hk weight 2\n}') + inst('track_script {\n    "chk"\n}', 'VI_2');

  it('goes to the definition in the included file', () => {
    const { ctx, offset } = at(main, files);
    const d = definitionOf(ctx, offset);
    assert.equal(d.length, 1);
    assert.equal(d[0]!.file, SCRIPTS);
    assert.equal(slice(ctx.model, d[0]!), 'chk');
  });

  it('finds every reference, with or without the declaration', () => {
    const { ctx, offset } = at(main, files);
    assert.deepEqual(
      referencesOf(ctx, offset, false).map((s) => `${path.basename(s.file)}:${slice(ctx.model, s)}`),
      ['keepalived.conf:chk', 'keepalived.conf:"chk"'],
    );
    assert.equal(referencesOf(ctx, offset, true).length, 3);
  });

  it('renames in every file, inside quotes too', () => {
    const { ctx, offset } = at(main, files);
    const r = rename(ctx, offset, 'chk_new');
    assert.ok('edits' in r);
    assert.deepEqual(r.edits.map((e) => `${path.basename(e.span.file)}:${slice(ctx.model, e.span)}`).sort(), [
      'keepalived.conf:chk',
      'keepalived.conf:chk',
      'scripts.conf:chk',
    ]);
  });

  it('refuses keywords, expansions and bad names', () => {
    const kw = at(inst('prio|rity 100'));
    assert.deepEqual(prepareRename(kw.ctx, kw.offset), { error: 'Keywords cannot be renamed.' });
    const exp = at('$S=chk\nvrrp_script chk {\n}\n' + inst('track_script {\n    $|S\n}'));
    const p = prepareRename(exp.ctx, exp.offset);
    assert.ok(p && !('error' in p) && p.placeholder === 'S', 'the parameter itself can be renamed');
    const viaExpansion = at('$S=chk\nvrrp_script c|hk {\n}\n' + inst('track_script {\n    $S\n}'));
    const r = rename(viaExpansion.ctx, viaExpansion.offset, 'x');
    assert.ok('error' in r && /expansion/.test(r.error));
    const bad = at(main, files);
    assert.ok('error' in rename(bad.ctx, bad.offset, 'has space'));
    assert.ok('error' in rename(bad.ctx, bad.offset, '@x'));
  });

  it('renames $NAME: definition, plain and braced uses, uses in definitions and in inactive lines', () => {
    const text = '$N|ET=192.0.2\n$VIP=${NET}.1\n' + inst('virtual_ipaddress {\n    $VIP\n    ${NET}.2/24\n}\n@other unicast_src_ip $NET');
    const { ctx, offset } = at(text, {}, 'lb1');
    const r = rename(ctx, offset, 'SUBNET');
    assert.ok('edits' in r);
    assert.equal(r.edits.length, 4);
    assert.ok(r.edits.every((e) => slice(ctx.model, e.span) === 'NET'));
    const refs = referencesOf(ctx, offset, true);
    assert.equal(refs.length, 4);
    assert.ok('error' in rename(ctx, offset, '9bad'));
  });

  it('covers sync groups, track_process, bfd and virtual_server_group', () => {
    const text = [
      'vrrp_track_process tp {\n    process haproxy\n}',
      'bfd_instance bfd1 {\n    neighbor_ip 192.0.2.9\n}',
      'virtual_server_group VSG {\n    192.0.2.1 80\n}',
      'virtual_server group V|SG {\n}',
      inst('track_process {\n    tp\n}\ntrack_bfd {\n    bfd1\n}'),
    ].join('\n');
    const { ctx, offset } = at(text);
    assert.equal(slice(ctx.model, definitionOf(ctx, offset)[0]!), 'VSG');
    const tp = at(text.replace('V|SG', 'VSG').replace('    tp\n', '    t|p\n'));
    assert.equal(referencesOf(tp.ctx, tp.offset, true).length, 2);
    const bfd = at(text.replace('V|SG', 'VSG').replace('    bfd1\n', '    bf|d1\n'));
    assert.equal(definitionOf(bfd.ctx, bfd.offset).length, 1);
  });

  describe('a rename onto a name already taken is refused', () => {
    const scripts = 'vrrp_script chk_a {\n    script /bin/true\n}\nvrrp_script chk_b {\n    script /bin/false\n}\n';
    // [text with the cursor, new name, the refusal (undefined: the rename goes ahead)]
    const cases: [string, string, RegExp | undefined][] = [
      [scripts.replace('chk_a', 'chk|_a') + inst('track_script {\n    chk_a\n}'), 'chk_b', /vrrp_script named 'chk_b' is already defined \(line 4\)/],
      [scripts.replace('chk_a', 'chk|_a'), 'chk_c', undefined],
      [scripts.replace('chk_a', 'chk|_a'), 'chk_a', undefined],
      [inst('', 'V|I_1') + inst('', 'VI_2'), 'VI_2', /vrrp_instance named 'VI_2' is already defined/],
      // another kind may use the name
      ['vrrp_script V|I_1 {\n}\n' + inst('', 'VI_2'), 'VI_2', undefined],
      ['$A=1\n$B=2\n' + inst('priority $|A'), 'B', /\$B is already defined \(line 2\)/],
      ['$A=1\n' + inst('priority $|A'), '_INSTANCE', /\$_INSTANCE is a parameter keepalived defines itself/],
    ];
    for (const [text, newName, refusal] of cases) {
      it(`${text.split('|')[0]!.split('\n').pop()}| → ${newName}: ${refusal ? 'refused' : 'renamed'}`, () => {
        const { ctx, offset } = at(text);
        const r = rename(ctx, offset, newName);
        if (refusal) assert.ok('error' in r && refusal.test(r.error), JSON.stringify(r));
        else assert.ok('edits' in r, JSON.stringify(r));
      });
    }
  });

  describe('the instance lvs_sync_daemon follows', () => {
    // [global_defs line with the cursor on a word, is that word a reference to VI_1]
    const cases: [string, boolean][] = [
      ['lvs_sync_daemon eth0 inst V|I_1', true],
      ['lvs_sync_daemon eth0 V|I_1', true],
      ['lvs_sync_daemon eth0 V|I_1 5', true],
      ['lvs_sync_daemon eth0 id 5 inst V|I_1 port 8848', true],
      ['lvs_sync_daemon eth0 group 224.0.0.81 inst V|I_1', true],
      ['lvs_sync_daemon eth0 id V|I_1', false],
      ['lvs_sync_daemon V|I_1', false],
    ];
    for (const [line, isRef] of cases) {
      it(`${line}: ${isRef ? 'goes to VI_1, found by its references and renamed with it' : 'no reference'}`, () => {
        const text = `global_defs {\n    ${line}\n}\n${inst('interface eth0')}`;
        const { ctx, offset } = at(text);
        const defs = definitionOf(ctx, offset);
        assert.deepEqual(
          defs.map((s) => slice(ctx.model, s)),
          isRef ? ['VI_1'] : [],
        );
        if (!isRef) return;
        const name = text.indexOf('VI_1 {') + 1;
        const refs = referencesOf({ ...ctx }, name, false).map((s) => slice(ctx.model, s));
        assert.deepEqual(refs, ['VI_1']);
        const r = rename(ctx, name, 'VI_MAIN');
        assert.ok('edits' in r);
        assert.equal(r.edits.length, 2);
        const renamed = applyRename(text, r.edits);
        assert.ok(!renamed.includes('VI_1'), renamed);
      });
    }
  });
});

/** Apply rename edits of the main file (from the end, so offsets stay valid). */
function applyRename(text: string, edits: readonly { span: Span; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

describe('features: symbols', () => {
  const names = (syms: OutlineSymbol[], depth = 0): string[] =>
    syms.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`, ...names(s.children, depth + 1)]);

  it('outlines the document as a tree', () => {
    const model = modelOf(
      [
        '$X=1',
        'global_defs {\n    router_id R\n}',
        'vrrp_script chk {\n    script "/bin/true"\n}',
        inst('virtual_router_id 5\npriority 120\nvirtual_ipaddress {\n    192.0.2.1/24\n}'),
        'vrrp_sync_group G {\n    group {\n        VI_1\n    }\n}',
        'virtual_server 192.0.2.1 80 {\n    lb_algo rr\n    real_server 192.0.2.2 80 {\n        weight 3\n        TCP_CHECK {\n        }\n    }\n}',
      ].join('\n'),
    );
    assert.deepEqual(names(documentSymbols({ model, file: MAIN })), [
      '$X (1)',
      'global_defs',
      'chk (vrrp_script · /bin/true)',
      'VI_1 (vrrp_instance · VRID 5 · priority 120 · 192.0.2.1/24)',
      '  virtual_ipaddress',
      '    192.0.2.1/24',
      'G (vrrp_sync_group · VI_1)',
      '  group',
      '    VI_1',
      'virtual_server 192.0.2.1 80 (rr · 1 real servers)',
      '  real_server 192.0.2.2 80 (weight 3 · TCP_CHECK)',
      '    TCP_CHECK',
    ]);
  });

  it('shows what an included file holds inside a block of the includer', () => {
    const inner = '/etc/keepalived/inner.conf';
    const model = modelOf('vrrp_instance VI_1 {\n    include inner.conf\n}\n', { [inner]: 'virtual_ipaddress {\n    192.0.2.1\n}\n' });
    assert.deepEqual(names(documentSymbols({ model, file: inner })), ['virtual_ipaddress', '  192.0.2.1']);
  });

  it('lists workspace symbols once, filtered by the query', () => {
    const a = modelOf('include conf.d/*.conf\n' + inst(''), { [SCRIPTS]: 'vrrp_script chk_a {\n}\n' });
    const b = analyse(parseConfig(SCRIPTS, 'vrrp_script chk_a {\n}\n', memoryHost({})));
    const syms = workspaceSymbols([a, b], 'chk');
    assert.deepEqual(
      syms.map((s) => `${s.name}@${path.basename(s.span.file)}`),
      ['chk_a@scripts.conf'],
    );
    assert.deepEqual(
      workspaceSymbols([a], 'vi1').map((s) => s.name),
      ['VI_1'],
    );
  });
});

describe('features: priority, inlay hints and code lens', () => {
  const scripts =
    'vrrp_script up {\n    script "/bin/true"\n    weight 10\n}\nvrrp_script down {\n    script "/bin/true"\n    weight -20\n}\nvrrp_script zero {\n    script "/bin/true"\n}\n';
  const cases: [string, string, string][] = [
    ['no trackers', inst('priority 100'), '100'],
    ['positive and negative weights', scripts + inst('priority 100\ntrack_script {\n    up\n    down\n}'), '110 = 100 +10 up'],
    ['override on the track line', scripts + inst('priority 100\ntrack_script {\n    down weight 30\n}'), '130 = 100 +30 down'],
    ['reverse', scripts + inst('priority 100\ntrack_script {\n    up weight 10 reverse\n}'), '90 = 100 −10 up'],
    ['clamped', scripts + inst('priority 250\ntrack_script {\n    up\n}'), '254 = 250 +10 up (clamped from 260)'],
    ['address owner', scripts + inst('priority 255\ntrack_script {\n    up\n}'), '255 (address owner)'],
    ['invalid priority', inst('priority 300'), '100'],
    [
      'sync group without tracking weight',
      scripts + inst('priority 100\ntrack_script {\n    up\n}') + 'vrrp_sync_group G {\n    group {\n        VI_1\n    }\n}\n',
      '100',
    ],
    [
      'sync group with tracking weight',
      scripts + inst('priority 100\ntrack_script {\n    up\n}') + 'vrrp_sync_group G {\n    sync_group_tracking_weight\n    group {\n        VI_1\n    }\n}\n',
      '110 = 100 +10 up',
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(`inlay hint: ${name}`, () => {
      const model = modelOf(text);
      const hints = inlayHints({ model, file: MAIN }, { variables: false });
      const [hint] = hints;
      assert.equal(hints.length, 1);
      assert.ok(hint);
      assert.equal(hint.label, `→ ${expected}`);
      assert.equal(model.parsed.files.get(MAIN)!.text.slice(hint.offset - 3, hint.offset).length, 3);
    });
  }

  it('gives state MASTER without a priority the owner priority', () => {
    const model = modelOf(scripts + inst('state MASTER\ntrack_script {\n    up\n}'));
    const r = priorityReport(model, model.instances[0]!)!;
    assert.equal(r.owner, true);
    assert.equal(r.healthy, 255);
    assert.deepEqual(r.trackers, [], 'an owner ignores tracker weights');
    assert.deepEqual(
      codeLenses({ model, file: MAIN }).map((l) => l.title),
      ['VRID ? · priority 255 (owner) · MASTER'],
    );
  });

  it('predicts roles only when another node shares the virtual router', () => {
    const node = (prio: number, vrid = 10) =>
      modelOf(inst(`interface eth0\nvirtual_router_id ${vrid}\npriority ${prio}\nvirtual_ipaddress {\n    192.0.2.9/24\n}`));
    const a = { name: 'a', model: node(200) };
    const b = { name: 'b', model: node(100) };
    assert.deepEqual([...predictedRoles([a, b], 'a')], [['VI_1', 'predicted MASTER']]);
    assert.deepEqual([...predictedRoles([a, b], 'b')], [['VI_1', 'predicted BACKUP (a is MASTER)']]);
    assert.deepEqual([...predictedRoles([a], 'a')], []);
    assert.deepEqual([...predictedRoles([a, { name: 'c', model: node(100, 11) }], 'a')], []);
  });

  it('reports weight-0 trackers as FAULT and the worst case', () => {
    const model = modelOf(scripts + inst('priority 100\ntrack_script {\n    zero\n    down\n}'));
    const r = priorityReport(model, model.instances[0]!)!;
    assert.deepEqual(
      r.trackers.map((t) => t.effect),
      ['FAULT while it fails', '−20 while it fails'],
    );
    assert.equal(r.healthy, 100);
    assert.ok(r.worstFaults.length > 0);
  });

  it('shows $NAME values and ~SEQ values, and can switch each kind off', () => {
    const model = modelOf('$P=120\n' + inst('priority $P') + '~SEQ(i, 1, 3) vrrp_script chk_$i {\n}\n');
    const all = inlayHints({ model, file: MAIN });
    assert.deepEqual(
      all.map((h) => h.label),
      ['= 120', '→ 120', '= 1, 2, 3'],
    );
    assert.deepEqual(
      inlayHints({ model, file: MAIN }, { variables: false }).map((h) => h.kind),
      ['priority'],
    );
    assert.deepEqual(
      inlayHints({ model, file: MAIN }, { effectivePriority: false }).map((h) => h.kind),
      ['variable', 'variable'],
    );
  });

  it('puts a code lens over each instance, with a role when one is given', () => {
    const model = modelOf(scripts + inst('virtual_router_id 3\npriority 100\nstate BACKUP\ntrack_script {\n    up\n}') + inst('virtual_router_id 4', 'VI_2'));
    assert.deepEqual(
      codeLenses({ model, file: MAIN }).map((l) => l.title),
      ['VRID 3 · priority 110 (base 100) · BACKUP', 'VRID 4 · priority 100 · BACKUP'],
    );
    assert.deepEqual(
      codeLenses({ model, file: MAIN }, { roleOf: (i) => (i.name === 'VI_1' ? 'predicted MASTER' : undefined) }).map((l) => l.title.split(' · ').pop()),
      ['predicted MASTER', 'BACKUP'],
    );
  });
});

describe('features: semantic tokens', () => {
  it('marks parameters, conditionals, sequences and object names', () => {
    const text =
      '$N=1\n@lb1 global_defs {\n}\n@^lb1 global_defs {\n}\n~SEQ(i, 1, 2) vrrp_script chk_$i {\n}\nvrrp_script chk {\n}\n' +
      inst('priority ${N}\ntrack_script {\n    chk\n}');
    const model = modelOf(text, {}, 'lb1');
    const toks = semanticTokens({ model, file: MAIN }).map((t) => `${t.type}${t.modifiers.length ? `.${t.modifiers.join('.')}` : ''}:${slice(model, t.span)}`);
    assert.deepEqual(toks, [
      'variable.declaration:$N',
      'macro:@lb1',
      'macro:@^lb1',
      'comment: global_defs {',
      'macro:~SEQ',
      'parameter.declaration:i',
      'variable:$i',
      'function.declaration:chk',
      'class.declaration:VI_1',
      'variable:${N}',
      'function:chk',
    ]);
  });
});

describe('features: links and folding', () => {
  it('links includes to each file and absolute script paths that exist', () => {
    const files = { '/etc/keepalived/a.conf': '', '/etc/keepalived/b.conf': '' };
    // a quoted pattern names files whose names hold the quotes (keepalived reads quotes as part of it): no link
    const text =
      'include *.conf\ninclude "*.conf"\nvrrp_script chk {\n    script "/usr/bin/check --fast"\n}\n' +
      inst('notify_master /opt/missing.sh\nnotify_backup relative.sh');
    const model = analyse(parseFiles({ [MAIN]: text, ...files }));
    const links = documentLinks({ model, file: MAIN }, { isFile: (p) => p === '/usr/bin/check' });
    assert.deepEqual(
      links.map((l) => `${slice(model, l.span)} → ${l.target}`),
      ['*.conf → /etc/keepalived/a.conf', '*.conf → /etc/keepalived/b.conf', '/usr/bin/check → /usr/bin/check'].filter((x) => !x.includes('keepalived.conf')),
    );
  });

  it('folds blocks (also Allman style), comment runs and multi-line definitions', () => {
    const text = '! one\n! two\nvrrp_instance VI_1\n{\n    state MASTER\n    authentication {\n        auth_type PASS\n    }\n}\n$M=a \\\nb \\\nc\n';
    assert.deepEqual(foldingRanges(text), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 7 },
      { startLine: 5, endLine: 6 },
      { startLine: 9, endLine: 11, kind: 'region' },
    ]);
  });

  it('selects word, line, block and enclosing blocks', () => {
    const { ctx, offset } = at(inst('authentication {\n    auth_type P|ASS\n}'));
    assert.deepEqual(
      selectionRanges(ctx, offset).map((s) => slice(ctx.model, s).split('\n')[0]),
      ['PASS', 'auth_type PASS', 'authentication {', 'vrrp_instance VI_1 {'],
    );
  });
});

describe('features: raw lines', () => {
  it('classifies lines as keepalived reads them', () => {
    const text = 'a { # c\n! only\n\n$D=x \\\n  y {\n~SEQ(i,1,2) b\n@x $E=1\nq "{" } \\\\\n';
    assert.deepEqual(
      scanLines(text).map((l) => `${l.kind}:${l.braces.map((b) => (b.open ? '{' : '}')).join('')}${l.continues ? '\\' : ''}`),
      ['code:{', 'comment:', 'blank:', 'definition:\\', 'continuation:', 'sequence:', 'definition:', 'code:}', 'blank:'],
    );
  });
});

describe('features: formatting', () => {
  const o: FormatOptions = { tabSize: 4, insertSpaces: true };
  const cases: [string, string, string, FormatOptions?][] = [
    ['indents by depth', 'a {\nb\n  c {\nd\n}\n}\n', 'a {\n    b\n    c {\n        d\n    }\n}\n'],
    ['tabs', 'a {\nb {\nc\n}\n}\n', 'a {\n\tb {\n\t\tc\n\t}\n}\n', { tabSize: 4, insertSpaces: false }],
    ['collapses blanks between words, not in quotes', 'a   b\t\t"c   d"   e\n', 'a b "c   d" e\n'],
    ['keeps comments and the blanks before them', 'a {\n   b    c   #  x   y\n  ! z  \n}\n', 'a {\n    b c   #  x   y\n    ! z\n}\n'],
    ['trailing blanks go', 'a   \n', 'a\n'],
    ['a backslash before trailing blanks keeps them', 'a b\\  \n', 'a b\\  \n'],
    ['three blank lines become two', 'a\n\n\n\n\nb\n', 'a\n\n\nb\n'],
    ['closing brace on a line with content', 'a {\nb }\nc\n', 'a {\n    b }\nc\n'],
    ['Allman braces', 'a\n{\nb\n}\n', 'a\n{\n    b\n}\n'],
    ['one-line blocks', 'a { b }\nc\n', 'a { b }\nc\n'],
    ['braces in quotes and comments do not count', 'a "{"\nb # {\nc\n', 'a "{"\nb # {\nc\n'],
    ['multi-line definition kept', 'x {\n$M=a   b \\\n      c  {  \\\n   d\ny\n}\n', 'x {\n    $M=a   b \\\n      c  {  \\\n   d\n    y\n}\n'],
    ['~SEQ line content kept', 'x {\n~SEQ(i,  1, 2)   a   $i\n}\n', 'x {\n    ~SEQ(i,  1, 2)   a   $i\n}\n'],
    ['@id lines', 'x {\n@lb1    priority    10\n}\n', 'x {\n    @lb1 priority 10\n}\n'],
    ['extra closing braces do not go negative', '}\n}\na\n', '}\n}\na\n'],
    ['CRLF kept', 'a {\r\nb   c\r\n}\r\n', 'a {\r\n    b c\r\n}\r\n'],
    ['final newline inserted', 'a', 'a\n', { tabSize: 4, insertSpaces: true, insertFinalNewline: true }],
    ['final newlines trimmed', 'a\n\n\n', 'a\n', { tabSize: 4, insertSpaces: true, trimFinalNewlines: true }],
    ['escaped comment characters', 'a {\nb\\#c   d\n}\n', 'a {\n    b\\#c   d\n}\n'],
    ['unterminated quote kept as is', 'a {\n  b  "c   \n}\n', 'a {\n  b  "c   \n}\n'],
  ];
  for (const [name, input, expected, opts] of cases) {
    it(name, () => {
      const out = formatText(input, opts ?? o);
      assert.equal(out, expected);
      assert.equal(formatText(out, opts ?? o), out, 'idempotent');
      assert.deepEqual(tokens(out), tokens(input), 'tokens kept');
    });
  }

  it('a line over 1023 bytes is left alone', () => {
    const long = `a {\n  b ${'x'.repeat(1100)}   y\n}\n`;
    assert.equal(formatText(long, o), long.replace(/\n}/, '\n}'));
  });

  it('formats a range only', () => {
    const text = 'a {\nb\nc\n}\n';
    const edits = format(text, o, { file: MAIN, start: 6, end: 6 });
    assert.deepEqual(edits, [{ start: 6, end: 7, newText: '    c' }]);
  });

  function tokens(text: string): string[] {
    return parseConfig('/t/k.conf', text, memoryHost({})).tokens.map((t) => `${t.tokenType.name}:${t.quoted ? '"' : ''}${t.value}`);
  }

  it('is idempotent and keeps every token on every fixture and corpus file', function () {
    this.timeout(30_000);
    const roots = [path.join(repoRoot, 'test/fixtures'), path.join(repoRoot, 'examples')];
    const shared = sharedDir();
    if (shared) roots.push(path.join(shared, 'corpus'));
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (!/\.(ya?ml|md|txt|json|sarif)$/.test(e.name) && !/multinode|passwords/.test(e.name)) files.push(p);
      }
    };
    roots.forEach(walk);
    assert.ok(files.length > 5);
    const problems: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const opts of [o, { tabSize: 2, insertSpaces: false, insertFinalNewline: true, trimFinalNewlines: true }]) {
        const once = formatText(text, opts);
        if (formatText(once, opts) !== once) problems.push(`${f}: not idempotent`);
        if (JSON.stringify(tokens(once)) !== JSON.stringify(tokens(text))) problems.push(`${f}: tokens changed`);
      }
    }
    assert.deepEqual(problems, []);
    if (!shared) console.log('      (../shared not found: corpus files skipped)');
  });
});
