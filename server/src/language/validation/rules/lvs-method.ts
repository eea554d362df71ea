import { lvsModel, METHODS } from '../../analysis/lvs';
import type { Statement } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

/** Problems keepalived's svr_forwarding_handler reports for one lb_kind / lvs_method line. */
function* checkLine(s: Statement, fallback: string): Generator<Finding> {
  const w = s.args[0];
  if (!w) return;
  if (!(METHODS as readonly string[]).includes(w.value)) {
    const ci = METHODS.find((m) => m === w.value.toUpperCase());
    yield {
      span: w.span,
      message: `'${w.value}' is not a forwarding method keepalived knows${ci ? ` (it is case-sensitive: write '${ci}')` : ''}: it ignores this line, so ${fallback}. Use NAT, DR or TUN.`,
      data: ci ? { replacement: ci } : undefined,
    };
    return;
  }
  // Tunnel options, read for every method (keepalived only applies them to TUN).
  let type = 'ipip';
  let port = false;
  let csum = 'nocsum';
  const a = s.args;
  const bad = (i: number, why: string): Finding => ({
    span: (a[i] ?? a[i - 1] ?? w).span,
    message: `${why}: keepalived keeps ${w.value} but ignores the tunnel options of this line.`,
  });
  for (let i = 1; i < a.length; i++) {
    const o = a[i]!.value;
    if (o === 'type') {
      const t = a[i + 1]?.value;
      if (t !== 'ipip' && t !== 'gue' && t !== 'gre') {
        yield bad(i + 1, t === undefined ? "'type' needs ipip, gue or gre" : `'${t}' is not a tunnel type (ipip, gue or gre)`);
        return;
      }
      type = t;
      i++;
    } else if (o === 'port') {
      const p = a[i + 1]?.value;
      if (p === undefined || !/^\d+$/.test(p) || Number(p) < 1 || Number(p) > 65535) {
        yield bad(i + 1, p === undefined ? "'port' needs a port number" : `'${p}' is not a tunnel port (1..65535)`);
        return;
      }
      port = true;
      i++;
    } else if (o === 'nocsum' || o === 'csum' || o === 'remcsum') {
      csum = o;
    } else {
      yield bad(i, `'${o}' is not a tunnel option (type, port, nocsum, csum, remcsum)`);
      return;
    }
  }
  if ((type === 'gue') !== port) yield bad(1, type === 'gue' ? 'a gue tunnel needs `port <n>`' : `only gue tunnels take a port (this one is ${type})`);
  else if (type === 'ipip' && csum !== 'nocsum') yield bad(1, `ipip tunnels do not support '${csum}'`);
  else if (type === 'gre' && csum === 'remcsum') yield bad(1, "gre tunnels do not support 'remcsum'");
}

/** lb_kind / lvs_method that is not NAT, DR or TUN (case-sensitive), or bad tunnel options. */
export const lvsMethod: Rule = {
  id: 'lvs-method',
  severity: 'warning',
  title: 'An `lb_kind`/`lvs_method` that is not NAT, DR or TUN (case-sensitive), or invalid tunnel options.',
  keepalived:
    'Reports "PARSER : unknown [x] routing method" and ignores the line (NAT is used if nothing else is set); bad tunnel options are reported and the tunnel settings ignored.',
  example: 'lb_kind dr',
  fix: 'Write NAT, DR or TUN in upper case.',
  *check({ model }) {
    for (const vs of lvsModel(model).virtualServers) {
      if (vs.invalid) continue;
      for (const line of vs.methodLines) {
        yield* checkLine(line.stmt, vs.method ? `the real servers use ${vs.method}` : 'with no valid method the real servers use NAT');
      }
      for (const rs of vs.realServers) {
        for (const line of rs.methodLines) yield* checkLine(line.stmt, `this real server uses ${rs.ownMethod ?? vs.method ?? 'NAT'}`);
      }
      for (const c of vs.stmt.body?.statements ?? []) {
        if (c.keyword.value === 'sorry_server_lvs_method' && c.def)
          yield* checkLine(c, `the sorry server uses ${vs.sorryServer?.method ?? 'the virtual server method'}`);
      }
    }
  },
};
