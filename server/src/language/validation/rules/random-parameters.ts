import type { Rule } from '../rule';

/** `${_RANDOM min max}` takes two numbers at most (lib/parser.c get_random). */
export const randomParameters: Rule = {
  id: 'random-parameters',
  severity: 'warning',
  title: '${_RANDOM} with more than two numbers: only the lowest and highest value are read.',
  keepalived: 'Logs "Too many parameters or extra text for ${_RANDOM ...}" at start and picks a number between the first two.',
  example: 'priority ${_RANDOM 1 100 200}',
  fix: 'Keep two numbers: ${_RANDOM min max}.',
  *check({ model }) {
    for (const u of model.parsed.uses) {
      if (u.name !== '_RANDOM' || !u.definition?.builtin || (u.params?.length ?? 0) <= 2) continue;
      const [min = 0, max = 0] = u.params ?? [];
      yield {
        span: u.span,
        message: `\${_RANDOM} takes a lowest and a highest value; keepalived logs the extra number${(u.params?.length ?? 0) > 3 ? 's' : ''} and picks from ${min} to ${max}. Write \${_RANDOM ${min} ${max}}.`,
      };
    }
  },
};
