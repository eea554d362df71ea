/**
 * Rules about the reader's built-in definitions. Facts: lib/parser.c get_random, keepalived 2.2.7
 * started on each firing case (it logs the message when it starts, not with -t).
 */
import { randomParameters } from '../../server/src/language/validation/rules/random-parameters';
import { instance } from '../support/rules';
import { BASE, ruleTable } from './rules-vrrp.test';

const withPriority = (p: string) => instance(`${BASE}\npriority ${p}`);

ruleTable(
  randomParameters,
  [
    { name: 'three numbers', text: withPriority('${_RANDOM 1 2 3}'), golden: '7:14-7:30 warning random-parameters', says: [['from 1 to 2', '${_RANDOM 1 2}']] },
    { name: 'four numbers', text: withPriority('${_RANDOM 10 20 30 40}'), golden: '7:14-7:36 warning random-parameters', says: ['numbers'] },
  ],
  [
    { name: 'min and max', text: withPriority('${_RANDOM 1 200}') },
    { name: 'min only', text: withPriority('${_RANDOM 100}') },
    { name: 'no numbers', text: withPriority('${_RANDOM}') },
    { name: 'a user definition of the name', text: `$_RANDOM=5\n${withPriority('$_RANDOM')}` },
  ],
);
