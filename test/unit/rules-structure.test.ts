/**
 * Structure rules added for the keepalived message table: a keyword given twice where keepalived
 * takes one (duplicate-keyword), an empty value block keepalived warns about (empty-block), an
 * address suffix keepalived cuts off unread (address-suffix-ignored). Facts: keepalived 2.2.7 -t
 * (the message table's lab test runs each keepalived message's example).
 */
import * as assert from 'node:assert/strict';
import { lookup } from '../../server/src/language/catalogue/index';
import { addressSuffixIgnored } from '../../server/src/language/validation/rules/address-suffix-ignored';
import { argumentMissing } from '../../server/src/language/validation/rules/argument-missing';
import { argumentValue } from '../../server/src/language/validation/rules/argument-value';
import { duplicateKeyword, KEEPS_FIRST } from '../../server/src/language/validation/rules/duplicate-keyword';
import { emptyBlock } from '../../server/src/language/validation/rules/empty-block';
import { ruleTable } from './rules-vrrp.test';

const g = (...l: string[]) => `global_defs {\n${l.map((x) => `    ${x}\n`).join('')}}\n`;
const url = (...l: string[]) =>
  `virtual_server 192.0.2.1 80 {\n    real_server 192.0.2.2 80 {\n        HTTP_GET {\n            url {\n                path /\n${l.map((x) => `                ${x}\n`).join('')}            }\n        }\n    }\n}\n`;
const inst = (...l: string[]) => `vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n${l.map((x) => `    ${x}\n`).join('')}}\n`;

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
