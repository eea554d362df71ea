/**
 * VRRP rules about limits and combinations keepalived 2.2.7 checks when it completes an instance
 * or a sync group (vrrp.c vrrp_complete_instance, vrrp_sync.c), one table per rule. Facts:
 * keepalived 2.2.7 `-t` and a real start.
 */
import * as assert from 'node:assert/strict';
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
