/**
 * The election preview page's script, bundled by esbuild into dist/electionView.js and loaded by
 * the page under its CSP (a nonce'd script from the extension's dist/ folder). It reads the
 * scenario controls into a scenario (form.ts) and posts it to the extension, which answers with a
 * new page; copy buttons and node links post their request. It never builds HTML from data: the
 * only text it writes is its own status line (textContent).
 *
 * Messages to the extension:
 *   { type: 'scenario', scenario }            controls changed
 *   { type: 'copy', format: 'mermaid' | 'markdown' | 'text' }
 *   { type: 'open', node: <index in result.nodes> }
 * from the extension:
 *   { type: 'status', text }                  e.g. "Copied as Markdown"
 */
import { NO_SCENARIO, scenarioFromControls, type Controls } from './form';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): { scrollY?: number } | undefined;
  setState(state: { scrollY?: number }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const saved = vscode.getState() ?? {};
const all = <T extends Element>(sel: string): T[] => Array.from(document.querySelectorAll<T>(sel));
const status = document.getElementById('status');
const data = (el: HTMLElement, key: string) => el.dataset[key] ?? '';

function controls(): Controls {
  const gap = document.getElementById('start-gap') as HTMLInputElement | null;
  const recover = document.getElementById('recover') as HTMLInputElement | null;
  return {
    runs: all<HTMLSelectElement>('select[data-run]').map((el) => ({ node: data(el, 'node'), value: el.value })),
    fails: all<HTMLInputElement>('input[data-fail]').map((el) => ({ node: data(el, 'node'), tracker: data(el, 'tracker'), checked: el.checked })),
    links: all<HTMLInputElement>('input[data-link]').map((el) => ({ node: data(el, 'node'), iface: data(el, 'iface'), checked: el.checked })),
    order: all<HTMLSelectElement>('select[data-order]').map((el) => el.value),
    startGap: gap?.value ?? '',
    recover: recover?.checked ?? false,
  };
}

function send(scenario: unknown): void {
  document.body.classList.add('busy');
  if (status) status.textContent = 'Computing…';
  vscode.setState({ ...(vscode.getState() ?? {}), scrollY: window.scrollY });
  vscode.postMessage({ type: 'scenario', scenario });
}

for (const el of all<HTMLElement>('select[data-run], input[data-fail], input[data-link], select[data-order], input#start-gap, input#recover')) {
  el.addEventListener('change', () => send(scenarioFromControls(controls())));
}
document.getElementById('reset')?.addEventListener('click', () => send(NO_SCENARIO));
for (const el of all<HTMLElement>('button[data-copy]')) {
  el.addEventListener('click', () => vscode.postMessage({ type: 'copy', format: data(el, 'copy') }));
}
for (const el of all<HTMLElement>('a[data-open]')) {
  el.addEventListener('click', (e) => {
    e.preventDefault();
    vscode.postMessage({ type: 'open', node: Number(data(el, 'open')) });
  });
}
window.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = e.data as { type?: unknown; text?: unknown } | null;
  if (m && m.type === 'status' && status) status.textContent = String(m.text);
});

// Where the reader was: the instance the preview was just opened for (the extension asks for
// that scroll on the first page after the command only), else the last scroll position.
const focus = document.querySelector('.instance.focus');
if (focus && document.body.hasAttribute('data-scroll-focus')) focus.scrollIntoView({ block: 'start' });
else if (typeof saved.scrollY === 'number') window.scrollTo(0, saved.scrollY);
let pending = false;
window.addEventListener('scroll', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    vscode.setState({ ...(vscode.getState() ?? {}), scrollY: window.scrollY });
  });
});
