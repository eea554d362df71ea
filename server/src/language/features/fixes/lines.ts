/**
 * Fixes that complete a line the way the rule says: the missing `interface` of an instance (the
 * global default_interface), `weight 0` on a tracker of an address owner, the preference
 * keepalived would assign to an ip rule written out.
 */
import { walk } from '../../syntax/ast';
import { instanceAt } from './vrrp';
import { fileOf, indentAt, insertIntoBody, isLiteral, statementAt } from './text';
import type { FixProvider, TextEdit } from './types';

const dataOf = (data: unknown): Record<string, unknown> => (typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {});

export const interfaceMissingFix: FixProvider = {
  codes: ['interface-missing'],
  fixes(ctx, issue) {
    const name = dataOf(issue.data).interface;
    const inst = instanceAt(ctx, issue.span);
    if (typeof name !== 'string' || !/^\S+$/.test(name) || !inst || !isLiteral(inst.stmt)) return [];
    const file = fileOf(ctx.model, inst.stmt.span.file);
    const body = inst.stmt.body?.statements ?? [];
    // after `state` if there is one, as keepalived's samples write it; else at the end
    const state = body.find((c) => !c.isValue && c.keyword.value === 'state' && c.span.file === inst.stmt.span.file);
    let edit: TextEdit | undefined;
    if (state && file) {
      const at = file.text.indexOf('\n', state.span.end);
      const pos = at < 0 ? file.text.length : at + 1;
      edit = { span: { file: file.path, start: pos, end: pos }, newText: `${indentAt(file.text, state.span.start)}interface ${name}${at < 0 ? '' : '\n'}` };
      if (at < 0) edit = { ...edit, newText: `\n${edit.newText}` };
    } else {
      edit = insertIntoBody(ctx.model, inst.stmt, [`interface ${name}`]);
    }
    return edit ? [{ title: `Add 'interface ${name}' (the global default_interface)`, code: issue.code, edits: [edit], isPreferred: true }] : [];
  },
};

/** `chk weight -20` on an address owner → `chk weight 0` (failure means FAULT, as keepalived will treat it). */
export const trackerWeightOwnerFix: FixProvider = {
  codes: ['tracker-weight-owner', 'tracker-weight-sync-group'],
  fixes(ctx, issue) {
    const w = dataOf(issue.data).weight;
    if (w !== 0) return [];
    const line = statementAt(ctx.model, issue.span, (s) => s.isValue);
    if (!line || !isLiteral(line)) return [];
    const i = line.args.findIndex((a) => a.value === 'weight');
    const weight = i >= 0 ? line.args[i + 1] : undefined;
    const edit: TextEdit = weight
      ? { span: weight.span, newText: '0' }
      : { span: { file: line.keyword.span.file, start: line.keyword.span.end, end: line.keyword.span.end }, newText: ' weight 0' };
    return [{ title: `Use '${line.keyword.value} weight 0' (a failure means FAULT)`, code: issue.code, edits: [edit], isPreferred: true }];
  },
};

/** An ip rule without preference: write the one keepalived assigns, so the order no longer depends on the file. */
export const ruleNoPreferenceFix: FixProvider = {
  codes: ['rule-no-preference'],
  fixAll: true,
  fixes(ctx, issue) {
    const n = dataOf(issue.data).assigned;
    if (typeof n !== 'number' || !Number.isInteger(n)) return [];
    const line = [...walk(ctx.model.parsed.statements)].find((s) => s.isValue && s.span.file === issue.span.file && s.span.start === issue.span.start);
    if (!line || !isLiteral(line)) return [];
    const end = line.span.end;
    return [
      {
        title: `Add 'preference ${n}' (what keepalived assigns now)`,
        code: issue.code,
        edits: [{ span: { file: line.span.file, start: end, end }, newText: ` preference ${n}` }],
        isPreferred: true,
      },
    ];
  },
};
