/** The MAC address of use_vmac, as keepalived 2.2.7's vrrp_vmac_handler reads it. */
import type { Statement } from '../syntax/ast';

/**
 * What is wrong with a use_vmac MAC address, read as vrrp_vmac_handler reads it: up to six octets
 * of one or two hex digits joined by ':' (five: the VRID is the last octet), not multicast, not the
 * RFC 5798 VRRP MAC (00:00:5e:00:01/02:xx).
 */
export function vmacAddressProblem(text: string): string | undefined {
  if (/[^0-9A-Fa-f:]/.test(text)) return 'has characters other than hex digits and colons';
  const octets: number[] = [];
  let p = 0;
  for (let j = 0; j < 6; j++) {
    const digits = /^[0-9A-Fa-f]*/.exec(text.slice(p))![0];
    const end = p + digits.length;
    const next = text[end];
    if (digits.length === 0 || digits.length > 2 || (next !== ':' && (next !== undefined || j < 4))) return 'is not 5 or 6 octets of one or two hex digits';
    octets.push(parseInt(digits, 16));
    if (j === 4 && (next === undefined || end + 1 === text.length)) break;
    p = end + 1;
    if (p >= text.length && j < 5) return 'is not 5 or 6 octets of one or two hex digits';
  }
  if (octets[0]! & 1) return 'is a multicast address (the lowest bit of its first octet is set)';
  if (octets[0] === 0 && octets[1] === 0 && octets[2] === 0x5e && octets[3] === 0 && (octets[4] === 1 || octets[4] === 2))
    return 'is the RFC 5798 VRRP MAC address, which keepalived uses for the VMAC anyway';
  return undefined;
}

/** The MAC addresses keepalived takes from use_vmac lines (the first valid one of each line's first two words, once). */
export function vmacAddressGiven(lines: readonly Statement[]): boolean {
  return lines.some((s) => s.args.slice(0, 2).some((w) => w.value.includes(':') && vmacAddressProblem(w.value) === undefined));
}
