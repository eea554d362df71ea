#!/usr/bin/env node
/* global document, NodeFilter -- the functions given to page.evaluate() / waitForFunction() run in the page */
// ui-check.js: what a user sees. Installs the packaged VSIX into a private code-server (or loads
// the extension folder as a development extension), opens a file from the Explorer in headless
// Debian Chromium (playwright-core) and checks, one by one:
//   language   the status bar shows the language (--expect-language, default "Keepalived")
//   squiggle   an error/warning squiggle appears in the editor          (with --expect-problem)
//   problems   the Problems panel has a row matching --expect-problem    (with --expect-problem)
//   hover      hovering --hover-word shows a hover matching --expect-hover (with --hover-word)
//   election   "Keepalived: Preview Election" from the command palette opens the election webview,
//              whose page matches --election <regex> (or env UI_ELECTION); with --election-toggle
//              <tracker> (env UI_ELECTION_TOGGLE) it also ticks that check's "failing" box on the
//              first node and waits for the page to change (webview script → extension → server)
//   clusters   with --operator-folder <dir> (the operator's workspace, test/fixtures/operator): the
//              same code-server opens that folder; the "Keepalived: Clusters" view lists its three
//              groups (Kolla-Ansible, the Ansible role, the k8s pair)
//   split-brain  then k8s/lb2.conf gets virtual_router_id 52 in the editor (not saved) and the
//              election preview shows the red split-brain banner (lb1 and lb2 both MASTER)
// and saves screenshots into --screenshot-dir: editor.png (after the file opened),
// diagnostics.png (squiggle + Problems panel), hover.png, election.png (the preview's top: the
// scenario toggles and the outcome), election-scenario.png (after the toggle),
// election-timeline.png (the sequence diagram), clusters.png and split-brain.png;
// <check>-failed.png when a check fails.
//
//   node scripts/vscode-test/ui-check.js --code-server <code-server/out/node/entry.js>
//        (--vsix <file.vsix> | --extensionDevelopmentPath <dir>) --folder <workspace dir>
//        --file <path in the folder, e.g. keepalived.conf or keepalived.d/scripts.conf>
//        [--expect-language Keepalived] [--expect-problem <regex>] [--hover-word <word>]
//        [--expect-hover <regex>] [--election <regex>] [--election-toggle <tracker>] [--operator-folder <dir>]
//        [--screenshot-dir <dir>] [--work-dir <dir, default a temp dir>]
//        [--result-file <json>] [--size 1280x800] [--settings '<json of user settings>']
//        [--timeout <seconds per wait, default 60>] [--chromium /usr/bin/chromium]
// Regexes are case-insensitive JavaScript regexes matched against the visible text.
//
// Prints one line per check and a last line `N passed, M failed`; exit code 0 only when every
// check passed. Logs: <work-dir>/code-server.log, <work-dir>/browser-console.log.
// Env: CHROMIUM, EXTENSIONS_GALLERY (see lib.js).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs, codeServerProfile, installVsix, startCodeServer, launchChromium } = require('./lib');

async function main() {
  const a = parseArgs(process.argv.slice(2));
  for (const k of ['code-server', 'folder', 'file']) if (!a[k]) throw new Error(`--${k} is required`);
  if (!a.vsix && !a.extensionDevelopmentPath) throw new Error('--vsix or --extensionDevelopmentPath is required');
  const entry = path.resolve(a['code-server']);
  const folder = path.resolve(a.folder);
  const ownWork = !a['work-dir']; // a temporary dir of our own is removed after a passing run
  const work = path.resolve(a['work-dir'] || fs.mkdtempSync(path.join(os.tmpdir(), 'keepalived-ui-check-')));
  for (const d of ['user-data', 'extensions', 'xdg']) fs.rmSync(path.join(work, d), { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const shots = a['screenshot-dir'] ? path.resolve(a['screenshot-dir']) : undefined;
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    // Only the files this script writes, so no picture from an earlier run survives.
    const ours =
      /^(editor|diagnostics|hover|quickfix|election|election-scenario|election-timeline|clusters|split-brain|(open|language|squiggle|problems|hover|quickfix|election|election-toggle|clusters|split-brain|harness)-failed)\.png$/;
    for (const f of fs.readdirSync(shots)) if (ours.test(f)) fs.rmSync(path.join(shots, f));
  }
  const waitMs = Number(a.timeout || 60) * 1000;
  const [width, height] = (a.size || '1280x800').split('x').map(Number);
  const expectLanguage = a['expect-language'] ?? 'Keepalived';
  const re = (s) => new RegExp(s, 'i');
  const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
  const t0 = Date.now();
  const log = (m) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

  const profile = codeServerProfile(work, {
    'workbench.colorTheme': 'Default Dark Modern',
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    // the checks edit fixtures in the editor (lb2's VRID): never written to disk
    'files.autoSave': 'off',
    ...(a.settings ? JSON.parse(a.settings) : {}),
  });
  if (a.vsix) log(`installed ${path.basename(a.vsix)}: ${oneLine(installVsix(entry, profile, a.vsix))}`);
  const cs = await startCodeServer(entry, profile, work, folder);

  const checks = [];
  let browser;
  let page;
  const shot = async (name) => {
    if (shots && page) await page.screenshot({ path: path.join(shots, name) }).catch(() => {});
  };
  /** Run one named check; a failure is recorded (with a screenshot) and the next checks still run. */
  const check = async (name, fn) => {
    try {
      const detail = await fn();
      checks.push({ name, ok: true, detail });
      log(`ok   ${name}: ${detail}`);
      return true;
    } catch (e) {
      checks.push({ name, ok: false, detail: oneLine(String((e && e.message) || e)).slice(0, 400) });
      log(`FAIL ${name}: ${checks[checks.length - 1].detail}`);
      await shot(`${name}-failed.png`);
      return false;
    }
  };

  try {
    browser = await launchChromium(a.chromium);
    page = await (await browser.newContext({ viewport: { width, height } })).newPage();
    const browserLog = fs.createWriteStream(path.join(work, 'browser-console.log'));
    page.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.stack || e}\n`));
    let url = `${cs.base}/?folder=${encodeURIComponent(folder)}`;
    if (a.extensionDevelopmentPath) {
      const dev = `vscode-remote://127.0.0.1:${cs.port}${path.resolve(a.extensionDevelopmentPath)}`;
      url += `&payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', dev]]))}`;
    }
    await page.goto(url);

    const editorLines = page.locator('.editor-group-container.active .monaco-editor .view-lines').first();
    const opened = await check('open', async () => {
      await page.locator('.monaco-workbench').waitFor({ timeout: waitMs });
      // Click through the Explorer: folders expand, the file opens in an editor.
      const parts = a.file.split('/');
      for (let i = 0; i < parts.length; i++) {
        const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${parts[i]}"][aria-level="${i + 1}"]`).first();
        await row.waitFor({ timeout: waitMs });
        const expanded = await row.getAttribute('aria-expanded');
        if (i === parts.length - 1 || expanded !== 'true') await row.click();
      }
      await page.locator(`.tabs-container .tab.active:has-text("${parts[parts.length - 1]}")`).waitFor({ timeout: waitMs });
      await editorLines.waitFor({ timeout: waitMs });
      return a.file;
    });
    if (!opened) throw new Error('the file did not open; later checks need it');

    if (expectLanguage) {
      await check('language', async () => {
        const mode = page.locator('[id="status.editor.mode"]');
        await page
          .waitForFunction(
            (want) => {
              const el = document.getElementById('status.editor.mode');
              return !!el && el.innerText.trim() === want;
            },
            expectLanguage,
            { timeout: waitMs },
          )
          .catch(async () => {
            throw new Error(`status bar language is "${(await mode.innerText().catch(() => '?')).trim()}", expected "${expectLanguage}"`);
          });
        return expectLanguage;
      });
    }
    await shot('editor.png');

    if (a['expect-problem']) {
      await check('squiggle', async () => {
        await page
          .locator('.editor-group-container.active .monaco-editor :is(.squiggly-error, .squiggly-warning)')
          .first()
          .waitFor({ state: 'attached', timeout: waitMs });
        return 'present';
      });
      await check('problems', async () => {
        await page.keyboard.press('Control+Shift+M');
        const row = page
          .locator('.markers-panel .monaco-list-row')
          .filter({ hasText: re(a['expect-problem']) })
          .first();
        await row.waitFor({ timeout: waitMs }).catch(async () => {
          const rows = await page
            .locator('.markers-panel .monaco-list-row')
            .allInnerTexts()
            .catch(() => []);
          throw new Error(`no Problems row matching /${a['expect-problem']}/i; rows: ${JSON.stringify(rows.map(oneLine))}`);
        });
        return oneLine(await row.innerText());
      });
      await shot('diagnostics.png');
    }

    /** Where `w` first appears in the active editor's text, measured with a DOM Range (or null). */
    const wordBox = (w) =>
      page.evaluate((word) => {
        const found = [];
        for (const line of document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')) {
          const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const i = n.textContent.indexOf(word);
            if (i < 0) continue;
            const r = document.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + word.length);
            const b = r.getBoundingClientRect();
            found.push({ x: b.x, y: b.y, width: b.width, height: b.height });
          }
        }
        found.sort((p, q) => p.y - q.y || p.x - q.x);
        return found[0] || null;
      }, w);

    if (a['hover-word']) {
      await check('hover', async () => {
        const word = a['hover-word'];
        // The first occurrence of the word on screen, measured with a DOM Range over the editor's text.
        const measure = () => wordBox(word);
        // Code lenses and inlay hints arrive after the text and move it: wait until the word's
        // position is the same in three samples in a row (polling, bounded), and re-measure on retry.
        const stableBox = async () => {
          let last = null;
          let same = 0;
          for (let i = 0; i < 40 && same < 2; i++) {
            const b = await measure();
            same = b && last && b.x === last.x && b.y === last.y ? same + 1 : 0;
            last = b;
            await page.waitForTimeout(150);
          }
          return last;
        };
        const hover = page
          .locator('.monaco-hover:visible')
          .filter({ hasText: a['expect-hover'] ? re(a['expect-hover']) : /\S/ })
          .first();
        let shown = false;
        for (let attempt = 0; attempt < 3 && !shown; attempt++) {
          const box = await stableBox();
          if (!box) throw new Error(`"${word}" is not visible in the editor`);
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 40); // approach from below, like a user
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
          shown = await hover.waitFor({ timeout: Math.max(2000, waitMs / 3) }).then(
            () => true,
            () => false,
          );
        }
        if (!shown) await hover.waitFor({ timeout: 1000 });
        const text = oneLine(await hover.innerText());
        await shot('hover.png');
        return text;
      });
    }

    const quickfixWord = a['quickfix-word'] ?? process.env.UI_QUICKFIX_WORD;
    if (quickfixWord) {
      await check('quickfix', async () => {
        // Put the cursor on the word (its first occurrence on screen), open the quick-fix menu
        // with Ctrl+. as a user would, and read the menu.
        const box = await wordBox(quickfixWord);
        if (!box) throw new Error(`"${quickfixWord}" is not visible in the editor`);
        await page.keyboard.press('Escape');
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.keyboard.press('Control+.');
        const expect = a['expect-quickfix'] ?? process.env.UI_EXPECT_QUICKFIX;
        const menu = page
          .locator('.action-widget:visible, .context-view .monaco-list:visible')
          .filter({ hasText: expect ? re(expect) : /\S/ })
          .first();
        await menu.waitFor({ timeout: waitMs });
        const text = oneLine(await menu.innerText());
        await shot('quickfix.png');
        await page.keyboard.press('Escape');
        return text;
      });
    }

    const electionExpect = a.election ?? process.env.UI_ELECTION;
    const electionToggle = a['election-toggle'] ?? process.env.UI_ELECTION_TOGGLE;
    if (electionExpect) {
      // The webview: an iframe.webview whose page is in the inner #active-frame.
      const webview = () => page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
      /** Run a command by its label from the command palette (F1), like a user. */
      const palette = async (label, timeout = waitMs) => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input').first();
        await input.waitFor({ timeout });
        await input.fill(`>${label}`);
        const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
        await row.waitFor({ timeout }).catch(async () => {
          await page.keyboard.press('Escape');
          const rows = await page
            .locator('.quick-input-list .monaco-list-row')
            .allInnerTexts()
            .catch(() => []);
          throw new Error(`no command "${label}" in the palette; rows: ${JSON.stringify(rows.map(oneLine))}`);
        });
        await page.keyboard.press('Enter');
      };
      const opened = await check('election', async () => {
        await page.keyboard.press('Escape');
        await editorLines.click({ position: { x: 5, y: 5 } });
        await palette('Keepalived: Preview Election');
        const main = webview()
          .locator('main')
          .filter({ hasText: re(electionExpect) });
        await main.waitFor({ timeout: waitMs }).catch(async () => {
          const text = await webview()
            .locator('body')
            .innerText({ timeout: 1000 })
            .catch(() => '(no webview page)');
          throw new Error(`the election webview does not match /${electionExpect}/i; it shows: ${oneLine(text).slice(0, 300)}`);
        });
        // room for the page: the Problems panel and the side bar out of the way (when shown)
        const shown = (sel) =>
          page
            .locator(sel)
            .first()
            .isVisible()
            .catch(() => false);
        if (await shown('.part.panel')) await palette('View: Hide Panel', 5000).catch(() => {});
        if (await shown('.part.sidebar')) await palette('View: Close Primary Side Bar', 5000).catch(() => {});
        await webview().locator('.instance').first().waitFor({ timeout: waitMs });
        await shot('election.png');
        return oneLine(await webview().locator('.winner').first().innerText());
      });
      if (opened && electionToggle) {
        await check('election-toggle', async () => {
          const before = oneLine(await webview().locator('.winner').first().innerText());
          const box = webview().locator(`input[data-fail][data-tracker="${electionToggle}"]`).first();
          await box.click({ timeout: waitMs });
          // the page is rebuilt with the new outcome: the toggle comes back ticked and the winner changes
          await webview().locator(`input[data-fail][data-tracker="${electionToggle}"]:checked`).first().waitFor({ timeout: waitMs });
          const after = webview().locator('.winner', { hasNotText: before }).first();
          await after.waitFor({ timeout: waitMs }).catch(() => {
            throw new Error(`the winner did not change after ticking ${electionToggle} (still: ${before})`);
          });
          const now = oneLine(await after.innerText());
          await shot('election-scenario.png');
          await webview()
            .locator('#timeline')
            .first()
            .evaluate((el) => el.scrollIntoView({ block: 'start' }), undefined, { timeout: waitMs });
          await shot('election-timeline.png');
          return `${before} ⇒ ${now}`;
        });
      }
    }
    const operator = a['operator-folder'];
    if (operator) {
      const opFolder = path.resolve(operator);
      const webview = () => page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
      const run = async (label, timeout = waitMs) => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('F1');
        const input = page.locator('.quick-input-widget input').first();
        await input.waitFor({ timeout });
        await input.fill(`>${label}`);
        const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label }).first();
        await row.waitFor({ timeout });
        await page.keyboard.press('Enter');
      };
      const clustersOk = await check('clusters', async () => {
        await page.goto(`${cs.base}/?folder=${encodeURIComponent(opFolder)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: waitMs });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: waitMs });
        await run('Focus on Keepalived: Clusters View');
        const view = page.locator('.pane:has(.pane-header:has-text("Keepalived: Clusters")) .monaco-list');
        await view.locator('.monaco-list-row').first().waitFor({ timeout: waitMs });
        // room for the tree: collapse the side bar's other sections (the folder's files, Outline, Timeline)
        const others = page.locator('.part.sidebar .pane-header[aria-expanded="true"]').filter({ hasNotText: 'Keepalived: Clusters' });
        for (let i = (await others.count()) - 1; i >= 0; i--)
          await others
            .nth(i)
            .click({ timeout: 2000 })
            .catch(() => {});
        const group = (re) => view.locator('.monaco-list-row').filter({ hasText: re }).first();
        for (const re of [/Kolla-Ansible: kolla\/etc\/kolla\/globals\.yml/, /Ansible role: ansible\/roles\/keepalived/, /Files: k8s\//])
          await group(re)
            .waitFor({ timeout: waitMs })
            .catch(async () => {
              const rows = await view
                .locator('.monaco-list-row')
                .allInnerTexts()
                .catch(() => []);
              throw new Error(`no row matching ${re} in the Clusters view; rows: ${JSON.stringify(rows.map(oneLine))}`);
            });
        await view
          .locator('.monaco-list-row')
          .filter({ hasText: /control03/ })
          .first()
          .waitFor({ timeout: waitMs });
        // a wider side bar, so that the labels show in full: drag the sash at its right edge
        const bar = await page.locator('.part.sidebar').boundingBox();
        const sashes = page.locator('.monaco-sash.vertical');
        for (let i = 0; bar && i < (await sashes.count()); i++) {
          const b = await sashes
            .nth(i)
            .boundingBox()
            .catch(() => null);
          if (!b || Math.abs(b.x + b.width / 2 - (bar.x + bar.width)) > 6) continue;
          await page.mouse.move(b.x + b.width / 2, bar.y + bar.height / 2);
          await page.mouse.down();
          await page.mouse.move(b.x + 240, bar.y + bar.height / 2, { steps: 8 });
          await page.mouse.up();
          break;
        }
        // the Kolla cluster's election preview beside it (a click on the cluster opens it)
        await group(/VRID 51 · 10\.10\.0\.250/).click();
        await webview().locator('.instance').first().waitFor({ timeout: waitMs });
        await run('Notifications: Clear All Notifications', 5000).catch(() => {});
        await shot('clusters.png');
        const rows = await view.locator('.monaco-list-row').allInnerTexts();
        return `${rows.length} rows: ${rows.slice(0, 4).map(oneLine).join(' | ')}`;
      });
      if (clustersOk) {
        await check('split-brain', async () => {
          // open k8s/lb2.conf from the Explorer and change its VRID in the editor (not saved)
          await page.keyboard.press('Escape');
          await page.keyboard.press('Control+P');
          const input = page.locator('.quick-input-widget input').first();
          await input.waitFor({ timeout: waitMs });
          await input.fill('k8s/lb2.conf');
          await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'lb2.conf' }).first().waitFor({ timeout: waitMs });
          await page.keyboard.press('Enter');
          await page.locator('.tabs-container .tab.active:has-text("lb2.conf")').waitFor({ timeout: waitMs });
          const lb2 = path.join(opFolder, 'k8s/lb2.conf');
          const text = fs.readFileSync(lb2, 'utf8');
          const line = text.split('\n').findIndex((l) => /virtual_router_id 51/.test(l)) + 1;
          if (line < 1) throw new Error('k8s/lb2.conf has no "virtual_router_id 51"');
          // the keystrokes can arrive before the editor has the focus on a loaded machine: the
          // edit is made again until the tab shows the file as modified
          const dirty = page.locator('.tabs-container .tab.active.dirty:has-text("lb2.conf")');
          for (let attempt = 1; ; attempt++) {
            await page.keyboard.press('Control+G');
            await input.waitFor({ timeout: waitMs });
            await input.fill(`:${line}`);
            await page.keyboard.press('Enter');
            await page.keyboard.press('End');
            await page.keyboard.press('Backspace');
            await page.keyboard.press('Backspace');
            await page.keyboard.type('52');
            if (
              await dirty.waitFor({ timeout: 5000 }).then(
                () => true,
                () => false,
              )
            )
              break;
            if (attempt === 3) throw new Error('typing into k8s/lb2.conf did not change it (three attempts)');
            await page.locator('.tabs-container .tab:has-text("lb2.conf")').first().click();
            await run('File: Revert File', 5000).catch(() => {});
          }
          await run('Keepalived: Preview Election');
          const banner = webview().locator('#split-brain');
          await banner.waitFor({ timeout: waitMs }).catch(async () => {
            const body = await webview()
              .locator('body')
              .innerText({ timeout: 1000 })
              .catch(() => '(no webview page)');
            throw new Error(`no split-brain banner; the page shows: ${oneLine(body).slice(0, 300)}`);
          });
          await run('Notifications: Clear All Notifications', 5000).catch(() => {});
          await shot('split-brain.png');
          const said = oneLine(await banner.innerText());
          // undo the edit (the fixture on disk keeps VRID 51)
          await page.locator('.tabs-container .tab:has-text("lb2.conf")').first().click();
          await run('File: Revert File', 5000).catch(() => {});
          if (fs.readFileSync(lb2, 'utf8') !== text) {
            fs.writeFileSync(lb2, text);
            throw new Error('the edit of k8s/lb2.conf reached the disk (restored)');
          }
          return said;
        });
      }
    }
  } catch (e) {
    if (!checks.some((c) => !c.ok)) checks.push({ name: 'harness', ok: false, detail: String((e && e.message) || e) });
    log(`FAIL ${String((e && e.message) || e)}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    cs.stop();
  }
  const passes = checks.filter((c) => c.ok).length;
  const failures = checks.length - passes;
  if (a['result-file']) fs.writeFileSync(path.resolve(a['result-file']), JSON.stringify({ passes, failures, checks }, null, 2) + '\n');
  if (shots) log(`screenshots in ${shots}`);
  if (failures === 0 && ownWork) {
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  } else if (failures > 0) {
    log(`logs kept in ${work}`);
  }
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures === 0 && passes > 0 ? 0 : 1);
}

main().catch((e) => {
  console.error('[ui] error:', e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
