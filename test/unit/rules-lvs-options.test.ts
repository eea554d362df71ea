/**
 * Options of virtual servers and health checkers as keepalived 2.2.7 reads them: the service's
 * family through ip_family and persistence_granularity (check_parser.c), persistence_engine, a sorry
 * server that is also a real server (check_data.c), UDP_CHECK data and lengths (check_udp.c), DNS_CHECK
 * names (check_dns.c), BFD_CHECK names (check_bfd.c), HTTP_GET regex options (check_http.c) and BFD
 * intervals (bfd_parser.c). Every firing case was checked with keepalived 2.2.7 (-t, or a real start
 * for the messages it only logs then).
 */
import { argumentExtra } from '../../server/src/language/validation/rules/argument-extra';
import { argumentValue } from '../../server/src/language/validation/rules/argument-value';
import { checkerIncomplete } from '../../server/src/language/validation/rules/checker-incomplete';
import { checkerOption } from '../../server/src/language/validation/rules/checker-option';
import { duplicateKeyword } from '../../server/src/language/validation/rules/duplicate-keyword';
import { lvsFamilyMismatch } from '../../server/src/language/validation/rules/lvs-family-mismatch';
import { lvsOptionIgnored } from '../../server/src/language/validation/rules/lvs-option-ignored';
import { persistenceMask } from '../../server/src/language/validation/rules/persistence-mask';
import { sorryServerPort } from '../../server/src/language/validation/rules/sorry-server-port';
import { ruleTable } from './rules-vrrp.test';

/** A virtual server `head` (line 1) with `lines` from line 4 and a real server `rs` after them. */
const vs = (head: string, lines: string[], rs = '192.0.2.21 80') =>
  `virtual_server ${head} {\n    lvs_sched rr\n    lvs_method DR\n${lines.map((l) => `    ${l}\n`).join('')}    real_server ${rs} {\n    }\n}\n`;
/** An IPv4 virtual server whose real server (line 5) holds `lines` from line 6 on. */
const inRs = (...lines: string[]) =>
  `virtual_server 192.0.2.1 80 {\n    lvs_sched rr\n    lvs_method NAT\n    protocol TCP\n    real_server 192.0.2.21 80 {\n${lines.map((l) => `        ${l}\n`).join('')}    }\n}\n`;
/** An HTTP_GET url (path / on line 8) holding `lines` from line 9 on. */
const inUrl = (...lines: string[]) => inRs('HTTP_GET {', '    url {', '        path /', ...lines.map((l) => `        ${l}`), '    }', '}');
/** bfd_instance b1 and b2 (lines 1-6) before inRs: the real server's lines start on line 12. */
const withBfd = (...lines: string[]) => `bfd_instance b1 {\n    neighbor_ip 192.0.2.30\n}\nbfd_instance b2 {\n    neighbor_ip 192.0.2.31\n}\n${inRs(...lines)}`;

ruleTable(
  lvsFamilyMismatch,
  [
    {
      name: 'ip_family of the other family than the address',
      text: vs('192.0.2.1 80', ['ip_family inet6']),
      golden: '4:5-4:20 warning lvs-family-mismatch',
      says: [['IPv4', 'its address 192.0.2.1', 'ignores the line']],
    },
    {
      name: 'fwmark: a second ip_family',
      text: vs('fwmark 1', ['ip_family inet', 'ip_family inet6']),
      golden: '5:5-5:20 warning lvs-family-mismatch',
      says: ['`ip_family inet` above'],
    },
    {
      name: 'fwmark: ip_family after the first real server set the family',
      text: 'virtual_server fwmark 1 {\n    lvs_method DR\n    real_server 192.0.2.21 {\n    }\n    ip_family inet6\n}\n',
      golden: '5:5-5:20 warning lvs-family-mismatch',
      says: ['real server 192.0.2.21'],
    },
    {
      name: 'fwmark: ip_family inet6 drops the IPv4 real servers after it',
      text: vs('fwmark 1', ['ip_family inet6'], '192.0.2.21'),
      golden: '6:5-6:6 warning lvs-family-mismatch',
      says: ['made IPv6 by `ip_family inet6`'],
    },
    {
      name: 'fwmark: a granularity without a dot makes the service IPv6',
      text: vs('fwmark 1', ['persistence_granularity 24'], '192.0.2.21'),
      golden: '6:5-6:6 warning lvs-family-mismatch',
      says: ['IPv6 prefix length'],
    },
  ],
  [
    { name: 'ip_family of the address family', text: vs('192.0.2.1 80', ['ip_family inet']) },
    { name: 'fwmark: ip_family inet with IPv4 real servers', text: vs('fwmark 1', ['ip_family inet'], '192.0.2.21') },
    { name: 'fwmark: an IPv4 netmask granularity', text: vs('fwmark 1', ['persistence_granularity 255.255.255.0'], '192.0.2.21') },
    { name: 'fwmark: an invalid granularity sets no family', text: vs('fwmark 1', ['persistence_granularity 200'], '192.0.2.21') },
    { name: 'fwmark: tunnelled real servers of both families', text: vs('fwmark 1', ['ip_family inet6', 'lvs_method TUN'], '192.0.2.21') },
  ],
);

ruleTable(
  argumentValue,
  [
    {
      name: 'IPv6 granularity out of 1..128',
      text: vs('2001:db8::1 80', ['persistence_granularity 129'], '2001:db8::21 80'),
      golden: '4:29-4:32 warning argument-value',
      says: ['prefix length from 1 to 128'],
    },
    {
      name: 'fwmark: no family yet, no dot: read as an IPv6 prefix length',
      text: vs('fwmark 1', ['persistence_granularity abc'], '192.0.2.21'),
      golden: '4:29-4:32 warning argument-value',
      says: ['no family known yet'],
    },
    {
      name: 'IPv4 netmask with a prefix',
      text: vs('192.0.2.1 80', ['persistence_granularity 255.255.255.0/24']),
      golden: '4:29-4:45 warning argument-value',
      says: ['without a /prefix'],
    },
    {
      name: 'IPv4 netmask with a byte over 255',
      text: vs('192.0.2.1 80', ['persistence_granularity 255.255.256.0']),
      golden: '4:29-4:42 warning argument-value',
    },
    {
      name: 'persistence_engine over 16 characters',
      text: vs('192.0.2.1 80', ['persistence_engine abcdefghijklmnopq']),
      golden: '4:24-4:41 warning argument-value',
      says: ["'abcdefghijklmnop'"],
    },
    {
      name: 'UDP_CHECK payload written with 0x',
      text: inRs('UDP_CHECK {', '    payload 0x41', '}'),
      golden: '7:13-7:25 warning argument-value',
      says: ["'x'"],
    },
    {
      name: 'UDP_CHECK payload ending in ff (a keepalived 2.2.7 quirk)',
      text: inRs('UDP_CHECK {', '    payload 00 ff', '}'),
      golden: '7:13-7:26 warning argument-value',
      says: ['cannot end with ff'],
    },
    {
      name: 'UDP_CHECK require_reply with a non-hex digit',
      text: inRs('UDP_CHECK {', '    require_reply 4g', '}'),
      golden: '7:13-7:29 warning argument-value',
    },
    {
      name: 'DNS_CHECK name with an empty label',
      text: inRs('DNS_CHECK {', '    name www..example.com', '}'),
      golden: '7:18-7:34 warning argument-value',
      says: ['empty label'],
    },
    {
      name: 'DNS_CHECK name with a one-character first label (a keepalived 2.2.7 quirk)',
      text: inRs('DNS_CHECK {', '    name a.example.com', '}'),
      golden: '7:18-7:31 warning argument-value',
      says: ['one-character first label'],
    },
    {
      name: 'FILE_CHECK weight with an unknown option: the whole line goes',
      text: 'track_file tf {\n    file /tmp/tf\n}\n' + inRs('FILE_CHECK {', '    track_file tf', '    weight 5 reverse_it', '}'),
      golden: '11:22-11:32 warning argument-value',
      says: ['whole line'],
    },
    {
      name: 'BFD min_rx over 10 seconds',
      text: 'bfd_instance b1 {\n    neighbor_ip 192.0.2.12\n    min_rx 10000.5\n}\n',
      golden: '3:12-3:19 warning argument-value',
      says: ['over 10 seconds'],
    },
  ],
  [
    { name: 'IPv6 prefix length', text: vs('2001:db8::1 80', ['persistence_granularity 64'], '2001:db8::21 80') },
    { name: 'IPv4 netmask', text: vs('192.0.2.1 80', ['persistence_granularity 255.255.255.0']) },
    { name: 'IPv4 inet_aton forms keepalived accepts', text: vs('192.0.2.1 80', ['persistence_granularity 24', 'persistence_granularity 255.255.0xff00']) },
    { name: 'persistence_engine sip', text: vs('192.0.2.1 80', ['persistence_engine sip']) },
    { name: 'UDP_CHECK hex data, single digits and wildcards', text: inRs('UDP_CHECK {', '    payload ab c de 0f', '    require_reply 41 fX xx', '}') },
    { name: 'DNS_CHECK names', text: inRs('DNS_CHECK {', '    name example.com.', '}', 'DNS_CHECK {', '    name .', '}') },
    { name: 'BFD intervals up to 10 seconds', text: 'bfd_instance b1 {\n    neighbor_ip 192.0.2.12\n    min_rx 10000\n    idle_tx 10000\n}\n' },
    { name: 'BFD_CHECK name is not a DNS name', text: withBfd('BFD_CHECK {', '    name b1', '}') },
  ],
);

ruleTable(
  duplicateKeyword,
  [
    {
      name: 'DNS_CHECK name twice',
      text: inRs('DNS_CHECK {', '    name example.com', '    name example.org', '}'),
      golden: '8:13-8:17 warning duplicate-keyword',
    },
  ],
  [{ name: 'DNS_CHECK: a refused name leaves room for the next', text: inRs('DNS_CHECK {', '    name a..b', '    name example.org', '}') }],
);

ruleTable(
  checkerIncomplete,
  [
    {
      name: 'BFD_CHECK name with two words',
      text: withBfd('BFD_CHECK {', '    name b1 b2', '}'),
      golden: '13:13-13:23 warning checker-incomplete',
      says: ['drops the whole BFD_CHECK'],
    },
    {
      name: 'BFD_CHECK with a second name',
      text: withBfd('BFD_CHECK {', '    name b1', '    name b2', '}'),
      golden: '14:18-14:20 warning checker-incomplete',
      says: ["already follows 'b1'"],
    },
    {
      name: 'two BFD_CHECKs of one real server following one session',
      text: withBfd('BFD_CHECK {', '    name b1', '}', 'BFD_CHECK {', '    name b1', '}'),
      golden: '16:18-16:20 warning checker-incomplete',
      says: ['earlier BFD_CHECK'],
    },
    {
      name: 'a BFD name over 31 characters',
      text: `bfd_instance ${'b'.repeat(32)} {\n    neighbor_ip 192.0.2.30\n}\n${inRs('BFD_CHECK {', `    name ${'b'.repeat(32)}`, '}')}`,
      golden: '10:18-10:50 warning checker-incomplete',
      says: ['31 characters'],
    },
    {
      name: 'a dropped BFD_CHECK leaves its session free for the next',
      text: withBfd('BFD_CHECK {', '    name b1', '    name b2', '}', 'BFD_CHECK {', '    name b1', '}'),
      golden: '14:18-14:20 warning checker-incomplete',
    },
  ],
  [
    { name: 'one name per BFD_CHECK, two sessions', text: withBfd('BFD_CHECK {', '    name b1', '}', 'BFD_CHECK {', '    name b2', '}') },
    { name: 'an undefined name is undefined-reference’s', text: withBfd('BFD_CHECK {', '    name nope', '    name b1', '}') },
  ],
);

ruleTable(argumentExtra, [], [{ name: 'BFD_CHECK name with two words is checker-incomplete’s', text: withBfd('BFD_CHECK {', '    name b1 b2', '}') }]);

ruleTable(
  checkerOption,
  [
    {
      name: 'regex_no_match without regex',
      text: inUrl('regex_no_match'),
      golden: '9:17-9:31 warning checker-option',
      says: ['has no `regex`'],
    },
    { name: 'regex_options it knows, without regex', text: inUrl('regex_options caseless'), golden: '9:17-9:30 warning checker-option' },
    {
      name: 'regex_min_offset with two numbers',
      text: inUrl('regex "ok"', 'regex_min_offset 5 6'),
      golden: '10:17-10:37 warning checker-option',
      says: ['exactly one'],
    },
    { name: 'regex_max_offset not a number', text: inUrl('regex "ok"', 'regex_max_offset x'), golden: '10:34-10:35 warning checker-option' },
    { name: 'regex_stack with one number', text: inUrl('regex "ok"', 'regex_stack 1'), golden: '10:17-10:30 warning checker-option', says: ['two numbers'] },
    { name: 'regex_stack start not a number', text: inUrl('regex "ok"', 'regex_stack x 5'), golden: '10:29-10:30 warning checker-option' },
    { name: 'regex_stack start above max', text: inUrl('regex "ok"', 'regex_stack 10 5'), golden: '10:17-10:33 warning checker-option', says: ['Swap'] },
    {
      name: 'regex_min_offset not below regex_max_offset',
      text: inUrl('regex "ok"', 'regex_min_offset 5', 'regex_max_offset 4'),
      golden: '10:17-10:35 warning checker-option',
      says: ['ignores both offsets'],
    },
    {
      name: 'UDP_CHECK min_reply_length above the default maximum',
      text: inRs('UDP_CHECK {', '    min_reply_length 300', '}'),
      golden: '8:9-8:10 warning checker-option',
      says: ['(the default)'],
    },
    {
      name: 'UDP_CHECK min above the given max',
      text: inRs('UDP_CHECK {', '    min_reply_length 30', '    max_reply_length 20', '}'),
      golden: '9:9-9:10 warning checker-option',
    },
  ],
  [
    {
      name: 'regex options with a regex',
      text: inUrl('regex "ok"', 'regex_no_match', 'regex_options caseless', 'regex_min_offset 5', 'regex_max_offset 5', 'regex_stack 5 10'),
    },
    { name: 'regex_options it does not know, without regex', text: inUrl('regex_options nonsense') },
    { name: 'regex_min_offset 0 without regex', text: inUrl('regex_min_offset 0') },
    { name: 'a url without a path is checker-no-url’s', text: inRs('HTTP_GET {', '    url {', '        regex_no_match', '    }', '}') },
    { name: 'UDP_CHECK min below a large max', text: inRs('UDP_CHECK {', '    max_reply_length 300', '    min_reply_length 256', '}') },
  ],
);

ruleTable(
  lvsOptionIgnored,
  [
    {
      name: 'a real server that inhibits and is also the sorry server',
      text: vs('192.0.2.1 80', ['protocol TCP', 'sorry_server 192.0.2.21 80'], '192.0.2.21 80').replace('    }\n}', '        inhibit_on_failure\n    }\n}'),
      golden: '5:5-5:31 warning lvs-option-ignored',
      says: ['sets the sorry server'],
    },
    {
      name: 'sorry_server_inhibit on a sorry server that is a real server without it',
      text: vs('192.0.2.1 80', ['protocol TCP', 'sorry_server 192.0.2.21 80', 'sorry_server_inhibit'], '192.0.2.21 80'),
      golden: '5:5-5:31 warning lvs-option-ignored',
      says: ['clears'],
    },
  ],
  [
    {
      name: 'both inhibit (the virtual server’s inhibit_on_failure)',
      text: vs('192.0.2.1 80', ['protocol TCP', 'inhibit_on_failure', 'sorry_server 192.0.2.21 80', 'sorry_server_inhibit'], '192.0.2.21 80'),
    },
    {
      name: 'another port is another server',
      text: vs('192.0.2.1 80', ['protocol TCP', 'sorry_server 192.0.2.21 8080', 'sorry_server_inhibit'], '192.0.2.21 80'),
    },
  ],
);

/** A virtual_server_group G with `entries` (from line 2) and a DR service on it with `lines`. */
const group = (entries: string[], ...lines: string[]) =>
  `virtual_server_group G {\n${entries.map((e) => `    ${e}\n`).join('')}}\nvirtual_server group G {\n    lvs_sched rr\n    lvs_method DR\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;

ruleTable(
  sorryServerPort,
  [
    {
      name: 'a group with a fwmark and an address: the fwmark warning',
      text: group(['fwmark 1', '192.0.2.1 80'], 'real_server 192.0.2.21 80 {', '}'),
      golden: '8:28-8:30 warning sorry-server-port',
      says: ['fwmark'],
    },
  ],
  [],
);

// keepalived 2.2.7 -t is silent on each: an IPv4 granularity is any address inet_aton reads
ruleTable(
  persistenceMask,
  [
    {
      name: '24 on an IPv4 service is 0.0.0.24, not /24',
      text: vs('192.0.2.1 80', ['persistence_granularity 24']),
      golden: '4:29-4:31 warning persistence-mask',
      says: [['0.0.0.24', 'For /24 write 255.255.255.0']],
      data: [{ replacement: '255.255.255.0' }],
    },
    { name: 'a dotted mask with a hole', text: vs('192.0.2.1 80', ['persistence_granularity 255.0.255.0']), golden: '4:29-4:40 warning persistence-mask' },
  ],
  [
    { name: 'a netmask of leading ones', text: vs('192.0.2.1 80', ['persistence_granularity 255.255.255.0']) },
    { name: 'the same in hex, as inet_aton reads it', text: vs('192.0.2.1 80', ['persistence_granularity 0xffffff00']) },
    { name: 'an IPv6 prefix length', text: vs('2001:db8::1 80', ['persistence_granularity 64'], '2001:db8::21 80') },
    { name: 'a fwmark service reads 24 as an IPv6 prefix (lvs-family-mismatch’s)', text: vs('fwmark 1', ['persistence_granularity 24'], '2001:db8::21') },
  ],
);
