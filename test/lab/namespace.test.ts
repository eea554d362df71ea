/**
 * The namespace the keepalived lab runs examples in is back to its starting state after each
 * real start: a daemon killed before it cleaned up must not leave its VIPs or VMAC interfaces to
 * the next example (which would then see another eth0).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { LAB_INTERFACES } from '../support/messages';
import { Namespace, ktestUnavailable } from './ktest';

const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8' });

describe('lab namespace: reset() undoes what a keepalived left behind (lab)', () => {
  const ns = new Namespace();

  before(function () {
    const why = ktestUnavailable();
    if (why) {
      console.log(`    skipped: the lab namespace needs Linux, root and iproute2 — ${why}`);
      this.skip();
    }
    ns.create(LAB_INTERFACES);
  });

  after(() => ns.remove());

  it('a left-over VIP and a VMAC interface go; the own addresses and the link-local stay', () => {
    assert.equal(ip('-n', ns.name, 'addr', 'add', '192.0.2.200/32', 'dev', 'eth0').status, 0);
    assert.equal(ip('-n', ns.name, 'link', 'add', 'link', 'eth0', 'name', 'vrrp.51', 'type', 'macvlan').status, 0);
    const linkLocal = () => /inet6 fe80:/.test(ip('-n', ns.name, 'addr', 'show', 'dev', 'eth0').stdout);
    const hadLinkLocal = linkLocal();
    ns.reset();
    const eth0 = ip('-o', '-n', ns.name, 'addr', 'show', 'dev', 'eth0', 'scope', 'global').stdout;
    assert.doesNotMatch(eth0, /192\.0\.2\.200/);
    assert.match(eth0, /inet 192\.0\.2\.11\/24/);
    assert.match(ip('-o', '-n', ns.name, 'addr', 'show', 'dev', 'eth1').stdout, /inet 198\.51\.100\.11\/24/);
    assert.doesNotMatch(ip('-o', '-n', ns.name, 'link', 'show').stdout, /vrrp\.51/);
    assert.equal(linkLocal(), hadLinkLocal);
  });
});
