import { isKept, references } from '../../analysis/resolve';
import type { Rule } from '../rule';

/**
 * A vrrp_script that no instance or sync group tracks: keepalived never runs it. A warning, not a
 * note: a health check written and then never run is nearly always a mistake (a missing
 * track_script), and the failover it was meant to drive silently does not happen.
 */
export const unusedScript: Rule = {
  id: 'unused-script',
  severity: 'warning',
  title: 'A vrrp_script that no vrrp_instance or vrrp_sync_group tracks.',
  keepalived:
    'Accepts it silently in `-t`; at start-up it reports "Warning - script X is not used", removes it and never runs it, so the check it stands for never happens.',
  example: 'vrrp_script chk { script /bin/true }   # tracked nowhere',
  fix: 'Track it from an instance or sync group, or remove it.',
  *check({ model }) {
    const refs = references(model);
    for (const d of model.symbols.definitions) {
      if (d.kind !== 'vrrp_script' || d.duplicateOf || !isKept(d) || refs.hiddenBy(d.stmt, 'vrrp')) continue;
      if (refs.usersOf(d).length > 0) continue;
      const early = model.symbols.referencesTo('vrrp_script', d.name).filter((r) => !refs.inSkippedBlock(r.stmt));
      const [firstEarly] = early;
      yield {
        span: d.nameWord.span,
        message: firstEarly
          ? `vrrp_script '${d.name}' is only tracked above its definition, where keepalived cannot find it yet: it never runs. Move this block above the instances that track it.`
          : `vrrp_script '${d.name}' is not tracked by any vrrp_instance or vrrp_sync_group: keepalived never runs it. Track it or remove it.`,
        related: firstEarly ? [{ span: firstEarly.word.span, message: `tracked here, before the definition` }] : undefined,
      };
    }
  },
};
