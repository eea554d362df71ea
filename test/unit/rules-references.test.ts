/**
 * Rules about names and references, sync groups, VRIDs and scripts: one table per rule, cases
 * that fire (golden `L:C-L:C severity code`) and cases that must stay silent. Facts checked with
 * keepalived 2.2.7 (`-t`, and a running instance's SIGUSR1 dump for what `-t` does not show).
 */
import * as assert from 'node:assert/strict';
import { blockSwallowed } from '../../server/src/language/validation/rules/block-swallowed';
import { duplicateName } from '../../server/src/language/validation/rules/duplicate-name';
import { notifyUserArgument } from '../../server/src/language/validation/rules/notify-user-argument';
import { scriptArguments } from '../../server/src/language/validation/rules/script-arguments';
import { scriptMissing } from '../../server/src/language/validation/rules/script-missing';
import { scriptQuote } from '../../server/src/language/validation/rules/script-quote';
import { scriptSecurity } from '../../server/src/language/validation/rules/script-security';
import { syncGroupEmpty } from '../../server/src/language/validation/rules/sync-group-empty';
import { syncGroupSingle } from '../../server/src/language/validation/rules/sync-group-single';
import { syncGroupTwice } from '../../server/src/language/validation/rules/sync-group-twice';
import { syncGroupUndefined } from '../../server/src/language/validation/rules/sync-group-undefined';
import { undefinedReference } from '../../server/src/language/validation/rules/undefined-reference';
import { unusedScript } from '../../server/src/language/validation/rules/unused-script';
import { vridDuplicate } from '../../server/src/language/validation/rules/vrid-duplicate';
import { instance, lintIssues } from '../support/rules';
import { ruleTable } from './rules-vrrp.test';

const SECURE = 'global_defs {\n    enable_script_security\n}\n';
/** A minimal instance (5 lines + body), optionally with extra lines. */
const inst = (extra = '', name = 'VI_1', vrid = 51, iface = 'eth0') =>
  instance(`interface ${iface}\nvirtual_router_id ${vrid}${extra ? `\n${extra}` : ''}`, name);
const script = (name: string, body = 'script "/usr/bin/true"') => `vrrp_script ${name} {\n    ${body}\n}\n`;
const track = (kw: string, ...names: string[]) => `${kw} {\n${names.map((n) => `    ${n}`).join('\n')}\n}`;
const sync = (name: string, ...members: string[]) => `vrrp_sync_group ${name} {\n    group {\n${members.map((m) => `        ${m}`).join('\n')}\n    }\n}\n`;

ruleTable(
  undefinedReference,
  [
    {
      name: 'track_script names nothing (with a suggestion)',
      text: script('chk_haproxy') + inst(track('track_script', 'chk_haprox')),
      golden: '8:9-8:19 warning undefined-reference',
      says: [['chk_haprox', 'runs without this check', "'chk_haproxy'"]],
      data: [{ suggestion: 'chk_haproxy' }],
    },
    {
      name: 'track_script in a sync group',
      text: `vrrp_sync_group SG {\n    group {\n        VI_1\n    }\n${track('track_script', 'nope')}\n}\n` + inst(),
      golden: '6:5-6:9 warning undefined-reference',
      says: ['sync group SG'],
    },
    {
      name: 'vrrp_script defined after the instance (keepalived looks it up while reading)',
      text: inst(track('track_script', 'chk')) + script('chk'),
      golden: '5:9-5:12 warning undefined-reference',
      says: ['further down'],
      data: [{ reason: 'later' }],
    },
    {
      name: 'vrrp_script without a script line is removed',
      text: 'vrrp_script chk {\n    interval 2\n}\n' + inst(track('track_script', 'chk')),
      golden: '8:9-8:12 warning undefined-reference',
      says: ["no 'script' line"],
      data: [{ reason: 'removed' }],
    },
    // keepalived 2.2.7 -t: "No file set for track_file tf - ignoring", then "(VI_1) track file tf not found"
    {
      name: 'track_file without a file line is dropped',
      text: 'track_file tf {\n    weight 5\n}\n' + inst(track('track_file', 'tf')),
      golden: '8:9-8:11 warning undefined-reference',
      says: ["no 'file' line"],
      data: [{ reason: 'removed' }],
    },
    // keepalived 2.2.7 -t: "track process 'P' process name not specified", then "(VI_1) track process P not found, ignoring..."
    {
      name: 'vrrp_track_process without a process line is dropped',
      text: 'vrrp_track_process P {\n    weight 5\n}\n' + inst(track('track_process', 'P')),
      golden: '8:9-8:10 warning undefined-reference',
      says: ["no 'process' line, so keepalived drops it"],
      data: [{ reason: 'removed' }],
    },
    {
      name: 'conditional script line with no matching config id',
      text: 'vrrp_script chk {\n@high    script "/usr/bin/true"\n}\n' + inst(track('track_script', 'chk')),
      golden: '8:9-8:12 warning undefined-reference',
    },
    {
      name: 'vrrp_script swallowed by an unbalanced global_defs (file 21 of the corpus)',
      text: 'global_defs {\n    router_id a\n    vrrp_script x {\n    script y\n}\n' + script('chk') + '}\n' + inst(track('track_script', 'chk')),
      golden: '14:9-14:12 warning undefined-reference',
      says: ['counting braces'],
      data: [{ reason: 'hidden' }],
    },
    { name: 'track_file', text: inst(track('track_file', 'tf')), golden: '5:9-5:11 warning undefined-reference', says: ['does not follow the file'] },
    { name: 'track_process', text: inst(track('track_process', 'tp')), golden: '5:9-5:11 warning undefined-reference' },
    { name: 'track_bfd', text: inst(track('track_bfd', 'bfd1')), golden: '5:9-5:13 warning undefined-reference' },
    {
      name: 'FILE_CHECK track_file',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        FILE_CHECK {\n            track_file tf\n        }\n    }\n}\n',
      golden: '4:24-4:26 warning undefined-reference',
      says: ['drops this FILE_CHECK'],
    },
    {
      name: 'FILE_CHECK before its track_file',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        FILE_CHECK {\n            track_file tf\n        }\n    }\n}\ntrack_file tf {\n    file /run/x\n}\n',
      golden: '4:24-4:26 warning undefined-reference',
    },
    {
      name: 'BFD_CHECK name',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        BFD_CHECK {\n            name b1\n        }\n    }\n}\n',
      golden: '4:18-4:20 warning undefined-reference',
    },
    { name: 'virtual_server group', text: 'virtual_server group G1 {\n}\n', golden: '1:22-1:24 warning undefined-reference' },
  ],
  [
    { name: 'script defined before use', text: script('chk') + inst(track('track_script', 'chk weight -20')) },
    {
      name: 'conditional script line whose config id matches',
      text: 'vrrp_script chk {\n@high    script "/usr/bin/true"\n}\n' + inst(track('track_script', 'chk')),
      configId: 'high',
    },
    {
      name: 'track_file, track_process, bfd defined first',
      text:
        'track_file tf {\n    file /run/x\n}\nvrrp_track_process tp {\n    process sshd\n}\nbfd_instance b1 {\n    neighbor_ip 192.0.2.9\n}\n' +
        inst(`${track('track_file', 'tf')}\n${track('track_process', 'tp')}\n${track('track_bfd', 'b1')}`),
    },
    {
      name: 'virtual_server group defined after use (resolved at the end)',
      text: 'virtual_server group G1 {\n}\nvirtual_server_group G1 {\n    192.0.2.1 80\n}\n',
    },
    { name: 'inside a duplicate instance keepalived skips', text: inst() + inst(track('track_script', 'nope')) },
    { name: 'sync group members are another rule’s', text: sync('SG', 'VI_X', 'VI_Y') },
  ],
);

ruleTable(
  scriptMissing,
  [
    {
      name: 'vrrp_script without script (reported at its closing brace)',
      text: 'vrrp_script chk {\n    interval 2\n}\n',
      golden: '3:1-3:2 warning script-missing',
      says: [["vrrp_script 'chk'", 'every track_script entry naming it is ignored']],
    },
    {
      // keepalived 2.2.7 -t: "No script set for vrrp_script chk - removing"; entries read after the second find it
      name: 'vrrp_script without script, a later one of that name kept',
      text: 'vrrp_script chk {\n    interval 2\n}\n' + script('chk'),
      golden: '3:1-3:2 warning script-missing',
      says: ['find the other block of that name'],
    },
    {
      name: 'vrrp_track_process without process, a later one of that name kept',
      text: 'vrrp_track_process P {\n    quorum 2\n}\nvrrp_track_process P {\n    process sshd\n}\n',
      golden: '3:1-3:2 warning script-missing',
      says: ['track_process entries naming it find the other block'],
    },
    {
      name: 'only a conditional script line and no config id',
      text: 'vrrp_script chk {\n@high    script /bin/true\n    interval 1\n}\n',
      golden: '4:1-4:2 warning script-missing',
    },
    { name: 'empty script', text: 'vrrp_script chk {\n    script ""\n}\n', golden: '3:1-3:2 warning script-missing' },
    // keepalived 2.2.7 -t: "No script set for vrrp_script chk - removing" (the command re-read with quoting is empty)
    { name: 'a quoted blank script', text: 'vrrp_script chk {\n    script " "\n}\n', golden: '3:1-3:2 warning script-missing' },
    {
      name: 'a misc_path whose command is blank',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        MISC_CHECK {\n            misc_path " "\n        }\n    }\n}\n',
      golden: '5:9-5:10 warning script-missing',
    },
    {
      name: 'MISC_CHECK without misc_path',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        MISC_CHECK {\n            misc_timeout 5\n        }\n    }\n}\n',
      golden: '5:9-5:10 warning script-missing',
      says: ['misc_path'],
    },
    // keepalived 2.2.7 -t: "track process 'P' process name not specified", on the closing brace
    // keepalived 2.2.7 -t: "No file set for track_file tf - ignoring", on the closing brace
    {
      name: 'track_file without file',
      text: 'track_file tf {\n    weight 5\n}\n',
      golden: '3:1-3:2 warning script-missing',
      says: ["track_file 'tf'"],
    },
    {
      name: 'vrrp_track_process without process',
      text: 'vrrp_track_process P {\n    quorum 2\n}\n',
      golden: '3:1-3:2 warning script-missing',
      says: ["vrrp_track_process 'P'"],
    },
  ],
  [
    { name: 'vrrp_script with a script', text: script('chk') },
    { name: 'vrrp_track_process with a process', text: 'vrrp_track_process P {\n    process sshd -D\n}\n' },
    { name: 'track_file with a file', text: 'track_file tf {\n    file /run/tf\n}\n' },
    { name: 'conditional script with the matching id', text: 'vrrp_script chk {\n@high    script /bin/true\n}\n', configId: 'high' },
    // keepalived 2.2.7 re-reads the line with shell-like quoting: `""/bin/true" "` runs /bin/true (-t silent)
    { name: 'a command in adjoining quoted pieces', text: 'vrrp_script chk {\n    script ""/bin/true" "\n}\n' },
    // set_script_params_array returns early on an empty command: the earlier script stays (-t silent)
    { name: 'an empty script line after a real one', text: 'vrrp_script chk {\n    script /bin/true\n    script ""\n}\n' },
    {
      name: 'MISC_CHECK with misc_path',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        MISC_CHECK {\n            misc_path "/usr/bin/true"\n        }\n    }\n}\n',
    },
  ],
);

ruleTable(
  unusedScript,
  [
    { name: 'never tracked', text: script('chk') + inst(), golden: '1:13-1:16 warning unused-script', says: ['never runs'] },
    {
      name: 'tracked only above its definition',
      text: inst(track('track_script', 'chk')) + script('chk'),
      golden: '8:13-8:16 warning unused-script',
      says: ['above its definition'],
    },
  ],
  [
    { name: 'tracked by an instance', text: script('chk') + inst(track('track_script', 'chk')) },
    { name: 'tracked by a sync group', text: script('chk') + `vrrp_sync_group SG {\n    group {\n        VI_1\n    }\n${track('track_script', 'chk')}\n}\n` },
    { name: 'a duplicate is duplicate-name’s', text: script('chk') + script('chk') + inst(track('track_script', 'chk')) },
    { name: 'without a script it is script-missing’s', text: 'vrrp_script chk {\n}\n' },
  ],
);

ruleTable(
  duplicateName,
  [
    { name: 'second vrrp_instance', text: inst() + inst('', 'VI_1', 52), golden: '5:15-5:19 warning duplicate-name', says: ['skips this whole block'] },
    { name: 'second vrrp_script (silently never used)', text: script('chk') + script('chk'), golden: '4:13-4:16 warning duplicate-name', says: ['never runs'] },
    { name: 'second vrrp_sync_group', text: sync('SG', 'VI_1') + sync('SG', 'VI_2'), golden: '6:17-6:19 warning duplicate-name' },
    { name: 'second track_file', text: 'track_file t {\n    file /a\n}\ntrack_file t {\n    file /b\n}\n', golden: '4:12-4:13 warning duplicate-name' },
    { name: 'second bfd_instance', text: 'bfd_instance b {\n}\nbfd_instance b {\n}\n', golden: '3:14-3:15 warning duplicate-name' },
    {
      name: 'second virtual_server_group',
      text: 'virtual_server_group G {\n    192.0.2.1 80\n}\nvirtual_server_group G {\n    192.0.2.2 80\n}\n',
      golden: '4:22-4:23 warning duplicate-name',
    },
  ],
  [
    { name: 'different names', text: inst() + inst('', 'VI_2', 52) },
    { name: 'same name, different kinds', text: script('X') + inst('', 'X') },
    { name: 'a first vrrp_script without script is removed, the second one is used', text: 'vrrp_script chk {\n}\n' + script('chk') },
    // keepalived 2.2.7 -t: only "No file set for track_file tf" for the first; the second is found
    {
      name: 'a first vrrp_track_process without process is dropped, the second one is used',
      text: 'vrrp_track_process P {\n}\nvrrp_track_process P {\n    process sshd\n}\n' + inst(track('track_process', 'P')),
    },
    {
      name: 'a first track_file without file is dropped, the second one is used',
      text: 'track_file tf {\n}\ntrack_file tf {\n    file /run/tf\n}\n' + inst(track('track_file', 'tf')),
    },
  ],
);

ruleTable(
  syncGroupUndefined,
  [
    {
      name: 'member is not an instance',
      text: sync('SG', 'VI_1', 'VI_2') + inst(),
      golden: '4:9-4:13 warning sync-group-undefined',
      data: [{ suggestion: 'VI_1' }],
    },
    { name: 'several names on one line', text: sync('SG', 'VI_1 VI_9') + inst(), golden: '3:14-3:18 warning sync-group-undefined' },
  ],
  [
    { name: 'all members exist (defined later is fine)', text: sync('SG', 'VI_1', 'VI_2') + inst() + inst('', 'VI_2', 52) },
    { name: 'a duplicate sync group is skipped', text: sync('SG', 'VI_1', 'VI_2') + sync('SG', 'NOPE') + inst() + inst('', 'VI_2', 52) },
  ],
);

ruleTable(
  syncGroupTwice,
  [
    {
      name: 'instance in two groups',
      text: sync('A', 'VI_1', 'VI_2') + sync('B', 'VI_2', 'VI_3') + inst() + inst('', 'VI_2', 52) + inst('', 'VI_3', 53),
      golden: '9:9-9:13 warning sync-group-twice',
      says: [['sync group A', 'out of B']],
    },
    { name: 'twice in one group', text: sync('A', 'VI_1', 'VI_1') + inst(), golden: '4:9-4:13 warning sync-group-twice', says: ['listed twice'] },
  ],
  [
    {
      name: 'disjoint groups',
      text: sync('A', 'VI_1', 'VI_2') + sync('B', 'VI_3', 'VI_4') + inst() + inst('', 'VI_2', 52) + inst('', 'VI_3', 53) + inst('', 'VI_4', 54),
    },
  ],
);

ruleTable(
  syncGroupSingle,
  [
    { name: 'one member', text: sync('SG', 'VI_1') + inst(), golden: '1:17-1:19 warning sync-group-single' },
    {
      name: 'one left after an unknown member is dropped',
      text: sync('SG', 'VI_1', 'VI_MISSING') + inst(),
      golden: '1:17-1:19 warning sync-group-single',
      says: ['drops 1 other entry'],
    },
    {
      name: 'one left after a member already in another group',
      text: sync('A', 'VI_1', 'VI_2') + sync('B', 'VI_2', 'VI_3') + inst() + inst('', 'VI_2', 52) + inst('', 'VI_3', 53),
      golden: '7:17-7:18 warning sync-group-single',
    },
  ],
  [
    { name: 'two members', text: sync('SG', 'VI_1', 'VI_2') + inst() + inst('', 'VI_2', 52) },
    { name: 'none is sync-group-empty’s', text: sync('SG', 'VI_X') },
  ],
);

ruleTable(
  syncGroupEmpty,
  [
    {
      name: 'members written without group { } (keepalived.conf.vrrp.lvs_syncd)',
      text: 'vrrp_sync_group VG1 {\n    VI_1\n    VI_2\n}\n' + inst() + inst('', 'VI_2', 52),
      golden: '1:17-1:20 warning sync-group-empty',
      says: ['group { }'],
      data: [{ members: ['VI_1', 'VI_2'] }],
    },
    {
      name: 'empty group block (at its closing brace)',
      text: 'vrrp_sync_group SG {\n    group {\n    }\n}\n',
      golden: '3:5-3:6 warning sync-group-empty',
      says: ['empty'],
    },
    { name: 'only unknown names', text: sync('SG', 'VI_X', 'VI_Y'), golden: '1:17-1:19 warning sync-group-empty' },
  ],
  [{ name: 'one member is sync-group-single’s', text: sync('SG', 'VI_1') + inst() }],
);

ruleTable(
  vridDuplicate,
  [
    {
      name: 'same VRID, interface and family',
      text: inst() + inst('', 'VI_2'),
      golden: '7:23-7:25 error vrid-duplicate',
      says: [['VI_2', 'VI_1', '52 is free']],
      data: [{ freeVrid: 52 }],
    },
    {
      name: 'three instances: two reports',
      text: inst('', 'A') + inst('', 'B') + inst('', 'C'),
      golden: '7:23-7:25 error vrid-duplicate\n11:23-11:25 error vrid-duplicate',
    },
    { name: 'written as 051', text: inst() + inst('', 'VI_2', '051' as unknown as number), golden: '7:23-7:26 error vrid-duplicate' },
    { name: 'explicit default multicast group', text: inst('mcast_dst_ip 224.0.0.18') + inst('', 'VI_2'), golden: '8:23-8:25 error vrid-duplicate' },
    {
      name: 'interface from default_interface',
      text: 'global_defs {\n    default_interface eth0\n}\n' + inst() + instance('virtual_router_id 51', 'VI_2'),
      golden: '9:23-9:25 error vrid-duplicate',
    },
    // check_vrid_conflicts: "(VI_1) duplicate VRID conflict with VI_2 VRID 51" (keepalived 2.2.7 -t)
    {
      name: 'unicast from one interface to a common peer',
      text: inst('unicast_peer {\n    10.0.0.1\n}') + inst('unicast_peer {\n    10.0.0.2\n    10.0.0.1\n}', 'VI_2'),
      golden: '10:23-10:25 error vrid-duplicate',
      says: [['10.0.0.1', 'duplicate VRID conflict']],
    },
    {
      name: 'across an included file',
      text: inst() + 'include /etc/keepalived/other.conf\n',
      files: { '/etc/keepalived/other.conf': inst('', 'VI_2') },
      golden: 'other.conf:3:23-3:25 error vrid-duplicate',
    },
  ],
  [
    { name: 'different interfaces', text: inst() + inst('', 'VI_2', 51, 'eth1') },
    { name: 'IPv4 and IPv6', text: inst('virtual_ipaddress {\n    192.0.2.1/24\n}') + inst('virtual_ipaddress {\n    2001:db8::1/64\n}', 'VI_2') },
    { name: 'unicast instances with other peers', text: inst('unicast_peer {\n    10.0.0.1\n}') + inst('unicast_peer {\n    10.0.0.2\n}', 'VI_2') },
    {
      name: 'unicast instances from other mcast_src_ip addresses',
      text: inst('mcast_src_ip 10.0.0.5\nunicast_peer {\n    10.0.0.1\n}') + inst('mcast_src_ip 10.0.0.6\nunicast_peer {\n    10.0.0.1\n}', 'VI_2'),
    },
    {
      name: 'unicast instances from other source addresses',
      text: inst('unicast_src_ip 10.0.0.5\nunicast_peer {\n    10.0.0.1\n}') + inst('unicast_src_ip 10.0.0.6\nunicast_peer {\n    10.0.0.1\n}', 'VI_2'),
    },
    { name: 'one unicast, one multicast', text: inst('unicast_peer {\n    10.0.0.1\n}') + inst('', 'VI_2') },
    { name: 'different multicast groups', text: inst('mcast_dst_ip 224.0.0.19') + inst('', 'VI_2') },
    { name: 'a duplicate instance name is skipped', text: inst() + inst('', 'VI_1') },
    {
      name: 'an instance the VRRP process never reads (swallowed by global_defs)',
      text: 'global_defs {\n    bogus {\n}\n' + inst() + '}\n' + inst('', 'VI_2'),
    },
  ],
);

ruleTable(
  blockSwallowed,
  [
    {
      name: 'vrrp_script blocks written inside global_defs (corpus file 21)',
      text: 'global_defs {\n    router_id a\n    vrrp_script x {\n    script y\n}\n' + script('chk') + '}\n' + inst(track('track_script', 'chk')),
      golden: '6:1-6:12 warning block-swallowed',
      says: [['VRRP process', 'global_defs']],
    },
    {
      name: 'every block up to the stray closing brace',
      text: 'global_defs {\n    bogus {\n}\n' + inst() + inst('', 'VI_2', 52) + '}\n',
      golden: '4:1-4:14 warning block-swallowed\n8:1-8:14 warning block-swallowed',
    },
    {
      name: 'a virtual server lost by the checker process',
      text: 'vrrp_instance VI_1 {\n    bogus {\n}\nvirtual_server 192.0.2.1 80 {\n}\n}\n',
      golden: '4:1-4:15 warning block-swallowed',
      says: ['checker'],
    },
  ],
  [
    { name: 'balanced braces', text: 'global_defs {\n    router_id a\n}\n' + script('chk') + inst(track('track_script', 'chk')) },
    { name: 'a stray { closed inside its own block', text: inst('bogus {\n}') + inst('', 'VI_2', 52) },
    {
      name: 'a stray { in a block of the same process does not hide the next one',
      text: 'vrrp_instance VI_1 {\n    bogus {\n}\n' + inst('', 'VI_2', 52) + '}\n',
    },
  ],
);

ruleTable(
  scriptSecurity,
  [
    {
      name: 'a vrrp_script, reported once on the first script',
      text: 'global_defs {\n    router_id a\n}\n' + script('chk') + inst(`${track('track_script', 'chk')}\nnotify_master /usr/bin/true`),
      golden: '5:5-5:27 warning script-security',
      says: ['2 scripts'],
      data: [{ add: 'enable_script_security', block: 'global_defs', hasGlobalDefs: true }],
    },
    {
      name: 'a notify script, no global_defs',
      text: inst('notify "/usr/bin/true"'),
      golden: '4:5-4:27 warning script-security',
      data: [{ add: 'enable_script_security', block: 'global_defs', hasGlobalDefs: false }],
    },
    { name: 'an unused vrrp_script still counts', text: script('chk'), golden: '2:5-2:27 warning script-security' },
    { name: 'a command in adjoining quoted pieces', text: 'vrrp_script chk {\n    script ""/bin/true" "\n}\n', golden: '2:5-2:14 warning script-security' },
    {
      name: 'MISC_CHECK',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        MISC_CHECK {\n            misc_path /usr/bin/true\n        }\n    }\n}\n',
      golden: '4:13-4:36 warning script-security',
    },
    { name: 'startup_script', text: 'global_defs {\n    startup_script /usr/bin/true\n}\n', golden: '2:5-2:33 warning script-security' },
    { name: 'quorum_up', text: 'virtual_server 192.0.2.1 80 {\n    quorum_up /usr/bin/true\n}\n', golden: '2:5-2:28 warning script-security' },
  ],
  [
    { name: 'enable_script_security set', text: SECURE + script('chk') + inst(track('track_script', 'chk')) },
    { name: 'no scripts', text: inst() },
    { name: 'notify_deleted without a script', text: inst('notify_deleted') },
    { name: 'a blank quoted script runs nothing', text: 'vrrp_script chk {\n    script " "\n}\n' },
  ],
);

ruleTable(
  scriptArguments,
  [
    {
      name: 'unquoted arguments are dropped',
      text: 'vrrp_script chk {\n    script /usr/bin/killall -0 haproxy\n}\n',
      golden: '2:29-2:39 warning script-arguments',
      says: [['/usr/bin/killall', '-0 haproxy']],
      data: [{ replacement: '"/usr/bin/killall -0 haproxy"', command: '/usr/bin/killall' }],
    },
    {
      name: 'a quoted command followed by more words',
      text: 'vrrp_script chk {\n    script "/bin/check a" b\n}\n',
      golden: '2:27-2:28 warning script-arguments',
    },
  ],
  [
    { name: 'quoted command with arguments', text: 'vrrp_script chk {\n    script "/usr/bin/killall -0 haproxy"\n}\n' },
    { name: 'a single word', text: 'vrrp_script chk {\n    script /etc/keepalived/check.sh\n}\n' },
    // one word once keepalived re-reads it with quoting: it runs /bin/true
    { name: 'adjoining quoted pieces', text: 'vrrp_script chk {\n    script ""/bin/true" "\n}\n' },
  ],
);

// keepalived 2.2.7 -t prints "(Line N) String '%s': missing terminating %c" on each firing case's line (lib/parser.c
// alloc_strvec_quoted_escaped, on the whole line and then on the command word) and sets no script
ruleTable(
  scriptQuote,
  [
    {
      name: "notify_master with a ' open in the quoted command",
      text: inst(`notify_master "/bin/echo 'a"`),
      golden: '4:19-4:33 error script-quote',
      says: [["'/bin/echo 'a'", "missing terminating '", 'sets no script']],
    },
    { name: "an unquoted command that opens a '", text: inst("notify '/bin/true x"), golden: '4:12-4:24 error script-quote', says: ['reads this line again'] },
    { name: 'a sync group notify_backup', text: "vrrp_sync_group SG {\n    notify_backup '/bin/true\n}\n", golden: '2:19-2:29 error script-quote' },
    { name: 'startup_script in global_defs', text: "global_defs {\n    startup_script '/bin/true\n}\n", golden: '2:20-2:30 error script-quote' },
    {
      name: 'vrrp_script script (keepalived 2.2.7 -t crashes on the line, exit 139)',
      text: "vrrp_script chk {\n    script '/bin/true\n}\n",
      golden: '2:12-2:22 error script-quote',
      says: ['crashes'],
    },
    {
      name: 'vrrp_script script with the quote inside the command',
      text: `vrrp_script chk {\n    script "/bin/echo 'q"\n}\n`,
      golden: '2:12-2:26 error script-quote',
      says: ['removed'],
    },
    {
      name: 'quorum_up and misc_path (checker process)',
      text: 'virtual_server 192.0.2.1 80 {\n    quorum_up \'/bin/true\n    real_server 192.0.2.21 80 {\n        MISC_CHECK {\n            misc_path "/bin/sh -c \'x"\n        }\n    }\n}\n',
      golden: '2:15-2:25 error script-quote\n5:23-5:38 error script-quote',
    },
    // the first reading turns \' into ', which the second then takes as an opening quote
    { name: "an escaped ' in a double-quoted command", text: inst(`notify "/bin/echo it\\'s"`), golden: '4:12-4:29 error script-quote' },
  ],
  [
    { name: 'quotes that close', text: inst(`notify_master "/bin/sh -c 'echo a b'"`) },
    { name: 'adjoining quoted pieces', text: 'vrrp_script chk {\n    script ""/bin/true" "\n}\n' },
    // the reader's own "Unmatched quote" (unterminated-quote) cuts the line: nothing is left to split
    { name: 'a " left open on the line is unterminated-quote’s', text: inst('notify_master "/bin/true') },
    { name: 'a word that only looks like a command', text: inst("priority 100 '") },
  ],
);

ruleTable(
  notifyUserArgument,
  [
    {
      name: 'notify_master with an unquoted argument',
      text: inst('notify_master /etc/keepalived/notify.sh MASTER'),
      golden: '4:45-4:51 warning notify-user-argument',
      says: [["'MASTER'", 'user']],
      data: [{ replacement: '"/etc/keepalived/notify.sh MASTER"', user: 'MASTER' }],
    },
    { name: 'two words: user and group', text: inst('notify /x.sh a b'), golden: '4:18-4:19 warning notify-user-argument', says: ["'b' as the group"] },
    { name: 'sync group notify', text: 'vrrp_sync_group SG {\n    notify_backup /x.sh backup\n}\n', golden: '2:25-2:31 warning notify-user-argument' },
    {
      name: 'real server notify_up',
      text: 'virtual_server 192.0.2.1 80 {\n    real_server 10.0.0.1 80 {\n        notify_up /x.sh up\n    }\n}\n',
      golden: '3:25-3:27 warning notify-user-argument',
    },
  ],
  [
    { name: 'quoted command', text: inst('notify_master "/etc/keepalived/notify.sh MASTER"') },
    { name: 'a real user', text: inst('notify_master /x.sh root') },
    { name: 'the configured script_user', text: 'global_defs {\n    script_user keepalived_runner\n}\n' + inst('notify_master /x.sh keepalived_runner') },
    { name: 'vrrp_script script is script-arguments’', text: 'vrrp_script chk {\n    script /x.sh arg\n}\n' },
    // keepalived 2.2.7 -t: "String 'notify_fifo_script '/bin/cat x': missing terminating '" (no script at all): script-quote's
    { name: 'a quote left open: no script, so no user either', text: "global_defs {\n    notify_fifo_script '/bin/cat x\n}\n" },
  ],
);

describe('references rules on a whole configuration', () => {
  it('a config id that matches no @ line: script-missing on the vrrp_script, undefined-reference on the track line', () => {
    const text =
      'vrrp_script check_VI_0 {\n@high    script /etc/keepalived/high.sh\n@low    script /etc/keepalived/low.sh\n    interval 1\n}\n' +
      inst(track('track_script', 'check_VI_0'));
    const codes = lintIssues(text, { only: [scriptMissing, undefinedReference], noSyntax: true }).golden;
    assert.equal(codes, '5:1-5:2 warning script-missing\n10:9-10:19 warning undefined-reference');
    assert.equal(lintIssues(text, { only: [scriptMissing, undefinedReference], noSyntax: true, configId: 'low' }).golden, '');
  });
});
