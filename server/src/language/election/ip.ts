/** Minimal address handling for the model: normalise for equality, order for VRRP's tie-break. */

/** The address part of a VIP / peer entry ("192.0.2.1/24 dev eth0" → "192.0.2.1"), IPv6 expanded, lower case. */
export function normalizeAddress(text: string): string {
  const first = text.trim().split(/\s+/)[0] ?? '';
  const addr = first.split('/')[0]!.toLowerCase();
  return addr.includes(':') ? expandV6(addr) : addr;
}

function expandV6(a: string): string {
  const [head, tail] = a.includes('::') ? (a.split('::', 2) as [string, string]) : [a, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  // an embedded IPv4 tail (::ffff:192.0.2.1) counts as two groups
  const groups = (xs: string[]): string[] => xs.flatMap((g) => (g.includes('.') ? v4ToGroups(g) : [g]));
  const hh = groups(h);
  const tt = groups(t);
  const fill = tail === undefined ? [] : new Array<string>(Math.max(0, 8 - hh.length - tt.length)).fill('0');
  return [...hh, ...fill, ...tt].map((g) => g.padStart(4, '0')).join(':');
}

function v4ToGroups(v4: string): string[] {
  const n = v4.split('.').map((x) => Number(x));
  return [((n[0]! << 8) | n[1]!).toString(16), ((n[2]! << 8) | n[3]!).toString(16)];
}

/**
 * Sort key for comparing primary addresses as keepalived does (numerically, same family).
 * Returns undefined when the address is not usable.
 */
export function addressKey(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const a = normalizeAddress(text);
  if (a.includes(':')) return /^[0-9a-f]{4}(:[0-9a-f]{4}){7}$/.test(a) ? a : undefined;
  const parts = a.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.map((p) => p.padStart(3, '0')).join('.');
}

/** > 0 when a is the higher address, < 0 lower, 0 equal or not comparable. */
export function compareAddresses(a: string | undefined, b: string | undefined): number {
  const ka = addressKey(a);
  const kb = addressKey(b);
  if (ka === undefined || kb === undefined || ka.length !== kb.length) return 0;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
