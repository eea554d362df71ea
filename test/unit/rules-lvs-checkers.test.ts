/**
 * Checker connection options (checker-connection), as keepalived 2.2.7 reads them: check_api.c
 * co_ip_handler / co_srcip_handler / check_conn_opts, check_smtp.c for SMTP_CHECK and its host
 * blocks. Every firing case was checked with keepalived -t 2.2.7 (it reports the same line).
 */
import { checkerConnection } from '../../server/src/language/validation/rules/checker-connection';
import { ruleTable } from './rules-vrrp.test';

/** A virtual server (line 1) with one real server (line 5) holding `lines` from line 6 on. */
const rs = (vsAddr: string, rsAddr: string, ...lines: string[]) =>
  `virtual_server ${vsAddr} 80 {\n    lb_algo rr\n    lb_kind NAT\n    protocol TCP\n    real_server ${rsAddr} 80 {\n${lines.map((l) => `        ${l}\n`).join('')}    }\n}\n`;
const v4 = (...lines: string[]) => rs('192.0.2.1', '192.0.2.21', ...lines);
const v6 = (...lines: string[]) => rs('2001:db8::100', 'fe80::5', ...lines);

ruleTable(
  checkerConnection,
  [
    {
      name: 'bindto of the other family than the real server',
      text: v4('TCP_CHECK {', '    bindto 2001:db8::5', '}'),
      golden: '7:20-7:31 warning checker-connection',
      says: ['the real server 192.0.2.21'],
    },
    {
      name: 'connect_ip of the other family than bindto',
      text: v4('HTTP_GET {', '    bindto 192.0.2.11', '    connect_ip 2001:db8::7', '    url {', '        path /', '    }', '}'),
      golden: '8:24-8:35 warning checker-connection',
      says: ['no destination'],
    },
    {
      name: 'bindto after connect_ip of the other family',
      text: v4('TCP_CHECK {', '    connect_ip 2001:db8::9', '    bindto 192.0.2.11', '}'),
      golden: '8:20-8:30 warning checker-connection',
      says: ['connect_ip 2001:db8::9'],
    },
    {
      name: 'link-local connect_ip without bind_if (at the closing brace)',
      text: v4('TCP_CHECK {', '    connect_ip fe80::1', '}'),
      golden: '8:9-8:10 warning checker-connection',
      says: ['drops the checker'],
    },
    {
      name: 'link-local real server: every checker without bind_if',
      text: v6('TCP_CHECK {', '}', 'PING_CHECK {', '}'),
      golden: '7:9-7:10 warning checker-connection\n9:9-9:10 warning checker-connection',
    },
    {
      name: 'SMTP_CHECK: its own link-local connect_ip',
      text: v4('SMTP_CHECK {', '    connect_ip fe80::1', '}'),
      golden: '8:9-8:10 warning checker-connection',
    },
    {
      name: 'SMTP_CHECK host block connecting to the link-local real server',
      text: v6('SMTP_CHECK {', '    host {', '        connect_ip 2001:db8::9', '    }', '    host {', '    }', '}'),
      golden: '11:13-11:14 warning checker-connection',
      says: ['host entry'],
    },
  ],
  [
    { name: 'same families', text: v4('TCP_CHECK {', '    connect_ip 192.0.2.22', '    bindto 192.0.2.11', '}') },
    { name: 'connect_ip of the other family than the real server, no bindto', text: v4('TCP_CHECK {', '    connect_ip 2001:db8::9', '}') },
    {
      name: 'an unreadable connect_ip leaves no destination to compare (argument-value reports it)',
      text: v4('TCP_CHECK {', '    connect_ip x', '    bindto 2001:db8::5', '}'),
    },
    { name: 'SMTP_CHECK starts without a destination: bindto of any family', text: v4('SMTP_CHECK {', '    bindto 2001:db8::5', '}') },
    { name: 'link-local with bind_if', text: v6('TCP_CHECK {', '    bind_if eth0', '}', 'SMTP_CHECK {', '    host {', '        bind_if eth0', '    }', '}') },
    { name: 'MISC_CHECK has no connection', text: v6('MISC_CHECK {', '    misc_path /bin/true', '}') },
    {
      name: 'a real server keepalived skips (bad address) reads no checker',
      text: rs('192.0.2.1', '192.0.2.300', 'TCP_CHECK {', '    bindto 2001:db8::5', '}'),
    },
  ],
);
