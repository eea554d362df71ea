import { readInteger } from '../../analysis/values';
import { objectWeight, TRACK_LINE_LIMIT, trackLines, type TrackKind } from '../../analysis/vrrp';
import { statementsNamed } from '../../syntax/ast';
import type { Finding, Rule } from '../rule';

const KIND: Record<string, TrackKind> = {
  track_script: 'script',
  track_interface: 'interface',
  track_file: 'file',
  track_process: 'process',
  track_bfd: 'bfd',
};
const OBJECT_BLOCK: Record<string, { limit: number; fallback: number; what: string }> = {
  track_file: { limit: 254, fallback: 1, what: 'track_file' },
  vrrp_track_process: { limit: 254, fallback: 0, what: 'vrrp_track_process' },
  bfd_instance: { limit: 253, fallback: 0, what: 'bfd_instance' },
};

/** Weights on track_* lines (and on track_file / vrrp_track_process / bfd_instance) outside what keepalived accepts, and unknown words after a tracker's own weight. */
export const trackWeightRange: Rule = {
  id: 'track-weight-range',
  severity: 'warning',
  title:
    'A tracking weight keepalived rejects: outside ±253 on track_script/track_interface/track_bfd lines (±254 becomes ±253), outside ±254 for files and processes, or not a number; or a word other than `reverse` after the weight of a track_file, vrrp_track_process or bfd_instance.',
  keepalived:
    'Reports "weight must be between [-253..253] inclusive, ignoring" and falls back to the tracked object\'s own weight (0 for an interface or a script without one: a failure then means FAULT); ±254 on script and interface lines is set to ±253.',
  example: 'track_script { chk weight 255 }',
  fix: 'Use −253..253 (−254..254 for files and processes).',
  *check({ model }) {
    for (const s of statementsNamed(model.parsed.statements, ...Object.keys(KIND), ...Object.keys(OBJECT_BLOCK))) {
      if (s.isValue || !s.body) continue;
      const kind = KIND[s.keyword.value];
      if (kind && s.def?.values) {
        for (const t of trackLines([s])) {
          const w = t.weightWord;
          if (!w) continue;
          const limit = TRACK_LINE_LIMIT[kind];
          const r = readInteger(w.value, -limit, limit, false);
          if (r.ok) continue;
          const fallback = objectWeight(kind, t.name, model.symbols);
          const then =
            fallback === 0
              ? `weight 0: a failure of ${t.name} puts the instance in FAULT instead of changing its priority`
              : `weight ${fallback} of ${t.name} itself`;
          let f: Finding;
          if (r.value !== undefined && Math.abs(r.value) === 254 && limit === 253)
            f = {
              span: w.span,
              message: `weight ${w.value} is one beyond the -253..253 keepalived allows here: it uses ${Math.sign(r.value) * 253}. Write ${Math.sign(r.value) * 253}.`,
              data: { replacement: String(Math.sign(r.value) * 253) },
            };
          else
            f = {
              span: w.span,
              message: `weight '${w.value}' ${r.reason === 'invalid' ? 'is not a whole number' : `is outside -${limit}..${limit}`}: keepalived ignores it and uses the ${then}. Write a weight from -${limit} to ${limit}.`,
              data: r.value === undefined ? undefined : { replacement: String(Math.max(-limit, Math.min(limit, r.value))) },
            };
          yield f;
        }
      }
      const obj = OBJECT_BLOCK[s.keyword.value];
      if (obj && s.body.kind === 'section') {
        let first = true;
        for (const line of s.body.statements) {
          const w = line.args[0];
          if (line.isValue || line.keyword.value !== 'weight' || !w) continue;
          const r = readInteger(w.value, -obj.limit, obj.limit, false);
          // keepalived reads the option after the weight: on the first weight line only (every line
          // for bfd_instance), and for vrrp_track_process only when the weight itself is valid
          const opt = line.args[1];
          if (opt && opt.value !== 'reverse' && (first || obj.what === 'bfd_instance') && (r.ok || obj.what !== 'vrrp_track_process'))
            yield {
              span: opt.span,
              message: `'${opt.value}' is not a ${obj.what} weight option: keepalived reports it and ignores it. The only option is \`reverse\`.`,
              data: { remove: true },
            };
          first = false;
          if (r.ok) continue;
          yield {
            span: w.span,
            message: `${obj.what} weight '${w.value}' ${r.reason === 'invalid' ? 'is not a whole number' : `is outside -${obj.limit}..${obj.limit}`}: keepalived ignores it and uses ${obj.fallback}${obj.fallback === 0 ? ' (a failure then puts tracking instances in FAULT)' : ''}. Write a weight from -${obj.limit} to ${obj.limit}.`,
            data: r.value === undefined ? undefined : { replacement: String(Math.max(-obj.limit, Math.min(obj.limit, r.value))) },
          };
        }
      }
    }
  },
};
