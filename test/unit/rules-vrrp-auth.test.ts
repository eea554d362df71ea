/** VRRP authentication rules, one table per rule (see rules-vrrp.test.ts for the table runner). */
import { authAhIpv6 } from '../../server/src/language/validation/rules/auth-ah-ipv6';
import { authAhMaster } from '../../server/src/language/validation/rules/auth-ah-master';
import { authIgnored } from '../../server/src/language/validation/rules/auth-ignored';
import { authPassLength } from '../../server/src/language/validation/rules/auth-pass-length';
import { authType } from '../../server/src/language/validation/rules/auth-type';
import { instance } from '../support/rules';
import { BASE, ruleTable } from './rules-vrrp.test';

const auth = (type: string | undefined, pass: string | undefined) =>
  `authentication {\n${type !== undefined ? `    auth_type ${type}\n` : ''}${pass !== undefined ? `    auth_pass ${pass}\n` : ''}}`;
const withBase = (extra: string) => instance(`${BASE}\n${extra}`);
const V6 = 'interface eth0\nvirtual_router_id 51\nvirtual_ipaddress {\n    fe80::1/64\n}';

ruleTable(
  authPassLength,
  [
    {
      name: '16 characters',
      text: withBase(auth('PASS', 'verylongpassword')),
      golden: '9:19-9:35 warning auth-pass-length',
      says: [["'verylong'", '16 characters']],
      data: [{ truncated: 'verylong' }],
    },
    {
      name: 'Kolla’s 40 characters',
      text: withBase(auth('PASS', 'Xk3PqW9vLm2RtY7uZa5bNc8dEf1gHj4kLm6nPq0r')),
      golden: '9:19-9:59 warning auth-pass-length',
      says: ["'Xk3PqW9v'"],
    },
    { name: 'quoted', text: withBase(auth('PASS', '"pass word 1"')), golden: '9:19-9:32 warning auth-pass-length', data: [{ truncated: 'pass wor' }] },
    {
      name: 'multi-byte characters count as bytes',
      text: withBase(auth('PASS', 'pässwörd')),
      golden: '9:19-9:27 warning auth-pass-length',
      data: [{ truncated: 'pässwö' }],
    },
  ],
  [
    { name: 'exactly 8', text: withBase(auth('PASS', '12345678')) },
    { name: 'short', text: withBase(auth('PASS', 'abc')) },
  ],
);

ruleTable(
  authType,
  [
    {
      name: "'PASS;' (k0s guide)",
      text: withBase(auth('PASS;', 'secret')),
      golden: '8:19-8:24 warning auth-type',
      says: [['without authentication', "Write 'PASS'"]],
      data: [{ replacement: 'PASS' }],
    },
    { name: 'lower case', text: withBase(auth('pass', 'secret')), golden: '8:19-8:23 warning auth-type', data: [{ replacement: 'PASS' }] },
    { name: 'unknown word', text: withBase(auth('MD5', 'secret')), golden: '8:19-8:22 warning auth-type', data: [undefined] },
  ],
  [
    { name: 'PASS', text: withBase(auth('PASS', 'secret')) },
    { name: 'AH', text: withBase(auth('AH', 'secret')) },
  ],
);

ruleTable(
  authIgnored,
  [
    {
      name: 'version 3',
      text: withBase(`version 3\n${auth('PASS', 'secret')}`),
      golden: '8:5-8:19 warning auth-ignored',
      says: [['VRRPv3', 'its version line']],
      data: [{ remove: true }],
    },
    {
      name: 'global vrrp_version 3',
      text: `global_defs {\n    vrrp_version 3\n}\n${withBase(auth('PASS', 'secret'))}`,
      golden: '10:5-10:19 warning auth-ignored',
      says: ['global vrrp_version 3'],
    },
    { name: 'IPv6 instance', text: instance(`${V6}\n${auth('PASS', 'secret')}`), golden: '7:5-7:19 warning auth-ignored', says: ['IPv6 instances always do'] },
    {
      name: 'vrrp_strict',
      text: `global_defs {\n    vrrp_strict\n}\n${withBase(auth('PASS', 'secret'))}`,
      golden: '10:5-10:19 warning auth-ignored',
      says: ['strict mode'],
    },
    { name: 'no auth_pass', text: withBase(auth('PASS', undefined)), golden: '7:5-7:19 warning auth-ignored', says: ['no auth_pass'], data: [undefined] },
    {
      name: 'IPv6 instance with version 2 written after its VIPs (keepalived ignores that line)',
      text: instance(`${V6}\nversion 2\n${auth('AH', 'secret')}`),
      golden: '8:5-8:19 warning auth-ignored',
    },
    {
      name: 'auth_pass without auth_type: silently unused (information)',
      text: withBase(auth(undefined, 'secret')),
      golden: '7:5-7:19 information auth-ignored',
      data: [{ insert: 'auth_type PASS' }],
    },
  ],
  [
    { name: 'VRRPv2 with PASS', text: withBase(auth('PASS', 'secret')) },
    { name: 'an unknown auth_type is auth-type’s to report', text: withBase(auth('PASS;', 'secret')) },
    {
      name: 'AH in IPv6 under version 2 is auth-ah-ipv6’s',
      text: instance(`interface eth0\nvirtual_router_id 51\nversion 2\nvirtual_ipaddress {\n    fe80::1/64\n}\n${auth('AH', 'secret')}`),
    },
  ],
);

ruleTable(
  authAhMaster,
  [
    {
      name: 'AH with state MASTER',
      text: withBase(`state MASTER\npriority 100\n${auth('AH', 'secret')}`),
      golden: '7:11-7:17 warning auth-ah-master',
      says: ['starts it as BACKUP'],
      data: [{ state: 'BACKUP', replacement: 'BACKUP' }],
    },
  ],
  [
    { name: 'AH with state BACKUP', text: withBase(`state BACKUP\n${auth('AH', 'secret')}`) },
    { name: 'AH with the address owner (priority 255)', text: withBase(`state MASTER\npriority 255\n${auth('AH', 'secret')}`) },
    { name: 'AH with state MASTER and no priority (owner)', text: withBase(`state MASTER\n${auth('AH', 'secret')}`) },
    { name: 'PASS with state MASTER', text: withBase(`state MASTER\npriority 100\n${auth('PASS', 'secret')}`) },
    { name: 'AH ignored under VRRPv3', text: withBase(`state MASTER\npriority 100\nversion 3\n${auth('AH', 'secret')}`) },
  ],
);

ruleTable(
  authAhIpv6,
  [
    {
      name: 'AH in an IPv6 instance kept at version 2',
      text: instance(`interface eth0\nvirtual_router_id 51\nversion 2\nvirtual_ipaddress {\n    fe80::1/64\n}\n${auth('AH', 'secret')}`),
      golden: '9:19-9:21 warning auth-ah-ipv6',
      data: [{ replacement: 'PASS' }],
    },
  ],
  [
    { name: 'AH in an IPv4 instance', text: withBase(auth('AH', 'secret')) },
    { name: 'IPv6 instance under VRRPv3 (auth-ignored reports it)', text: instance(`${V6}\n${auth('AH', 'secret')}`) },
    { name: 'version 2 after the IPv6 VIPs does not count', text: instance(`${V6}\nversion 2\n${auth('AH', 'secret')}`) },
  ],
);
