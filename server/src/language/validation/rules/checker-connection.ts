import { parseSockaddr, type ParsedAddress } from '../../analysis/addresses';
import { closingSpan } from '../../analysis/blocks';
import { lvsModel } from '../../analysis/lvs';
import { childrenOf, type Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** Checkers with connection options (check_api.c install_checker_common_keywords(true)); MISC, FILE and BFD have none. */
const WITH_CONNECTION = new Set(['TCP_CHECK', 'HTTP_GET', 'SSL_GET', 'SMTP_CHECK', 'DNS_CHECK', 'UDP_CHECK', 'PING_CHECK']);
/** The connection keywords (an SMTP_CHECK with any of them, or without host blocks, checks its own destination). */
const CONNECTION_KEYWORDS = new Set(['connect_ip', 'connect_port', 'bindto', 'bind_port', 'bind_if', 'connect_timeout', 'fwmark']);

const isLinkLocal = (a: ParsedAddress) => a.family === 6 && a.addr.range() === 'linkLocal';

/**
 * keepalived's conn_opts_t as a checker block sets it (co_ip_handler, co_srcip_handler,
 * co_srcif_handler): the destination starts as the real server's address (an SMTP_CHECK's as
 * nothing), a connect_ip or bindto of the other family than the one already set is refused.
 */
function* readConnection(block: Statement, start: ParsedAddress | undefined, out: { dst: ParsedAddress | undefined; bindIf: boolean }): Generator<Finding> {
  let dst = start;
  let bindto: ParsedAddress | undefined;
  for (const c of childrenOf(block)) {
    if (c.isValue || !c.def) continue;
    const kw = c.keyword.value;
    const w = c.args[0];
    if (!w) continue;
    if (kw === 'connect_ip' || kw === 'bindto') {
      // an unreadable address leaves that side unset (argument-value reports it)
      const a = parseSockaddr(w.value).addr;
      const other = kw === 'connect_ip' ? bindto : dst;
      if (a && other && other.family !== a.family) {
        const against = kw === 'connect_ip' ? `bindto ${other.address}` : start === other ? `the real server ${other.address}` : `connect_ip ${other.address}`;
        yield {
          span: w.span,
          message: `${kw} ${a.address} is IPv${a.family} but ${against} is IPv${other.family}: keepalived reports it and leaves ${kw} unset${kw === 'connect_ip' ? ' (the checker then has no destination)' : ''}. Use addresses of one family.`,
        };
      }
      const keep = a && !(other && other.family !== a.family) ? a : undefined;
      if (kw === 'connect_ip') dst = keep;
      else bindto = keep;
    } else if (kw === 'bind_if' && w.value.length <= 15) {
      out.bindIf = true;
    }
  }
  out.dst = dst;
}

function* linkLocalCheck(block: Statement, conn: { dst: ParsedAddress | undefined; bindIf: boolean }, what: string): Generator<Finding> {
  if (!conn.dst || !isLinkLocal(conn.dst) || conn.bindIf) return;
  yield {
    span: closingSpan(block),
    message: `${what} connects to the link-local address ${conn.dst.address} without bind_if: keepalived reports it and drops the ${what === 'This host block' ? 'host entry' : 'checker'}. Add \`bind_if <interface>\` (a link-local address means nothing without its interface).`,
    related: [{ span: block.keyword.span, message: `${block.keyword.value} starts here` }],
  };
}

function* checkBlock(block: Statement, rs: ParsedAddress): Generator<Finding> {
  const smtp = block.keyword.value === 'SMTP_CHECK';
  const conn = { dst: undefined as ParsedAddress | undefined, bindIf: false };
  // an SMTP_CHECK starts without a destination and takes the real server's at its end (check_smtp.c)
  yield* readConnection(block, smtp ? undefined : rs, conn);
  const hosts = childrenOf(block).filter((c) => !c.isValue && c.keyword.value === 'host' && c.body);
  if (smtp) {
    const own = childrenOf(block).some((c) => !c.isValue && CONNECTION_KEYWORDS.has(c.keyword.value) && c.args.length > 0);
    if (!own && hosts.length > 0) conn.dst = undefined;
    else conn.dst ??= rs;
  }
  yield* linkLocalCheck(block, conn, `This ${block.keyword.value}`);
  for (const h of hosts) {
    const hc = { dst: undefined as ParsedAddress | undefined, bindIf: false };
    yield* readConnection(h, rs, hc);
    yield* linkLocalCheck(h, hc, 'This host block');
  }
}

/** Connection options of a checker keepalived refuses: bindto and destination of two families, a link-local destination without bind_if. */
export const checkerConnection: Rule = {
  id: 'checker-connection',
  severity: 'warning',
  title: "A checker's connect_ip and bindto (or the real server's address) of different families, or a link-local IPv6 destination without bind_if.",
  keepalived:
    'Reports "bindto address X does not match address family of connect_ip - skipping" (or the connect_ip one) and leaves that option unset; for a link-local destination without bind_if, "Checker link local address X requires a bind_if" at the checker\'s closing brace, and drops the checker.',
  example: 'real_server 192.0.2.21 80 { TCP_CHECK { bindto 2001:db8::5 } }',
  fix: 'Use connect_ip and bindto of the same family (by default the checker connects to the real server); add `bind_if` for a link-local address.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      // checkers are read inside the real server's block, before its '}' may drop it for its family
      for (const rs of vs.realServers) {
        if (!rs.address) continue;
        for (const c of childrenOf(rs.stmt)) {
          if (c.isValue || !c.body || !WITH_CONNECTION.has(c.keyword.value)) continue;
          yield* checkBlock(c, rs.address);
        }
      }
    }
  },
};
