/** Election model: VRRP timers against the numbers measured with keepalived 2.2.7 (vrrp-lab findings.md). */
import * as assert from 'node:assert/strict';
import { detectionWindow, masterDownInterval, priorityZeroFailover, silentFailoverWindow, skew } from '../../server/src/language/election/index';

interface Timers {
  readonly version: 2 | 3;
  readonly advertInt: number;
  readonly downTimerAdverts: number;
}
const v2 = (advertInt: number, downTimerAdverts = 3): Timers => ({ version: 2, advertInt, downTimerAdverts });
const v3 = (advertInt: number, downTimerAdverts = 3): Timers => ({ version: 3, advertInt, downTimerAdverts });

describe('election timing', () => {
  const masterDown: [string, number, Timers, number][] = [
    ['v2 adv 1, p100 (lab a: n1 MASTER 3.609 s after init)', 100, v2(1), 3 + 156 / 256],
    ['v2 adv 1, p90', 90, v2(1), 3 + 166 / 256],
    ['v2 adv 1, p80', 80, v2(1), 3 + 176 / 256],
    ['v2 adv 1, p255 (lab g: 3.07 s)', 255, v2(1), 3 + 1 / 256],
    ['v2 adv 1, p254 (lab p: +200 → 254, 3.01 s)', 254, v2(1), 3 + 2 / 256],
    ['v2 adv 1, p1 (Kolla)', 1, v2(1), 3 + 255 / 256],
    ['v2 adv 3, p100: skew NOT scaled (lab h: 9.605 s)', 100, v2(3), 9 + 156 / 256],
    ['v2 adv 3, p90 (lab h: measured + phase = 9.650 s)', 90, v2(3), 9.6484375],
    ['v3 adv 3, p100: skew scaled (lab h v3: 10.829 s)', 100, v3(3), 9 + (156 * 3) / 256],
    ['v3 adv 3, p90', 90, v3(3), 9 + (166 * 3) / 256],
    ['v2 adv 1, down_timer_adverts 5', 100, v2(1, 5), 5 + 156 / 256],
  ];
  for (const [name, p, t, want] of masterDown) {
    it(`master-down interval: ${name}`, () => assert.equal(masterDownInterval(p, t), Math.round(want * 1e6) / 1e6));
  }

  it('skew differs by 1/256 s per priority point on v2 (3.9 ms: below start jitter)', () => {
    assert.equal(skew(2, v2(1)) - skew(3, v2(1)), 1 / 256);
    assert.equal(skew(2, v2(3)) - skew(3, v2(3)), 1 / 256);
    assert.equal(skew(2, v3(3)) - skew(3, v3(3)), 3 / 256);
  });

  const windows: [string, { min: number; max: number }, number, number][] = [
    // [label, window, measured value inside it, predicted bound to check]
    ['crash, adv 1, backup 90 (lab b: 2.86–3.35 s)', silentFailoverWindow(90, v2(1)), 2.86, 3.35],
    ['crash, v2 adv 3, backup 90 (lab h: 7.967, 8.978, 8.929 s)', silentFailoverWindow(90, v2(3)), 7.967, 8.978],
    ['crash, v3 adv 3, backup 90 (lab h v3: 10.532, 10.534 s)', silentFailoverWindow(90, v3(3)), 10.532, 10.534],
  ];
  for (const [name, w, lo, hi] of windows) {
    it(`silent failover window contains the lab samples: ${name}`, () => {
      assert.ok(w.min < lo && hi <= w.max, `${lo}..${hi} not in (${w.min}, ${w.max}]`);
      assert.equal(Math.round((w.max - w.min) * 1e6) / 1e6, 0 + (name.includes('adv 3') ? 3 : 1));
    });
  }

  it('v2 adv 3 window is (6.65, 9.65], not the v3 formula (which overpredicts by 1.297 s)', () => {
    const w = silentFailoverWindow(90, v2(3));
    assert.equal(w.max, 9.648438);
    assert.equal(Math.round((masterDownInterval(90, v3(3)) - w.max) * 1000) / 1000, 1.297);
  });

  const prio0: [string, number, Timers, number, number][] = [
    ['graceful stop, backup 90 (lab b: 0.658–0.664 s)', 90, v2(1), 0.6484375, 0.664],
    ['Kolla graceful stop, backup 3 (lab i2: 1.00 s)', 3, v2(1), 253 / 256, 1.0],
    ['v3 adv 3 graceful stop to p80 (lab h v3: 2.069 s)', 80, v3(3), (176 * 3) / 256, 2.069],
  ];
  for (const [name, p, t, want, measured] of prio0) {
    it(`priority-0 failover is the skew only: ${name}`, () => {
      const w = priorityZeroFailover(p, t);
      assert.equal(w.max, Math.round(want * 1e6) / 1e6);
      assert.ok(measured - w.max >= 0 && measured - w.max < 0.03, `measured ${measured} vs ${w.max}`);
    });
  }

  const detection: [string, Parameters<typeof detectionWindow>, { min: number; max: number }][] = [
    ['script fall 3 interval 1 (lab e: failed at +2.6 s)', ['script', { interval: 1, fall: 3 }, 'fail'], { min: 2, max: 3 }],
    ['script rise 2 interval 1 (lab e: healed at +1.35 s)', ['script', { interval: 1, rise: 2 }, 'heal'], { min: 1, max: 2 }],
    ['script fall 2 (lab s: FAULT at +1.54 s)', ['script', { interval: 1, fall: 2 }, 'fail'], { min: 1, max: 2 }],
    ['Kolla check_alive interval 2 rise 10 (lab i: back at +19.5 s)', ['script', { interval: 2, rise: 10 }, 'heal'], { min: 18, max: 20 }],
    ['script defaults (interval 1, fall 1)', ['script', {}, 'fail'], { min: 0, max: 1 }],
    ['track_file is event driven', ['file', { interval: 5, fall: 3 }, 'fail'], { min: 0, max: 0 }],
    ['track_interface is event driven', ['interface', {}, 'fail'], { min: 0, max: 0 }],
  ];
  for (const [name, args, want] of detection) {
    it(`detection window: ${name}`, () => assert.deepEqual(detectionWindow(...args), want));
  }
});
