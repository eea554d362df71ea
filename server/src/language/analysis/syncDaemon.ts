/**
 * The VRRP instance global_defs' `lvs_sync_daemon` follows (global_parser.c lvs_syncd_handler):
 * the name after `inst`, or (the old form `lvs_sync_daemon <if> <instance> [<syncid>]`) the word
 * right after the interface when it is not an option. Read by the symbols (a reference to the
 * instance) and by the rule that checks the line.
 */
import type { Word } from '../syntax/ast';

/** The options of lvs_sync_daemon that take a value (the word after them is that value). */
export const SYNC_VALUE_OPTIONS: ReadonlySet<string> = new Set(['id', 'maxlen', 'port', 'ttl', 'group']);

/** The word naming the VRRP instance in lvs_sync_daemon's arguments (the first one keepalived takes), if any. */
export function syncInstanceWord(a: readonly Word[]): Word | undefined {
  for (let i = 1; i < a.length; i++) {
    const w = a[i]!.value;
    if (w === 'inst') return a[i + 1];
    if (SYNC_VALUE_OPTIONS.has(w)) i++;
    else if (i === 1) return a[1];
  }
  return undefined;
}
