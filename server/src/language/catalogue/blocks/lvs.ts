/** LVS: virtual_server_group, virtual_server, real_server and the health checkers. */
import type { BlockDef, KeywordDef } from '../types';

export const rootKeywords: KeywordDef[] = [
  { name: 'virtual_server', summary: 'An IPVS virtual service and the real servers behind it.', freeform: true, opens: 'virtual_server', repeatable: true },
];

export const blocks: BlockDef[] = [
  { id: 'virtual_server', title: 'virtual server', summary: 'An IPVS virtual service.', keywords: [] },
];
