/** BFD, track files, track processes, static addresses/routes/rules, linkbeat and other root blocks. */
import type { BlockDef, KeywordDef } from '../types';

export const rootKeywords: KeywordDef[] = [
  { name: 'static_ipaddress', summary: 'Addresses keepalived adds at start-up regardless of VRRP state.', values: 'addresses' },
];

export const blocks: BlockDef[] = [];
