/**
 * The election preview's HTML: a pure function of the server's result (no vscode import, so unit
 * tests build it directly). Every text from a configuration is escaped here; the page loads one
 * resource, its script (dist/electionView.js, bundled from client/webview/electionView.ts, through
 * webview.asWebviewUri), and has one nonce'd style block, under
 *   default-src 'none'; script-src 'nonce-…'; style-src <webview> 'nonce-…'; img-src <webview> data:
 * Colours come from VS Code's theme variables, so light, dark and high-contrast themes all work.
 */
import type { ElectionPreviewResult, ElectionScenario } from '../../server/src/shared/protocol';
import { escapeHtml as esc } from './htmlEscape';
import { sequenceFromEvents, sequenceHtml } from './electionSequence';

export interface ElectionPageOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** The page script's URI in the webview (`asWebviewUri(dist/electionView.js)`). */
  readonly scriptUri: string;
  /** A fresh random nonce per page (base64 or hex). */
  readonly nonce: string;
  /** The server's answer; undefined while it is computed. */
  readonly result?: ElectionPreviewResult;
  /** Why there is no result. */
  readonly error?: string;
  /** The instance to highlight (the code lens the preview was opened from). */
  readonly focus?: string;
  /** Scroll to that instance when the page loads (the first page after the command). */
  readonly scrollToFocus?: boolean;
}

/** Seconds as the model prints them: up to millisecond precision, no trailing zeros. */
export function seconds(x: number): string {
  return `${Number(x.toFixed(3))} s`;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${cspSource} 'nonce-${nonce}'; img-src ${cspSource} data:; font-src ${cspSource};`;
}

const STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.2em 2em; line-height: 1.45; }
h1 { font-size: 1.5em; font-weight: 600; margin: .8em 0 .2em; }
h2 { font-size: 1.15em; font-weight: 600; margin: 1.4em 0 .5em; padding-bottom: .2em; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); }
h3 { font-size: 1.05em; margin: 0 0 .3em; }
.muted, .sub { color: var(--vscode-descriptionForeground); }
.sub { font-weight: normal; margin-left: .5em; }
.bar { display: flex; flex-wrap: wrap; gap: .4em; align-items: center; margin: .6em 0; }
button { font: inherit; color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: .25em .8em; border-radius: 2px; cursor: pointer; }
button:hover { background: var(--vscode-button-hoverBackground); }
button.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
button.secondary:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible, select:focus-visible, input:focus-visible, a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
select { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); padding: .1em .2em; }
input[type=checkbox] { accent-color: var(--vscode-button-background); vertical-align: middle; }
label { white-space: nowrap; margin-right: .9em; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
code { font-family: var(--vscode-editor-font-family); }
table { border-collapse: collapse; margin: .4em 0 .8em; }
th, td { text-align: left; vertical-align: top; padding: .25em .7em .25em 0; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
th { font-weight: 600; color: var(--vscode-descriptionForeground); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.status { margin-left: .6em; color: var(--vscode-descriptionForeground); }
.warnings { border-left: 3px solid var(--vscode-editorWarning-foreground, var(--vscode-contrastBorder)); background: var(--vscode-inputValidation-warningBackground, transparent); padding: .3em .8em; margin: .6em 0; }
.warnings li { margin: .15em 0; }
.error { border-left: 3px solid var(--vscode-errorForeground); padding: .3em .8em; }
.split-brain { border: 2px solid var(--vscode-errorForeground, var(--vscode-charts-red)); background: var(--vscode-inputValidation-errorBackground, transparent); color: var(--vscode-errorForeground, inherit); font-weight: 600; padding: .5em .9em; margin: .8em 0; border-radius: 3px; }
.split-brain h2 { border: 0; margin: 0 0 .2em; font-size: 1.1em; }
.split-brain ul { margin: .2em 0; padding-left: 1.2em; }
.state.EITHER { color: var(--vscode-charts-yellow, var(--vscode-editorWarning-foreground)); border-style: dotted; }
input[type=number] { font: inherit; width: 5em; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); }
.instance { border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); border-radius: 4px; padding: .7em 1em .2em; margin: .8em 0; background: var(--vscode-sideBar-background, transparent); }
.instance.focus { border-color: var(--vscode-focusBorder); }
.winner { font-size: 1.05em; margin: .3em 0; }
.reason { margin: .3em 0 .6em; }
.state { display: inline-block; min-width: 4.8em; text-align: center; font-size: .85em; font-weight: 600; padding: 0 .4em; border-radius: 3px; border: 1px solid currentColor; }
.state.MASTER { color: var(--vscode-charts-green, var(--vscode-testing-iconPassed)); }
.state.BACKUP { color: var(--vscode-charts-blue, var(--vscode-textLink-foreground)); }
.state.FAULT { color: var(--vscode-charts-red, var(--vscode-errorForeground)); }
.state.DOWN { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); border-style: dashed; }
.changed { font-weight: 600; }
.toggles td { padding-right: 1.2em; }
.toggles .node { font-weight: 600; }
.order { margin: .5em 0; }
.order select { margin-right: .4em; }
.busy main { opacity: .55; }
.seq { display: grid; column-gap: .8em; row-gap: .35em; margin: .8em 0 1.2em; position: relative; }
.seq .life { justify-self: center; width: 0; border-left: 1px dashed var(--vscode-descriptionForeground); z-index: 0; }
.seq .actor { justify-self: center; z-index: 1; font-weight: 600; padding: .2em .8em; border: 1px solid var(--vscode-focusBorder); background: var(--vscode-editor-background); border-radius: 3px; }
.seq .note { z-index: 1; justify-self: center; max-width: 100%; padding: .15em .6em; font-size: .92em; border: 1px solid var(--vscode-editorWidget-border, var(--vscode-contrastBorder, currentColor)); background: var(--vscode-editorWidget-background, var(--vscode-editor-background)); border-radius: 2px; overflow-wrap: anywhere; }
.seq .note.wide { justify-self: stretch; text-align: center; }
.seq .note.side { justify-self: end; font-style: italic; color: var(--vscode-descriptionForeground); }
.seq .message { z-index: 1; display: flex; flex-direction: column; align-items: center; font-size: .92em; }
.seq .message .line { align-self: stretch; height: 0; border-top: 1px dashed var(--vscode-foreground); position: relative; }
.seq .message.ltr .line::after, .seq .message.rtl .line::after { content: ''; position: absolute; top: -5px; border: 5px solid transparent; }
.seq .message.ltr .line::after { right: -1px; border-left-color: var(--vscode-foreground); border-right-width: 0; }
.seq .message.rtl .line::after { left: -1px; border-right-color: var(--vscode-foreground); border-left-width: 0; }
.vscode-high-contrast .instance, .vscode-high-contrast .seq .note, .vscode-high-contrast table td { border-color: var(--vscode-contrastBorder); }
`;

function stateBadge(state: string): string {
  const known = state === 'MASTER or BACKUP' ? 'EITHER' : ['MASTER', 'BACKUP', 'FAULT', 'DOWN'].includes(state) ? state : 'DOWN';
  return `<span class="state ${known}">${esc(state)}</span>`;
}

/** A loud red banner when masters on more than one node hold the same VIP. */
function splitBrainBanner(r: ElectionPreviewResult): string {
  if (r.splitBrain.length === 0) return '';
  return `<section class="split-brain" id="split-brain" role="alert"><h2>Split brain</h2><ul>${r.splitBrain.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>`;
}

/** "0.648 s" or "0.648–0.708 s". */
function windowText(w: { readonly min: number; readonly max: number }): string {
  return w.min === w.max ? seconds(w.max) : `${Number(w.min.toFixed(3))}–${seconds(w.max)}`;
}

function sourceText(r: ElectionPreviewResult): string {
  const n = r.nodes.length;
  const nodes = `${n} node${n === 1 ? '' : 's'}`;
  const where = r.cluster ? ` — cluster ${r.cluster.label} of ${r.cluster.deployment}` : '';
  if (r.source === 'kolla') return `${nodes}: the Kolla-Ansible hosts (their custom keepalived.conf, or the one Kolla renders)${where}`;
  if (r.source === 'folder') return `${nodes}: the keepalived files beside the document`;
  return r.cluster ? `${nodes}${where}` : `${nodes} of the workspace`;
}

function scenarioSection(r: ElectionPreviewResult): string {
  const s: ElectionScenario = r.scenario;
  const rows = r.nodes.map((n, i) => {
    const run = s.down.includes(n.name) ? 'down' : s.stop.includes(n.name) ? 'stop' : 'up';
    const opt = (v: string, label: string) => `<option value="${v}"${run === v ? ' selected' : ''}>${label}</option>`;
    const name = esc(n.name);
    const link = `<a href="#" data-open="${i}" title="${esc(n.rendered ? 'rendered by Kolla from globals.yml' : 'open the configuration')}">${name}</a>${n.rendered ? ' <span class="muted">(rendered)</span>' : ''}${n.self ? ' <span class="muted">(this file)</span>' : ''}`;
    const checks = n.trackers.map((t) => {
      const on = s.fail.some((f) => f.node === n.name && f.tracker === t.name);
      const w = t.weight === undefined ? '' : ` (${t.weight > 0 ? '+' : ''}${t.weight})`;
      return `<label><input type="checkbox" data-fail data-node="${name}" data-tracker="${esc(t.name)}"${on ? ' checked' : ''}> ${esc(t.name)}<span class="muted">${esc(w)}</span></label>`;
    });
    const links = n.interfaces.map((f) => {
      const on = s.linkDown.some((l) => l.node === n.name && l.interface === f);
      return `<label><input type="checkbox" data-link data-node="${name}" data-iface="${esc(f)}"${on ? ' checked' : ''}> ${esc(f)}</label>`;
    });
    return (
      `<tr><td class="node">${link}</td>` +
      `<td><select data-run data-node="${name}" aria-label="keepalived on ${name}">${opt('up', 'runs')}${opt('down', 'crashes')}${opt('stop', 'stops gracefully')}</select></td>` +
      `<td>${checks.join('') || '<span class="muted">none</span>'}</td>` +
      `<td>${links.join('') || '<span class="muted">none</span>'}</td></tr>`
    );
  });
  const order = r.nodes.map((_, k) => {
    const chosen = s.startOrder[k];
    const opts = [
      `<option value=""${chosen === undefined ? ' selected' : ''}>—</option>`,
      ...r.nodes.map((n) => `<option value="${esc(n.name)}"${chosen === n.name ? ' selected' : ''}>${esc(n.name)}</option>`),
    ];
    return `<select data-order="${k}" aria-label="start position ${k + 1}">${opts.join('')}</select>`;
  });
  const gap = s.startGap === undefined ? '' : String(s.startGap);
  const recover = (s.steps ?? []).length > 0;
  return `<section id="scenario"><h2>Scenario</h2>
<p>${esc(r.description[0]?.toUpperCase() ?? '')}${esc(r.description.slice(1))}.</p>
<table class="toggles"><thead><tr><th>Node</th><th>keepalived</th><th>Checks failing</th><th>Interfaces down</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<div class="order">Start order: ${order.join('')}<span class="muted">(first to last; none chosen: all start together)</span></div>
<div class="order"><label>Seconds between starts: <input type="number" id="start-gap" min="0" step="0.01" value="${esc(gap)}" placeholder="settled" aria-label="seconds between the ordered starts"></label><span class="muted">(empty: each node once the one before has settled; 0.05 or less: near-simultaneous)</span></div>
<div class="order"><label><input type="checkbox" id="recover"${recover ? ' checked' : ''}> then everything recovers (a second step)</label></div>
<div class="bar"><button id="reset" class="secondary">Reset scenario</button></div></section>`;
}

function outcomeSection(r: ElectionPreviewResult, focus: string | undefined): string {
  if (r.json.instances.length === 0) return '<section id="outcome"><h2>Outcome</h2><p class="muted">No VRRP instances in these nodes.</p></section>';
  const cards = r.json.instances.map((i, k) => {
    const d = r.details[k];
    const focused = focus !== undefined && (i.name === focus || i.name.split('/').includes(focus) || d?.nodes.some((n) => n.instance === focus));
    const failover = d?.failover ? windowText(d.failover) : null;
    const candidates = d?.candidates ?? [];
    const winner =
      i.master === null
        ? candidates.length > 0
          ? `${stateBadge('MASTER or BACKUP')} <b>${esc(candidates.join(' or '))}</b> — undecided, decided by <b>${esc(i.decidedBy)}</b>`
          : `${stateBadge('DOWN')} <b>No node can be MASTER</b>`
        : `${stateBadge('MASTER')} <b>${esc(i.master)}</b> — decided by <b>${esc(i.decidedBy)}</b>${failover ? ` · failover ${esc(failover)}` : ''}`;
    const rows = i.nodes.map((n, j) => {
      const why = d?.nodes[j]?.reason ?? '';
      const eff = n.effectivePriority !== n.priority ? ' class="num changed"' : ' class="num"';
      const shown = i.master === null && candidates.includes(n.node) ? 'MASTER or BACKUP' : n.state;
      return `<tr><td>${esc(n.node)}</td><td>${stateBadge(shown)}</td><td class="num">${n.priority}</td><td${eff}>${n.effectivePriority}</td><td class="num">${esc(seconds(n.masterDownInterval))}</td><td>${esc(why)}</td></tr>`;
    });
    const notes = [...(d?.notes ?? []), ...(d?.nodes.flatMap((n) => n.notes.map((x) => `${n.node}: ${x}`)) ?? [])];
    const split = d && d.alsoMaster.length ? `<p class="warnings">Split brain: ${esc(d.alsoMaster.join(', '))} also MASTER.</p>` : '';
    return `<article class="instance${focused ? ' focus' : ''}" id="instance-${k}">
<h3>${esc(i.name)}<span class="sub">VRID ${i.vrid} · ${esc(i.interface)}</span></h3>
<p class="winner">${winner}</p>
<p class="reason">${esc(i.reason)}</p>${split}
<table><thead><tr><th>Node</th><th>State</th><th class="num">Priority</th><th class="num">Effective</th><th class="num">Master down</th><th>Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${notes.length ? `<ul class="muted">${notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}</article>`;
  });
  return `<section id="outcome"><h2>Outcome</h2>${cards.join('\n')}</section>`;
}

function timelineSection(r: ElectionPreviewResult, diagram: string): string {
  const steps = r.timeline.steps;
  const events = r.timeline.events.map((e) => {
    const what = e.kind === 'action' ? `<b>${esc(e.text)}</b>` : esc(e.text);
    return `<tr><td class="num">${esc(seconds(e.t))}</td><td>${e.kind === 'action' ? '' : esc(e.node)}</td><td>${what}</td></tr>`;
  });
  const after = steps.map((s) => {
    const masters = s.instances.map(
      (i) =>
        `${esc(i.name)}: ${i.master === null ? '<span class="muted">no master</span>' : `<b>${esc(i.master)}</b>`} <span class="muted">(${esc(i.decidedBy)}${i.failover && i.failover.max > 0 ? `, failover ${esc(windowText(i.failover))}` : ''})</span>`,
    );
    const split = s.splitBrain.length ? '<br><span class="state FAULT">SPLIT BRAIN</span>' : '';
    return `<tr><td class="num">${esc(seconds(s.at))}</td><td>${esc(s.label)}</td><td>${masters.join('<br>') || '<span class="muted">–</span>'}${split}</td></tr>`;
  });
  return `<section id="timeline"><h2>Timeline</h2>
<p>${steps.map((s) => esc(s.label)).join(' → ')}</p>
<h3>Sequence</h3>${diagram}
<h3>Steps</h3>
<table class="steps"><thead><tr><th class="num">At</th><th>Step</th><th>Master once settled</th></tr></thead><tbody>${after.join('')}</tbody></table>
<h3>Events</h3>
<table class="events"><thead><tr><th class="num">Time</th><th>Node</th><th>Event</th></tr></thead><tbody>${events.join('')}</tbody></table></section>`;
}

/** The whole page. */
export function electionPageHtml(o: ElectionPageOptions): string {
  const nonce = esc(o.nonce);
  let body: string;
  let extraCss = '';
  if (o.error !== undefined) {
    body = `<p class="error">${esc(o.error)}</p>`;
  } else if (!o.result) {
    body = '<p class="muted">Computing the election…</p>';
  } else {
    const r = o.result;
    const seq = sequenceHtml(sequenceFromEvents(r));
    extraCss = seq.css;
    const warnings = r.warnings.length ? `<ul class="warnings">${r.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '';
    body = `<p class="muted">${esc(sourceText(r))}</p>${splitBrainBanner(r)}${warnings}
<div class="bar"><button data-copy="mermaid">Copy as Mermaid</button><button data-copy="markdown">Copy as Markdown</button><button data-copy="text" class="secondary">Copy as text</button><span class="status" id="status" role="status"></span></div>
${
  r.nodes.length === 0
    ? "<p>No keepalived configuration with a vrrp_instance was found. Open a node's configuration (lb1.conf beside lb2.conf, or &lt;host&gt;/keepalived.conf) and try again.</p>"
    : `${scenarioSection(r)}
${outcomeSection(r, o.focus)}
${timelineSection(r, seq.html)}`
}`;
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Election preview</title>
<style nonce="${nonce}">${STYLE}
${extraCss}</style>
</head>
<body${o.scrollToFocus ? ' data-scroll-focus' : ''}>
<header><h1>Election preview</h1></header>
<main>
${body}
</main>
<script nonce="${nonce}" src="${esc(o.scriptUri)}"></script>
</body>
</html>
`;
}
