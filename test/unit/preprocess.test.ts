/**
 * The reader, construct by construct: what keepalived would see, and where each word came
 * from (`value@line:column`, `*` = produced by an expansion, mapped to its use site).
 */
import * as assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/language/syntax/index';
import { copiedTreePath } from '../../server/src/language/syntax/includes';
import { dumpIssues, dumpTokens, MAIN, parseFiles, parseText } from '../support/parse';
import { memoryHost } from '../support/memoryHost';

interface Case {
  readonly name: string;
  readonly text: string;
  readonly configId?: string;
  readonly tokens: string;
  readonly issues?: string;
}

const cases: Case[] = [
  // Comments
  { name: 'hash comment to end of line', text: 'priority 100 # the rest', tokens: 'priority@1:1 100@1:10' },
  { name: 'bang comment', text: '! Configuration File for keepalived\npriority 100 ! x', tokens: 'priority@2:1 100@2:10' },
  { name: 'mid-word # cuts the word', text: 'auth_pass ab#cd', tokens: 'auth_pass@1:1 ab@1:11' },
  { name: 'mid-word ! cuts the word', text: 'script /bin/check!me', tokens: 'script@1:1 /bin/check@1:8' },
  { name: '\\# is an escaped #', text: 'auth_pass ab\\#cd', tokens: 'auth_pass@1:1 ab#cd@1:11' },
  { name: '\\! is an escaped !', text: 'auth_pass x\\!y', tokens: 'auth_pass@1:1 x!y@1:11' },
  { name: 'comment-only and blank lines vanish', text: '# c\n\n   ! c\nrouter_id a', tokens: 'router_id@4:1 a@4:11' },
  // Quotes
  { name: 'quoted string is one word', text: 'script "/usr/bin/check a b"', tokens: 'script@1:1 "/usr/bin/check a b"@1:8' },
  { name: '# inside quotes is not a comment', text: 'auth_pass "a#b"', tokens: 'auth_pass@1:1 "a#b"@1:11' },
  { name: 'unquoted word ends at a quote', text: 'x ab"c d"', tokens: 'x@1:1 ab@1:3 "c d"@1:5' },
  {
    name: 'unterminated quote is reported and the rest dropped',
    text: 'script "/bin/x\nrouter_id r',
    tokens: 'script@1:1\nrouter_id@2:1 r@2:11',
    issues: '1:8-1:15 error unterminated-quote',
  },
  // Braces
  { name: 'brace at end of line', text: 'vrrp_instance VI_1 {\n}', tokens: 'vrrp_instance@1:1 VI_1@1:15\n{@1:20\n}@2:1' },
  { name: 'brace on the next line', text: 'vrrp_instance VI_1\n{\n}', tokens: 'vrrp_instance@1:1 VI_1@1:15\n{@2:1\n}@3:1' },
  {
    name: 'one-line block',
    text: 'track_script { chk_a chk_b }',
    tokens: 'track_script@1:1\n{@1:14\nchk_a@1:16 chk_b@1:22\n}@1:28',
    // at the top level track_script is unknown, so its braces open nothing
    issues: '1:14-1:15 warning unexpected-open-brace\n1:28-1:29 error extra-close-brace',
  },
  {
    name: 'brace glued to a word',
    text: 'virtual_server 10.0.0.1 80{',
    tokens: 'virtual_server@1:1 10.0.0.1@1:16 80@1:25\n{@1:27',
    issues: '1:27-1:28 error missing-close-brace\n1:28-1:28 error missing-close-brace',
  },
  { name: 'text after a closing brace is a new line', text: '} router_id x', tokens: '}@1:1\nrouter_id@1:3 x@1:13', issues: '1:1-1:2 error extra-close-brace' },
  { name: 'brace inside quotes stays in the word', text: 'notify "a { b"', tokens: 'notify@1:1 "a { b"@1:8' },
  { name: 'CRLF line endings', text: 'router_id a\r\nrouter_id b\r\n', tokens: 'router_id@1:1 a@1:11\nrouter_id@2:1 b@2:11' },
  // $NAME definitions
  { name: '$NAME use', text: '$PRIO=150\npriority $PRIO', tokens: 'priority@2:1 150@2:10*' },
  { name: '${NAME} use inside a word', text: '$NET=10.1\nx ${NET}.0.1/24', tokens: 'x@2:1 10.1.0.1/24@2:3*' },
  { name: '$NAME must be followed by a blank', text: '$NET=10.1\nx $NET.0.1', tokens: 'x@2:1 $NET.0.1@2:3' },
  { name: 'undefined name stays as written', text: 'x $UNDEF "${UNDEF}"', tokens: 'x@1:1 $UNDEF@1:3 "${UNDEF}"@1:10' },
  {
    name: 'an undefined ${NAME} is split at its braces, as keepalived does',
    text: 'x ${UNDEF}',
    tokens: 'x@1:1 $@1:3\n{@1:4\nUNDEF@1:5\n}@1:10',
    issues: '1:4-1:5 warning unexpected-open-brace\n1:10-1:11 error extra-close-brace',
  },
  {
    name: 'recursive expansion happens at use time',
    text: '$BASE=10.2.${SUB}\n$SUB=0\na ${BASE}.100/32\n$SUB=10\nb ${BASE}.100/32',
    tokens: 'a@3:1 10.2.0.100/32@3:3*\nb@5:1 10.2.10.100/32@5:3*',
  },
  { name: 'a space before = is not a definition', text: '$X =1', tokens: '$X@1:1 =1@1:4' },
  { name: 'empty value is allowed', text: '$E=\nx a${E}b', tokens: 'x@2:1 ab@2:3' },
  {
    name: 'multi-line definition',
    text: '$INST= \\\nvrrp_instance VI_${N} { \\\n  priority 1${N} \\\n}\n$N=0\n$INST\n',
    tokens: 'vrrp_instance@6:1* VI_0@6:1*\n{@6:1*\npriority@6:1* 10@6:1*\n}@6:1*',
  },
  { name: 'built-in ${_HASH} and ${_BANG}', text: 'auth_pass a${_HASH}b${_BANG}', tokens: 'auth_pass@1:1 a#b!@1:11*' },
  { name: 'built-in ${_PWD} is the file directory', text: 'script ${_PWD}/chk.sh', tokens: 'script@1:1 /etc/keepalived/chk.sh@1:8*' },
  { name: 'built-in ${_INSTANCE} is the config id', text: 'router_id ${_INSTANCE}', configId: 'lb1', tokens: 'router_id@1:1 lb1@1:11*' },
  {
    name: 'built-in ${_INSTANCE} without a config id is a placeholder (keepalived uses the host name)',
    text: 'router_id ${_INSTANCE}',
    tokens: 'router_id@1:1 hostname@1:11*',
  },
  { name: 'built-in ${_ENV NAME} reads as empty here', text: 'x a${_ENV HOME}b', tokens: 'x@1:1 ab@1:3' },
  { name: 'definition in a conditional line', text: '@a $P=1\n@b $P=2\npriority $P', configId: 'b', tokens: 'priority@3:1 2@3:10*' },
  {
    name: 'runaway definitions are stopped',
    text: '$A=$B\n$B=$A\nx $A',
    tokens: 'x@3:1 $B@3:3*',
    issues: '3:1-3:5 error substitution-overflow',
  },
  // @id conditionals
  { name: '@id matching the config id', text: '@main router_id m\n@backup router_id b', configId: 'main', tokens: 'router_id@1:7 m@1:17' },
  { name: '@^id negated', text: '@^main router_id not_main\n@^backup router_id not_backup', configId: 'main', tokens: 'router_id@2:10 not_backup@2:20' },
  { name: 'no config id: @id lines are dropped, @^id lines kept', text: '@main a 1\n@^main b 2', tokens: 'b@2:8 2@2:10' },
  { name: '@id with nothing after it is dropped', text: '@main\nx 1', configId: 'main', tokens: 'x@2:1 1@2:3' },
  // ~SEQ / ~LST
  { name: '~SEQ(var, start, end)', text: '~SEQ(I, 1, 3) a ${I}', tokens: 'a@1:15 1@1:17*\na@1:15 2@1:17*\na@1:15 3@1:17*' },
  { name: '~SEQ with step', text: '~SEQ(I, 10, -5, 0) a ${I}', tokens: 'a@1:20 10@1:22*\na@1:20 5@1:22*\na@1:20 0@1:22*' },
  { name: '~SEQ end only', text: '~SEQ(I, 2) a $I', tokens: 'a@1:12 1@1:14*\na@1:12 2@1:14*' },
  { name: '~SEQx hex', text: '~SEQx(H, 0x9, 2, 0xd) a ${H}', tokens: 'a@1:23 9@1:25*\na@1:23 b@1:25*\na@1:23 d@1:25*' },
  {
    name: 'nested ~SEQ',
    text: '~SEQ(A, 1, 2) ~SEQ(B, 1, 2) x ${A}.${B}',
    tokens: 'x@1:29 1.1@1:31*\nx@1:29 1.2@1:31*\nx@1:29 2.1@1:31*\nx@1:29 2.2@1:31*',
  },
  { name: 'invalid ~SEQ is reported', text: '~SEQ(I, 1, 0, 3) a', tokens: '', issues: '1:1-1:19 error invalid-sequence' },
  { name: '~LST values', text: '~LST(V, a, b) x $V', tokens: 'x@1:15 a@1:17*\nx@1:15 b@1:17*' },
  { name: '~LST tuples', text: '~LST({A,B}, {1,2},{3,4}) x ${A}-${B}', tokens: 'x@1:26 1-2@1:28*\nx@1:26 3-4@1:28*' },
];

describe('preprocess: constructs and source positions', () => {
  for (const c of cases) {
    it(c.name, () => {
      const p = parseText(c.text, c.configId);
      assert.equal(dumpTokens(p), c.tokens);
      assert.equal(dumpIssues(p), c.issues ?? '');
    });
  }
});

describe('preprocess: long lines and odd bytes', () => {
  it('a line over 1023 bytes is cut and the rest read as its own line', () => {
    const long = `notify ${'a'.repeat(1100)}`;
    const p = parseText(long);
    assert.equal(dumpTokens(p), `notify@1:1 ${'a'.repeat(1016)}@1:8\n${'a'.repeat(84)}@1:1024`);
    assert.equal(dumpIssues(p), '1:1023-1:1025 warning line-too-long');
  });
  it('multi-byte characters count as bytes', () => {
    const p = parseText(`x ${'é'.repeat(600)}`);
    assert.equal(p.syntaxIssues[0]?.code, 'line-too-long');
  });
  it('a NUL ends the line', () => {
    const p = parseText('router_id a\0b c\nx 1');
    assert.equal(dumpTokens(p), 'router_id@1:1 a@1:11\nx@2:1 1@2:3');
    assert.equal(dumpIssues(p), '1:12-1:13 warning nul-character');
  });
});

describe("preprocess: absolute includes in a copy of the host's tree", () => {
  const read = (files: Record<string, string>, root?: string) => {
    const [entry, text] = Object.entries(files)[0]!;
    return parseConfig(entry, text, memoryHost(files), { root });
  };
  const vi = 'vrrp_instance VI_1 {\n}\n';

  it('table: where an absolute include leads', () => {
    const rows: [pattern: string, dir: string, entry: string, copy: string | undefined][] = [
      // the including folder ends with the include's first folders: the copy's tree
      ['/etc/keepalived/conf.d/*.conf', '/repo/etc/keepalived', '/repo/etc/keepalived/keepalived.conf', '/repo/etc/keepalived/conf.d/*.conf'],
      ['/etc/keepalived/conf.d/a.conf', '/repo/etc', '/repo/etc/ka.conf', '/repo/etc/keepalived/conf.d/a.conf'],
      // on the host itself the path is the path
      ['/etc/keepalived/conf.d/*.conf', '/etc/keepalived', '/etc/keepalived/keepalived.conf', undefined],
      // a keepalived.conf kept anywhere stands for /etc/keepalived/keepalived.conf
      ['/etc/keepalived/conf.d/*.conf', '/repo/roles/k/files', '/repo/roles/k/files/keepalived.conf', '/repo/roles/k/files/conf.d/*.conf'],
      // but another file name says nothing about where it goes
      ['/etc/keepalived/conf.d/*.conf', '/repo/roles/k/files', '/repo/roles/k/files/lb1.cfg', undefined],
      ['/opt/vips.conf', '/repo/roles/k/files', '/repo/roles/k/files/keepalived.conf', undefined],
    ];
    for (const [pattern, dir, entry, copy] of rows) assert.equal(copiedTreePath(pattern, dir, entry), copy, `${pattern} from ${entry}`);
  });

  it("reads the copy's file when it has one, else the path itself; root names the host's / for every absolute include", () => {
    const files = {
      '/repo/etc/keepalived/keepalived.conf': 'include /etc/keepalived/conf.d/*.conf\n',
      '/repo/etc/keepalived/conf.d/vi.conf': vi,
    };
    assert.deepEqual(read(files).includes[0]!.files, ['/repo/etc/keepalived/conf.d/vi.conf']);
    assert.equal(dumpIssues(read(files)), '');
    // the copy lacks it: the host's own path is what keepalived reads (and it is missing here)
    const none = read({ '/repo/etc/keepalived/keepalived.conf': files['/repo/etc/keepalived/keepalived.conf'], '/etc/keepalived/conf.d/vi.conf': vi });
    assert.deepEqual(none.includes[0]!.files, ['/etc/keepalived/conf.d/vi.conf']);
    const rooted = read({ '/work/main.conf': 'include /etc/keepalived/conf.d/*.conf\n', '/work/rootfs/etc/keepalived/conf.d/vi.conf': vi }, '/work/rootfs');
    assert.deepEqual(rooted.includes[0]!.files, ['/work/rootfs/etc/keepalived/conf.d/vi.conf']);
    assert.equal(rooted.includes[0]!.resolved, '/work/rootfs/etc/keepalived/conf.d/*.conf');
    const unrooted = read({ '/work/main.conf': 'include /etc/keepalived/conf.d/*.conf\n', '/work/rootfs/etc/keepalived/conf.d/vi.conf': vi });
    assert.match(dumpIssues(unrooted), /warning include-missing/);
  });
});

describe('preprocess: include', () => {
  const inc = (files: Record<string, string | { kind: 'special'; what: 'directory' | 'fifo' }>) => parseFiles(files);

  it('reads a relative include from the including file directory, in place', () => {
    const p = inc({ [MAIN]: 'a 1\ninclude conf.d/x.conf\nb 2', '/etc/keepalived/conf.d/x.conf': 'x 9' });
    assert.equal(dumpTokens(p), 'a@1:1 1@1:3\nx@x.conf:1:1 9@x.conf:1:3\nb@3:1 2@3:3');
    assert.deepEqual(p.includes[0]!.files, ['/etc/keepalived/conf.d/x.conf']);
  });
  it('nested includes are relative to their own directory', () => {
    const p = inc({ [MAIN]: 'include d/a.conf', '/etc/keepalived/d/a.conf': 'include b.conf', '/etc/keepalived/d/b.conf': 'b 1' });
    assert.equal(dumpTokens(p), 'b@b.conf:1:1 1@b.conf:1:3');
  });
  it('glob with braces, in brace order then sorted', () => {
    const p = inc({
      [MAIN]: 'include {z,a}/*.conf',
      '/etc/keepalived/a/1.conf': 'a1 x',
      '/etc/keepalived/a/2.conf': 'a2 x',
      '/etc/keepalived/z/1.conf': 'z1 x',
    });
    assert.equal(
      p.tokens
        .filter((t) => t.tokenType.name === 'Keyword')
        .map((t) => t.value)
        .join(' '),
      'z1 a1 a2',
    );
  });
  it('missing file', () => {
    assert.equal(dumpIssues(inc({ [MAIN]: 'include nope.conf' })), '1:9-1:18 warning include-missing');
  });
  it('missing file with includem is an error', () => {
    assert.equal(dumpIssues(inc({ [MAIN]: 'includem nope.conf' })), '1:10-1:19 error include-missing');
  });
  it('glob matching nothing in a directory that exists: silent in keepalived, information here', () => {
    assert.equal(dumpIssues(inc({ [MAIN]: 'include conf.d/*.conf', '/etc/keepalived/conf.d/README': '' })), '1:9-1:22 information include-no-match');
  });
  it('glob matching nothing with includew', () => {
    assert.equal(dumpIssues(inc({ [MAIN]: 'includew conf.d/*.conf', '/etc/keepalived/conf.d/README': '' })), '1:10-1:23 warning include-no-match');
  });
  it('glob in a directory that does not exist: keepalived says "Config files missing"', () => {
    assert.equal(dumpIssues(inc({ [MAIN]: 'include conf.d/*.conf' })), '1:9-1:22 warning include-missing');
    assert.equal(dumpIssues(inc({ [MAIN]: 'includem conf.d/*.conf' })), '1:10-1:23 error include-missing');
  });
  it('a brace pattern partly found: "Some config files missing", an error with includeb', () => {
    const files = { '/etc/keepalived/a.conf': 'a 1' };
    assert.equal(dumpIssues(inc({ [MAIN]: 'include {a,b}.conf', ...files })), '1:9-1:19 warning include-missing');
    assert.equal(dumpIssues(inc({ [MAIN]: 'includeb {a,b}.conf', ...files })), '1:10-1:20 error include-missing');
  });
  it('include cycle is reported once, not followed', () => {
    const p = inc({ [MAIN]: 'include a.conf', '/etc/keepalived/a.conf': 'a 1\ninclude keepalived.conf' });
    assert.equal(dumpIssues(p), 'a.conf:2:9-2:24 error include-cycle');
    assert.equal(dumpTokens(p), 'a@a.conf:1:1 1@a.conf:1:3');
  });
  it('special files are refused', () => {
    const p = inc({
      [MAIN]: 'include /dev/x\ninclude d',
      '/dev/x': { kind: 'special', what: 'fifo' },
      '/etc/keepalived/d': { kind: 'special', what: 'directory' },
    });
    assert.equal(dumpIssues(p), '1:9-1:15 warning include-unreadable\n2:9-2:10 warning include-unreadable');
  });
  // keepalived 2.2.7 (lib/parser.c check_include): the pattern is the rest of the line as written,
  // blanks and quotes included ("Config files missing 'a b'", "Config files missing '"x.conf"'")
  const patterns: [string, Record<string, string>, string, string[], string][] = [
    ['include a b', {}, 'a b', [], '1:9-1:12 warning include-missing'],
    ['include "x.conf"', { '/etc/keepalived/x.conf': 'x 1' }, '"x.conf"', [], '1:9-1:17 warning include-missing'],
    ['include x.conf   ! a comment', { '/etc/keepalived/x.conf': 'x 1' }, 'x.conf', ['/etc/keepalived/x.conf'], ''],
    ['include\tx.conf', { '/etc/keepalived/x.conf': 'x 1' }, 'x.conf', ['/etc/keepalived/x.conf'], ''],
  ];
  for (const [line, files, pattern, read, issues] of patterns) {
    it(`${JSON.stringify(line)} includes '${pattern}'`, () => {
      const p = inc({ [MAIN]: line, ...files });
      assert.equal(p.includes.length, 1);
      assert.equal(p.includes[0]!.pattern, pattern);
      assert.deepEqual(p.includes[0]!.files, read);
      assert.equal(dumpIssues(p), issues);
    });
  }
  it('a quoted path that is not found says the quotes are part of it', () => {
    const message = (text: string) =>
      inc({ [MAIN]: text, '/etc/keepalived/x.conf': 'x 1' })
        .syntaxIssues.map((i) => i.message)
        .join('\n');
    assert.match(message('include "x.conf"'), /quotes are part of the path/);
    assert.doesNotMatch(message('include y.conf'), /quotes/);
  });
  it('without a path, or with another word glued to it, a line is no include: keepalived reads it as a keyword', () => {
    for (const line of ['include', 'includer', '"include" x.conf', 'includex x.conf']) {
      const p = inc({ [MAIN]: line, '/etc/keepalived/x.conf': 'x 1' });
      assert.equal(p.includes.length, 0, line);
    }
  });
  it('include path from a definition', () => {
    const p = inc({ [MAIN]: '$D=conf.d\ninclude ${D}/x.conf\ninclude $D/x.conf', '/etc/keepalived/conf.d/x.conf': 'x 1' });
    // `$D/` is not a use (a name must be followed by a blank): the second path stays literal
    assert.equal(dumpIssues(p), '3:9-3:18 warning include-missing');
    assert.deepEqual(p.includes[0]!.files, ['/etc/keepalived/conf.d/x.conf']);
  });
});
