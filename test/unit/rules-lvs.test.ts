/**
 * LVS rules (virtual servers, real servers, groups, checkers): one table per rule, cases that
 * fire (golden `L:C-L:C severity code`) and cases that must stay silent. Facts checked with
 * keepalived 2.2.7 `-t` and check_parser.c / check_data.c.
 */
import { alphaArgument } from '../../server/src/language/validation/rules/alpha-argument';
import { checkerIncomplete } from '../../server/src/language/validation/rules/checker-incomplete';
import { checkerNoUrl } from '../../server/src/language/validation/rules/checker-no-url';
import { fwmarkProtocol } from '../../server/src/language/validation/rules/fwmark-protocol';
import { lvsMethod } from '../../server/src/language/validation/rules/lvs-method';
import { lvsFamilyMismatch } from '../../server/src/language/validation/rules/lvs-family-mismatch';
import { lvsMethodMissing } from '../../server/src/language/validation/rules/lvs-method-missing';
import { lvsOptionIgnored } from '../../server/src/language/validation/rules/lvs-option-ignored';
import { lvsProtocol } from '../../server/src/language/validation/rules/lvs-protocol';
import { lvsQuorum } from '../../server/src/language/validation/rules/lvs-quorum';
import { lvsScheduler } from '../../server/src/language/validation/rules/lvs-scheduler';
import { lvsZeroPort } from '../../server/src/language/validation/rules/lvs-zero-port';
import { persistenceTimeoutRange } from '../../server/src/language/validation/rules/persistence-timeout-range';
import { realServerDuplicate } from '../../server/src/language/validation/rules/real-server-duplicate';
import { realServerMissing } from '../../server/src/language/validation/rules/real-server-missing';
import { sorryServerPort } from '../../server/src/language/validation/rules/sorry-server-port';
import { vsgMissingMembers } from '../../server/src/language/validation/rules/vsg-missing-members';
import { ruleTable } from './rules-vrrp.test';

const ind = (lines: string, n: number) =>
  lines
    .split('\n')
    .map((l) => `${' '.repeat(n)}${l}`)
    .join('\n');
/** A real server block (2 lines with no body). */
const rs = (addr = '10.0.0.1 80', body = '') => `real_server ${addr} {${body ? `\n${ind(body, 4)}` : ''}\n}`;
/** A virtual server: line 1 is `virtual_server <head> {`, then the given lines (4-space indent). */
const vs = (head: string, ...lines: string[]) => `virtual_server ${head} {\n${lines.map((l) => ind(l, 4)).join('\n')}\n}\n`;
/** The usual settings, lines 2-4. */
const OK = ['lvs_sched rr', 'lvs_method DR', 'protocol TCP'];

ruleTable(
  lvsScheduler,
  [
    {
      name: 'not a scheduler',
      text: vs('192.0.2.1 80', 'lb_algo loadbalance', 'lb_kind DR', 'protocol TCP', rs()),
      golden: '2:13-2:24 warning lvs-scheduler',
      says: ["uses 'wlc'"],
    },
    {
      name: 'upper case',
      text: vs('192.0.2.1 80', 'lvs_sched RR', 'lb_kind DR', 'protocol TCP', rs()),
      golden: '2:15-2:17 warning lvs-scheduler',
      says: ['lower case'],
      data: [{ replacement: 'rr' }],
    },
    {
      name: 'an invalid line after a valid one keeps it',
      text: vs('192.0.2.1 80', 'lvs_sched wrr', 'lvs_sched wlcc', 'lb_kind DR', 'protocol TCP', rs()),
      golden: '3:15-3:19 warning lvs-scheduler',
      says: ["keeps 'wrr'"],
      data: [{ replacement: 'wlc' }],
    },
    {
      name: 'no scheduler at all',
      text: vs('192.0.2.1 80', 'lb_kind DR', 'protocol TCP', rs()),
      golden: '1:1-1:28 warning lvs-scheduler',
      data: [{ add: 'lvs_sched' }],
    },
  ],
  [
    {
      name: 'every scheduler 2.2.7 accepts',
      text: ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos']
        .map((s) => vs('192.0.2.1 80', `lb_algo ${s}`, 'lb_kind DR', 'protocol TCP', rs()))
        .join(''),
    },
    { name: 'no scheduler but no real server either (ignored anyway)', text: vs('192.0.2.1 80', 'protocol TCP') },
    { name: 'a block keepalived skips (no opening brace)', text: 'virtual_server 192.0.2.1 80\n    lb_algo foo\n' },
  ],
);

ruleTable(
  lvsMethod,
  [
    {
      name: 'lower case',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lb_kind dr', 'protocol TCP', rs()),
      golden: '3:13-3:15 warning lvs-method',
      says: [["'DR'", 'NAT']],
      data: [{ replacement: 'DR' }],
    },
    {
      name: 'not a method',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method FULLNAT', 'protocol TCP', rs()),
      golden: '3:16-3:23 warning lvs-method',
      data: [undefined],
    },
    {
      name: 'in a real server',
      text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'lvs_method tun')),
      golden: '6:20-6:23 warning lvs-method',
      says: ['uses DR'],
    },
    {
      name: 'gue without port',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method TUN type gue', 'protocol TCP', rs()),
      golden: '3:20-3:24 warning lvs-method',
      says: ['gue tunnel needs'],
    },
    {
      name: 'port without gue',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method TUN port 5555', 'protocol TCP', rs()),
      golden: '3:20-3:24 warning lvs-method',
    },
    {
      name: 'unknown tunnel type',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method TUN type vxlan', 'protocol TCP', rs()),
      golden: '3:25-3:30 warning lvs-method',
    },
    { name: 'ipip with csum', text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method TUN csum', 'protocol TCP', rs()), golden: '3:20-3:24 warning lvs-method' },
    {
      name: 'gre with remcsum',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method TUN type gre remcsum', 'protocol TCP', rs()),
      golden: '3:20-3:24 warning lvs-method',
    },
    { name: 'stray word after DR', text: vs('192.0.2.1 80', 'lvs_sched rr', 'lb_kind DR yes', 'protocol TCP', rs()), golden: '3:16-3:19 warning lvs-method' },
  ],
  [
    {
      name: 'NAT, DR, TUN',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lb_kind NAT', 'protocol TCP', rs('10.0.0.1 80', 'lvs_method DR'), rs('10.0.0.2 80', 'lvs_method TUN')),
    },
    {
      name: 'valid tunnel options',
      text:
        vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method TUN type gue port 6080 csum', 'protocol TCP', rs()) +
        vs('192.0.2.2 80', 'lvs_sched rr', 'lvs_method TUN type gre csum', 'protocol TCP', rs()),
    },
  ],
);

ruleTable(
  lvsMethodMissing,
  [
    {
      name: 'no method (after a typo like lb-kind)',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lb-kind DR', 'protocol TCP', rs()),
      golden: '1:1-1:28 warning lvs-method-missing',
      says: ['NAT'],
      data: [{ add: 'lvs_method' }],
    },
    {
      name: 'some real servers without their own',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'protocol TCP', rs('10.0.0.1 80', 'lvs_method DR'), rs('10.0.0.2 80')),
      golden: '1:1-1:28 warning lvs-method-missing',
      says: ['some of its real servers'],
    },
  ],
  [
    { name: 'set on the virtual server', text: vs('192.0.2.1 80', ...OK, rs()) },
    { name: 'every real server sets its own', text: vs('192.0.2.1 80', 'lvs_sched rr', 'protocol TCP', rs('10.0.0.1 80', 'lvs_method DR')) },
    { name: 'an invalid method is lvs-method’s', text: vs('192.0.2.1 80', 'lvs_sched rr', 'lb_kind dr', 'protocol TCP', rs()) },
    { name: 'no real server', text: vs('192.0.2.1 80', 'lvs_sched rr', 'protocol TCP') },
  ],
);

ruleTable(
  lvsProtocol,
  [
    { name: 'unknown protocol', text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method DR', 'protocol HTTP', rs()), golden: '4:14-4:18 warning lvs-protocol' },
    {
      name: 'no protocol: UDP',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method DR', rs()),
      golden: '1:1-1:28 warning lvs-protocol',
      says: ['UDP'],
      data: [{ add: 'protocol' }],
    },
    {
      name: 'group of addresses without protocol',
      text: 'virtual_server_group G {\n    192.0.2.1 80\n}\n' + vs('group G', 'lvs_sched rr', 'lvs_method DR', rs()),
      golden: '4:1-4:23 warning lvs-protocol',
    },
  ],
  [
    {
      name: 'TCP, udp, Sctp (case-insensitive)',
      text:
        vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method DR', 'protocol udp', rs()) + vs('192.0.2.2 80', 'lvs_sched rr', 'lvs_method DR', 'protocol Sctp', rs()),
    },
    { name: 'fwmark service needs none', text: vs('fwmark 1', 'lvs_sched rr', 'lvs_method DR', rs('10.0.0.1')) },
    {
      name: 'group of fwmarks needs none',
      text: 'virtual_server_group G {\n    fwmark 3\n}\n' + vs('group G', 'lvs_sched rr', 'lvs_method DR', rs('10.0.0.1')),
    },
  ],
);

ruleTable(
  fwmarkProtocol,
  [
    {
      name: 'fwmark with protocol (keepalived.conf.fwmark)',
      text: vs('fwmark 1', ...OK, rs('10.0.0.1')),
      golden: '4:5-4:17 warning fwmark-protocol',
      data: [{ remove: true }],
    },
    {
      name: 'group of fwmarks with protocol',
      text: 'virtual_server_group G {\n    fwmark 3\n}\n' + vs('group G', ...OK, rs('10.0.0.1')),
      golden: '7:5-7:17 warning fwmark-protocol',
    },
  ],
  [
    { name: 'address service', text: vs('192.0.2.1 80', ...OK, rs()) },
    { name: 'group with an address entry', text: 'virtual_server_group G {\n    fwmark 3\n    192.0.2.1 80\n}\n' + vs('group G', ...OK, rs()) },
    { name: 'invalid protocol is lvs-protocol’s', text: vs('fwmark 1', 'lvs_sched rr', 'lvs_method DR', 'protocol foo', rs('10.0.0.1')) },
  ],
);

ruleTable(
  persistenceTimeoutRange,
  [
    {
      name: '0 (does not mean off)',
      text: vs('192.0.2.1 80', ...OK, 'persistence_timeout 0', rs()),
      golden: '5:25-5:26 warning persistence-timeout-range',
      says: ['remove the line'],
    },
    { name: 'above 31 days', text: vs('192.0.2.1 80', ...OK, 'persistence_timeout 2678401', rs()), golden: '5:25-5:32 warning persistence-timeout-range' },
    { name: 'not a number', text: vs('192.0.2.1 80', ...OK, 'persistence_timeout 5m', rs()), golden: '5:25-5:27 warning persistence-timeout-range' },
  ],
  [
    { name: 'in range', text: vs('192.0.2.1 80', ...OK, 'persistence_timeout 2678400', rs()) },
    { name: 'without value (360 s)', text: vs('192.0.2.1 80', ...OK, 'persistence_timeout', rs()) },
  ],
);

ruleTable(
  lvsZeroPort,
  [
    { name: 'no port', text: vs('192.0.2.1', ...OK, rs('10.0.0.1')), golden: '1:1-1:25 warning lvs-zero-port' },
    { name: 'port 0', text: vs('192.0.2.1 0', ...OK, rs('10.0.0.1')), golden: '1:1-1:27 warning lvs-zero-port' },
  ],
  [
    { name: 'persistent', text: vs('192.0.2.1', ...OK, 'persistence_timeout 600', rs('10.0.0.1')) },
    { name: 'fwmark', text: vs('fwmark 5', 'lvs_sched rr', 'lvs_method DR', rs('10.0.0.1')) },
    { name: 'with a port', text: vs('192.0.2.1 80', ...OK, rs()) },
  ],
);

ruleTable(
  sorryServerPort,
  [
    {
      name: 'DR real server on another port',
      text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 8080')),
      golden: '5:26-5:30 warning sorry-server-port',
      says: ['resets port 8080 to 80'],
      data: [{ replacement: '80' }],
    },
    {
      name: 'DR sorry server on another port',
      text: vs('192.0.2.1 80', ...OK, 'sorry_server 10.0.0.9 8080', rs()),
      golden: '5:27-5:31 warning sorry-server-port',
      says: ['sorry server'],
    },
    {
      name: 'real server TUN by its own method',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method NAT', 'protocol TCP', rs('10.0.0.1 8080', 'lvs_method TUN')),
      golden: '5:26-5:30 warning sorry-server-port',
    },
    {
      name: 'fwmark with a real server port',
      text: vs('fwmark 1', 'lvs_sched rr', 'lvs_method DR', rs('10.0.0.1 80')),
      golden: '4:26-4:28 warning sorry-server-port',
      says: ['clears'],
    },
    {
      name: 'sorry server read before any method counts as not NAT',
      text: vs('192.0.2.1 80', 'sorry_server 10.0.0.9 8080', 'lvs_sched rr', 'lvs_method NAT', 'protocol TCP', rs()),
      golden: '2:27-2:31 warning sorry-server-port',
    },
  ],
  [
    {
      name: 'NAT may change the port',
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method NAT', 'protocol TCP', 'sorry_server 10.0.0.9 8080', rs('10.0.0.1 8080')),
    },
    { name: 'same port', text: vs('192.0.2.1 80', ...OK, 'sorry_server 10.0.0.9 80', rs('10.0.0.1 80')) },
    { name: 'no port on the real server', text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1')) },
    { name: 'real server NAT by its own method', text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 8080', 'lvs_method NAT')) },
    // keepalived drops the sorry server for its family at the virtual server's '}' and never checks its port
    { name: 'sorry server of the other family (dropped)', text: vs('192.0.2.1 80', ...OK, 'sorry_server 2001:db8::30 8080', rs('192.0.2.21 80')) },
  ],
);

ruleTable(
  alphaArgument,
  [
    { name: 'alpha no', text: vs('192.0.2.1 80', ...OK, 'alpha no', rs()), golden: '5:5-5:13 warning alpha-argument', says: ['ON'], data: [{ remove: true }] },
    { name: 'inhibit_on_failure off', text: vs('192.0.2.1 80', ...OK, 'inhibit_on_failure off', rs()), golden: '5:5-5:27 warning alpha-argument' },
    { name: 'ha_suspend false', text: vs('192.0.2.1 80', ...OK, 'ha_suspend false', rs()), golden: '5:5-5:21 warning alpha-argument' },
  ],
  [
    { name: 'bare alpha', text: vs('192.0.2.1 80', ...OK, 'alpha', rs()) },
    { name: 'alpha off in a real server works', text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'alpha off\ninhibit_on_failure no')) },
    { name: 'alpha yes is argument-extra’s', text: vs('192.0.2.1 80', ...OK, 'alpha yes', rs()) },
  ],
);

ruleTable(
  realServerMissing,
  [
    { name: 'no real server', text: vs('192.0.2.1 80', ...OK), golden: '1:1-1:28 warning real-server-missing' },
    { name: 'only a real server with a bad address', text: vs('192.0.2.1 80', ...OK, rs('10.0.0.300 80')), golden: '1:1-1:28 warning real-server-missing' },
    {
      name: 'only a real server of the other family (keepalived skips it)',
      text: vs('192.0.2.1 80', ...OK, rs('::ffff:10.0.0.1 80')),
      golden: '1:1-1:28 warning real-server-missing',
    },
  ],
  [
    { name: 'one real server', text: vs('192.0.2.1 80', ...OK, rs()) },
    { name: 'an unreadable virtual server is skipped anyway', text: vs('192.0.2.300 80', ...OK) },
    { name: 'no opening brace', text: 'virtual_server 192.0.2.1 80\n    lb_algo rr\n' },
    {
      name: 'swallowed by the checker’s brace-counted skip of an unbalanced global_defs',
      text: 'global_defs {\n    bogus {\n}\n' + vs('192.0.2.1 80', ...OK) + '}\n',
    },
  ],
);

ruleTable(
  realServerDuplicate,
  [{ name: 'same address and port', text: vs('192.0.2.1 80', ...OK, rs(), rs()), golden: '7:5-7:28 warning real-server-duplicate' }],
  [{ name: 'other port', text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80'), rs('10.0.0.1 81')) }],
);

ruleTable(
  vsgMissingMembers,
  [
    { name: 'empty group (at its closing brace)', text: 'virtual_server_group G {\n}\n', golden: '2:1-2:2 warning vsg-missing-members' },
    { name: 'only invalid entries', text: 'virtual_server_group G {\n    192.0.2.300 80\n}\n', golden: '3:1-3:2 warning vsg-missing-members', says: ['valid'] },
  ],
  [{ name: 'address, range and fwmark entries', text: 'virtual_server_group G {\n    192.0.2.1 80\n    192.0.2.10-20 80\n    fwmark 7\n}\n' }],
);

ruleTable(
  checkerNoUrl,
  [
    {
      name: 'HTTP_GET without url (at its closing brace)',
      text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'HTTP_GET {\n    connect_timeout 3\n}')),
      golden: '8:9-8:10 warning checker-no-url',
    },
    {
      name: 'url without path',
      text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'SSL_GET {\n    url {\n        status_code 200\n    }\n}')),
      golden: '9:13-9:14 warning checker-no-url\n10:9-10:10 warning checker-no-url',
    },
  ],
  [{ name: 'url with a path', text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'HTTP_GET {\n    url {\n        path /health\n    }\n}')) }],
);

ruleTable(
  checkerIncomplete,
  [
    {
      name: 'FILE_CHECK without track_file',
      text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'FILE_CHECK {\n}')),
      golden: '7:9-7:10 warning checker-incomplete',
    },
    { name: 'BFD_CHECK without name', text: vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'BFD_CHECK {\n}')), golden: '7:9-7:10 warning checker-incomplete' },
  ],
  [{ name: 'complete', text: 'track_file t {\n    file /run/t\n}\n' + vs('192.0.2.1 80', ...OK, rs('10.0.0.1 80', 'FILE_CHECK {\n    track_file t\n}')) }],
);

ruleTable(
  lvsOptionIgnored,
  [
    { name: 'sh-port with another scheduler', text: vs('192.0.2.1 80', ...OK, 'sh-port', rs()), golden: '5:5-5:12 warning lvs-option-ignored', says: ['rr'] },
    {
      name: 'mh-fallback before the scheduler line',
      text: vs('192.0.2.1 80', 'mh-fallback', 'lvs_sched mh', 'lvs_method DR', 'protocol TCP', rs()),
      golden: '2:5-2:16 warning lvs-option-ignored',
      says: ['no scheduler is set above'],
    },
    {
      name: 'sorry_server_inhibit before sorry_server',
      text: vs('192.0.2.1 80', ...OK, 'sorry_server_inhibit', 'sorry_server 10.0.0.9 80', rs()),
      golden: '5:5-5:25 warning lvs-option-ignored',
    },
    { name: 'ops on TCP', text: vs('192.0.2.1 80', ...OK, 'ops', rs()), golden: '5:5-5:8 warning lvs-option-ignored' },
    { name: 'hashed with another scheduler', text: vs('192.0.2.1 80', ...OK, 'hashed', rs()), golden: '5:5-5:11 warning lvs-option-ignored', says: ['rr'] },
    {
      name: 'ha_suspend with fwmark',
      text: vs('fwmark 7', 'lvs_sched rr', 'lvs_method DR', 'ha_suspend', rs('10.0.0.1')),
      golden: '4:5-4:15 warning lvs-option-ignored',
    },
  ],
  [
    { name: 'sh flags after lvs_sched sh', text: vs('192.0.2.1 80', 'lvs_sched sh', 'sh-port', 'sh-fallback', 'lvs_method DR', 'protocol TCP', rs()) },
    {
      name: 'hashed after lvs_sched sh or mh (keepalived passes over it)',
      text: vs('192.0.2.1 80', 'lvs_sched mh', 'hashed', 'lvs_method DR', 'protocol TCP', rs()),
    },
    {
      name: 'sorry server options after sorry_server',
      text: vs('192.0.2.1 80', ...OK, 'sorry_server 10.0.0.9 80', 'sorry_server_inhibit', 'sorry_server_lvs_method NAT', rs()),
    },
    {
      name: 'ops on UDP or fwmark',
      text:
        vs('192.0.2.1 53', 'lvs_sched rr', 'lvs_method DR', 'protocol UDP', 'ops', rs('10.0.0.1 53')) +
        vs('fwmark 7', 'lvs_sched rr', 'lvs_method DR', 'ops', rs('10.0.0.1')),
    },
    { name: 'ha_suspend on an address service', text: vs('192.0.2.1 80', ...OK, 'ha_suspend', rs()) },
  ],
);

ruleTable(
  lvsQuorum,
  [
    {
      name: 'quorum above the total weight',
      text: vs('192.0.2.1 80', ...OK, 'quorum 5', rs('10.0.0.1 80', 'weight 2')),
      golden: '5:12-5:13 warning lvs-quorum',
      says: ['lowers the quorum to 2'],
      data: [{ replacement: '2' }],
    },
    {
      name: 'hysteresis not below the quorum',
      text: vs('192.0.2.1 80', ...OK, 'quorum 2', 'hysteresis 2', rs(), rs('10.0.0.2 80')),
      golden: '6:16-6:17 warning lvs-quorum',
      data: [{ replacement: '1' }],
    },
    {
      name: 'the virtual server weight is the default',
      text: vs('192.0.2.1 80', ...OK, 'weight 3', 'quorum 7', rs(), rs('10.0.0.2 80')),
      golden: '6:12-6:13 warning lvs-quorum',
      says: ['(6)'],
    },
  ],
  [
    { name: 'quorum equal to the total', text: vs('192.0.2.1 80', ...OK, 'quorum 2', 'hysteresis 1', rs(), rs('10.0.0.2 80')) },
    { name: 'defaults', text: vs('192.0.2.1 80', ...OK, rs()) },
  ],
);

ruleTable(
  lvsFamilyMismatch,
  [
    {
      name: 'IPv6 real server of an IPv4 service (at its closing brace)',
      text: vs('192.0.2.1 80', ...OK, rs('2001:db8::1 80')),
      golden: '6:5-6:6 warning lvs-family-mismatch',
      says: ['IPv6'],
    },
    {
      name: 'IPv4 sorry server of an IPv6 service (at the virtual server closing brace)',
      text: vs('2001:db8::100 80', ...OK, 'sorry_server 10.0.0.9 80', rs('2001:db8::1 80')),
      golden: '8:1-8:2 warning lvs-family-mismatch',
    },
    {
      name: 'fwmark: the first real server decides',
      text: vs('fwmark 7', 'lvs_sched rr', 'lvs_method DR', rs('10.0.0.1'), rs('2001:db8::1')),
      golden: '7:5-7:6 warning lvs-family-mismatch',
    },
    {
      name: 'virtual_server group: the first real server decides',
      text: `virtual_server_group G {\n  192.0.2.1 80\n}\n${vs('group G', ...OK, rs('10.0.0.1 80'), rs('2001:db8::1 80'))}`,
      golden: '11:5-11:6 warning lvs-family-mismatch',
    },
    {
      name: "the virtual server's lvs_method TUN after the real server comes too late for it",
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'protocol TCP', rs('2001:db8::1 80'), 'lvs_method TUN'),
      golden: '5:5-5:6 warning lvs-family-mismatch',
    },
  ],
  [
    { name: 'same family', text: vs('192.0.2.1 80', ...OK, rs(), rs('10.0.0.2 80')) },
    { name: 'a tunnelled real server may differ', text: vs('192.0.2.1 80', ...OK, rs('2001:db8::1 80', 'lvs_method TUN')) },
    {
      name: "the virtual server's lvs_method TUN, read before the real server, tunnels it too",
      text: vs('192.0.2.1 80', 'lvs_sched rr', 'lvs_method TUN', 'protocol TCP', rs('2001:db8::1 80')),
    },
  ],
);
