/**
 * VRRP rules about an instance's identity and election settings, one table per rule: cases
 * that fire (golden `L:C-L:C severity code`, plus words the message must contain) and cases
 * that must stay silent. Facts: keepalived 2.2.7 `-t` and vrrp_complete_instance.
 */
import * as assert from 'node:assert/strict';
import type { Rule } from '../../server/src/language/validation/rule';
import { advertInt } from '../../server/src/language/validation/rules/advert-int';
import { downTimerAdvertsRange } from '../../server/src/language/validation/rules/down-timer-adverts-range';
import { garpInterval } from '../../server/src/language/validation/rules/garp-interval';
import { interfaceMissing } from '../../server/src/language/validation/rules/interface-missing';
import { interfaceName } from '../../server/src/language/validation/rules/interface-name';
import { nopreemptMaster } from '../../server/src/language/validation/rules/nopreempt-master';
import { preemptDelayMaster } from '../../server/src/language/validation/rules/preempt-delay-master';
import { preemptDelayRange } from '../../server/src/language/validation/rules/preempt-delay-range';
import { priorityRange } from '../../server/src/language/validation/rules/priority-range';
import { stateInvalid } from '../../server/src/language/validation/rules/state-invalid';
import { strictMode } from '../../server/src/language/validation/rules/strict-mode';
import { timerExpiredBackup } from '../../server/src/language/validation/rules/timer-expired-backup';
import { vridMissing } from '../../server/src/language/validation/rules/vrid-missing';
import { vridRange } from '../../server/src/language/validation/rules/vrid-range';
import { instance, lintIssues, type LintTestOptions } from '../support/rules';

/** A working instance body; cases add or replace lines. */
export const BASE = 'interface eth0\nvirtual_router_id 51\nvirtual_ipaddress {\n    192.0.2.100/24\n}';

export interface FiringCase extends LintTestOptions {
  readonly name: string;
  readonly text: string;
  readonly golden: string;
  /** Words each message must contain, in order of the issues. */
  readonly says?: readonly (string | readonly string[])[];
  readonly data?: readonly unknown[];
}

export interface SilentCase extends LintTestOptions {
  readonly name: string;
  readonly text: string;
}

/** Run one rule's table. */
export function ruleTable(rule: Rule, fires: readonly FiringCase[], silent: readonly SilentCase[]): void {
  describe(`rule ${rule.id}`, () => {
    it('has a title and says what keepalived does', () => {
      assert.ok(rule.title.length > 10 && rule.keepalived.length > 10);
    });
    for (const c of fires) {
      it(`fires: ${c.name}`, () => {
        const { issues, golden } = lintIssues(c.text, { ...c, only: [rule], noSyntax: true });
        assert.equal(golden, c.golden);
        (c.says ?? []).forEach((words, i) => {
          for (const w of typeof words === 'string' ? [words] : words)
            assert.ok(issues[i]?.message.includes(w), `message ${i + 1} should mention '${w}': ${issues[i]?.message}`);
        });
        (c.data ?? []).forEach((d, i) => assert.deepEqual(issues[i]?.data, d));
      });
    }
    for (const c of silent) {
      it(`silent: ${c.name}`, () => {
        assert.equal(lintIssues(c.text, { ...c, only: [rule], noSyntax: true }).golden, '');
      });
    }
  });
}

const withBase = (extra: string, name?: string) => instance(`${BASE}\n${extra}`, name);
const globals = (g: string, body: string) => `global_defs {\n${g}\n}\n${body}`;

ruleTable(
  vridMissing,
  [
    {
      name: 'no virtual_router_id',
      text: instance('interface eth0\nvirtual_ipaddress {\n    192.0.2.100/24\n}'),
      golden: '1:15-1:19 error vrid-missing',
      says: ['virtual_router_id'],
    },
    { name: 'second instance without one', text: withBase('priority 100') + instance('interface eth0', 'VI_2'), golden: '9:15-9:19 error vrid-missing' },
  ],
  [
    { name: 'a valid VRID', text: withBase('') },
    { name: 'an invalid VRID is vrid-range’s to report', text: instance('interface eth0\nvirtual_router_id 0') },
    { name: 'a dropped duplicate instance', text: withBase('') + instance('interface eth0') },
  ],
);

ruleTable(
  vridRange,
  [
    {
      name: '0',
      text: instance('interface eth0\nvirtual_router_id 0'),
      golden: '3:23-3:24 error vrid-range',
      says: [['outside 1–255', 'refuses to start']],
      data: [{ replacement: '1' }],
    },
    { name: '256', text: instance('interface eth0\nvirtual_router_id 256'), golden: '3:23-3:26 error vrid-range', data: [{ replacement: '255' }] },
    {
      name: 'not a number',
      text: instance('interface eth0\nvirtual_router_id abc'),
      golden: '3:23-3:26 error vrid-range',
      says: ['not a whole number'],
      data: [undefined],
    },
    { name: 'negative', text: instance('interface eth0\nvirtual_router_id -1'), golden: '3:23-3:25 error vrid-range' },
    { name: 'after a valid one: that one stays', text: withBase('virtual_router_id 300'), golden: '7:23-7:26 error vrid-range', says: ['keeps the VRID 51'] },
  ],
  [
    { name: '1', text: instance('interface eth0\nvirtual_router_id 1') },
    { name: '255', text: instance('interface eth0\nvirtual_router_id 255') },
  ],
);

ruleTable(
  priorityRange,
  [
    {
      name: '0 becomes 100, not 1',
      text: withBase('priority 0'),
      golden: '7:14-7:15 warning priority-range',
      says: [['priority 100', 'does not clamp']],
      data: [{ replacement: '1', keepalivedUses: '100' }],
    },
    {
      name: '256 becomes 100, not 255',
      text: withBase('priority 256'),
      golden: '7:14-7:17 warning priority-range',
      says: [['100', 'not 255']],
      data: [{ replacement: '254', keepalivedUses: '100' }],
    },
    { name: 'negative', text: withBase('priority -5'), golden: '7:14-7:16 warning priority-range', says: ['negative'] },
    {
      name: 'not a number',
      text: withBase('priority high'),
      golden: '7:14-7:18 warning priority-range',
      data: [{ replacement: '100', keepalivedUses: '100' }],
    },
  ],
  [
    { name: '1', text: withBase('priority 1') },
    { name: '255', text: withBase('priority 255') },
    { name: 'no priority', text: withBase('') },
  ],
);

ruleTable(
  advertInt,
  [
    {
      name: '0 is ignored',
      text: withBase('advert_int 0'),
      golden: '7:16-7:17 warning advert-int',
      says: [['more than 0', '1 second']],
      data: [{ replacement: '1' }],
    },
    { name: '256 is ignored', text: withBase('advert_int 256'), golden: '7:16-7:19 warning advert-int', says: ['over 255'], data: [{ replacement: '255' }] },
    { name: 'not a number', text: withBase('advert_int fast'), golden: '7:16-7:20 warning advert-int' },
    {
      name: 'VRRPv2 fraction is rounded',
      text: withBase('advert_int 0.5'),
      golden: '7:16-7:19 warning advert-int',
      says: [['rounds it to 1 s']],
      data: [{ replacement: '1' }],
    },
    { name: 'VRRPv2 1.5 rounds to 2', text: withBase('advert_int 1.5'), golden: '7:16-7:19 warning advert-int', data: [{ replacement: '2' }] },
    {
      name: 'VRRPv3 41 s is capped',
      text: withBase('version 3\nadvert_int 41'),
      golden: '8:16-8:18 warning advert-int',
      says: ['40.95'],
      data: [{ replacement: '40.95' }],
    },
    {
      name: 'global vrrp_version 3',
      text: globals('    vrrp_version 3', withBase('advert_int 50')),
      golden: '10:16-10:18 warning advert-int',
      data: [{ replacement: '40.95' }],
    },
    {
      name: 'VRRPv3 steps of 10 ms',
      text: withBase('version 3\nadvert_int 0.015'),
      golden: '8:16-8:21 warning advert-int',
      says: ['10 ms'],
      data: [{ replacement: '0.02' }],
    },
    {
      name: 'invalid after a valid one',
      text: withBase('advert_int 2\nadvert_int 0'),
      golden: '8:16-8:17 warning advert-int',
      says: ['the 2 s of the other advert_int line'],
    },
  ],
  [
    { name: '1', text: withBase('advert_int 1') },
    { name: '255 under VRRPv2', text: withBase('advert_int 255') },
    { name: 'VRRPv3 fraction', text: withBase('version 3\nadvert_int 0.25') },
    { name: 'IPv6 instance (VRRPv3) fraction', text: instance('interface eth0\nvirtual_router_id 51\nvirtual_ipaddress {\n    fe80::1/64\n}\nadvert_int 0.5') },
    { name: 'a rounded value overridden by a later line', text: withBase('advert_int 0.5\nadvert_int 2') },
  ],
);

ruleTable(
  stateInvalid,
  [
    {
      name: 'FOO',
      text: withBase('state FOO'),
      golden: '7:11-7:14 warning state-invalid',
      says: ['BACKUP'],
      data: [{ replacement: 'BACKUP', state: 'BACKUP' }],
    },
    {
      name: 'lower case master',
      text: withBase('state master'),
      golden: '7:11-7:17 warning state-invalid',
      says: ["Write 'MASTER'"],
      data: [{ replacement: 'MASTER', state: 'BACKUP' }],
    },
    {
      name: 'trailing semicolon',
      text: withBase('state BACKUP;'),
      golden: '7:11-7:18 warning state-invalid',
      data: [{ replacement: 'BACKUP', state: 'BACKUP' }],
    },
    {
      name: 'BACKUP after MASTER is ignored',
      text: withBase('state MASTER\nstate BACKUP'),
      golden: '8:11-8:17 warning state-invalid',
      says: ["'state MASTER' in VI_1 wins"],
    },
  ],
  [
    { name: 'MASTER', text: withBase('state MASTER') },
    { name: 'BACKUP', text: withBase('state BACKUP') },
    { name: 'MASTER after BACKUP', text: withBase('state BACKUP\nstate MASTER') },
  ],
);

ruleTable(
  interfaceMissing,
  [
    {
      name: 'no interface',
      text: instance('virtual_router_id 51\nvirtual_ipaddress {\n    192.0.2.100/24\n}'),
      golden: '1:15-1:19 error interface-missing',
      says: ['Unknown interface'],
    },
    {
      name: 'default_interface does not help in 2.2.7',
      text: globals('    default_interface eth0', instance('virtual_router_id 51')),
      golden: '4:15-4:19 error interface-missing',
      says: ['default_interface eth0'],
      data: [{ interface: 'eth0' }],
    },
    {
      name: 'unicast_src_ip does not replace it',
      text: instance('virtual_router_id 51\nunicast_src_ip 192.0.2.11\nunicast_peer {\n    192.0.2.12\n}'),
      golden: '1:15-1:19 error interface-missing',
      says: ['unicast_src_ip'],
    },
  ],
  [{ name: 'interface present', text: withBase('') }],
);

ruleTable(
  interfaceName,
  [
    {
      name: '17 characters in a vrrp_instance: fatal',
      text: instance('interface eth0123456789abcd\nvirtual_router_id 51'),
      golden: '2:15-2:32 error interface-name',
      says: ['15'],
    },
    { name: 'in a garp_group', text: 'garp_group {\n    interface enp0s31f6abcdefgh\n}', golden: '2:15-2:32 warning interface-name' },
    {
      name: 'the loopback interface in a vrrp_instance',
      text: withBase('').replace('interface eth0', 'interface lo'),
      golden: '2:15-2:17 error interface-name',
      says: ['loopback'],
    },
  ],
  [
    { name: '15 characters', text: instance('interface eth012345678901\nvirtual_router_id 51') },
    { name: 'ordinary name', text: withBase('') },
    { name: 'lo in a garp_group is not a VRRP interface', text: 'garp_group {\n    interface lo\n}' },
  ],
);

ruleTable(
  nopreemptMaster,
  [
    {
      name: 'state MASTER',
      text: withBase('state MASTER\npriority 100\nnopreempt'),
      golden: '9:5-9:14 warning nopreempt-master',
      says: ['state BACKUP'],
      data: [{ state: 'BACKUP' }],
    },
    {
      name: 'priority 255',
      text: withBase('state BACKUP\npriority 255\nnopreempt'),
      golden: '9:5-9:14 warning nopreempt-master',
      says: ['priority 255'],
      data: [{ remove: true }],
    },
    {
      name: 'state MASTER without priority (255)',
      text: withBase('state MASTER\nnopreempt'),
      golden: '8:5-8:14 warning nopreempt-master',
      says: ['priority 255'],
    },
  ],
  [
    { name: 'state BACKUP', text: withBase('state BACKUP\npriority 100\nnopreempt') },
    { name: 'no state, priority 100', text: withBase('nopreempt') },
    { name: 'cancelled by a later preempt', text: withBase('state MASTER\npriority 100\nnopreempt\npreempt') },
    { name: 'unknown state means BACKUP', text: withBase('state FOO\nnopreempt') },
  ],
);

ruleTable(
  preemptDelayMaster,
  [
    {
      name: 'state MASTER',
      text: withBase('state MASTER\npriority 100\npreempt_delay 5'),
      golden: '9:5-9:18 warning preempt-delay-master',
      says: ['starts as MASTER'],
    },
    {
      name: 'priority 255 without state',
      text: withBase('priority 255\npreempt_delay 5'),
      golden: '8:5-8:18 warning preempt-delay-master',
      says: ['priority 255'],
    },
    {
      name: 'with nopreempt',
      text: withBase('state BACKUP\nnopreempt\npreempt_delay 5'),
      golden: '9:5-9:18 warning preempt-delay-master',
      says: ['nopreempt'],
    },
  ],
  [
    { name: 'state BACKUP', text: withBase('state BACKUP\npreempt_delay 5') },
    { name: 'preempt_delay 0', text: withBase('state MASTER\npreempt_delay 0') },
  ],
);

ruleTable(
  preemptDelayRange,
  [
    {
      name: '1001',
      text: withBase('preempt_delay 1001'),
      golden: '7:19-7:23 warning preempt-delay-range',
      says: ['without any delay'],
      data: [{ replacement: '1000' }],
    },
    { name: 'negative', text: withBase('preempt_delay -1'), golden: '7:19-7:21 warning preempt-delay-range', data: [{ replacement: '0' }] },
    { name: 'not a number', text: withBase('preempt_delay soon'), golden: '7:19-7:23 warning preempt-delay-range' },
  ],
  [
    { name: '1000', text: withBase('preempt_delay 1000') },
    { name: 'fraction', text: withBase('preempt_delay 2.5') },
  ],
);

ruleTable(
  timerExpiredBackup,
  [{ name: 'without nopreempt', text: withBase('timer_expired_backup'), golden: '7:5-7:25 warning timer-expired-backup', says: ['nopreempt'] }],
  [{ name: 'with nopreempt', text: withBase('state BACKUP\nnopreempt\ntimer_expired_backup 200') }],
);

ruleTable(
  downTimerAdvertsRange,
  [
    {
      name: '0',
      text: withBase('down_timer_adverts 0'),
      golden: '7:24-7:25 warning down-timer-adverts-range',
      says: ['3 missed adverts'],
      data: [{ replacement: '1' }],
    },
    { name: '101', text: withBase('down_timer_adverts 101'), golden: '7:24-7:27 warning down-timer-adverts-range', data: [{ replacement: '100' }] },
  ],
  [
    { name: '5', text: withBase('down_timer_adverts 5') },
    { name: 'global vrrp_down_timer_adverts 0 is argument-value’s to report', text: globals('    vrrp_down_timer_adverts 0', withBase('')) },
    { name: 'global 100', text: globals('    vrrp_down_timer_adverts 100', withBase('')) },
  ],
);

ruleTable(
  garpInterval,
  [
    {
      name: 'vrrp_garp_interval 0 (the seed guide’s value)',
      text: globals('    vrrp_garp_interval 0', withBase('')),
      golden: '2:24-2:25 warning garp-interval',
      says: [['0 is not accepted', 'delete the line']],
      data: [{ remove: true }],
    },
    { name: 'vrrp_gna_interval 0', text: globals('    vrrp_gna_interval 0', withBase('')), golden: '2:23-2:24 warning garp-interval' },
    { name: 'negative', text: globals('    vrrp_garp_interval -1', withBase('')), golden: '2:24-2:26 warning garp-interval', says: ['negative'] },
    {
      name: 'too many decimals',
      text: globals('    vrrp_garp_interval 0.0000001', withBase('')),
      golden: '2:24-2:33 warning garp-interval',
      says: ['6 decimals'],
    },
    {
      name: 'too large',
      text: globals('    vrrp_gna_interval 5000', withBase('')),
      golden: '2:23-2:27 warning garp-interval',
      data: [{ replacement: '4294.967295' }],
    },
  ],
  [
    { name: '0.001', text: globals('    vrrp_garp_interval 0.001', withBase('')) },
    { name: '1 second (logged as large, accepted)', text: globals('    vrrp_gna_interval 1', withBase('')) },
  ],
);

ruleTable(
  strictMode,
  [
    {
      name: 'unicast peers (refused by other versions)',
      text: globals('    vrrp_strict', withBase('unicast_peer {\n    192.0.2.12\n}')),
      golden: '10:5-10:17 warning strict-mode',
      says: ['2.2.7'],
    },
    {
      name: 'preempt_delay',
      text: globals('    vrrp_strict', withBase('preempt_delay 5')),
      golden: '10:5-10:18 warning strict-mode',
      data: [{ remove: true }],
    },
    {
      name: 'state MASTER below 255',
      text: globals('    vrrp_strict', withBase('state MASTER\npriority 100')),
      golden: '10:11-10:17 warning strict-mode',
      data: [{ replacement: 'BACKUP' }],
    },
    {
      name: 'priority 255 with state BACKUP',
      text: globals('    vrrp_strict', withBase('state BACKUP\npriority 255')),
      golden: '10:11-10:17 warning strict-mode',
      data: [{ replacement: 'MASTER' }],
    },
    { name: 'down_timer_adverts', text: globals('    vrrp_strict', withBase('down_timer_adverts 5')), golden: '10:5-10:23 warning strict-mode' },
    {
      name: 'global vrrp_down_timer_adverts',
      text: globals('    vrrp_strict\n    vrrp_down_timer_adverts 5', withBase('')),
      golden: '3:5-3:28 warning strict-mode',
    },
    {
      name: 'garp repeats, adverts and accept',
      text: globals(
        '    vrrp_strict',
        withBase('garp_lower_prio_repeat 2\ngarp_lower_prio_delay 3\nlower_prio_no_advert false\nhigher_prio_send_advert\naccept'),
      ),
      golden: [
        '10:5-10:27 warning strict-mode',
        '11:5-11:26 warning strict-mode',
        '12:5-12:25 warning strict-mode',
        '13:5-13:28 warning strict-mode',
        '14:5-14:11 warning strict-mode',
      ].join('\n'),
    },
    { name: 'vmac_xmit_base', text: globals('    vrrp_strict', withBase('use_vmac\nvmac_xmit_base')), golden: '11:5-11:19 warning strict-mode' },
    {
      name: 'first IPv6 VIP not link-local',
      text: globals('    vrrp_strict', instance('interface eth0\nvirtual_router_id 51\nvirtual_ipaddress {\n    2001:db8::1/64\n}')),
      golden: '8:9-8:23 warning strict-mode',
      says: ['link-local'],
    },
    { name: 'instance strict_mode', text: withBase('strict_mode\npreempt_delay 5'), golden: '8:5-8:18 warning strict-mode' },
    {
      name: 'a use_vmac MAC address',
      text: globals('    vrrp_strict', withBase('use_vmac vrrp.51 02:00:00:00:00:01')),
      golden: '10:5-10:13 warning strict-mode',
      says: ['virtual MAC'],
    },
  ],
  [
    { name: 'clean strict instance', text: globals('    vrrp_strict', withBase('')) },
    { name: 'strict_mode off overrides vrrp_strict', text: globals('    vrrp_strict', withBase('strict_mode off\npreempt_delay 5')) },
    { name: 'no strict mode', text: withBase('preempt_delay 5\nunicast_peer {\n    192.0.2.12\n}') },
    { name: 'owner with state MASTER', text: globals('    vrrp_strict', withBase('state MASTER\npriority 255')) },
    { name: 'down_timer_adverts 3', text: globals('    vrrp_strict', withBase('down_timer_adverts 3')) },
    {
      name: 'link-local first IPv6 VIP',
      text: globals('    vrrp_strict', instance('interface eth0\nvirtual_router_id 51\nvirtual_ipaddress {\n    fe80::1/64\n    2001:db8::1/64\n}')),
    },
    { name: 'accept under VRRPv3', text: globals('    vrrp_strict', withBase('version 3\naccept')) },
    {
      name: 'use_vmac with a name only, or a MAC keepalived refused',
      text: globals('    vrrp_strict', withBase('use_vmac vrrp.51\nuse_vmac 01:00:00:00:00:01')),
    },
  ],
);
