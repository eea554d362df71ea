/**
 * The analysed configuration: the parse plus symbols, global settings and VRRP instances.
 * Built once per parse and shared by every rule and feature.
 */
import type { ParsedConfig } from '../syntax/index';
import { collectSymbols, type Symbols } from './symbols';
import { globalSettings, vrrpInstances, type GlobalSettings, type VrrpInstance } from './vrrp';

export interface ConfigModel {
  readonly parsed: ParsedConfig;
  readonly symbols: Symbols;
  readonly globals: GlobalSettings;
  readonly instances: readonly VrrpInstance[];
}

export function analyse(parsed: ParsedConfig): ConfigModel {
  const symbols = collectSymbols(parsed.statements);
  const globals = globalSettings(parsed.statements);
  return { parsed, symbols, globals, instances: vrrpInstances(symbols, globals) };
}

export type { VrrpInstance, GlobalSettings, AddressEntry, TrackEntry } from './vrrp';
export type { NamedObject, Reference, Symbols } from './symbols';
