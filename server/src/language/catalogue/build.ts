/**
 * Small constructors that keep the catalogue data files terse and readable.
 * Pure data helpers; no behaviour lives here.
 */
import type { ArgSpec, ArgType, RefKind } from './types';

export const int = (min?: number, max?: number): ArgType => ({ kind: 'int', min, max });
export const num = (min?: number, max?: number, unit: 'seconds' | 'milliseconds' | 'microseconds' = 'seconds'): ArgType => ({ kind: 'number', min, max, unit });
export const oneOf = (...values: string[]): ArgType => ({ kind: 'enum', values });
export const oneOfCi = (...values: string[]): ArgType => ({ kind: 'enum', values, caseInsensitive: true });
export const bool: ArgType = { kind: 'bool' };
export const ip: ArgType = { kind: 'ip' };
export const ipv4: ArgType = { kind: 'ip', family: 4 };
export const ipv6: ArgType = { kind: 'ip', family: 6 };
/** A multicast group (of a family). */
export const mcast: ArgType = { kind: 'ip', multicast: true };
export const mcast4: ArgType = { kind: 'ip', family: 4, multicast: true };
export const mcast6: ArgType = { kind: 'ip', family: 6, multicast: true };
export const prefix: ArgType = { kind: 'prefix' };
export const port: ArgType = { kind: 'port' };
export const iface: ArgType = { kind: 'interface' };
export const ref = (target: RefKind): ArgType => ({ kind: 'ref', target });
export const defines = (what: RefKind): ArgType => ({ kind: 'name', defines: what });
export const path: ArgType = { kind: 'path' };
export const command: ArgType = { kind: 'command' };
export const email: ArgType = { kind: 'email' };
export const host: ArgType = { kind: 'host' };
export const user: ArgType = { kind: 'user' };
export const mac: ArgType = { kind: 'mac' };
export const md5: ArgType = { kind: 'md5' };
export const httpStatus: ArgType = { kind: 'httpStatus' };
export const text: ArgType = { kind: 'text' };

/** A required argument. */
export const arg = (name: string, type: ArgType): ArgSpec => ({ name, type });
/** An optional argument. */
export const opt = (name: string, type: ArgType): ArgSpec => ({ name, type, optional: true });
/** An argument that may repeat (one or more; add optional for zero or more). */
export const many = (name: string, type: ArgType, optional = false): ArgSpec => ({ name, type, repeat: true, optional });
