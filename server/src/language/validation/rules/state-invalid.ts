import type { Rule } from '../rule';

/** `state` accepts exactly MASTER or BACKUP (upper case); a BACKUP after a MASTER is ignored. */
export const stateInvalid: Rule = {
  id: 'state-invalid',
  severity: 'warning',
  title: 'A state other than MASTER or BACKUP (case-sensitive), or a BACKUP line that an earlier MASTER overrides.',
  keepalived:
    'Reports "unknown state, defaulting to BACKUP" and starts the instance as BACKUP; after `state MASTER`, a later `state BACKUP` is reported and ignored.',
  example: 'state master',
  fix: 'Write MASTER or BACKUP in upper case.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped) continue;
      let master = false;
      for (const line of inst.named('state')) {
        const w = line.args[0];
        if (!w) continue;
        if (w.value === 'MASTER') {
          master = true;
        } else if (w.value === 'BACKUP') {
          if (master)
            yield {
              span: w.span,
              message: `An earlier 'state MASTER' in ${inst.name} wins: keepalived ignores this 'state BACKUP'. Keep only one state line.`,
              data: { remove: true },
            };
        } else {
          master = false;
          const upper = w.value.toUpperCase().replace(/[^A-Z]/g, '');
          const meant = upper === 'MASTER' || upper === 'BACKUP' ? upper : undefined;
          yield {
            span: w.span,
            message:
              `'${w.value}' is not a state keepalived knows: it starts ${inst.name} as BACKUP. ` +
              (meant ? `Write '${meant}' (upper case, nothing after it).` : 'Write MASTER or BACKUP (upper case).'),
            data: { replacement: meant ?? 'BACKUP', state: 'BACKUP' },
          };
        }
      }
    }
  },
};
