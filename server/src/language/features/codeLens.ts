/**
 * Code lens over each vrrp_instance: `VRID 51 · priority 102 · MASTER`. A predicted role can be
 * added by the caller (`roleOf`), e.g. from the election model over a whole cluster.
 */
import type { VrrpInstance } from '../analysis/model';
import type { Span } from '../issue';
import type { FeatureContext } from './locate';
import { priorityReport, resolvedInstances } from './priority';

export interface CodeLensResult {
  /** The `vrrp_instance` keyword the lens stands over. */
  readonly span: Span;
  readonly title: string;
  /** The instance name (for a command that opens the election preview at it). */
  readonly instance: string;
}

export interface CodeLensOptions {
  /** The role the election model predicts for an instance (`MASTER`, `BACKUP (VI_1 on lb1 wins)`...). */
  readonly roleOf?: (instance: VrrpInstance) => string | undefined;
}

export function codeLenses(ctx: FeatureContext, o: CodeLensOptions = {}): CodeLensResult[] {
  const { model, file } = ctx;
  const out: CodeLensResult[] = [];
  const resolved = resolvedInstances(model);
  for (const inst of model.instances) {
    if (inst.stmt.keyword.span.file !== file || inst.stmt.keyword.synthetic) continue;
    const parts: string[] = [];
    parts.push(`VRID ${inst.vrid ?? '?'}`);
    const r = priorityReport(model, inst, resolved);
    if (!r) parts.push('skipped: duplicate name');
    else parts.push(r.owner ? 'priority 255 (owner)' : r.healthy !== r.base ? `priority ${r.healthy} (base ${r.base})` : `priority ${r.healthy}`);
    parts.push(inst.state ?? 'BACKUP');
    const role = r ? o.roleOf?.(inst) : undefined;
    if (role) parts.push(role);
    out.push({ span: inst.stmt.keyword.span, title: parts.join(' · '), instance: inst.name });
  }
  return out;
}
