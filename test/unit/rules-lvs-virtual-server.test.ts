/**
 * virtual-server-invalid: the virtual_server line as keepalived 2.2.7 reads it (check_data.c
 * alloc_vs, lib/utils.c inet_stosockaddr, lib/parser.c read_unsigned). Every firing case was
 * checked with keepalived -t 2.2.7 (it reports the same line, or crashes for `fwmark`/`group`
 * alone); the models of the other LVS rules treat such a block as skipped.
 */
import { lvsZeroPort } from '../../server/src/language/validation/rules/lvs-zero-port';
import { sorryServerPort } from '../../server/src/language/validation/rules/sorry-server-port';
import { virtualServerInvalid } from '../../server/src/language/validation/rules/virtual-server-invalid';
import { ruleTable } from './rules-vrrp.test';

/** A virtual server with the given head: line 1, a NAT real server on port 80 (lines 5-6). */
const vs = (head: string, method = 'NAT') =>
  `virtual_server ${head} {\n    lvs_sched rr\n    lvs_method ${method}\n    protocol TCP\n    real_server 192.0.2.21 80 {\n    }\n}\n`;

ruleTable(
  virtualServerInvalid,
  [
    { name: 'a host name', text: vs('localhost 80'), golden: '1:16-1:25 error virtual-server-invalid', says: [['host names', 'skips the whole']] },
    { name: 'an IPv4 address with a leading zero', text: vs('10.0.0.01 80'), golden: '1:16-1:25 error virtual-server-invalid', says: ['IPv4'] },
    { name: 'not an IPv6 address', text: vs('2001:db8::1x 80'), golden: '1:16-1:28 error virtual-server-invalid', says: ['IPv6'] },
    { name: 'address:port in one word', text: vs('192.0.2.1:80'), golden: '1:16-1:28 error virtual-server-invalid', says: ['word of its own'] },
    {
      name: 'a port with trailing characters (a running keepalived keeps 80)',
      text: vs('192.0.2.1 80x'),
      golden: '1:26-1:29 error virtual-server-invalid',
      says: [['1..65535', 'keepalived -t', 'uses port 80']],
    },
    { name: 'a port past 65535', text: vs('192.0.2.1 65536'), golden: '1:26-1:31 error virtual-server-invalid', says: ['never set up'] },
    { name: 'a negative zero port', text: vs('192.0.2.1 -0'), golden: '1:26-1:28 error virtual-server-invalid' },
    { name: 'the port is read before the address', text: vs('localhost 99999'), golden: '1:26-1:31 error virtual-server-invalid', says: ["port '99999'"] },
    { name: 'a fwmark past 2^32 - 1', text: vs('fwmark 4294967296'), golden: '1:23-1:33 error virtual-server-invalid', says: ['0..4294967295'] },
    { name: 'a fwmark with trailing characters', text: vs('fwmark 5x'), golden: '1:23-1:25 error virtual-server-invalid', says: ['uses mark 5'] },
    { name: 'fwmark alone crashes keepalived', text: vs('fwmark'), golden: '1:16-1:22 error virtual-server-invalid', says: ['crash'] },
    { name: 'group alone crashes keepalived', text: vs('group'), golden: '1:16-1:21 error virtual-server-invalid', says: ['group name'] },
    { name: 'no word at all', text: vs(''), golden: '1:1-1:15 error virtual-server-invalid', says: ['missing parameter'] },
  ],
  [
    { name: 'IPv4 and IPv6 with ports', text: vs('192.0.2.1 80') + vs('2001:db8::1 443') },
    { name: 'no port, port 0, 00 or an empty word (all ports)', text: vs('192.0.2.1') + vs('192.0.2.2 0') + vs('192.0.2.3 00') + vs('192.0.2.4 ""') },
    {
      name: 'a sign, a suffix keepalived cuts off, extra words',
      text: vs('192.0.2.1 +80') + vs('192.0.2.2/24 80') + vs('192.0.2.3-5 80') + vs('192.0.2.4 80 90'),
    },
    { name: 'fwmarks and a group', text: vs('fwmark 0') + vs('fwmark 4294967295') + `virtual_server_group G {\n    192.0.2.1 80\n}\n` + vs('group G') },
  ],
);

// A skipped virtual server has no port to judge: the rules reading the model stay silent on it.
ruleTable(
  lvsZeroPort,
  [{ name: 'port 00 is no port', text: vs('192.0.2.1 00'), golden: '1:1-1:28 warning lvs-zero-port' }],
  [{ name: 'a port keepalived cannot read is not port 0', text: vs('192.0.2.1 80x') + vs('192.0.2.1 65536') }],
);
ruleTable(
  sorryServerPort,
  [{ name: 'DR on a readable port', text: vs('192.0.2.1 443', 'DR'), golden: '5:28-5:30 warning sorry-server-port' }],
  [{ name: 'DR on a port keepalived cannot read', text: vs('192.0.2.1 80x', 'DR') }],
);
