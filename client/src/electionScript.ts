/**
 * The election preview page's script (runs in the webview, inlined with the page's nonce). It
 * reads the scenario toggles into an ElectionScenario and posts it to the extension, which answers
 * with a new page; copy buttons and node links post their request. It never builds HTML from
 * data: the only text it writes is its own status line (textContent).
 *
 * Messages to the extension:
 *   { type: 'scenario', scenario }            toggles changed
 *   { type: 'copy', format: 'mermaid' | 'markdown' | 'text' }
 *   { type: 'open', node: <index in result.nodes> }
 * from the extension:
 *   { type: 'status', text }                  e.g. "Copied as Markdown"
 */
export const WEBVIEW_SCRIPT = `
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const saved = vscode.getState() || {};
  const all = (sel) => Array.prototype.slice.call(document.querySelectorAll(sel));
  const status = document.getElementById('status');

  function scenario() {
    const s = { down: [], stop: [], fail: [], linkDown: [], startOrder: [] };
    all('select[data-run]').forEach((el) => {
      if (el.value === 'down') s.down.push(el.dataset.node);
      else if (el.value === 'stop') s.stop.push(el.dataset.node);
    });
    all('input[data-fail]').forEach((el) => { if (el.checked) s.fail.push({ node: el.dataset.node, tracker: el.dataset.tracker }); });
    all('input[data-link]').forEach((el) => { if (el.checked) s.linkDown.push({ node: el.dataset.node, interface: el.dataset.iface }); });
    all('select[data-order]').forEach((el) => { if (el.value !== '' && s.startOrder.indexOf(el.value) < 0) s.startOrder.push(el.value); });
    return s;
  }

  function send(s) {
    document.body.classList.add('busy');
    if (status) status.textContent = 'Computing…';
    vscode.setState(Object.assign({}, vscode.getState() || {}, { scrollY: window.scrollY }));
    vscode.postMessage({ type: 'scenario', scenario: s });
  }

  all('select[data-run], input[data-fail], input[data-link], select[data-order]').forEach((el) => {
    el.addEventListener('change', () => send(scenario()));
  });
  const reset = document.getElementById('reset');
  if (reset) reset.addEventListener('click', () => send({ down: [], stop: [], fail: [], linkDown: [], startOrder: [] }));
  all('button[data-copy]').forEach((el) => {
    el.addEventListener('click', () => vscode.postMessage({ type: 'copy', format: el.dataset.copy }));
  });
  all('a[data-open]').forEach((el) => {
    el.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ type: 'open', node: Number(el.dataset.open) }); });
  });
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m && m.type === 'status' && status) status.textContent = String(m.text);
  });

  // Where the reader was: the instance the preview was just opened for (the extension asks for
  // that scroll on the first page after the command only), else the last scroll position.
  const focus = document.querySelector('.instance.focus');
  if (focus && document.body.hasAttribute('data-scroll-focus')) {
    focus.scrollIntoView({ block: 'start' });
  } else if (typeof saved.scrollY === 'number') {
    window.scrollTo(0, saved.scrollY);
  }
  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      vscode.setState(Object.assign({}, vscode.getState() || {}, { scrollY: window.scrollY }));
    });
  });
})();
`;
