/** The user's choices on top of the rules: per-code severities (and off) and disable-next-line comments. */
import * as assert from 'node:assert/strict';
import { lintIssues } from '../support/rules';

const TEXT = 'vrrp_instance V {\n    interface eth0\n    virtual_router_id 51\n    priorty 100\n    virtual_ipaddress {\n        192.0.2.1/24\n    }\n}\n';
const codes = (text: string, o = {}) => lintIssues(text, o).golden;

describe('validation settings', () => {
  it('a misspelt keyword is a warning by default', () => {
    assert.equal(codes(TEXT), '4:5-4:12 warning unknown-keyword');
  });
  it('a severity setting changes it', () => {
    assert.equal(codes(TEXT, { severities: { 'unknown-keyword': 'error' } }), '4:5-4:12 error unknown-keyword');
  });
  it('off removes it', () => {
    assert.equal(codes(TEXT, { severities: { 'unknown-keyword': 'off' } }), '');
  });
  it('a setting for another code changes nothing', () => {
    assert.equal(codes(TEXT, { severities: { 'vrid-range': 'off' } }), '4:5-4:12 warning unknown-keyword');
  });
  const suppressed: [string, string, string][] = [
    ['# with the code', '    # keepalived-lint disable-next-line unknown-keyword', ''],
    ['! with the code', '    ! keepalived-lint disable-next-line unknown-keyword', ''],
    ['without a code: everything on the next line', '    # keepalived-lint disable-next-line', ''],
    ['with several codes', '    # keepalived-lint disable-next-line vrid-range, unknown-keyword', ''],
    ['with another code: still reported', '    # keepalived-lint disable-next-line vrid-range', '5:5-5:12 warning unknown-keyword'],
  ];
  for (const [name, comment, expected] of suppressed) {
    it(`disable-next-line ${name}`, () => {
      const lines = TEXT.split('\n');
      lines.splice(3, 0, comment);
      assert.equal(codes(lines.join('\n')), expected);
    });
  }
  it('disable-next-line covers only the next line', () => {
    const lines = TEXT.split('\n');
    lines.splice(2, 0, '    # keepalived-lint disable-next-line unknown-keyword');
    assert.equal(codes(lines.join('\n')), '5:5-5:12 warning unknown-keyword');
  });
});
