import { authenticationOf } from '../../analysis/authentication';
import type { Rule } from '../rule';

/** AH needs a received advert (its sequence number) before taking over, so keepalived starts it as BACKUP. */
export const authAhMaster: Rule = {
  id: 'auth-ah-master',
  severity: 'warning',
  title: 'AH authentication with initial state MASTER (below priority 255).',
  keepalived: 'Prints "Initial state master is incompatible with AH authentication - clearing" without a line number and starts the instance as BACKUP.',
  example: 'state MASTER … authentication { auth_type AH … }',
  fix: 'Use `state BACKUP`.',
  *check({ model }) {
    for (const inst of model.instances) {
      if (inst.dropped || inst.wantState !== 'MASTER' || inst.effectivePriority === 255) continue;
      const auth = authenticationOf(inst);
      if (!auth || auth.type !== 'AH' || auth.ignored) continue;
      const stateWord = inst.last('state')?.args[0];
      yield {
        span: stateWord?.span ?? inst.obj.nameWord.span,
        message: `${inst.name} uses AH authentication, which must learn the peers' sequence number from an advert before taking over: keepalived starts it as BACKUP, not MASTER. Write \`state BACKUP\` to say what happens.`,
        related: auth.typeWord ? [{ span: auth.typeWord.span, message: 'auth_type AH' }] : undefined,
        data: { state: 'BACKUP', replacement: 'BACKUP' },
      };
    }
  },
};
