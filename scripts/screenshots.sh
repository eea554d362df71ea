#!/usr/bin/env bash
# screenshots.sh: regenerate the README's pictures, docs/images/*.png, from the real extension in
# code-server + headless Chromium (scripts/vscode-test/ui-check.js with the packaged VSIX):
#   docs/images/editor.png       the file open, language "Keepalived" in the status bar
#   docs/images/diagnostics.png  squiggles and the Problems panel
#   docs/images/hover.png        a keyword's hover documentation
#   docs/images/quickfix.png     the quick-fix menu (Ctrl+.) on a misspelt keyword
#   docs/images/election.png           "Keepalived: Preview Election" (from the command palette) beside
#                                      node1.conf of the seed cluster (test/fixtures/election/seed)
#   docs/images/election-scenario.png  the same after ticking "chk_haproxy failing" on node1 (node2 wins)
#   docs/images/election-timeline.png  its timeline as a sequence diagram
#   docs/images/clusters.png     the "Keepalived: Clusters" view of the operator workspace
#                                (test/fixtures/operator: Kolla, an Ansible role, a k8s pair) and
#                                the Kolla cluster's election preview
#   docs/images/split-brain.png  lb2's VRID changed to 52 in the editor: the preview's split-brain banner
# It builds a production bundle and packages the VSIX first. Fails (and writes nothing into
# docs/images) when a check fails, so a broken feature never lands in the README.
#
# Env knobs:
#   SHOT_FOLDER      workspace to open (default test/fixtures/workspace)
#   SHOT_FILE        file to open in it (default keepalived.conf)
#   SHOT_PROBLEM     regex of the Problems row to wait for (default unknown-keyword)
#   SHOT_HOVER_WORD  word to hover (default virtual_router_id); SHOT_EXPECT_HOVER regex (default 'VRID|virtual_router_id')
#   SHOT_ELECTION    0 = skip the election pictures; SHOT_ELECTION_SIZE their viewport (default 1600x1000)
#   SHOT_SIZE        viewport (default 1280x800); SHOT_SETTINGS JSON of VS Code settings
#                    (e.g. '{"workbench.colorTheme":"Default Light Modern"}')
#   plus those of scripts/vscode-test/ensure-vscode.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
entry=$(bash scripts/vscode-test/ensure-vscode.sh)
settings=${SHOT_SETTINGS:-}; [ -n "$settings" ] || settings='{}'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node esbuild.mjs --production
npx --no-install vsce package --no-dependencies --no-rewrite-relative-links -o "$tmp/keepalived.vsix" </dev/null >"$tmp/vsce.log" 2>&1 \
  || { cat "$tmp/vsce.log"; exit 1; }
node scripts/vscode-test/ui-check.js --code-server "$entry" --vsix "$tmp/keepalived.vsix" \
  --folder "${SHOT_FOLDER:-test/fixtures/workspace}" --file "${SHOT_FILE:-keepalived.conf}" \
  --expect-problem "${SHOT_PROBLEM:-unknown-keyword}" \
  --hover-word "${SHOT_HOVER_WORD:-virtual_router_id}" --expect-hover "${SHOT_EXPECT_HOVER:-VRID|virtual_router_id}" \
  --quickfix-word "${SHOT_QUICKFIX_WORD:-priorty}" --expect-quickfix "${SHOT_EXPECT_QUICKFIX:-priority}" \
  --operator-folder test/fixtures/operator \
  --size "${SHOT_SIZE:-1280x800}" --settings "$settings" \
  --screenshot-dir "$tmp/shots"
shots=(editor diagnostics hover quickfix clusters split-brain)
if [ "${SHOT_ELECTION:-1}" != 0 ]; then
  # the seed's node files are *.conf, which are not keepalived by name: associate them, as a user would
  election_settings=$(node -e 'const s = JSON.parse(process.argv[1]); s["files.associations"] = { ...(s["files.associations"] || {}), "*.conf": "keepalived" }; console.log(JSON.stringify(s))' "$settings")
  node scripts/vscode-test/ui-check.js --code-server "$entry" --vsix "$tmp/keepalived.vsix" \
    --folder test/fixtures/election/seed --file node1.conf \
    --election 'node1' --election-toggle chk_haproxy \
    --size "${SHOT_ELECTION_SIZE:-1600x1000}" --settings "$election_settings" \
    --screenshot-dir "$tmp/election"
  cp "$tmp"/election/election*.png "$tmp/shots/"
  shots+=(election election-scenario election-timeline)
fi
mkdir -p docs/images
for f in "${shots[@]}"; do cp "$tmp/shots/$f.png" "docs/images/$f.png"; done
# back to the development bundle (with source maps) that the tests and F5 use
node esbuild.mjs
for f in "${shots[@]}"; do ls -l "docs/images/$f.png"; done
