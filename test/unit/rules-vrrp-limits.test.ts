/**
 * VRRP rules about limits and combinations keepalived 2.2.7 checks when it completes an instance
 * or a sync group (vrrp.c vrrp_complete_instance, vrrp_sync.c), one table per rule. Facts:
 * keepalived 2.2.7 `-t` and a real start.
 */
import * as assert from 'node:assert/strict';
import { syncGroupOwnerMixed } from '../../server/src/language/validation/rules/sync-group-owner-mixed';
import { maxVips, vipTooMany } from '../../server/src/language/validation/rules/vip-too-many';
import { instance } from '../support/rules';
import { ruleTable } from './rules-vrrp.test';

const vips = (addrs: string[], extra = '') =>
  instance(`interface eth0\nvirtual_router_id 51\n${extra ? `${extra}\n` : ''}virtual_ipaddress {\n${addrs.map((a) => `    ${a}`).join('\n')}\n}`);
const v4 = (n: number) => Array.from({ length: n }, (_, i) => `10.1.${(i + 1) >> 8}.${(i + 1) & 255}/32`);
const v6 = (n: number) => Array.from({ length: n }, (_, i) => `2001:db8::${(i + 1).toString(16)}/64`);

describe('maxVips (room in one advert at MTU 1500)', () => {
  it('IPv4: the one-byte count field', () => assert.equal(maxVips({ family: 4, version: 2, authType: undefined }), 255));
  it('IPv6: 89 addresses of 16 bytes', () => assert.equal(maxVips({ family: 6, version: 3, authType: undefined }), 89));
});

ruleTable(
  vipTooMany,
  [
    { name: '256 IPv4 VIPs', text: vips(v4(256)), golden: '260:9-260:20 warning vip-too-many', says: [['256 VIPs', 'at most 255', 'the 0 after it']] },
    { name: '90 IPv6 VIPs', text: vips(v6(90)), golden: '94:9-94:24 warning vip-too-many', says: ['MTU 1500'] },
  ],
  [
    { name: '255 IPv4 VIPs', text: vips(v4(255)) },
    { name: '89 IPv6 VIPs', text: vips(v6(89)) },
    { name: 'invalid lines do not count', text: vips([...v4(255), '10.999.0.1/32']) },
  ],
);

const member = (name: string, vrid: number, lines: string) =>
  `vrrp_instance ${name} {\n    interface eth0\n    virtual_router_id ${vrid}\n${lines
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n    virtual_ipaddress {\n        192.0.2.${vrid}/24\n    }\n}\n`;
const owner = (name: string, vrid: number) => member(name, vrid, 'state MASTER\npriority 255');
const backup = (name: string, vrid: number) => member(name, vrid, 'state BACKUP\npriority 100');
const sg = (...names: string[]) => `vrrp_sync_group SG {\n    group {\n${names.map((n) => `        ${n}\n`).join('')}    }\n}\n`;

// vrrp_sync.c vrrp_sync_set_group: keepalived 2.2.7 logs it when it starts
ruleTable(
  syncGroupOwnerMixed,
  [
    {
      name: 'an owner then a BACKUP',
      text: owner('VI_1', 51) + backup('VI_2', 52) + sg('VI_1', 'VI_2'),
      golden: '22:9-22:13 warning sync-group-owner-mixed',
      says: [['VI_2', 'VI_1']],
    },
    {
      name: 'two owners then a BACKUP',
      text: owner('VI_1', 51) + owner('VI_2', 52) + backup('VI_3', 53) + sg('VI_1', 'VI_2', 'VI_3'),
      golden: '32:9-32:13 warning sync-group-owner-mixed',
    },
  ],
  [
    { name: 'a BACKUP first (the group starts as BACKUP)', text: owner('VI_1', 51) + backup('VI_2', 52) + sg('VI_2', 'VI_1') },
    { name: 'all owners', text: owner('VI_1', 51) + owner('VI_2', 52) + sg('VI_1', 'VI_2') },
    { name: 'MASTER below 255 is not an owner', text: member('VI_1', 51, 'state MASTER\npriority 200') + backup('VI_2', 52) + sg('VI_1', 'VI_2') },
    { name: 'no state line is not BACKUP to keepalived here', text: owner('VI_1', 51) + member('VI_2', 52, 'priority 100') + sg('VI_1', 'VI_2') },
  ],
);
