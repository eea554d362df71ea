/**
 * The election model against real keepalived: daemons in network namespaces that this test
 * creates (never the root namespace), one scenario definition feeding both the generated
 * keepalived.conf files and the model. Needs root, iproute2 and keepalived; skipped otherwise,
 * with the reason printed. Set KEEPALIVED_LAB=skip to skip it on purpose.
 */
import * as assert from 'node:assert/strict';
import { windowText } from '../../server/src/language/election/index';
import { Lab, TOLERANCE } from './lab';
import { cleanupLeftovers, findKeepalived, labUnavailable, now, run } from './netns';
import { LAB_SCENARIOS } from './scenarios';

/** The whole lab must finish well within this (each scenario takes 5–15 s). */
const BUDGET_S = 210;

describe('election lab: the model against keepalived in network namespaces', function () {
  this.timeout(60_000);
  let lab: Lab | undefined;
  let deadline = 0;
  const onExit = () => lab?.destroySync();

  before(async function () {
    const why = await labUnavailable();
    if (why) {
      console.log(`    election lab skipped: ${why}`);
      this.skip();
    }
    const left = await cleanupLeftovers();
    if (left.length) console.log(`    election lab: removed leftovers of an earlier run: ${left.join(', ')}`);
    const v = await run(findKeepalived()!, ['--version']);
    const version = `${v.stderr}\n${v.stdout}`
      .split('\n')
      .find((l) => /keepalived/i.test(l))
      ?.trim();
    console.log(`    election lab: ${version || 'keepalived'} (the model follows 2.2.7)`);
    process.once('exit', onExit);
    lab = await Lab.create(3);
    deadline = now() + BUDGET_S;
  });

  after(async function () {
    this.timeout(30_000);
    await lab?.destroy();
    lab = undefined;
    process.removeListener('exit', onExit);
  });

  afterEach(async function () {
    this.timeout(20_000);
    await lab?.reset();
  });

  for (const sc of LAB_SCENARIOS) {
    it(sc.name, async function () {
      if (now() > deadline) {
        console.log(`    election lab: time budget of ${BUDGET_S} s used up; not running "${sc.name}"`);
        this.skip();
      }
      const o = await lab!.run(sc);
      const p = o.predicted;
      const w = p.failover;
      const got = o.measured === null ? 'never' : `${o.measured.toFixed(3)} s`;
      const pre = o.before ? `start: ${o.before.master} in ${windowText(o.before.failover!)} vs ${o.beforeMeasured?.toFixed(3)} s; ` : '';
      console.log(
        `      ${pre}model: ${p.master ?? '(undecided)'}${p.alsoMaster.length ? ` (+${p.alsoMaster.join(',')})` : ''} (${p.decidedBy}) in ${w ? windowText(w) : '–'}; keepalived: ${o.masters.join(',') || 'none'} in ${got}`,
      );
      const ctx = `\n${p.reason}\n${o.details}`;
      assert.ok(p.master !== null, `every lab scenario must have a predicted master${ctx}`);
      if (o.before) {
        const bw = o.before.failover!;
        assert.ok(
          o.beforeMeasured !== null && o.beforeMeasured > bw.min - TOLERANCE && o.beforeMeasured <= bw.max + TOLERANCE,
          `before the actions: ${o.before.master} took ${o.beforeMeasured?.toFixed(3)} s, predicted ${windowText(bw)}${ctx}`,
        );
      }
      const split = [p.master, ...p.alsoMaster].sort();
      assert.deepEqual([...o.masters].sort(), split, `MASTER per keepalived's log${ctx}`);
      assert.deepEqual([...o.holders].sort(), split, `VIP holders among running nodes${ctx}`);
      assert.ok(w !== null && o.measured !== null, `no VIP move measured${ctx}`);
      assert.ok(
        o.measured > w.min - TOLERANCE && o.measured <= w.max + TOLERANCE,
        `measured ${got} outside the predicted ${windowText(w)} (± ${TOLERANCE} s)${ctx}`,
      );
      if (sc.scenario.actions?.length) assert.deepEqual(o.strayAdds, [], `the VIP went elsewhere after the action${ctx}`);
    });
  }
});
