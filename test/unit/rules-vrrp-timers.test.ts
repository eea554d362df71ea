/**
 * Rules about interface and gratuitous ARP timers outside vrrp_instance: interface_up_down_delays,
 * garp_group and the intervals keepalived calls very large. Facts: keepalived 2.2.7
 * (vrrp_parser.c alloc_if_up_down_delay, garp_group_*_handler; vrrp.c check_debounce_timers),
 * checked with `keepalived -t` and a real start.
 */
import * as assert from 'node:assert/strict';
import { readMicros } from '../../server/src/language/analysis/values';
import { garpGroup } from '../../server/src/language/validation/rules/garp-group';
import { timerLarge } from '../../server/src/language/validation/rules/timer-large';
import { upDownDelay } from '../../server/src/language/validation/rules/up-down-delay';
import { instance } from '../support/rules';
import { BASE, ruleTable } from './rules-vrrp.test';

const delays = (...lines: string[]) => `interface_up_down_delays {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;
const withBase = (extra: string, name?: string) => instance(`${BASE}\n${extra}`, name);
const group = (...lines: string[]) => `garp_group {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;

describe('readMicros (read_decimal_unsigned_long_func, 6 decimals)', () => {
  const cases: [string, number, ReturnType<typeof readMicros>][] = [
    ['1', 255e6, { value: 1e6, problem: undefined }],
    ['0.5', 255e6, { value: 500000, problem: undefined }],
    ['0.0000015', 255e6, { value: 2, problem: 'decimals' }],
    ['-1', 255e6, { value: undefined, problem: 'negative' }],
    ['300', 255e6, { value: undefined, problem: 'range' }],
    ['x', 255e6, { value: 0, problem: 'invalid' }],
    ['5x', 255e6, { value: 5, problem: 'invalid' }],
  ];
  for (const [text, max, want] of cases) it(`${text}`, () => assert.deepEqual(readMicros(text, max), want));
  it('below the minimum', () => assert.deepEqual(readMicros('0', 10, 1), { value: undefined, problem: 'range' }));
});

ruleTable(
  upDownDelay,
  [
    { name: 'no delay', text: delays('eth0') + withBase(''), golden: '2:5-2:9 warning up-down-delay', says: ['No delays'] },
    { name: 'extra words', text: delays('eth0 1 1 1 1') + withBase(''), golden: '2:14-2:17 warning up-down-delay', says: ['extra words'] },
    { name: 'down delay over 255 s', text: delays('eth0 300') + withBase(''), golden: '2:10-2:13 warning up-down-delay', says: ['over 255'] },
    { name: 'negative up delay', text: delays('eth1 1 -1') + withBase(''), golden: '2:12-2:14 warning up-down-delay', says: ['negative'] },
    { name: 'not a number', text: delays('eth1 x') + withBase(''), golden: '2:10-2:11 warning up-down-delay', says: ['not a number'] },
    {
      name: 'down delay not below (down_timer_adverts - 1) × advert_int',
      text: delays('eth0 2') + withBase(''),
      golden: '2:5-2:11 warning up-down-delay',
      says: [['VI_1', '2 s']],
    },
    {
      name: 'down_timer_adverts 1',
      text: delays('eth0 0.1') + withBase('down_timer_adverts 1'),
      golden: '2:5-2:13 warning up-down-delay',
      says: ['down_timer_adverts 1'],
    },
    {
      name: 'global_defs vrrp_down_timer_adverts 1',
      text: `global_defs {\n    vrrp_down_timer_adverts 1\n}\n${delays('eth0 0.1')}${withBase('')}`,
      golden: '5:5-5:13 warning up-down-delay',
      says: ['global_defs'],
    },
    {
      name: 'advert_int 0.5 in VRRPv3',
      text: delays('eth0 0 1.5') + withBase('version 3\nadvert_int 0.5\ndown_timer_adverts 4'),
      golden: '2:5-2:15 warning up-down-delay',
    },
    {
      name: 'a second instance on the interface sees the shortened delays',
      text: delays('eth0 5') + withBase('', 'VI_1') + withBase('advert_int 10', 'VI_2').replace('virtual_router_id 51', 'virtual_router_id 52'),
      golden: '2:5-2:11 warning up-down-delay',
    },
  ],
  [
    { name: 'delays below the limit', text: delays('eth0 1.9 1') + withBase('') },
    { name: 'no delays', text: delays('eth0 0 0') + withBase('down_timer_adverts 1') },
    { name: 'longer down timer', text: delays('eth0 5') + withBase('down_timer_adverts 10') },
    { name: 'longer down timer from global_defs', text: `global_defs {\n    vrrp_down_timer_adverts 10\n}\n${delays('eth0 5')}${withBase('')}` },
    { name: 'another interface', text: delays('eth1 5') + withBase('') },
  ],
);

ruleTable(
  garpGroup,
  [
    { name: 'no interval', text: group('interface eth0'), golden: '1:1-1:11 warning garp-group', says: ['neither'] },
    { name: 'only an invalid interval', text: group('garp_interval -1', 'interface eth0'), golden: '1:1-1:11 warning garp-group' },
    {
      name: 'an interface in two groups',
      text: group('garp_interval 0.01', 'interface eth0') + group('gna_interval 0.01', 'interfaces {', '    eth1', '    eth0', '}'),
      golden: '9:9-9:13 warning garp-group',
      says: ['earlier garp_group'],
    },
    {
      name: 'a removed group frees its interfaces',
      text: group('interface eth0') + group('garp_interval 0.01', 'interface eth0'),
      golden: '1:1-1:11 warning garp-group',
    },
    { name: 'twice in one group', text: group('garp_interval 0.01', 'interface eth0', 'interface eth0'), golden: '4:15-4:19 warning garp-group' },
  ],
  [
    { name: 'an interval and an interface', text: group('garp_interval 0.01', 'interface eth0') },
    { name: 'x reads as 0: a delay is set', text: group('gna_interval x', 'interface eth0') },
  ],
);

ruleTable(
  timerLarge,
  [
    {
      name: 'vrrp_garp_interval 5',
      text: `global_defs {\n    vrrp_garp_interval 5\n}\n`,
      golden: '2:24-2:25 information timer-large',
      says: [['5 s', 'seconds, not milliseconds']],
    },
    { name: 'vrrp_gna_interval 1', text: `global_defs {\n    vrrp_gna_interval 1\n}\n`, golden: '2:23-2:24 information timer-large' },
    { name: 'vrrp_startup_delay 60', text: `global_defs {\n    vrrp_startup_delay 60\n}\n`, golden: '2:24-2:26 information timer-large' },
    { name: 'garp_group garp_interval 1.5', text: group('garp_interval 1.5', 'interface eth0'), golden: '2:19-2:22 information timer-large' },
    {
      name: 'an invalid later line keeps the earlier value (remarked again)',
      text: `global_defs {\n    vrrp_garp_interval 2\n    vrrp_garp_interval 0\n}\n`,
      golden: '2:24-2:25 information timer-large\n3:24-3:25 information timer-large',
    },
  ],
  [
    { name: 'vrrp_garp_interval 0.999999', text: `global_defs {\n    vrrp_garp_interval 0.999999\n}\n` },
    { name: 'vrrp_startup_delay 59', text: `global_defs {\n    vrrp_startup_delay 59\n}\n` },
    { name: 'garp_group gna_interval 0.5', text: group('gna_interval 0.5', 'interface eth0') },
    { name: 'garp_group invalid interval', text: group('garp_interval 5000', 'gna_interval 0.1') },
  ],
);
