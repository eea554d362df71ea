/** VRRP tracking rules (weights, owners, sync groups), one table per rule (see rules-vrrp.test.ts for the table runner). */
import { processQuorum } from '../../server/src/language/validation/rules/process-quorum';
import { syncGroupTrackDuplicate } from '../../server/src/language/validation/rules/sync-group-track-duplicate';
import { scriptWeightRange } from '../../server/src/language/validation/rules/script-weight-range';
import { trackInterfaceOwn } from '../../server/src/language/validation/rules/track-interface-own';
import { trackWeightRange } from '../../server/src/language/validation/rules/track-weight-range';
import { trackerWeightOwner } from '../../server/src/language/validation/rules/tracker-weight-owner';
import { trackerWeightSyncGroup } from '../../server/src/language/validation/rules/tracker-weight-sync-group';
import { trackEntryInvalid } from '../../server/src/language/validation/rules/track-entry-invalid';
import { instance } from '../support/rules';
import { BASE, ruleTable } from './rules-vrrp.test';

/** A vrrp_script chk (lines 1–4) then an instance (from line 5; its extra lines start at line 11). */
const script = (weight?: string) => `vrrp_script chk {\n    script "/bin/true"\n${weight ? `    weight ${weight}\n` : ''}}\n`;
const withScript = (extra: string, weight?: string, name = 'VI_1') => script(weight) + instance(`${BASE}\n${extra}`, name);
const syncGroup = (body = '') => `vrrp_sync_group SG {\n    group {\n        VI_1\n        VI_2\n    }\n${body}}\n`;
const second = instance('interface eth0\nvirtual_router_id 52\nvirtual_ipaddress {\n    192.0.2.101/24\n}', 'VI_2');

ruleTable(
  scriptWeightRange,
  [
    {
      name: '254: reported, kept',
      text: script('254'),
      golden: '3:12-3:15 warning script-weight-range',
      says: ['uses it anyway'],
      data: [{ replacement: '253' }],
    },
    { name: '-254', text: script('-254'), golden: '3:12-3:16 warning script-weight-range', data: [{ replacement: '-253' }] },
    { name: 'not a number', text: script('heavy'), golden: '3:12-3:17 warning script-weight-range', says: ['not a whole number'] },
    { name: 'unknown option', text: script('10 backwards'), golden: '3:15-3:24 warning script-weight-range', data: [{ remove: true }] },
  ],
  [
    { name: '253', text: script('253') },
    { name: '-253 reverse', text: script('-253 reverse') },
  ],
);

ruleTable(
  trackWeightRange,
  [
    {
      name: 'track_script 255: ignored, falls back to 0 (FAULT)',
      text: withScript('track_script {\n    chk weight 255\n}'),
      golden: '11:20-11:23 warning track-weight-range',
      says: [['outside -253..253', 'FAULT']],
      data: [{ replacement: '253' }],
    },
    {
      name: 'falls back to the script’s own weight',
      text: withScript('track_script {\n    chk weight 300\n}', '10'),
      golden: '12:20-12:23 warning track-weight-range',
      says: ['weight 10 of chk itself'],
    },
    {
      name: 'track_script 254 becomes 253',
      text: withScript('track_script {\n    chk weight 254\n}'),
      golden: '11:20-11:23 warning track-weight-range',
      says: ['uses 253'],
      data: [{ replacement: '253' }],
    },
    {
      name: 'track_interface -254 becomes -253',
      text: instance(`${BASE}\ntrack_interface {\n    eth1 weight -254\n}`),
      golden: '8:21-8:25 warning track-weight-range',
      data: [{ replacement: '-253' }],
    },
    {
      name: 'track_interface not a number',
      text: instance(`${BASE}\ntrack_interface {\n    eth1 weight x\n}`),
      golden: '8:21-8:22 warning track-weight-range',
    },
    {
      name: 'track_file line 255 (limit 254)',
      text: `track_file tf {\n    file /run/tf\n}\n${instance(`${BASE}\ntrack_file {\n    tf weight 255\n}`)}`,
      golden: '11:19-11:22 warning track-weight-range',
      says: ['weight 1 of tf itself'],
    },
    {
      name: 'track_file block weight 255',
      text: 'track_file tf {\n    file /run/tf\n    weight 255\n}',
      golden: '3:12-3:15 warning track-weight-range',
      data: [{ replacement: '254' }],
    },
    {
      name: 'bfd_instance weight 254',
      text: 'bfd_instance b1 {\n    neighbor_ip 192.0.2.12\n    weight 254\n}',
      golden: '3:12-3:15 warning track-weight-range',
      data: [{ replacement: '253' }],
    },
    {
      name: 'vrrp_track_process weight 255',
      text: 'vrrp_track_process tp {\n    process sshd\n    weight 255\n}',
      golden: '3:12-3:15 warning track-weight-range',
    },
    // keepalived 2.2.7 -t: "track_file tf unknown weight option bar" (also after an invalid weight)
    {
      name: 'track_file weight with an unknown option',
      text: 'track_file tf {\n    file /run/tf\n    weight 5 bar\n}',
      golden: '3:14-3:17 warning track-weight-range',
      says: [["'bar'", '`reverse`']],
      data: [{ remove: true }],
    },
    {
      name: 'track_file invalid weight and an unknown option',
      text: 'track_file tf {\n    file /run/tf\n    weight x bar\n}',
      golden: '3:12-3:13 warning track-weight-range\n3:14-3:17 warning track-weight-range',
    },
    // "Configuration error: BFD instance b1 unknown weight option bar", on every weight line
    {
      name: 'bfd_instance weight with an unknown option',
      text: 'bfd_instance b1 {\n    neighbor_ip 192.0.2.12\n    weight 5 bar\n    weight 6 baz\n}',
      golden: '3:14-3:17 warning track-weight-range\n4:14-4:17 warning track-weight-range',
    },
    // "vrrp_track_process tp unknown weight option bar"
    {
      name: 'vrrp_track_process weight with an unknown option',
      text: 'vrrp_track_process tp {\n    process sshd\n    weight 5 bar\n}',
      golden: '3:14-3:17 warning track-weight-range',
    },
    // an invalid weight makes keepalived return before it reads the option: the range alone
    {
      name: 'vrrp_track_process invalid weight and an option',
      text: 'vrrp_track_process tp {\n    process sshd\n    weight 300 bar\n}',
      golden: '3:12-3:15 warning track-weight-range',
    },
    {
      name: 'sync group track_script',
      text: withScript('') + second + syncGroup('    track_script {\n        chk weight 999\n    }\n'),
      golden: '25:20-25:23 warning track-weight-range',
    },
  ],
  [
    { name: 'track_script 253', text: withScript('track_script {\n    chk weight 253\n}') },
    { name: 'track_file line 254', text: `track_file tf {\n    file /run/tf\n}\n${instance(`${BASE}\ntrack_file {\n    tf weight 254\n}`)}` },
    { name: 'track_process line -254', text: `vrrp_track_process tp {\n    process sshd\n}\n${instance(`${BASE}\ntrack_process {\n    tp weight -254\n}`)}` },
    { name: 'no weight', text: withScript('track_script {\n    chk\n}') },
    { name: 'track_file weight reverse', text: 'track_file tf {\n    file /run/tf\n    weight -5 reverse\n}' },
    // a second weight line is ignored before its option is read (duplicate-keyword reports it)
    { name: 'track_file second weight line', text: 'track_file tf {\n    file /run/tf\n    weight 5\n    weight 6 bar\n}' },
  ],
);

ruleTable(
  trackerWeightOwner,
  [
    {
      name: 'weighted track_script on priority 255',
      text: withScript('priority 255\ntrack_script {\n    chk weight 10\n}'),
      golden: '12:9-12:12 warning tracker-weight-owner',
      says: [['priority 255', 'not tracked at all']],
      data: [{ weight: 0 }],
    },
    {
      name: 'the weight comes from the vrrp_script',
      text: withScript('priority 255\ntrack_script {\n    chk\n}', '2'),
      golden: '13:9-13:12 warning tracker-weight-owner',
      says: ['the weight set in chk itself'],
    },
    {
      name: 'state MASTER without priority is 255',
      text: withScript('state MASTER\ntrack_script {\n    chk weight -10\n}'),
      golden: '12:9-12:12 warning tracker-weight-owner',
    },
    {
      name: 'weighted track_interface',
      text: instance(`${BASE}\npriority 255\ntrack_interface {\n    eth1 weight 10\n}`),
      golden: '9:9-9:13 warning tracker-weight-owner',
    },
    {
      name: 'track_file with its default weight 1',
      text: `track_file tf {\n    file /run/tf\n}\n${instance(`${BASE}\npriority 255\ntrack_file {\n    tf\n}`)}`,
      golden: '12:9-12:11 warning tracker-weight-owner',
      says: ['weight 1 into 0'],
    },
    {
      name: 'sync group tracker with an owner member',
      text: withScript('priority 255') + second + syncGroup('    sync_group_tracking_weight\n    track_script {\n        chk weight 10\n    }\n'),
      golden: '26:9-26:12 warning tracker-weight-owner',
      says: ['Sync group SG'],
    },
  ],
  [
    { name: 'weight 0 on the owner', text: withScript('priority 255\ntrack_script {\n    chk weight 0\n}', '10') },
    { name: 'weighted tracker below 255', text: withScript('priority 254\ntrack_script {\n    chk weight 10\n}') },
    { name: 'unweighted interface', text: instance(`${BASE}\npriority 255\ntrack_interface {\n    eth1\n}`) },
    {
      name: 'sync member without tracking weight is the sync-group rule’s',
      text: withScript('priority 255\ntrack_script {\n    chk weight 10\n}') + second + syncGroup(),
    },
  ],
);

ruleTable(
  trackerWeightSyncGroup,
  [
    {
      name: 'weighted track_script',
      text: withScript('track_script {\n    chk weight 10\n}') + second + syncGroup(),
      golden: '11:9-11:12 warning tracker-weight-sync-group',
      says: [['sync group SG', 'not tracked at all']],
      data: [{ syncGroup: 'SG', insert: 'sync_group_tracking_weight' }],
    },
    {
      name: 'script weight from the vrrp_script',
      text: withScript('track_script {\n    chk\n}', '-10') + second + syncGroup(),
      golden: '12:9-12:12 warning tracker-weight-sync-group',
    },
    {
      name: 'weighted track_interface loses its weight',
      text: instance(`${BASE}\ntrack_interface {\n    eth1 weight 10\n}`) + second + syncGroup(),
      golden: '8:9-8:13 warning tracker-weight-sync-group',
      says: ['FAULT'],
    },
    {
      name: 'owner in a sync group: reported here, not as owner',
      text: withScript('priority 255\ntrack_script {\n    chk weight 10\n}') + second + syncGroup(),
      golden: '12:9-12:12 warning tracker-weight-sync-group',
    },
  ],
  [
    { name: 'sync_group_tracking_weight', text: withScript('track_script {\n    chk weight 10\n}') + second + syncGroup('    sync_group_tracking_weight\n') },
    { name: 'global_tracking (old name)', text: withScript('track_script {\n    chk weight 10\n}') + second + syncGroup('    global_tracking\n') },
    { name: 'weight 0', text: withScript('track_script {\n    chk weight 0\n}') + second + syncGroup() },
    { name: 'not in a sync group', text: withScript('track_script {\n    chk weight 10\n}') },
    {
      name: 'listed in a track_group, not a sync group',
      text: withScript('track_script {\n    chk weight 10\n}') + 'track_group TG {\n    group {\n        VI_1\n    }\n}\n',
    },
  ],
);

ruleTable(
  trackInterfaceOwn,
  [
    {
      name: 'own interface',
      text: instance(`${BASE}\ntrack_interface {\n    eth0\n    eth1\n}`),
      golden: '8:9-8:13 warning track-interface-own',
      data: [{ remove: true }],
    },
    {
      name: 'own interface with a weight',
      text: instance(`${BASE}\ntrack_interface {\n    eth0 weight -10\n}`),
      golden: '8:9-8:13 warning track-interface-own',
      says: ['weight -10'],
    },
  ],
  [{ name: 'other interfaces', text: instance(`${BASE}\ntrack_interface {\n    eth1\n}`) }],
);

ruleTable(
  trackEntryInvalid,
  [
    {
      name: 'a script tracked twice',
      text: 'vrrp_script chk {\n    script /bin/true\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk\n        chk\n    }\n}\n',
      golden: '9:9-9:12 warning track-entry-invalid',
    },
    {
      name: 'twice across two blocks',
      text: 'vrrp_script chk {\n    script /bin/true\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk\n    }\n    track_script {\n        chk weight 5\n    }\n}\n',
      golden: '11:9-11:12 warning track-entry-invalid',
    },
    {
      name: 'a misspelt weight drops the entry',
      text: 'vrrp_script chk {\n    script /bin/true\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk wieght -20\n    }\n}\n',
      golden: '8:13-8:19 warning track-entry-invalid',
    },
    {
      name: 'weight without a number',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_interface {\n        eth1 weight\n    }\n}\n',
      golden: '5:14-5:20 warning track-entry-invalid',
    },
    {
      name: 'an unknown weight option is skipped',
      text: 'vrrp_script chk {\n    script /bin/true\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk weight -20 revers\n    }\n}\n',
      golden: '8:24-8:30 warning track-entry-invalid',
    },
    {
      name: 'noreverse is no option of track_interface',
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_interface {\n        eth1 weight 10 noreverse\n    }\n}\n',
      golden: '5:24-5:33 warning track-entry-invalid',
    },
    {
      name: 'track_bfd: an unknown weight option drops the entry',
      text: 'bfd_instance b1 {\n    neighbor_ip 192.0.2.12\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_bfd {\n        b1 weight 10 revers\n    }\n}\n',
      golden: '8:22-8:28 warning track-entry-invalid',
    },
    {
      name: 'in a sync group',
      text: 'vrrp_script chk {\n    script /bin/true\n}\nvrrp_sync_group SG {\n    group {\n        VI_1\n    }\n    track_script {\n        chk foo\n    }\n}\n',
      golden: '9:13-9:16 warning track-entry-invalid',
    },
  ],
  [
    {
      name: 'weight and reverse',
      text: 'vrrp_script chk {\n    script /bin/true\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk weight -20 reverse\n    }\n}\n',
    },
    {
      name: "an undefined script is undefined-reference's",
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk\n        chk\n    }\n}\n',
    },
    {
      name: "defined below is undefined-reference's",
      text: 'vrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk foo\n    }\n}\nvrrp_script chk {\n    script /bin/true\n}\n',
    },
    {
      name: 'the same name in two instances',
      text: 'vrrp_script chk {\n    script /bin/true\n}\nvrrp_instance VI_1 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk\n    }\n}\nvrrp_instance VI_2 {\n    interface eth0\n    virtual_router_id 51\n    track_script {\n        chk\n    }\n}\n',
    },
  ],
);

/** A vrrp_track_process tp whose lines after `process` start at line 3. */
const tproc = (...lines: string[]) => `vrrp_track_process tp {\n    process sshd\n${lines.map((l) => `    ${l}\n`).join('')}}\n`;

// keepalived 2.2.7 -t on each: the refused line is the later of the two
ruleTable(
  processQuorum,
  [
    // "Quorum is greater than quorum_max - ignoring"
    {
      name: 'quorum after a smaller quorum_max',
      text: tproc('quorum_max 2', 'quorum 3'),
      golden: '4:12-4:13 warning process-quorum',
      says: [['above', 'keeps 1']],
    },
    // "quorum_max is less than quorum - ignoring"
    {
      name: 'quorum_max after a larger quorum',
      text: tproc('quorum 3', 'quorum_max 2'),
      golden: '4:16-4:17 warning process-quorum',
      says: [['below', 'no upper limit']],
    },
    { name: 'quorum 1 after quorum_max 0', text: tproc('quorum_max 0', 'quorum 1'), golden: '4:12-4:13 warning process-quorum' },
    { name: 'quorum_max 0 after quorum 2', text: tproc('quorum 2', 'quorum_max 0'), golden: '4:16-4:17 warning process-quorum' },
  ],
  [
    { name: 'quorum below quorum_max', text: tproc('quorum 2', 'quorum_max 3') },
    { name: 'quorum_max then an equal quorum', text: tproc('quorum_max 3', 'quorum 3') },
    // quorum_max 0 alone is allowed (quorum becomes 0); a later quorum_max resets the quorum to 1
    { name: 'quorum_max 0', text: tproc('quorum_max 0') },
    { name: 'quorum_max 0, then 3, then quorum 3', text: tproc('quorum_max 0', 'quorum_max 3', 'quorum 3') },
    { name: 'an invalid quorum is argument-value’s', text: tproc('quorum_max 2', 'quorum 0') },
  ],
);

/** Definitions, VI_1 (eth0; its extra lines from line defs+7) and VI_2 (eth1), and sync group SG of both with `sgBody`. */
const pair = (defs: string, vi1: string, sgBody: string, vi1Base = BASE) =>
  defs +
  instance(`${vi1Base}\n${vi1}`) +
  instance('interface eth1\nvirtual_router_id 52\nvirtual_ipaddress {\n    192.0.2.101/24\n}', 'VI_2') +
  `vrrp_sync_group SG {\n    group {\n        VI_1\n        VI_2\n    }\n${sgBody}}\n`;
const chkDef = 'vrrp_script chk {\n    script /bin/true\n}\n';
const tracks = (block: string, line: string) => `${block} {\n    ${line}\n}`;
const sgTracks = (block: string, line: string) => `    ${block} {\n        ${line}\n    }\n`;

// keepalived 2.2.7: "(VI_1) track_X Y is configured on VRRP instance and sync group" (-t for interfaces, at start for the others)
ruleTable(
  syncGroupTrackDuplicate,
  [
    {
      name: 'a script on the member and on the group',
      text: pair(chkDef, tracks('track_script', 'chk'), sgTracks('track_script', 'chk')),
      golden: '11:9-11:12 warning sync-group-track-duplicate',
      says: [['VI_1', 'SG', 'weight 0 stays']],
    },
    {
      name: 'an interface on the member and on the group',
      text: pair('', tracks('track_interface', 'eth1'), sgTracks('track_interface', 'eth1')),
      // and VI_2 runs on eth1: keepalived 2.2.7 -t reports both
      golden: '8:9-8:13 warning sync-group-track-duplicate\n24:9-24:13 warning sync-group-track-duplicate',
    },
    {
      name: 'the group tracks the interface a member runs on',
      text: pair('', '', sgTracks('track_interface', 'eth0')),
      golden: '22:9-22:13 warning sync-group-track-duplicate',
      says: [['runs on', 'Remove this entry']],
    },
    {
      name: 'a weighted process (process weights survive the group)',
      text: pair('vrrp_track_process tp {\n    process sshd\n}\n', tracks('track_process', 'tp weight 5'), sgTracks('track_process', 'tp')),
      golden: '11:9-11:11 warning sync-group-track-duplicate',
      says: ["sync group's weight replaces"],
    },
    {
      name: 'a weighted script kept by sync_group_tracking_weight',
      text: pair(chkDef, tracks('track_script', 'chk weight 5'), `    sync_group_tracking_weight\n${sgTracks('track_script', 'chk weight 10')}`),
      golden: '11:9-11:12 warning sync-group-track-duplicate',
    },
    {
      name: 'a BFD session',
      text: pair('bfd_instance b1 {\n    neighbor_ip 192.0.2.12\n}\n', tracks('track_bfd', 'b1'), sgTracks('track_bfd', 'b1')),
      golden: '11:9-11:11 warning sync-group-track-duplicate',
    },
  ],
  [
    // the member's weighted entry is dropped first ("ignoring tracked script chk with weights due to SYNC group")
    {
      name: 'a weighted script on a member of a group without sync_group_tracking_weight',
      text: pair(chkDef, tracks('track_script', 'chk weight 5'), sgTracks('track_script', 'chk')),
    },
    {
      name: 'different scripts',
      text: pair(chkDef + 'vrrp_script chk2 {\n    script /bin/true\n}\n', tracks('track_script', 'chk'), sgTracks('track_script', 'chk2')),
    },
    { name: 'not in a sync group', text: chkDef + instance(`${BASE}\n${tracks('track_script', 'chk')}`) },
    // dont_track_primary: the member does not follow its own interface, the group's entry is its only one
    { name: 'the group tracks the interface of a dont_track_primary member', text: pair('', 'dont_track_primary', sgTracks('track_interface', 'eth0')) },
    // the script is defined after the instance and the group: both entries find nothing (undefined-reference)
    { name: 'a script defined after its users', text: pair('', tracks('track_script', 'chk'), sgTracks('track_script', 'chk')) + chkDef },
  ],
);
