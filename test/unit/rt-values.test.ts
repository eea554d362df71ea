/**
 * The readers of route and rule values against what keepalived 2.2.7's C code does with the same
 * words (strtoul base 0, find_entry, get_time_rtt, parse_mpls_address, get_addr64, read_unsigned64).
 */
import * as assert from 'node:assert/strict';
import { ilaLocatorAccepted, mplsAccepted } from '../../server/src/language/analysis/routeEncap';
import { readRtt, realmsAccepted, rtEntryAccepted, unsignedProblem } from '../../server/src/language/analysis/rtValues';
import { routeType } from '../../server/src/language/analysis/lineReader';
import { strtoul } from '../../server/src/language/analysis/values';

describe('route and rule values', () => {
  it('strtoul base 0: hex after 0x, octal after 0, decimal otherwise', () => {
    const cases: [string, bigint, number][] = [
      ['0x10', 16n, 4],
      ['010', 8n, 3],
      ['08', 0n, 1],
      ['0x', 0n, 1],
      ['12ab', 12n, 2],
      ['-1', 2n ** 64n - 1n, 2],
      ['x', 0n, 0],
    ];
    for (const [text, value, end] of cases) assert.deepEqual(strtoul(text, 0), { value, end }, text);
  });

  it('find_entry: numbers cut to 32 bits, names left to the host', () => {
    assert.equal(rtEntryAccepted('255', 255), true);
    assert.equal(rtEntryAccepted('256', 255), false);
    assert.equal(rtEntryAccepted('0xff', 255), true);
    assert.equal(rtEntryAccepted('4294967296', 255), true); // 2^32 becomes 0
    assert.equal(rtEntryAccepted('lowdelay', 255), true);
    assert.equal(realmsAccepted('1/300'), false);
    assert.equal(realmsAccepted('/5'), false);
    assert.equal(realmsAccepted('cosmos/5'), true);
  });

  it('read_unsigned64: negative, invalid, over the maximum', () => {
    const max = 2n ** 64n - 1n;
    assert.equal(unsignedProblem('18446744073709551615', max), undefined);
    assert.equal(unsignedProblem('18446744073709551616', max), 'range');
    assert.equal(unsignedProblem('-1', max), 'negative');
    assert.equal(unsignedProblem('1x', max), 'invalid');
    assert.equal(unsignedProblem('+7', 255n), undefined);
  });

  it('get_time_rtt: units, exponents, limits', () => {
    assert.deepEqual(readRtt('300ms', 8), { ok: true, reset: undefined, rounded: false, raw: false });
    assert.deepEqual(readRtt('500s', 8), { ok: true, reset: 'max', rounded: false, raw: false });
    assert.deepEqual(readRtt('1000', 8), { ok: true, reset: 'min', rounded: false, raw: true });
    assert.equal(readRtt('0.0005s', 8).ok, true); // rounded to 1 ms, then raised to 0.2 s
    for (const bad of ['1e3', '5seconds', 's', 'ms', '960001', 'x']) assert.equal(readRtt(bad, 8).ok, false, bad);
  });

  it('MPLS labels and ILA locators', () => {
    for (const ok of ['100', '100/200', '0x10', '1048575']) assert.equal(mplsAccepted(ok), true, ok);
    for (const bad of ['1048576', '1/2/3', '-1', 'x', '1/', '1:2']) assert.equal(mplsAccepted(bad), false, bad);
    for (const ok of ['1:2:3:4', 'ffff:0:0:1', '2001:db8:0:1']) assert.equal(ilaLocatorAccepted(ok), true, ok);
    for (const bad of ['1:2:3', '1:2:3:4:5', '10000:0:0:1', 'g:0:0:1', '1::3:4']) assert.equal(ilaLocatorAccepted(bad), false, bad);
  });

  it('route types by name or number', () => {
    assert.equal(routeType('blackhole'), 6);
    assert.equal(routeType('brd'), 3);
    assert.equal(routeType('5'), 5);
    assert.equal(routeType('256'), undefined);
    assert.equal(routeType('-1'), undefined);
    assert.equal(routeType('10.0.0.0/8'), undefined);
  });
});
