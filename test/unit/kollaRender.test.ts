/** keepalived.conf as Kolla renders it for each loadbalancer host. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UNKNOWN_PREFIX } from '../../server/src/language/kolla';
import { fixture, fixtureContext, inlineContext, REFERENCE } from './kollaFixtures.test';

const THREE = '[control]\nc1 ansible_host=10.0.0.11\nc2 ansible_host=10.0.0.12\nc3 ansible_host=10.0.0.13\n[loadbalancer:children]\ncontrol\n';
const BASE = 'kolla_internal_vip_address: 10.0.0.250\n';
const PASS = 'keepalived_password: abcdefgh\n';

function lines(text: string): string[] {
  return text.split('\n').map((l) => l.trim());
}

describe('kolla: rendering keepalived.conf', () => {
  describe('the clean three-controller deployment', () => {
    const ctx = fixtureContext('clean');
    it('has one config per controller, priorities 1..3 in group order', () => {
      assert.deepEqual(ctx.model.issues, []);
      assert.deepEqual(
        ctx.model.hosts.map((h) => [h.name, h.priority]),
        [
          ['control01', 1],
          ['control02', 2],
          ['control03', 3],
        ],
      );
    });
    for (const name of ['control01', 'control02', 'control03']) {
      it(`renders ${name} exactly as the hand-written expectation`, () => {
        const host = ctx.model.hosts.find((h) => h.name === name);
        assert.ok(host);
        assert.equal(host.configText, fixture(`clean/expected/${name}.conf`).text);
        assert.deepEqual(host.unknowns, []);
        assert.equal(host.apiAddress.source, 'ansible_host');
        assert.equal(host.interfaces.api.text, 'eth0');
        assert.equal(host.interfaces.externalVip.text, 'eth1');
      });
    }
    it('names the files that would replace the template', () => {
      assert.deepEqual(ctx.model.hosts[0]!.overridePaths, [
        '/etc/kolla/config/keepalived/control01/keepalived.conf',
        '/etc/kolla/config/keepalived/keepalived.conf',
      ]);
    });
  });

  it('writes no unicast lines in the default multicast mode', () => {
    const text = inlineContext(BASE, THREE, PASS).model.hosts[0]!.configText;
    assert.ok(!text.includes('unicast'));
    assert.ok(text.includes('    priority 1\n    advert_int 1\n    virtual_ipaddress {\n'));
  });

  it('starts with an empty line when the track script is disabled', () => {
    const text = inlineContext(`${BASE}keepalived_track_script_enabled: no\n`, THREE, PASS).model.hosts[0]!.configText;
    assert.ok(text.startsWith('\nvrrp_instance kolla_internal_vip_51 {\n'));
    assert.ok(!text.includes('track_script') && !text.includes('check_alive'));
  });

  it('omits the external VIP and track_interface when both VIPs are the same', () => {
    const text = inlineContext(BASE, THREE, PASS).model.hosts[0]!.configText;
    assert.ok(text.includes('    virtual_ipaddress {\n        10.0.0.250 dev eth0\n    }\n'));
    assert.ok(!text.includes('track_interface'));
  });

  it('omits track_interface when the external VIP is on api_interface', () => {
    const text = inlineContext(`${BASE}kolla_external_vip_address: 10.0.0.251\n`, THREE, PASS).model.hosts[0]!.configText;
    assert.ok(text.includes('        10.0.0.250 dev eth0\n        10.0.0.251 dev eth0\n    }\n'));
    assert.ok(!text.includes('track_interface'));
  });

  it('writes unicast_src_ip but no unicast_peer block for a single host', () => {
    const inv = '[lb]\nc1 ansible_host=10.0.0.11\n[loadbalancer:children]\nlb\n';
    const text = inlineContext(`${BASE}keepalived_traffic_mode: unicast\n`, inv, PASS).model.hosts[0]!.configText;
    assert.ok(text.includes('    unicast_src_ip 10.0.0.11\n    virtual_ipaddress {\n'));
    assert.ok(!text.includes('unicast_peer'));
  });

  it('takes addresses from hostInterfaces (facts) before ansible_host', () => {
    const hostInterfaces = { c1: { eth0: ['10.1.0.11/24'] }, c2: { eth0: ['10.1.0.12/24'] }, c3: { eth0: ['10.1.0.13/24'] } };
    const ctx = inlineContext(`${BASE}keepalived_traffic_mode: unicast\n`, THREE, PASS, { hostInterfaces });
    const h = ctx.model.hosts[1]!;
    assert.equal(h.apiAddress.source, 'interfaces');
    assert.deepEqual(
      lines(h.configText).filter((l) => /^10\.1\./.test(l) || l.startsWith('unicast_src_ip')),
      ['unicast_src_ip 10.1.0.12', '10.1.0.11', '10.1.0.13'],
    );
  });

  it('uses an api_interface_address host var for unicast_src_ip but kolla_address for the peers', () => {
    const inv = THREE.replace('c1 ansible_host=10.0.0.11', 'c1 ansible_host=10.0.0.11 api_interface_address=10.9.9.9');
    const text = inlineContext(`${BASE}keepalived_traffic_mode: unicast\n`, inv, PASS).model.hosts[0]!.configText;
    assert.ok(text.includes('    unicast_src_ip 10.9.9.9\n    unicast_peer {\n        10.0.0.11\n        10.0.0.12\n        10.0.0.13\n    }\n'));
  });

  it('follows a per-host api_interface', () => {
    const inv = THREE.replace('c2 ansible_host=10.0.0.12', 'c2 ansible_host=10.0.0.12 api_interface=bond0');
    const hosts = inlineContext(BASE, inv, PASS).model.hosts;
    assert.ok(hosts[1]!.configText.includes('    interface bond0\n'));
    assert.ok(hosts[1]!.configText.includes('        10.0.0.250 dev bond0\n'));
    assert.ok(hosts[0]!.configText.includes('    interface eth0\n'));
  });

  it('writes placeholders, with offsets, for what it cannot know', () => {
    const inv = '[control]\nc1\nc2\n[loadbalancer:children]\ncontrol\n';
    const h = inlineContext(`${BASE}keepalived_traffic_mode: unicast\n`, inv).model.hosts[0]!;
    const placeholders = h.unknowns.map((u) => u.placeholder);
    assert.deepEqual(placeholders, [`${UNKNOWN_PREFIX}api_address@c1`, `${UNKNOWN_PREFIX}api_address@c2`, `${UNKNOWN_PREFIX}keepalived_password`]);
    for (const u of h.unknowns) assert.equal(h.configText.slice(u.start, u.end), u.placeholder);
    assert.equal(h.apiAddress.source, 'unknown');
  });

  it('records unknown conditions without writing anything', () => {
    const h = inlineContext(`${BASE}keepalived_track_script_enabled: "{{ foo | ternary(1, 2) }}"\n`, THREE, PASS).model.hosts[0]!;
    assert.deepEqual(
      h.unknowns.map((u) => [u.variable, u.placeholder]),
      [['keepalived_track_script_enabled', undefined]],
    );
    assert.ok(h.configText.includes('check_alive')); // assumed as Kolla's default (true)
  });

  it('renders nothing when keepalived is disabled', () => {
    const m = inlineContext(`${BASE}enable_haproxy: no\n`, THREE, PASS).model;
    assert.equal(m.keepalivedEnabled, false);
    assert.deepEqual(m.hosts, []);
    assert.equal(inlineContext(`${BASE}enable_keepalived: no\n`, THREE, PASS).model.hosts.length, 0);
  });

  it("renders Kolla's own keepalived.conf.j2 through the same renderer to the same text as the built-in model", function () {
    const file = path.join(REFERENCE, 'keepalived.conf.j2');
    if (!fs.existsSync(file)) this.skip(); // the shared reference folder is not on this machine
    const template = { file, text: fs.readFileSync(file, 'utf8') };
    for (const name of ['clean', 'broken', 'broken-vip']) {
      const builtin = fixtureContext(name).model.hosts;
      const real = fixtureContext(name, {}, template).model.hosts;
      assert.deepEqual(
        real.map((h) => h.configText),
        builtin.map((h) => h.configText),
      );
    }
  });

  it("agrees line for line with Kolla's keepalived.conf.j2", function () {
    const file = path.join(REFERENCE, 'keepalived.conf.j2');
    if (!fs.existsSync(file)) this.skip(); // the shared reference folder is not on this machine
    const template = fs.readFileSync(file, 'utf8').split('\n');
    // Every static line of the template appears in a full render (unicast, external VIP, track script)...
    const full = fixtureContext('clean').model.hosts[0]!.configText.split('\n');
    const staticLines = template.filter((l) => !l.includes('{%') && !l.includes('{{'));
    for (const l of staticLines) assert.ok(full.includes(l), `template line missing from the render: ${JSON.stringify(l)}`);
    // ...and every rendered line is a template line, with its {{ }} filled in.
    const patterns = template
      .filter((l) => !l.includes('{%'))
      .map((l) => new RegExp(`^${l.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{.*?\}\}/g, '.+')}$`));
    for (const l of full)
      assert.ok(
        patterns.some((p) => p.test(l)),
        `rendered line not in the template: ${JSON.stringify(l)}`,
      );
  });
});
