/**
 * Quick fixes, each checked the way a user would see it: lint, pick the diagnostic, apply the
 * fix's edits, lint again. The diagnostic must be gone and no code may have more diagnostics
 * than before. The text after the fix is compared too.
 *
 * Codes whose rule has not landed yet are tested with a synthetic diagnostic (the code, the
 * span the rule is expected to report and its data); once the rule exists the real diagnostic
 * is used and the "gone" check applies to it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../server/src/language/analysis/model';
import type { FixData, Issue } from '../../server/src/language/issue';
import { parseConfig } from '../../server/src/language/syntax/index';
import { codeInfo } from '../../server/src/language/project/codes';
import { validate } from '../../server/src/language/validation/validate';
import { codeActionsFor, cursorActions, fixAll, fixAllOfKind, quickFixes, type TextEdit } from '../../server/src/language/features/codeActions';
import { fixableCodes } from '../../server/src/language/features/fixes/index';
import { applyEdits } from '../../server/src/language/features/fixes/text';
import { utf8Prefix } from '../../server/src/language/features/fixes/values';
import { nearestFreeVrid } from '../../server/src/language/analysis/vrids';
import { memoryHost } from '../support/memoryHost';
import { MAIN } from '../support/parse';
import { interfacesOf } from '../support/rules';
import { sharedDir } from '../support/shared';

interface Setup {
  readonly files?: Record<string, string>;
  readonly interfaces?: Record<string, string | string[]>;
}

function lintAll(files: Record<string, string>, o: Setup) {
  const parsed = parseConfig(MAIN, files[MAIN]!, memoryHost(files));
  const model = analyse(parsed);
  const options = { interfaces: interfacesOf(o.interfaces) };
  return { model, options, issues: validate(model, options) };
}

const count = (issues: readonly Issue[]) => {
  const m = new Map<string, number>();
  for (const i of issues) m.set(i.code, (m.get(i.code) ?? 0) + 1);
  return m;
};

/** Apply edits to a file set. */
function applyAll(files: Record<string, string>, edits: readonly TextEdit[]): Record<string, string> {
  const out = { ...files };
  for (const f of new Set(edits.map((e) => e.span.file))) {
    assert.ok(out[f] !== undefined, `edit in unknown file ${f}`);
    out[f] = applyEdits(
      out[f],
      edits.filter((e) => e.span.file === f),
    );
  }
  return out;
}

/** Where a diagnostic is expected: the `occurrence`-th `text` in the main file. */
interface At {
  readonly text: string;
  readonly occurrence?: number;
  readonly file?: string;
}

function spanOf(files: Record<string, string>, at: At) {
  const file = at.file ?? MAIN;
  const text = files[file];
  assert.ok(text !== undefined, `${file} is not one of the files`);
  let i = -1;
  for (let k = 0; k <= (at.occurrence ?? 0); k++) {
    i = text.indexOf(at.text, i + 1);
    assert.ok(i >= 0, `'${at.text}' not in ${file}`);
  }
  return { file, start: i, end: i + at.text.length };
}

interface FixCase extends Setup {
  readonly code: string;
  /** The diagnostic to fix: the first of its code overlapping this text (or, for a rule not yet written, a synthetic one here). */
  readonly at?: At;
  readonly data?: FixData;
  /** Which fix (title pattern); the preferred one by default. */
  readonly pick?: RegExp;
}

/**
 * Lint `text`, fix the chosen diagnostic, lint again; returns the new main text (and all files).
 * Asserts the diagnostic is gone and nothing new appeared.
 */
function fix(text: string, c: FixCase): { text: string; files: Record<string, string>; titles: string[] } {
  const files = { [MAIN]: text, ...(c.files ?? {}) };
  const before = lintAll(files, c);
  const ruleExists = codeInfo(c.code) !== undefined;
  const where = c.at ? spanOf(files, c.at) : undefined;
  const real = before.issues.find(
    (i) =>
      i.code === c.code &&
      (!where ||
        (i.span.file === where.file && i.span.start < where.end && where.start < i.span.end) ||
        (where && i.span.start === where.start && i.span.end === i.span.start)),
  );
  let issue: Issue;
  if (ruleExists) {
    assert.ok(real, `no ${c.code} diagnostic${c.at ? ` at '${c.at.text}'` : ''}; there are: ${before.issues.map((i) => i.code).join(', ')}`);
    issue = real;
  } else {
    assert.ok(where, `synthetic ${c.code} needs 'at'`);
    issue = { code: c.code, severity: 'warning', message: `(synthetic) ${c.code}`, span: where, data: c.data };
  }
  const fixes = quickFixes({ model: before.model, options: before.options }, issue);
  const chosen = c.pick ? fixes.find((f) => c.pick!.test(f.title)) : (fixes.find((f) => f.isPreferred) ?? fixes[0]);
  assert.ok(chosen, `no fix${c.pick ? ` matching ${c.pick}` : ''} for ${c.code}; fixes: ${fixes.map((f) => f.title).join(' | ') || 'none'}`);
  const after = applyAll(files, chosen.edits);
  const again = lintAll(after, c);
  const b = count(before.issues);
  const a = count(again.issues);
  if (ruleExists) assert.ok((a.get(c.code) ?? 0) < (b.get(c.code) ?? 0), `${c.code} still reported after '${chosen.title}':\n${after[MAIN]}`);
  for (const [code, n] of a) {
    assert.ok(
      n <= (b.get(code) ?? 0),
      `'${chosen.title}' added ${code} (${b.get(code) ?? 0} → ${n}):\n${again.issues
        .filter((i) => i.code === code)
        .map((i) => i.message)
        .join('\n')}\n--- text:\n${after[MAIN]}`,
    );
  }
  return { text: after[MAIN]!, files: after, titles: fixes.map((f) => f.title) };
}

const inst = (body: string, name = 'VI_1', head = '') =>
  `${head}vrrp_instance ${name} {\n${body
    .split('\n')
    .map((l) => (l ? `    ${l}` : l))
    .join('\n')}\n}\n`;

const BASE = ['state BACKUP', 'interface eth0', 'virtual_router_id 51', 'priority 100', 'advert_int 1', 'virtual_ipaddress {', '    192.0.2.100/24', '}'];
const base = (...extra: string[]) => [...BASE, ...extra].join('\n');
const replaceLine = (body: string, from: string, to: string) => body.replace(from, to);

describe('quick fixes', () => {
  it('has a provider for every code the brief lists', () => {
    const want = [
      'interface-missing',
      'tracker-weight-owner',
      'rule-no-preference',
      'unknown-keyword',
      'wrong-block',
      'undefined-reference',
      'unused-script',
      'vrid-duplicate',
      'argument-value',
      'priority-range',
      'vrid-range',
      'advert-int',
      'nopreempt-master',
      'auth-pass-length',
      'mid-word-comment',
      'vip-family-mixed',
      'unicast-self-peer',
      'script-security',
      'deprecated-keyword',
      'route-deprecated',
      'missing-close-brace',
      'extra-close-brace',
    ];
    for (const c of want) assert.ok(fixableCodes().includes(c), c);
  });

  describe('unknown-keyword', () => {
    it('changes a misspelt keyword to the nearest one', () => {
      const r = fix(inst(replaceLine(base(), 'priority 100', 'priorty 100')), { code: 'unknown-keyword', at: { text: 'priorty' } });
      assert.match(r.text, /^ {4}priority 100$/m);
      assert.ok(r.titles.includes("Change to 'priority'"));
    });
    it('removes the line when nothing is near', () => {
      const r = fix(inst(base('frobnicate yes')), { code: 'unknown-keyword', at: { text: 'frobnicate' } });
      assert.doesNotMatch(r.text, /frobnicate/);
      assert.equal(r.text, inst(base()));
    });
    it('offers nothing for a valid line that the processes skipping its block read at the top level (a brace is missing above)', () => {
      const text = 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    unicast_peer\n    }\n    priority 100\n}\n';
      const { model, options, issues } = lintAll({ [MAIN]: text }, {});
      const shadow = issues.filter((i) => i.code === 'unknown-keyword');
      assert.equal(shadow.length, 1);
      assert.deepEqual(
        quickFixes({ model, options }, shadow[0]!).map((f) => f.title),
        [],
      );
    });
    it('fixes all misspellings of the file at once', () => {
      const text = inst(replaceLine(replaceLine(base(), 'priority 100', 'priorty 100'), 'advert_int 1', 'advert_itn 1'));
      const files = { [MAIN]: text };
      const { model, options, issues } = lintAll(files, {});
      const all = fixAllOfKind({ model, options }, issues, 'unknown-keyword');
      assert.ok(all);
      assert.equal(all.issues.length, 2);
      const after = applyAll(files, all.edits)[MAIN];
      assert.equal(after, inst(base()));
    });
  });

  describe('wrong-block', () => {
    it("moves auth_pass into the instance's authentication block", () => {
      const text = inst(base('authentication {', '    auth_type PASS', '}', 'auth_pass secret1'));
      const r = fix(text, { code: 'wrong-block', at: { text: 'auth_pass' } });
      assert.equal(r.text, inst(base('authentication {', '    auth_type PASS', '    auth_pass secret1', '}')));
    });
    it('moves a top-level keyword out of global_defs', () => {
      const text = 'global_defs {\n    router_id lb1\n    use_pid_dir\n}\n' + inst(base());
      const r = fix(text, { code: 'wrong-block', at: { text: 'use_pid_dir' } });
      assert.equal(r.text, 'global_defs {\n    router_id lb1\n}\nuse_pid_dir\n' + inst(base()));
    });
    it('vrrp_script blocks written inside global_defs: closes global_defs before them', () => {
      const scripts = '  vrrp_script chk_a {\n    script "/usr/bin/true"\n  }\n  vrrp_script chk_b {\n    script "/usr/bin/true"\n  }\n';
      const text = 'global_defs {\n  router_id lb1\n  enable_script_security\n' + scripts + '}\n' + inst(base('track_script {', '    chk_a', '    chk_b', '}'));
      const r = fix(text, { code: 'wrong-block', at: { text: 'vrrp_script' }, pick: /^Close/ });
      assert.equal(
        r.text,
        'global_defs {\n  router_id lb1\n  enable_script_security\n}\n' + scripts + inst(base('track_script {', '    chk_a', '    chk_b', '}')),
      );
    });
    it('deletes the line when no block of the right kind is there', () => {
      const text = inst(base('auth_pass secret1'));
      const r = fix(text, { code: 'wrong-block', at: { text: 'auth_pass' } });
      assert.equal(r.text, inst(base()));
    });
  });

  describe('deprecated-keyword', () => {
    it('renames a deprecated keyword to its like-for-like replacement', () => {
      const r = fix('global_defs {\n    enable_snmp_keepalived\n}\n', { code: 'deprecated-keyword', at: { text: 'enable_snmp_keepalived' } });
      assert.equal(r.text, 'global_defs {\n    enable_snmp_vrrp\n}\n');
    });
    it('offers nothing when the replacement lives elsewhere', () => {
      const files = { [MAIN]: inst(base('lvs_sync_daemon_interface eth0')) };
      const { model, options, issues } = lintAll(files, {});
      const i = issues.find((x) => x.code === 'deprecated-keyword');
      assert.ok(i);
      assert.deepEqual(quickFixes({ model, options }, i), []);
    });
  });

  it('argument-extra: removes words keepalived never reads', () => {
    const r = fix(inst(base('nopreempt false')), { code: 'argument-extra', at: { text: 'false' } });
    assert.match(r.text, /^ {4}nopreempt$/m);
  });

  describe('values out of range', () => {
    it("argument-value: the nearest value in the catalogue's range", () => {
      const r = fix(inst(base('garp_master_delay 99999')), { code: 'argument-value', at: { text: '99999' } });
      assert.match(r.text, /garp_master_delay 4294$/m);
    });
    it('argument-value: the right case of a word of a set', () => {
      const r = fix('global_defs {\n    lvs_flush_on_stop vs\n}\n', { code: 'argument-value', at: { text: 'vs', occurrence: 1 } });
      assert.match(r.text, /lvs_flush_on_stop VS$/m);
    });
    it('priority-range: 0 → 1, 300 → 254 (never the address owner 255)', () => {
      assert.match(fix(inst(replaceLine(base(), 'priority 100', 'priority 0')), { code: 'priority-range', at: { text: 'priority 0' } }).text, /priority 1$/m);
      assert.match(fix(inst(replaceLine(base(), 'priority 100', 'priority 300')), { code: 'priority-range', at: { text: '300' } }).text, /priority 254$/m);
    });
    it('vrid-range: the nearest VRID in range that no other instance on the interface uses', () => {
      const other = inst(replaceLine(replaceLine(base(), 'virtual_router_id 51', 'virtual_router_id 255'), '192.0.2.100/24', '192.0.2.101/24'), 'VI_2');
      const r = fix(inst(replaceLine(base(), 'virtual_router_id 51', 'virtual_router_id 300')) + other, { code: 'vrid-range', at: { text: '300' } });
      assert.match(r.text, /virtual_router_id 254$/m);
    });
    it('advert-int: whole seconds 1..255 for VRRPv2', () => {
      assert.match(fix(inst(replaceLine(base(), 'advert_int 1', 'advert_int 0')), { code: 'advert-int', at: { text: 'advert_int 0' } }).text, /advert_int 1$/m);
      assert.match(fix(inst(replaceLine(base(), 'advert_int 1', 'advert_int 256')), { code: 'advert-int', at: { text: '256' } }).text, /advert_int 255$/m);
    });
    it('state-invalid: MASTER/BACKUP in upper case', () => {
      assert.match(fix(inst(replaceLine(base(), 'state BACKUP', 'state master')), { code: 'state-invalid', at: { text: 'master' } }).text, /state MASTER$/m);
      assert.match(fix(inst(replaceLine(base(), 'state BACKUP', 'state STANDBY')), { code: 'state-invalid', at: { text: 'STANDBY' } }).text, /state BACKUP$/m);
    });
    it('nearestFreeVrid prefers the value itself, then the nearest free one', () => {
      assert.equal(nearestFreeVrid(52, new Set([51])), 52);
      assert.equal(nearestFreeVrid(51, new Set([51])), 52);
      assert.equal(nearestFreeVrid(300, new Set([255])), 254);
      assert.equal(nearestFreeVrid(0, new Set()), 1);
    });
  });

  describe('nopreempt / preempt_delay with state MASTER', () => {
    const master = replaceLine(base(), 'state BACKUP', 'state MASTER');
    it('nopreempt-master: state BACKUP', () => {
      const r = fix(inst(`${master}\nnopreempt`), { code: 'nopreempt-master', at: { text: 'nopreempt' } });
      assert.match(r.text, /state BACKUP$/m);
      assert.match(r.text, /nopreempt$/m);
    });
    it('nopreempt-master: or remove nopreempt', () => {
      const r = fix(inst(`${master}\nnopreempt`), { code: 'nopreempt-master', at: { text: 'nopreempt' }, pick: /^Remove/ });
      assert.equal(r.text, inst(master));
    });
    it('preempt-delay-master: state BACKUP', () => {
      const r = fix(inst(`${master}\npreempt_delay 10`), { code: 'preempt-delay-master', at: { text: 'preempt_delay' } });
      assert.match(r.text, /state BACKUP$/m);
    });
  });

  describe('auth-pass-length', () => {
    const auth = (p: string) => inst(base('authentication {', '    auth_type PASS', `    auth_pass ${p}`, '}'));
    it('keeps the 8 characters keepalived uses', () => {
      const r = fix(auth('secret12345'), { code: 'auth-pass-length', at: { text: 'secret12345' } });
      assert.equal(r.text, auth('secret12'));
    });
    it('keeps quotes', () => {
      const r = fix(auth('"pass word 123"'), { code: 'auth-pass-length', at: { text: '"pass word 123"' } });
      assert.equal(r.text, auth('"pass wor"'));
    });
    it('counts bytes as keepalived does', () => {
      assert.equal(utf8Prefix('pässwörd', 8), 'pässwö');
      assert.equal(utf8Prefix('abc', 8), 'abc');
    });
  });

  describe('mid-word-comment', () => {
    it('quotes the value', () => {
      const text = inst(base('authentication {', '    auth_type PASS', '    auth_pass ab#cd', '}'));
      const r = fix(text, { code: 'mid-word-comment', at: { text: '#cd' } });
      assert.match(r.text, /auth_pass "ab#cd"$/m);
    });
    it('or escapes the comment character', () => {
      const text = inst(base('authentication {', '    auth_type PASS', '    auth_pass ab!cd', '}'));
      const r = fix(text, { code: 'mid-word-comment', at: { text: '!cd' }, pick: /^Escape/ });
      assert.match(r.text, /auth_pass ab\\!cd$/m);
    });
  });

  describe('references', () => {
    const script = (name: string) => `vrrp_script ${name} {\n    script "/usr/bin/killall -0 haproxy"\n    interval 2\n}\n`;
    const head = 'global_defs {\n    enable_script_security\n}\n';
    it('undefined-reference: the nearest defined name', () => {
      const text = head + script('chk_haproxy') + inst(base('track_script {', '    chk_hapoxy', '}'));
      const r = fix(text, { code: 'undefined-reference', at: { text: 'chk_hapoxy' }, data: { suggestion: 'chk_haproxy' } });
      assert.match(r.text, /^ {8}chk_haproxy$/m);
    });
    it('undefined-reference: a stub vrrp_script', () => {
      const text = head + inst(base('track_script {', '    chk_web', '}'));
      const r = fix(text, { code: 'undefined-reference', at: { text: 'chk_web' }, pick: /^Create/ });
      assert.match(
        r.text,
        /^vrrp_script chk_web \{\n {4}script "\/etc\/keepalived\/chk_web.sh" {3}# TODO: the check to run\n {4}interval 2\n\}\n\nvrrp_instance VI_1/m,
      );
    });
    it('undefined-reference: a stub track_process and track_file', () => {
      const p = fix(head + inst(base('track_process {', '    haproxy', '}')), { code: 'undefined-reference', at: { text: 'haproxy' }, pick: /^Create/ });
      assert.match(p.text, /^vrrp_track_process haproxy \{\n {4}process haproxy/m);
      const f = fix(head + inst(base('track_file {', '    prio', '}')), { code: 'undefined-reference', at: { text: 'prio', occurrence: 1 }, pick: /^Create/ });
      assert.match(f.text, /^track_file prio \{\n {4}file "\/var\/run\/keepalived\/prio"/m);
    });
    it('unused-script: tracks it in the instance (creating track_script)', () => {
      const text = head + script('chk_haproxy') + inst(base());
      const r = fix(text, { code: 'unused-script', at: { text: 'chk_haproxy' } });
      assert.ok(r.text.endsWith(inst(base('track_script {', '    chk_haproxy', '}'))), r.text);
    });
    it('unused-script: adds it to an existing track_script block', () => {
      const text = head + script('chk_a') + script('chk_b') + inst(base('track_script {', '    chk_a', '}'));
      const r = fix(text, { code: 'unused-script', at: { text: 'chk_b' } });
      assert.ok(r.text.endsWith(inst(base('track_script {', '    chk_a', '    chk_b', '}'))), r.text);
    });
    it('unused-script: one action per instance, none preferred when there are several', () => {
      const text = head + script('chk_a') + inst(base()) + inst(replaceLine(base(), 'virtual_router_id 51', 'virtual_router_id 52'), 'VI_2');
      const files = { [MAIN]: text };
      const { model, options } = lintAll(files, {});
      const span = spanOf(files, { text: 'chk_a' });
      const fixes = quickFixes({ model, options }, { code: 'unused-script', severity: 'warning', message: '', span });
      assert.deepEqual(
        fixes.map((f) => f.title),
        ["Track 'chk_a' in vrrp_instance VI_1", "Track 'chk_a' in vrrp_instance VI_2", "Remove the unused vrrp_script 'chk_a'"],
      );
      assert.ok(fixes.every((f) => !f.isPreferred));
    });
    it('script-security: adds enable_script_security to global_defs', () => {
      const text = 'global_defs {\n    router_id lb1\n}\n' + script('chk') + inst(base('track_script {', '    chk', '}'));
      const r = fix(text, { code: 'script-security', at: { text: 'script "' } });
      assert.ok(r.text.startsWith('global_defs {\n    router_id lb1\n    enable_script_security\n}\n'), r.text);
    });
    it('script-security: creates global_defs after the leading comments', () => {
      const text = '! Configuration File for keepalived\n\n' + script('chk') + inst(base('track_script {', '    chk', '}'));
      const r = fix(text, { code: 'script-security', at: { text: 'script "' } });
      assert.ok(r.text.startsWith('! Configuration File for keepalived\n\nglobal_defs {\n    enable_script_security\n}\n\nvrrp_script chk {'), r.text);
    });
    it('script-security: in the global_defs of an included file', () => {
      const inc = '/etc/keepalived/global.conf';
      const text = 'include global.conf\n' + script('chk') + inst(base('track_script {', '    chk', '}'));
      const r = fix(text, { code: 'script-security', at: { text: 'script "' }, files: { [inc]: 'global_defs {\n\trouter_id lb1\n}\n' } });
      assert.equal(r.files[inc], 'global_defs {\n\trouter_id lb1\n\tenable_script_security\n}\n');
      assert.equal(r.text, text);
    });
  });

  describe('VRRP instances', () => {
    const second = (vrid: number, vip = '192.0.2.101/24') =>
      inst(replaceLine(replaceLine(base(), 'virtual_router_id 51', `virtual_router_id ${vrid}`), '192.0.2.100/24', vip), 'VI_2');
    it('vrid-duplicate: the next VRID free on the interface', () => {
      const r = fix(inst(base()) + second(51), { code: 'vrid-duplicate', at: { text: '51', occurrence: 1 } });
      assert.equal(r.text, inst(base()) + second(52));
    });
    it('vrid-duplicate: VRIDs of the other open configurations count too', () => {
      const files = { [MAIN]: inst(base()) + second(51) };
      const { model, options } = lintAll(files, {});
      const span = spanOf(files, { text: '51', occurrence: 1 });
      const workspaceVrids = (iface: string | undefined, family: 4 | 6) => new Set(iface === 'eth0' && family === 4 ? [52, 53] : []);
      const [f] = quickFixes({ model, options, workspaceVrids }, { code: 'vrid-duplicate', severity: 'error', message: '', span });
      assert.ok(f);
      assert.equal(f.title, 'Change the VRID to 54 (the next one free on eth0)');
    });
    it('vrid-duplicate: without data, the next VRID free in this file', () => {
      const files = {
        [MAIN]:
          inst(base()) +
          second(51) +
          inst(replaceLine(replaceLine(base(), 'virtual_router_id 51', 'virtual_router_id 52'), '192.0.2.100/24', '192.0.2.102/24'), 'VI_3'),
      };
      const { model, options } = lintAll(files, {});
      const span = spanOf(files, { text: '51', occurrence: 1 });
      const [f] = quickFixes({ model, options }, { code: 'vrid-duplicate', severity: 'error', message: '', span });
      assert.ok(f);
      assert.equal(f.title, 'Change the VRID to 53 (the next one free on eth0)');
    });
    it("vip without prefix: the prefix of the interface's subnet", () => {
      const text = inst(replaceLine(base(), '192.0.2.100/24', '192.0.2.100'));
      const r = fix(text, { code: 'vip-no-prefix', at: { text: '192.0.2.100' }, interfaces: { eth0: ['10.0.0.1/8', '192.0.2.10/25'] } });
      assert.match(r.text, /^ {8}192\.0\.2\.100\/25$/m);
    });
    it('vip without prefix: nothing when the interfaces are unknown', () => {
      const files = { [MAIN]: inst(replaceLine(base(), '192.0.2.100/24', '192.0.2.100')) };
      const { model, options } = lintAll(files, {});
      assert.deepEqual(
        quickFixes({ model, options }, { code: 'vip-no-prefix', severity: 'warning', message: '', span: spanOf(files, { text: '192.0.2.100' }) }),
        [],
      );
    });
    it('vip without prefix: offered at the cursor (keepalived is silent, so there is no diagnostic)', () => {
      const files = { [MAIN]: inst(replaceLine(base(), '192.0.2.100/24', '192.0.2.100')) };
      const { model } = lintAll(files, {});
      const options = { interfaces: interfacesOf({ eth0: '192.0.2.10/24' }) };
      const at = spanOf(files, { text: '192.0.2.100' });
      const [a] = cursorActions({ model, options }, { ...at, start: at.start + 2, end: at.start + 2 });
      assert.equal(a?.title, "Add /24 (the prefix of eth0's 192.0.2.10/24)");
      assert.match(applyAll(files, a.edits)[MAIN]!, /^ {8}192\.0\.2\.100\/24$/m);
      assert.deepEqual(cursorActions({ model, options: {} }, at), []);
    });
    it('vip-family-mixed: moves the IPv6 VIPs to a new IPv6 instance (and its sync group)', () => {
      const text =
        'vrrp_sync_group G {\n    group {\n        VI_1\n    }\n}\n' +
        inst(
          replaceLine(
            base('authentication {', '    auth_type PASS', '    auth_pass secret1', '}', 'track_interface {', '    eth1', '}'),
            '192.0.2.100/24',
            '192.0.2.100/24\n    2001:db8::100/64\n    2001:db8::101/64 dev eth0',
          ),
        );
      const r = fix(text, { code: 'vip-family-mixed', at: { text: '2001:db8::100/64' } });
      assert.equal(
        r.text,
        'vrrp_sync_group G {\n    group {\n        VI_1\n        VI_1_V6\n    }\n}\n' +
          inst(base('authentication {', '    auth_type PASS', '    auth_pass secret1', '}', 'track_interface {', '    eth1', '}')) +
          '\n' +
          inst(
            [
              'state BACKUP',
              'interface eth0',
              'virtual_router_id 51',
              'priority 100',
              'advert_int 1',
              'track_interface {',
              '    eth1',
              '}',
              'virtual_ipaddress {',
              '    2001:db8::100/64',
              '    2001:db8::101/64 dev eth0',
              '}',
            ].join('\n'),
            'VI_1_V6',
          ),
      );
    });
    it('unicast-self-peer: removes the own address', () => {
      const text = inst(base('unicast_src_ip 10.0.0.1', 'unicast_peer {', '    10.0.0.1', '    10.0.0.2', '}'));
      const r = fix(text, { code: 'unicast-self-peer', at: { text: '10.0.0.1', occurrence: 1 } });
      assert.equal(r.text, inst(base('unicast_src_ip 10.0.0.1', 'unicast_peer {', '    10.0.0.2', '}')));
    });
    it('unicast-self-peer: removes the whole block when it was the only peer (unicast_src_ip becomes mcast_src_ip)', () => {
      const text = inst(base('unicast_src_ip 10.0.0.1', 'unicast_peer {', '    10.0.0.1', '}'));
      const r = fix(text, { code: 'unicast-self-peer', at: { text: '10.0.0.1', occurrence: 1 } });
      assert.equal(r.text, inst(base('mcast_src_ip 10.0.0.1')));
    });
  });

  describe('braces', () => {
    it('extra-close-brace: removes it', () => {
      const r = fix(inst(base()) + '}\n', { code: 'extra-close-brace', at: { text: '}\n', occurrence: 2 } });
      assert.equal(r.text, inst(base()));
    });
    it('wrong-block: an instance read inside the previous one (its } is missing) gets the } before it', () => {
      const vi2 = inst(replaceLine(replaceLine(base(), 'virtual_router_id 51', 'virtual_router_id 52'), '192.0.2.100/24', '192.0.2.101/24'), 'VI_2');
      const broken = inst(base()).replace(/\}\n$/, '') + vi2;
      const r = fix(broken, { code: 'wrong-block', at: { text: 'vrrp_instance', occurrence: 1 } });
      assert.equal(r.text, inst(base()) + vi2);
    });
    it("missing-close-brace: the } of a block that took the outer block's }", () => {
      const good = inst(base('track_interface {', '    eth1', '}'));
      const broken = good.replace('        eth1\n    }\n', '        eth1\n');
      const r = fix(broken, { code: 'missing-close-brace', at: { text: '{', occurrence: 0 } });
      assert.equal(r.text, good);
    });
    it('missing-close-brace: where the indentation says the block ends', () => {
      const good = inst(base('track_interface {', '    eth1', '}', 'nopreempt'));
      const broken = good.replace('        eth1\n    }\n', '        eth1\n');
      const r = fix(broken, { code: 'missing-close-brace', at: { text: '{', occurrence: 0 } });
      assert.equal(r.text, good);
    });
    it('extra-close-brace: left alone when an ignored { before it makes it the one that ends a brace-counted skip', () => {
      const text = 'global_defs {\n    vrrp_script chk {\n        script "/usr/bin/true"\n    }\n}\n' + inst(base());
      const files = { [MAIN]: text };
      const { model, options, issues } = lintAll(files, {});
      const extra = issues.find((i) => i.code === 'extra-close-brace');
      assert.ok(extra);
      assert.deepEqual(quickFixes({ model, options }, extra), []);
    });
    it('missing-close-brace: nested blocks, at the end of the file', () => {
      const text = 'vrrp_instance VI_1 {\n    state BACKUP\n    virtual_ipaddress {\n        192.0.2.1/24\n';
      const files = { [MAIN]: text };
      const { model, options, issues } = lintAll(files, {});
      const eof = issues.find((i) => i.code === 'missing-close-brace' && i.span.start === i.span.end);
      assert.ok(eof);
      const [f] = quickFixes({ model, options }, eof);
      assert.ok(f);
      const after = applyAll(files, f.edits)[MAIN];
      assert.equal(after, text + '    }\n}\n');
      assert.equal(lintAll({ [MAIN]: after }, {}).issues.filter((i) => i.code.includes('brace')).length, 0);
    });
  });

  it('route-deprecated: writes the replacement the rule gives', () => {
    const text = inst(base('virtual_routes {', '    192.0.2.0/24 gw 10.0.0.1', '}'));
    const r = fix(text, { code: 'route-deprecated', at: { text: 'gw' }, data: { replacement: 'via' } });
    assert.match(r.text, /192\.0\.2\.0\/24 via 10\.0\.0\.1/);
  });

  describe('fixes the rules describe in their data', () => {
    it('undefined-reference (defined further down): moves the definition above its first use', () => {
      const script = 'vrrp_script chk {\n    script "/usr/bin/true"\n}\n';
      const text = 'global_defs {\n    enable_script_security\n}\n' + inst(base('track_script {', '    chk', '}')) + script;
      const r = fix(text, { code: 'undefined-reference', at: { text: 'chk' } });
      assert.equal(r.text, 'global_defs {\n    enable_script_security\n}\n' + script + '\n' + inst(base('track_script {', '    chk', '}')));
    });
    it('state-invalid (BACKUP after MASTER): removes the ignored line', () => {
      const r = fix(inst(replaceLine(base(), 'state BACKUP', 'state MASTER\nstate BACKUP')), { code: 'state-invalid', at: { text: 'BACKUP' } });
      assert.equal(r.text, inst(replaceLine(base(), 'state BACKUP', 'state MASTER')));
    });
    it('nopreempt-master with priority 255: removes nopreempt', () => {
      const body = replaceLine(replaceLine(base(), 'state BACKUP', 'state MASTER'), 'priority 100', 'priority 255');
      const r = fix(inst(`${body}\nnopreempt`), { code: 'nopreempt-master', at: { text: 'nopreempt' } });
      assert.equal(r.text, inst(body));
    });
    it('script-weight-range (a stray option): removes only the word', () => {
      const text = 'vrrp_script chk {\n    script "/usr/bin/true"\n    weight 10 sometimes\n}\n';
      const files = { [MAIN]: text };
      const { model, options, issues } = lintAll(files, {});
      const i = issues.find((x) => x.code === 'script-weight-range');
      assert.ok(i, issues.map((x) => x.code).join());
      const [f] = quickFixes({ model, options }, i);
      assert.ok(f);
      assert.equal(applyAll(files, f.edits)[MAIN], text.replace(' sometimes', ''));
    });
    it('track-interface-own: removes the value line', () => {
      const r = fix(inst(base('track_interface {', '    eth0', '    eth1', '}')), { code: 'track-interface-own', at: { text: 'eth0', occurrence: 1 } });
      assert.equal(r.text, inst(base('track_interface {', '    eth1', '}')));
    });
    it('auth-ignored (no auth_type): adds the line the rule names', () => {
      const text = inst(base('authentication {', '    auth_pass secret1', '}'));
      const r = fix(text, { code: 'auth-ignored', at: { text: 'authentication' } });
      assert.equal(r.text, inst(base('authentication {', '    auth_pass secret1', '    auth_type PASS', '}')));
    });
    it('route-deprecated: `via A or B` becomes two nexthops', () => {
      const text = inst(base('virtual_routes {', '    192.0.2.0/24 via 10.0.0.1 or 10.0.0.2', '}'));
      const r = fix(text, { code: 'route-deprecated', at: { text: ' or ' }, data: { replacement: 'nexthop' } });
      assert.match(r.text, /^ {8}192\.0\.2\.0\/24 nexthop via 10\.0\.0\.1 nexthop via 10\.0\.0\.2$/m);
    });
    it('vip-family-mixed: or moves the VIP to virtual_ipaddress_excluded', () => {
      const text = inst(replaceLine(base(), '192.0.2.100/24', '192.0.2.100/24\n    2001:db8::100/64'));
      const r = fix(text, { code: 'vip-family-mixed', at: { text: '2001:db8::100/64' }, pick: /excluded/ });
      assert.equal(r.text, inst(base('virtual_ipaddress_excluded {', '    2001:db8::100/64', '}')));
    });
    it('interface-missing: adds the global default_interface after state', () => {
      const text = 'global_defs {\n    default_interface eth1\n}\n' + inst(base().replace('interface eth0\n', ''));
      const r = fix(text, { code: 'interface-missing', at: { text: 'VI_1' } });
      assert.equal(r.text, 'global_defs {\n    default_interface eth1\n}\n' + inst(base().replace('interface eth0', 'interface eth1')));
    });
    it('tracker-weight-owner: weight 0 on the tracker of an address owner', () => {
      const body = replaceLine(replaceLine(base(), 'state BACKUP', 'state MASTER'), 'priority 100', 'priority 255');
      const script = 'global_defs {\n    enable_script_security\n}\nvrrp_script chk {\n    script "/usr/bin/true"\n}\n';
      const r = fix(script + inst(`${body}\ntrack_script {\n    chk weight -20\n}`), { code: 'tracker-weight-owner', at: { text: 'chk', occurrence: 1 } });
      assert.match(r.text, /^ {8}chk weight 0$/m);
    });
    it('rule-no-preference: writes the preference keepalived assigns', () => {
      const r = fix(inst(base('virtual_rules {', '    from 192.0.2.0/24 table 100', '}')), { code: 'rule-no-preference', at: { text: 'from 192.0.2.0/24' } });
      assert.match(r.text, /^ {8}from 192\.0\.2\.0\/24 table 100 preference 16384$/m);
    });
    it('unused-script tracked only above its definition: moves the definition up', () => {
      const script = 'vrrp_script chk {\n    script "/usr/bin/true"\n}\n';
      const text = 'global_defs {\n    enable_script_security\n}\n' + inst(base('track_script {', '    chk', '}')) + script;
      const r = fix(text, { code: 'unused-script', at: { text: 'chk', occurrence: 1 } });
      assert.ok(r.text.includes(script + '\n' + 'vrrp_instance VI_1'), r.text);
    });
  });

  describe('fix all', () => {
    it('combines the safe fixes of a file and leaves choices alone', () => {
      const text =
        'global_defs {\n    enable_snmp_keepalived\n}\n' +
        inst(replaceLine(base('authentication {', '    auth_type PASS', '    auth_pass secret12345', '}', 'nopreempt false'), 'priority 100', 'priorty 100')) +
        '}\n';
      const files = { [MAIN]: text };
      const { model, options, issues } = lintAll(files, {});
      const synthetic: Issue = { code: 'auth-pass-length', severity: 'warning', message: '', span: spanOf(files, { text: 'secret12345' }) };
      const all = fixAll({ model, options }, codeInfo('auth-pass-length') ? issues : [...issues, synthetic]);
      assert.ok(all);
      const after = applyAll(files, all.edits)[MAIN];
      assert.equal(
        after,
        'global_defs {\n    enable_snmp_vrrp\n}\n' + inst(base('authentication {', '    auth_type PASS', '    auth_pass secret12', '}', 'nopreempt')),
      );
    });
    it('offers "fix all of this kind" next to the quick fix when there are several', () => {
      const text = inst(replaceLine(replaceLine(base(), 'priority 100', 'priorty 100'), 'advert_int 1', 'advert_itn 1'));
      const files = { [MAIN]: text };
      const { model, options, issues } = lintAll(files, {});
      const here = issues.filter((i) => i.code === 'unknown-keyword').slice(0, 1);
      const titles = codeActionsFor({ model, options }, here, issues).map((a) => a.title);
      assert.deepEqual(titles, [
        "Change to 'priority'",
        "Remove the line 'priorty' (keepalived ignores it)",
        "Fix all 2 'unknown-keyword' problems in this file",
      ]);
    });
  });

  it('never edits text that came from a $NAME expansion', () => {
    const text = '$KW=priorty\n' + inst(replaceLine(base(), 'priority 100', '$KW 100'));
    const files = { [MAIN]: text };
    const { model, options, issues } = lintAll(files, {});
    const i = issues.find((x) => x.code === 'unknown-keyword');
    assert.ok(i);
    assert.deepEqual(quickFixes({ model, options }, i), []);
  });
});

/**
 * Every preferred fix on real configurations (the VRRP lab's checks and keepalived's samples):
 * applied, the file validates again with one diagnostic of that code fewer and no code more.
 * ALL_FIXES=1 checks the alternatives too (one known exception: closing global_defs before
 * vrrp_script blocks written inside it un-hides them, and an unused one is then reported).
 */
describe('quick fixes on real configurations', () => {
  const shared = sharedDir();
  const dirs = shared
    ? [path.join(shared, 'recipes/vrrp-lab/checks'), path.join(shared, 'corpus/keepalived-samples'), path.join(shared, 'corpus/real-world/files')]
    : [];
  const files = dirs
    .filter((d) => fs.existsSync(d))
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .map((f) => path.join(d, f))
        .filter((f) => fs.statSync(f).isFile() && /\.conf(\.|$)/.test(path.basename(f))),
    );
  if (files.length === 0) it.skip('shared corpus not found');
  for (const file of files) {
    it(path.basename(file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const { model, options, issues } = lintAll({ [MAIN]: text }, {});
      const b = count(issues);
      const check = (edits: readonly TextEdit[], fixed: readonly Issue[], what: string) => {
        const a = count(lintAll(applyAll({ [MAIN]: text }, edits), {}).issues);
        for (const code of new Set(fixed.map((i) => i.code))) {
          const n = fixed.filter((i) => i.code === code).length;
          assert.ok((a.get(code) ?? 0) <= (b.get(code) ?? 0) - n, `${what}: ${code} still reported`);
        }
        for (const [code, n] of a) assert.ok(n <= (b.get(code) ?? 0), `${what}: added ${code}`);
      };
      for (const issue of issues) {
        for (const f of quickFixes({ model, options }, issue).filter((x) => x.isPreferred || process.env.ALL_FIXES)) {
          check(f.edits, [issue], `${issue.code} at ${issue.span.start} → '${f.title}'`);
        }
      }
      const all = fixAll({ model, options }, issues);
      if (all) check(all.edits, all.issues, `fix all (${all.issues.length})`);
    });
  }
});
