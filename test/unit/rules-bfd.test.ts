/**
 * bfd-instance-invalid: what keepalived 2.2.7's BFD process drops or corrects in a bfd_instance
 * (bfd_data.c alloc_bfd, bfd_parser.c bfd_end_handler). Every firing case was checked with
 * keepalived -t 2.2.7 (it names the block's closing brace; we point at the word at fault).
 */
import { bfdInstanceInvalid } from '../../server/src/language/validation/rules/bfd-instance-invalid';
import { ruleTable } from './rules-vrrp.test';

/** A bfd_instance with the given lines (from line 2 on). */
const bfd = (name: string, ...lines: string[]) => `bfd_instance ${name} {\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;

ruleTable(
  bfdInstanceInvalid,
  [
    { name: 'no neighbor_ip', text: bfd('b1', 'min_rx 100'), golden: '1:14-1:16 error bfd-instance-invalid', says: [['no neighbor_ip', 'disables']] },
    {
      name: 'a source of the other family',
      text: bfd('b1', 'source_ip 192.0.2.11', 'neighbor_ip 2001:db8::2'),
      golden: '2:15-2:25 error bfd-instance-invalid',
      says: [['IPv4', 'IPv6']],
    },
    {
      name: 'the neighbour of an earlier session without source (neighbour_ip spelling)',
      text: bfd('b1', 'neighbor_ip 192.0.2.12') + bfd('b2', 'source_ip 192.0.2.11', 'neighbour_ip 192.0.2.12'),
      golden: '6:18-6:28 error bfd-instance-invalid',
      says: [["ignores bfd_instance 'b2'", 'without source_ip']],
    },
    {
      name: 'the same source and neighbour',
      text: bfd('b1', 'source_ip 192.0.2.11', 'neighbor_ip 192.0.2.13') + bfd('b2', 'source_ip 192.0.2.11', 'neighbor_ip 192.0.2.13'),
      golden: '7:17-7:27 error bfd-instance-invalid',
      says: ['from 192.0.2.11'],
    },
    {
      name: 'a later session without source to a neighbour with one',
      text: bfd('b1', 'source_ip 192.0.2.11', 'neighbor_ip 192.0.2.18') + bfd('b2', 'neighbor_ip 192.0.2.18'),
      golden: '6:17-6:27 error bfd-instance-invalid',
      says: ['no source_ip'],
    },
    {
      name: 'max_hops above ttl and above the IPv6 default hop limit',
      text: bfd('b1', 'neighbor_ip 192.0.2.14', 'ttl 10', 'max_hops 20') + bfd('b2', 'neighbor_ip 2001:db8::8', 'max_hops 100'),
      golden: '4:5-4:16 warning bfd-instance-invalid\n8:5-8:17 warning bfd-instance-invalid',
      says: ['lowers max_hops to 10', 'default hop limit 64'],
    },
    {
      name: 'max_hops -1 (a uint8_t: 255, no hop check) with the IPv6 default hop limit 64',
      text: bfd('b1', 'neighbor_ip 2001:db8::3', 'max_hops -1'),
      golden: '3:5-3:16 warning bfd-instance-invalid',
      says: [['-1 (kept as 255)', 'checked after all']],
    },
    {
      name: 'a name of 32 characters',
      text: bfd('abcdefghijabcdefghijabcdefghij12', 'neighbor_ip 192.0.2.16'),
      golden: '1:14-1:46 error bfd-instance-invalid',
      says: ['31'],
    },
  ],
  [
    {
      name: 'a complete session; a name of 31 characters',
      text: bfd('b1', 'source_ip 192.0.2.11', 'neighbor_ip 192.0.2.12') + bfd('abcdefghijabcdefghijabcdefghij1', 'neighbor_ip 192.0.2.17'),
    },
    {
      name: 'one neighbour from two different sources',
      text: bfd('b1', 'source_ip 192.0.2.11', 'neighbor_ip 192.0.2.13') + bfd('b2', 'source_ip 192.0.2.12', 'neighbor_ip 192.0.2.13'),
    },
    {
      name: 'max_hops at the TTL; 255 and -1 (kept as 255) with the IPv4 default TTL 255',
      text:
        bfd('b1', 'neighbor_ip 192.0.2.14', 'ttl 10', 'max_hops 10') +
        bfd('b2', 'neighbor_ip 192.0.2.15', 'max_hops 255') +
        bfd('b3', 'neighbor_ip 192.0.2.16', 'max_hops -1'),
    },
    { name: 'a malformed neighbor_ip is argument-value’s (keepalived drops the instance there)', text: bfd('b1', 'neighbor_ip 192.0.2.300') },
    { name: 'a second block of the same name is duplicate-name’s', text: bfd('b1', 'neighbor_ip 192.0.2.12') + bfd('b1', 'neighbor_ip 192.0.2.12') },
  ],
);
