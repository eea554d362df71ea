/**
 * Structure rules added for the keepalived message table: a keyword given twice where keepalived
 * takes one (duplicate-keyword), an empty value block keepalived warns about (empty-block), an
 * address suffix keepalived cuts off unread (address-suffix-ignored). Facts: keepalived 2.2.7 -t
 * (the message table's lab test runs each keepalived message's example).
 */
import * as assert from 'node:assert/strict';
import { lookup } from '../../server/src/language/catalogue/index';
import { addressSuffixIgnored } from '../../server/src/language/validation/rules/address-suffix-ignored';
import { argumentExtra } from '../../server/src/language/validation/rules/argument-extra';
import { argumentMissing } from '../../server/src/language/validation/rules/argument-missing';
import { argumentValue } from '../../server/src/language/validation/rules/argument-value';
import { duplicateKeyword, KEEPS_FIRST } from '../../server/src/language/validation/rules/duplicate-keyword';
import { emptyBlock } from '../../server/src/language/validation/rules/empty-block';
import { optionInvalid } from '../../server/src/language/validation/rules/option-invalid';
import { ruleTable } from './rules-vrrp.test';

const g = (...l: string[]) => `global_defs {\n${l.map((x) => `    ${x}\n`).join('')}}\n`;
const url = (...l: string[]) =>
  `virtual_server 192.0.2.1 80 {\n    real_server 192.0.2.2 80 {\n        HTTP_GET {\n            url {\n                path /\n${l.map((x) => `                ${x}\n`).join('')}            }\n        }\n    }\n}\n`;
const inst = (...l: string[]) => `vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n${l.map((x) => `    ${x}\n`).join('')}}\n`;

const tf = (line: string): string => `track_file tf {\n    file /tmp/tf\n    ${line}\n}\n`;

ruleTable(
  duplicateKeyword,
  [
    {
      name: 'notify_master twice',
      text: inst('notify_master /bin/a', 'notify_master /bin/b'),
      golden: '5:5-5:18 warning duplicate-keyword',
      says: [['keeps the first', 'already specified']],
    },
    { name: 'notify_fifo twice in global_defs', text: g('notify_fifo /run/a.fifo', 'notify_fifo /run/b.fifo'), golden: '3:5-3:16 warning duplicate-keyword' },
    { name: 'net_namespace twice at the top level', text: 'net_namespace blue\nnet_namespace red\n', golden: '2:1-2:14 warning duplicate-keyword' },
    {
      name: 'an SSL file twice: the later one replaces it',
      text: 'SSL {\n    ca /a.pem\n    ca /b.pem\n}\n',
      golden: '3:5-3:7 warning duplicate-keyword',
      says: ['replaces the earlier one'],
    },
    { name: 'two different versions', text: inst('version 3', 'version 2'), golden: '5:5-5:12 warning duplicate-keyword', says: [['contradicts', 'keeps 3']] },
    {
      name: 'three times: the second and third',
      text: inst('notify /bin/a', 'notify /bin/b', 'notify /bin/c'),
      golden: '5:5-5:11 warning duplicate-keyword\n6:5-6:11 warning duplicate-keyword',
    },
    {
      name: 'a second digest in one url (check_http.c: "is a duplicate", the first stays)',
      text: url('digest 0123456789abcdef0123456789abcdef', 'digest 0123456789ABCDEF0123456789ABCDEF'),
      golden: '7:17-7:23 warning duplicate-keyword',
    },
    { name: 'lvs_sync_daemon twice (the second one bare)', text: g('lvs_sync_daemon eth0', 'lvs_sync_daemon'), golden: '3:5-3:20 warning duplicate-keyword' },
    {
      name: 'a digest after a refused one counts as the first',
      text: url('digest abc', 'digest 0123456789abcdef0123456789abcdef', 'digest 0123456789abcdef0123456789abcdef'),
      golden: '8:17-8:23 warning duplicate-keyword',
    },
    {
      name: 'a second group block in a sync group',
      text: 'vrrp_sync_group SG {\n    group {\n        VI_1\n    }\n    group {\n        VI_2\n    }\n}\n',
      golden: '5:5-5:10 warning duplicate-keyword',
    },
  ],
  [
    { name: 'the same version twice', text: inst('version 3', 'version 3') },
    { name: 'priority twice: keepalived takes the last one without a word', text: inst('priority 100', 'priority 90') },
    { name: 'one each in two instances', text: inst('notify_master /bin/a') + inst('notify_master /bin/a').replace('VI_1', 'VI_2') },
    { name: 'different notify keywords', text: inst('notify_master /bin/a', 'notify_backup /bin/a') },
    { name: 'tracker blocks may repeat', text: inst('track_script {', '    a', '}', 'track_script {', '    b', '}') },
    { name: 'a refused digest leaves none: the next one is taken silently', text: url('digest abc', 'digest 0123456789abcdef0123456789abcdef') },
    { name: 'an lvs_sync_daemon without an interface is not taken', text: g('lvs_sync_daemon', 'lvs_sync_daemon eth0') },
    { name: 'one digest in each of two urls', text: url('digest 0123456789abcdef0123456789abcdef') + url('digest 0123456789abcdef0123456789abcdef') },
  ],
);

// HTTP_GET url values, as check_http.c reads them (digest_handler, status_code_handler); checked with keepalived 2.2.7 -t
ruleTable(
  argumentValue,
  [
    {
      name: 'digest too short',
      text: url('digest abc'),
      golden: '6:24-6:27 warning argument-value',
      says: [['3 characters', '32 hexadecimal', 'without a digest']],
    },
    {
      name: 'digest with a non-hex digit (offset of the last bad pair)',
      text: url('digest g123456789abcdef0123456789abcdeg'),
      golden: '6:24-6:56 warning argument-value',
      says: ['offset 30/31'],
    },
    {
      name: 'digest 0x prefix: the pair stops after 0',
      text: url('digest 0x23456789abcdef0123456789abcdef'),
      golden: '6:24-6:56 warning argument-value',
      says: ['offset 0/1'],
    },
    {
      name: 'digest: a non-ASCII character counts its UTF-8 bytes',
      text: url('digest 0123456789abcdef0123456789abcdé'),
      golden: '6:24-6:55 warning argument-value',
      says: ['offset 30/31'],
    },
    {
      name: 'status codes out of 100..599, reversed, not numbers, open range',
      text: url('status_code 200 600 299-200 abc 100- 201x 99 -1'),
      golden: [
        '6:33-6:36 warning argument-value',
        '6:37-6:44 warning argument-value',
        '6:45-6:48 warning argument-value',
        '6:49-6:53 warning argument-value',
        '6:54-6:58 warning argument-value',
        '6:59-6:61 warning argument-value',
        '6:62-6:64 warning argument-value',
      ].join('\n'),
      says: [['600', 'skips that item', '200-299'], 'reversed', 'not a status code'],
    },
    { name: 'status code past ULONG_MAX', text: url('status_code 18446744073709551816'), golden: '6:29-6:49 warning argument-value' },
  ],
  [
    { name: 'a digest in upper or lower case', text: url('digest 0123456789ABCDEF0123456789abcdef') },
    { name: 'a digest pair strtoul reads whole with a sign', text: url('digest +0123456789abcdef0123456789abcde') },
    { name: 'status codes and ranges', text: url('status_code 100 200-299 599 +200 200-+300') },
    { name: 'status codes strtoul wraps into range (2^32 + 200, -(2^32 - 200))', text: url('status_code 4294967496 -4294967096') },
  ],
);

ruleTable(
  argumentMissing,
  [
    { name: 'priority without its value', text: inst('priority'), golden: '4:5-4:13 error argument-missing', says: ['<priority>'] },
    // global_parser.c umask_handler reads the first word unconditionally: without one keepalived exits (missing parameter)
    { name: 'umask without a mask', text: g('umask'), golden: '2:5-2:10 error argument-missing', says: ['umask'] },
    // bfd_parser.c bfd_nbrip_handler reads the second word unchecked: keepalived -t 2.2.7 crashes (exit 139)
    { name: 'neighbor_ip alone', text: 'bfd_instance b1 {\n    neighbor_ip\n}\n', golden: '2:5-2:16 error argument-missing' },
    // regex_handler: "regex missing or too many fields" is logged when keepalived starts, and the url has no regex
    { name: 'regex alone', text: url('regex'), golden: '6:17-6:22 error argument-missing' },
    // vrrp_parser.c: "vrrp_instance must have a name" / "vrrp_sync_group must have a name - skipping", the block skipped (keepalived 2.2.7 -t)
    {
      name: 'a vrrp_instance without a name: the block is skipped, nothing inside is reported',
      text: 'vrrp_instance {\n    priority\n}\n',
      golden: '1:1-1:14 error argument-missing',
      says: ['skips all of it'],
    },
    { name: 'a vrrp_sync_group without a name', text: 'vrrp_sync_group {\n    group {\n        VI_1\n    }\n}\n', golden: '1:1-1:16 error argument-missing' },
  ],
  [
    { name: 'umask as a number', text: g('umask 0077') },
    { name: 'umask as bits over several words', text: g('umask IWGRP | IWOTH') },
    { name: 'a keyword that takes no value', text: inst('nopreempt') },
    // keepalived -t 2.2.7 and a start are silent: the handlers loop over no words, the defaults stay
    { name: 'status_code alone (200-299 stay)', text: url('status_code') },
    { name: 'regex_options alone', text: url('regex', 'regex_options').replace('regex\n', 'regex "ok"\n') },
    // alone it sets no script: keepalived says so at the block's end, which script-missing reports there
    {
      name: 'misc_path alone',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 192.0.2.2 80 {\n        MISC_CHECK {\n            misc_path\n        }\n    }\n}\n',
    },
  ],
);

ruleTable(
  argumentExtra,
  [
    // vrrp_parser.c vrrp_handler / vrrp_sync_group_handler / static_track_group_handler: vector_count(strvec) != 2 →
    // "... must have a name", skip_block (keepalived 2.2.7 -t: the message on line 1, nothing from inside the block)
    {
      name: 'a vrrp_instance of two words: keepalived skips the block, nothing inside is reported',
      text: 'vrrp_instance VI_1 VI_2 {\n    priority\n    nopreempt false\n}\n',
      golden: '1:20-1:24 error argument-extra',
      says: [['exactly one word', "'VI_2'", 'skips all of it']],
    },
    { name: 'a vrrp_sync_group of three words', text: 'vrrp_sync_group A B C {\n}\n', golden: '1:19-1:22 error argument-extra', says: ["'B C'"] },
    { name: 'a track_group of two words', text: 'track_group G H {\n    group {\n        VI_1\n    }\n}\n', golden: '1:15-1:16 error argument-extra' },
    { name: 'nopreempt false', text: inst('nopreempt false'), golden: '4:15-4:20 warning argument-extra' },
  ],
  [
    { name: 'one name each', text: 'vrrp_instance VI_1 {\n}\nvrrp_sync_group G {\n}\ntrack_group T {\n}\n' },
    // keepalived ignores a garp_group's words, and a vrrp_script reads only its first
    { name: 'other blocks with extra words are not skipped', text: 'garp_group x y {\n    garp_interval 1\n    interface eth0\n}\n' },
  ],
);

// keepalived 2.2.7 -t prints its message on each firing case's line (the use_ipvlan one without a line, at the end of the
// instance); the silent cases are silent there too
ruleTable(
  optionInvalid,
  [
    { name: 'garp_extra_if all, without a delay', text: inst('garp_extra_if all'), golden: '4:5-4:22 warning option-invalid', says: ['no delay'] },
    {
      name: 'linkbeat method in lower case',
      text: 'linkbeat_interfaces {\n    eth0 mii\n}\n',
      golden: '2:10-2:13 warning option-invalid',
      says: ['upper case'],
    },
    { name: 'linkbeat words after the method', text: 'linkbeat_interfaces {\n    eth0 MII x y\n}\n', golden: '2:14-2:17 warning option-invalid' },
    { name: 'garp_extra_if with a word that is no delay', text: inst('garp_extra_if 5 x'), golden: '4:21-4:22 warning option-invalid', says: ["'x'"] },
    { name: 'garp_extra_if past a day', text: inst('garp_extra_if all 86401'), golden: '4:23-4:28 warning option-invalid' },
    {
      name: 'vrrp_garp_extra_if 0 (1..86400 in global_defs)',
      text: g('vrrp_garp_extra_if 0'),
      golden: '2:24-2:25 warning option-invalid',
      says: ['1 to 86400'],
    },
    { name: 'vrrp_garp_extra_if alone', text: g('vrrp_garp_extra_if'), golden: '2:5-2:23 warning option-invalid' },
    { name: 'vrrp_rx_bufs_policy alone', text: g('vrrp_rx_bufs_policy'), golden: '2:5-2:24 warning option-invalid', says: ['no value'] },
    { name: 'vrrp_rx_bufs_policy with an unknown word', text: g('vrrp_rx_bufs_policy MTU foo'), golden: '2:29-2:32 warning option-invalid', says: ["'foo'"] },
    { name: 'a size and a policy', text: g('vrrp_rx_bufs_policy 65536 MTU'), golden: '2:5-2:34 warning option-invalid', says: ['keeps the size'] },
    {
      name: 'MTU and ADVERT on two lines (the flags add up)',
      text: g('vrrp_rx_bufs_policy MTU', 'vrrp_rx_bufs_policy ADVERT'),
      golden: '3:5-3:31 warning option-invalid',
      says: ['keeps MTU'],
    },
    {
      name: 'use_ipvlan without an address on an IPv4 instance',
      text: inst('virtual_ipaddress {', '    192.0.2.100/24', '}', 'use_ipvlan ipv1 bridge'),
      golden: '7:5-7:15 error option-invalid',
      says: ['FAULT'],
    },
    { name: 'use_ipvlan in an instance without addresses (IPv4 by default)', text: inst('use_ipvlan'), golden: '4:5-4:15 error option-invalid' },
    // vrrp_vmac_handler: the first two words, a MAC when it has a ':'
    { name: 'a VMAC address with a bad character', text: inst('use_vmac 02:00:00:00:00:0g'), golden: '4:14-4:31 warning option-invalid', says: ['hex digits'] },
    { name: 'a VMAC address of four octets', text: inst('use_vmac 02:00:00:00'), golden: '4:14-4:25 warning option-invalid', says: ['5 or 6 octets'] },
    { name: 'a VMAC octet of three digits', text: inst('use_vmac 02:000:00:00:00:01'), golden: '4:14-4:32 warning option-invalid' },
    { name: 'an empty VMAC octet', text: inst('use_vmac 02::00:00:00:01'), golden: '4:14-4:29 warning option-invalid' },
    { name: 'a multicast VMAC address', text: inst('use_vmac 03:00:00:00:00:01'), golden: '4:14-4:31 warning option-invalid', says: ['multicast'] },
    { name: 'the RFC 5798 IPv6 VMAC', text: inst('use_vmac 00:00:5e:00:02:33'), golden: '4:14-4:31 warning option-invalid', says: ['RFC 5798'] },
    { name: 'the RFC 5798 VMAC in five octets', text: inst('use_vmac 00:00:5e:00:01'), golden: '4:14-4:28 warning option-invalid' },
    {
      name: 'two VMAC addresses',
      text: inst('use_vmac 02:00:00:00:00:01 02:00:00:00:00:02'),
      golden: '4:32-4:49 warning option-invalid',
      says: ['second MAC'],
    },
    {
      name: 'a second VMAC name on a second line',
      text: inst('use_vmac vrrp.51', 'use_vmac vrrp.52'),
      golden: '5:14-5:21 warning option-invalid',
      says: [["'vrrp.51'"]],
    },
    { name: 'a VMAC name of 16 characters', text: inst('use_vmac vrrp.51234567890'), golden: '4:14-4:30 warning option-invalid', says: ['15 characters'] },
    { name: "a VMAC name with a '/'", text: inst('use_vmac vrrp/1'), golden: '4:14-4:20 warning option-invalid' },
    {
      name: 'a VMAC name an earlier instance uses, also for an ipvlan',
      text: inst('use_vmac vm1') + inst('use_vmac vm1').replace('VI_1', 'VI_2') + inst('use_ipvlan vm1 192.0.2.50').replace('VI_1', 'VI_3'),
      golden: '9:14-9:17 warning option-invalid\n14:16-14:19 warning option-invalid',
      says: [
        ['VI_1', 'VI_2'],
        ['VI_1', 'VI_3'],
      ],
    },
    // vrrp_ipvlan_handler
    { name: 'two ipvlan modes', text: inst('use_ipvlan 192.0.2.50 bridge vepa'), golden: '4:34-4:38 warning option-invalid', says: ["keeps 'bridge'"] },
    { name: 'two ipvlan addresses', text: inst('use_ipvlan 192.0.2.50 192.0.2.51/24'), golden: '4:27-4:40 warning option-invalid' },
    { name: 'two ipvlan names', text: inst('use_ipvlan 192.0.2.50 ipv1 ipv2'), golden: '4:32-4:36 warning option-invalid', says: ["keeps 'ipv1'"] },
    { name: 'an ipvlan name of 16 characters', text: inst('use_ipvlan 192.0.2.50 ipvlan0123456789'), golden: '4:27-4:43 warning option-invalid' },
    {
      name: 'an IPv6 ipvlan address after IPv4 VIPs: ignored, so the IPv4 instance has none',
      text: inst('virtual_ipaddress {', '    192.0.2.100/24', '}', 'use_ipvlan 2001:db8::5'),
      golden: '7:5-7:15 error option-invalid\n7:16-7:27 warning option-invalid',
      says: ['FAULT', ['IPv6', 'already IPv4']],
    },
  ],
  [
    { name: 'linkbeat lines', text: 'linkbeat_interfaces {\n    eth0 ETHTOOL\n    eth1\n}\n' },
    { name: 'garp_extra_if with a delay, in either order', text: inst('garp_extra_if all 5') + inst('garp_extra_if 0 all').replace('VI_1', 'VI_2') },
    { name: 'vrrp_garp_extra_if with a delay', text: g('vrrp_garp_extra_if 10 all') },
    { name: 'one policy, any case', text: g('vrrp_rx_bufs_policy mtu') },
    // keepalived 2.2.7 reads the first word as the size for every word that is no policy: '100 foo' sets the size, silently
    { name: 'a size first makes any later word a size', text: g('vrrp_rx_bufs_policy 100 foo') },
    { name: 'use_ipvlan with an address', text: inst('virtual_ipaddress {', '    192.0.2.100/24', '}', 'use_ipvlan 192.0.2.50/24 bridge') },
    { name: 'use_ipvlan on an IPv6 instance needs none', text: inst('virtual_ipaddress {', '    2001:db8::1/64', '}', 'use_ipvlan') },
    {
      name: 'a VMAC name and a MAC address, either order',
      text: inst('use_vmac 02:00:00:00:00:01 vrrp.51') + inst('use_vmac vm2 02:00:00:00:01').replace('VI_1', 'VI_2'),
    },
    // keepalived 2.2.7 reads two words, and after six octets stops reading the address
    {
      name: 'a third use_vmac word, a seventh octet',
      text: inst('use_vmac vrrp.51 02:00:00:00:00:01 x') + inst('use_vmac 02:00:00:00:00:01:03').replace('VI_1', 'VI_2'),
    },
    { name: 'five octets with a trailing colon', text: inst('use_vmac 02:00:00:00:00:') },
    { name: 'the VRRP OUI with another protocol octet', text: inst('use_vmac 00:00:5e:00:03:01') },
    { name: "a line with a later version's option words is not read for names", text: inst('use_vmac name vrrp.51 group 7') },
    { name: 'one VMAC name for two lines of one instance', text: inst('use_vmac vm1', 'use_vmac 02:00:00:00:00:01') },
    { name: 'an IPv6 ipvlan address before the IPv6 VIPs', text: inst('use_ipvlan 2001:db8::5', 'virtual_ipaddress {', '    2001:db8::10/64', '}') },
  ],
);

// global_parser.c umask_handler; keepalived 2.2.7 -t prints each firing case's message on line 2 and is silent on the others
ruleTable(
  argumentValue,
  [
    {
      name: 'umask with the IRWXG/IRWXO groups (only single bits exist)',
      text: g('umask IXUSR|IRWXG|IRWXO'),
      golden: '2:11-2:28 warning argument-value',
      says: [["'IRWXG|IRWXO'", 'IWGRP', 'no IRWXU']],
    },
    { name: 'umask bits without |', text: g('umask IWGRP IWOTH'), golden: '2:17-2:22 warning argument-value', says: ["joined by '|'"] },
    { name: 'umask bit with a tail', text: g('umask IWGRPX'), golden: '2:11-2:17 warning argument-value' },
    { name: 'umask ending in |', text: g('umask IWGRP|'), golden: '2:11-2:17 warning argument-value', says: ['no bit after it'] },
    { name: 'umask bits in lower case', text: g('umask iwgrp'), golden: '2:11-2:16 warning argument-value' },
    { name: 'umask number past 0777', text: g('umask 01000'), golden: '2:11-2:16 warning argument-value', says: ['0777'] },
    { name: 'umask 08 (octal has no 8)', text: g('umask 08'), golden: '2:11-2:13 warning argument-value' },
    { name: 'umask number and a word', text: g('umask 0177 x'), golden: '2:16-2:17 warning argument-value', says: ['single word'] },
    // keepalived 2.2.7 -t (track_file_init_handler): "Track file tf init value 12x is invalid"
    { name: 'init_file value not a number', text: tf('init_file 12x'), golden: '3:15-3:18 warning argument-value', says: [["'12x'", 'writes 0']] },
    // "Track file tf init value 300 is outside sensible range [-254, 254]"
    { name: 'init_file value past 254', text: tf('init_file overwrite -300'), golden: '3:25-3:29 warning argument-value', says: ['-254..254'] },
    // "Unknown track file init option foo" (a word that does not start with a digit or '-')
    { name: 'init_file unknown word', text: tf('init_file 5 foo'), golden: '3:17-3:20 warning argument-value', says: ["'foo'"] },
    { name: 'init_file value beyond an int', text: tf('init_file 99999999999'), golden: '3:15-3:26 warning argument-value', says: ['not a whole number'] },
    // "Process name keepalived_parent_1 more than 15 characters, truncating"
    {
      name: 'process name over 15 characters',
      text: g('vrrp_process_name keepalived_vrrp_1'),
      golden: '2:23-2:40 warning argument-value',
      says: ['cuts the name'],
    },
    // "nftables table name too long - ignoring" (NFT_TABLE_MAXNAMELEN 256)
    {
      name: 'nftables table name of 256 characters',
      text: g(`nftables ${'t'.repeat(256)}`),
      golden: '2:14-2:270 warning argument-value',
      says: ['no nftables table'],
    },
    // "Duplicate include_check 'match' specified - ignoring"
    {
      name: 'include_check second option without a sign',
      text: g('include_check read match'),
      golden: '2:24-2:29 warning argument-value',
      data: [{ replacement: '+match' }],
    },
    // "vrrp_mcast_group6 [ff05::12] should be link-local multicast." (accepted: information)
    { name: 'vrrp_mcast_group6 of site scope', text: g('vrrp_mcast_group6 ff05::12'), golden: '2:23-2:31 information argument-value', says: ['ff02::12'] },
    // "Unknown include_check type 'readable' - ignoring"
    { name: 'include_check unknown option', text: g('include_check -readable'), golden: '2:19-2:28 warning argument-value', says: ["'readable'"] },
  ],
  [
    { name: 'init_file value and overwrite', text: tf('init_file 254 overwrite') },
    { name: 'process name of 15 characters', text: g('process_name keepalived_mai1') },
    { name: 'nftables table name of 255 characters', text: g(`nftables ${'t'.repeat(255)}`) },
    { name: 'vrrp_mcast_group6 link-local', text: g('vrrp_mcast_group6 ff02::13') + g('vrrp_mcast_group6 ff12::12') },
    { name: 'include_check options with signs', text: g('include_check match +wildcard_match -brace_match') + g('include_check') },
    { name: 'init_file negative value', text: tf('init_file -254') },
    { name: 'init_file alone', text: tf('init_file') },
    { name: 'umask bits joined by |', text: g('umask IXUSR|IRGRP|IWGRP|IXGRP|IROTH|IWOTH|IXOTH') },
    { name: 'umask bits and | as words', text: g('umask IWGRP | IWOTH') },
    { name: 'umask in octal, hex and decimal', text: g('umask 0177') + g('umask 0x1ff') + g('umask 511') },
  ],
);

describe('rule duplicate-keyword: its table', () => {
  it('names keywords the catalogue has in that block, none of them repeatable', () => {
    for (const [blockId, kws] of Object.entries(KEEPS_FIRST)) {
      for (const kw of Object.keys(kws)) {
        const def = lookup(blockId, kw);
        assert.ok(def, `${kw} is not a keyword of ${blockId}`);
        assert.ok(!def.repeatable, `${kw} in ${blockId} is marked repeatable`);
      }
    }
  });
});

ruleTable(
  emptyBlock,
  [
    {
      name: 'empty notification_email: at its closing brace',
      text: g('notification_email {', '}'),
      golden: '3:5-3:6 warning empty-block',
      says: ['no address gets the alert e-mails'],
    },
    { name: 'empty on one line', text: g('notification_email { }'), golden: '2:26-2:27 warning empty-block' },
    { name: 'track_group with an empty group', text: 'track_group T {\n    group {\n    }\n}\n', golden: '3:5-3:6 warning empty-block' },
    {
      name: 'garp_group with an empty interfaces block',
      text: 'garp_group {\n    garp_interval 1\n    interfaces {\n    }\n}\n',
      golden: '4:5-4:6 warning empty-block',
    },
  ],
  [
    { name: 'addresses listed', text: g('notification_email {', '    ops@example.com', '}') },
    { name: 'an empty sync group group is sync-group-empty’s', text: 'vrrp_sync_group SG {\n    group {\n    }\n}\n' },
    { name: 'an empty track_script block (keepalived is silent)', text: inst('track_script {', '}') },
  ],
);

ruleTable(
  addressSuffixIgnored,
  [
    {
      name: 'unicast_src_ip with a prefix',
      text: inst('unicast_src_ip 192.0.2.11/24', 'unicast_peer {', '    192.0.2.12', '}'),
      golden: '4:20-4:33 hint address-suffix-ignored',
      says: [["cuts '/24' off"]],
      data: [{ replacement: '192.0.2.11' }],
    },
    { name: 'a unicast peer with a prefix', text: inst('unicast_peer {', '    192.0.2.12/24', '}'), golden: '5:9-5:22 hint address-suffix-ignored' },
    {
      name: 'a real server with /32',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 192.0.2.21/32 80 {\n    }\n}\n',
      golden: '2:17-2:30 hint address-suffix-ignored',
    },
    { name: 'a virtual server with a range', text: 'virtual_server 192.0.2.1-5 80 {\n}\n', golden: '1:16-1:27 hint address-suffix-ignored' },
    { name: 'the multicast group', text: g('vrrp_mcast_group4 224.0.0.18/32'), golden: '2:23-2:36 hint address-suffix-ignored' },
  ],
  [
    { name: 'plain addresses', text: inst('unicast_src_ip 192.0.2.11', 'unicast_peer {', '    192.0.2.12', '}') },
    { name: 'a VIP prefix means something', text: inst('virtual_ipaddress {', '    192.0.2.10/24', '}') },
    { name: 'an invalid address is argument-value’s', text: inst('unicast_src_ip 192.0.2.300/24') },
  ],
);
