/**
 * virtual_server_group entries (vsg-entry-invalid) and families (vsg-family-mixed), as keepalived
 * 2.2.7 reads them: check_data.c alloc_vsg_entry, utils.c inet_stor, check_parser.c vsg_handler.
 * Every firing case was checked with keepalived -t 2.2.7 (it reports the same line).
 */
import { vsgEntryInvalid } from '../../server/src/language/validation/rules/vsg-entry-invalid';
import { vsgFamilyMixed } from '../../server/src/language/validation/rules/vsg-family-mixed';
import { ruleTable } from './rules-vrrp.test';

/** A group G whose entries start on line 2. */
const group = (...lines: string[]) => `virtual_server_group G {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;

ruleTable(
  vsgEntryInvalid,
  [
    {
      name: 'fwmark past 2^32 - 1',
      text: group('fwmark 4294967296'),
      golden: '2:12-2:22 warning vsg-entry-invalid',
      says: [['0..4294967295', 'skips this entry']],
    },
    { name: 'fwmark not a number', text: group('fwmark x'), golden: '2:12-2:13 warning vsg-entry-invalid' },
    { name: 'fwmark with an unknown family', text: group('fwmark 5 inet7'), golden: '2:14-2:19 warning vsg-entry-invalid', says: ['inet or inet6'] },
    { name: 'fwmark without its number stops keepalived', text: group('10.0.0.1 80', 'fwmark'), golden: '3:5-3:11 error vsg-entry-invalid', says: ['stops'] },
    { name: 'not an address', text: group('10.0.0.300 80'), golden: '2:5-2:15 warning vsg-entry-invalid' },
    { name: 'port out of range', text: group('10.0.0.1 65536'), golden: '2:14-2:19 warning vsg-entry-invalid', says: ['1..65535'] },
    {
      name: 'mask 0 and past the family',
      text: group('10.0.0.0/0 80', '2001:db8::/129 80', '10.0.0.0/2x 80'),
      golden: '2:5-2:15 warning vsg-entry-invalid\n3:5-3:19 warning vsg-entry-invalid\n4:5-4:16 warning vsg-entry-invalid',
    },
    {
      name: 'bits set below the mask',
      text: group('10.0.0.1/24 80', '2001:db8::1/64 80'),
      golden: '2:5-2:16 warning vsg-entry-invalid\n3:5-3:19 warning vsg-entry-invalid',
      says: ['below its mask'],
    },
    {
      name: 'a whole-address range ending below its start',
      text: group('10.0.0.5-10.0.0.1 80', '2001:db8::5-2001:db8::1 80'),
      golden: '2:5-2:22 warning vsg-entry-invalid\n3:5-3:28 warning vsg-entry-invalid',
    },
    { name: 'a range end that is not an address', text: group('10.0.0.1-10.0.0.x 80'), golden: '2:5-2:22 warning vsg-entry-invalid' },
    {
      name: 'an IPv6 range end after an IPv4 start: the colon makes the whole word IPv6',
      text: group('10.0.0.1-2001:db8::5 80'),
      golden: '2:5-2:25 warning vsg-entry-invalid',
      says: ['IPv6'],
    },
    {
      name: 'a last-octet range not above its start (also empty)',
      text: group('10.0.0.5-3 80', '10.0.0.5-5 80', '10.0.0.5- 80', '2001:db8::5-3 80'),
      golden: '2:5-2:15 warning vsg-entry-invalid\n3:5-3:15 warning vsg-entry-invalid\n4:5-4:14 warning vsg-entry-invalid\n5:5-5:18 warning vsg-entry-invalid',
    },
    {
      name: 'a range end past 255 / ffff',
      text: group('10.0.0.5-256 80', '2001:db8::5-10000 80'),
      golden: '2:5-2:17 warning vsg-entry-invalid\n3:5-3:22 warning vsg-entry-invalid',
    },
    {
      name: 'characters after the range end',
      text: group('10.0.0.5-7x 80', '2001:db8::5-10.0.0.1 80'),
      golden: '2:5-2:16 warning vsg-entry-invalid\n3:5-3:25 warning vsg-entry-invalid',
      says: ["'x'"],
    },
  ],
  [
    { name: 'addresses with and without a port (0 is no port)', text: group('10.0.0.1 80', '10.0.0.2', '10.0.0.3 0', '2001:db8::1 443') },
    { name: 'networks, /32 included', text: group('10.0.0.0/24 80', '10.0.0.0/32 80', '2001:db8::/64 80') },
    { name: 'ranges', text: group('10.0.0.1-10.0.0.1 80', '10.0.0.1-10.0.0.9 80', '10.0.0.1-20 80', '2001:db8::5-ff 80', '2001:db8::1-2001:db8::1:0 80') },
    { name: 'fwmarks with and without a family; extra words ignored', text: group('fwmark 0', 'fwmark 4294967295 inet6', 'fwmark 5 inet 7', '10.0.0.1 80 90') },
  ],
);

ruleTable(
  vsgFamilyMixed,
  [
    {
      name: 'IPv4, IPv6 and a fwmark without family',
      text: group('10.0.0.1 80', '2001:db8::1 80', 'fwmark 5'),
      golden: '5:1-5:2 warning vsg-family-mixed',
      says: ['removes the group'],
    },
  ],
  [
    { name: 'IPv4 and IPv6 with families on every fwmark', text: group('10.0.0.1 80', '2001:db8::1 80', 'fwmark 5 inet') },
    { name: 'one family and a bare fwmark', text: group('10.0.0.1 80', 'fwmark 5') },
    { name: 'the IPv6 entry is skipped (bits below its mask)', text: group('10.0.0.1 80', '2001:db8::1/64 80', 'fwmark 5') },
  ],
);
