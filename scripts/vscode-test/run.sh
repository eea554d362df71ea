#!/usr/bin/env bash
# run.sh: the extension's tests inside a real VS Code, offline.
#   1. ensure-vscode.sh: code-server 4.100.3 (VS Code 1.100.3) + Debian chromium, cached outside the
#      clone (installs the first time, ~1 min; reuses it afterwards)
#   2. the mocha suite test/vscode/suite in code-server's extension host:
#      node out/test/vscode/runTest.js with VSCODE_TEST_EXECUTABLE = code-server-shim.js
#   3. the UI check: the packaged VSIX installed into code-server, keepalived.conf opened in the
#      browser; status-bar language, squiggle, Problems panel and hover read; then the operator
#      workspace: the Clusters view and the split-brain banner; screenshots saved
# Last line: `N passed, M failed` (suite tests + UI checks). Exit code 0 only when all passed.
#
# Needs a build first (`npm run build`: dist/extension.js, dist/server.js, out/test/vscode/).
# Env knobs:
#   VSCODE_TEST_BUILD=1      run `npm run build` first
#   VSCODE_TEST_ARTIFACTS    where the VSIX, result JSONs, screenshots and the logs (suite-run/,
#                            ui-run/: code-server.log, browser-console.log) go
#                            (default .vscode-test/artifacts; give concurrent runs different ones)
#   SKIP_UI_CHECK=1          only the mocha suite
#   MOCHA_GREP               only suite tests whose title matches
#   UI_FILE                  file the UI check opens (default keepalived.conf, in test/fixtures/workspace)
#   UI_EXPECT_PROBLEM        regex for a Problems-panel row (default unknown-keyword; '' = skip)
#   UI_HOVER_WORD            word to hover (default virtual_router_id; '' = skip)
#   UI_EXPECT_HOVER          regex the hover must match (default 'virtual_router_id|VRID')
#   UI_QUICKFIX_WORD         word whose quick-fix menu (Ctrl+.) is opened (default priorty; '' = skip)
#   UI_EXPECT_QUICKFIX       regex the menu must match (default priority)
#   UI_ELECTION              regex the election preview webview must match (default Outcome; '' = skip)
#   UI_OPERATOR_FOLDER       the operator workspace whose Clusters view and split-brain banner are
#                            checked and pictured (default test/fixtures/operator; '' = skip)
#   UI_TIMEOUT               seconds each UI wait may take (default 20)
#   plus those of ensure-vscode.sh (KEEPALIVED_VSCODE_CACHE, SKIP_APT) and
#   code-server-shim.js (CS_TEST_TIMEOUT, CS_TEST_VERBOSE, CHROMIUM).
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
ART=${VSCODE_TEST_ARTIFACTS:-$ROOT/.vscode-test/artifacts}
mkdir -p "$ART" && ART=$(cd "$ART" && pwd)
t0=$SECONDS
step() { echo "== [$((SECONDS - t0))s] $*"; }
fail_run() { echo "$*" >&2; echo "0 passed, 1 failed"; exit 1; }

step "VS Code (code-server) for the tests"
CODE_SERVER_ENTRY=$(bash scripts/vscode-test/ensure-vscode.sh) || fail_run "could not install code-server/chromium"
export CODE_SERVER_ENTRY

if [ "${VSCODE_TEST_BUILD:-0}" = 1 ]; then
  step "npm run build"
  npm run build || fail_run "build failed"
fi
for f in dist/extension.js dist/server.js out/test/vscode/runTest.js out/test/vscode/suite/index.js; do
  [ -f "$f" ] || fail_run "missing $f: run 'npm run build' first (or VSCODE_TEST_BUILD=1)"
done

passed=0; failed=0
count() { # count <result.json>: add its passes/failures to the totals (1 failure if unreadable)
  local p f
  p=$(node -p "require(process.argv[1]).passes" "$1" 2>/dev/null) || p=0
  f=$(node -p "require(process.argv[1]).failures" "$1" 2>/dev/null) || f=1
  passed=$((passed + p)); failed=$((failed + f))
}

# --- mocha suite in the extension host ---------------------------------------------
step "extension-host suite (test/vscode/suite)"
export VSCODE_TEST_EXECUTABLE=$ROOT/scripts/vscode-test/code-server-shim.js
export VSCODE_TEST_RESULT_FILE=$ART/suite-result.json
export CS_TEST_WORK_DIR=$ART/suite-run   # profile + code-server.log + browser-console.log
rm -f "$VSCODE_TEST_RESULT_FILE"
suite_rc=0
node out/test/vscode/runTest.js || suite_rc=$?
count "$VSCODE_TEST_RESULT_FILE"
# the runner failed without a failing test (harness broke): count it
if [ "$suite_rc" -ne 0 ] && [ -f "$VSCODE_TEST_RESULT_FILE" ] \
   && [ "$(node -p "require(process.argv[1]).failures" "$VSCODE_TEST_RESULT_FILE" 2>/dev/null)" = 0 ]; then
  failed=$((failed + 1))
fi

# --- UI check with the packaged VSIX ----------------------------------------------------
ui_rc=0
if [ "${SKIP_UI_CHECK:-0}" != 1 ]; then
  step "UI check (VSIX in code-server: language, squiggle, Problems panel, hover)"
  rm -rf "$ART/keepalived.vsix" "$ART/ui-result.json" "$ART/screenshots"
  if npx --no-install vsce package --no-dependencies --no-rewrite-relative-links -o "$ART/keepalived.vsix" </dev/null >"$ART/vsce.log" 2>&1; then
    ui_args=(--code-server "$CODE_SERVER_ENTRY" --vsix "$ART/keepalived.vsix"
      --folder test/fixtures/workspace --file "${UI_FILE:-keepalived.conf}"
      --screenshot-dir "$ART/screenshots" --result-file "$ART/ui-result.json" --timeout "${UI_TIMEOUT:-20}"
      --work-dir "$ART/ui-run")
    problem=${UI_EXPECT_PROBLEM-unknown-keyword}
    hover=${UI_HOVER_WORD-virtual_router_id}
    [ -n "$problem" ] && ui_args+=(--expect-problem "$problem")
    [ -n "$hover" ] && ui_args+=(--hover-word "$hover" --expect-hover "${UI_EXPECT_HOVER:-virtual_router_id|VRID}")
    quickfix=${UI_QUICKFIX_WORD-priorty}
    [ -n "$quickfix" ] && ui_args+=(--quickfix-word "$quickfix" --expect-quickfix "${UI_EXPECT_QUICKFIX:-priority}")
    election=${UI_ELECTION-Outcome}
    [ -n "$election" ] && ui_args+=(--election "$election")
    operator=${UI_OPERATOR_FOLDER-test/fixtures/operator}
    [ -n "$operator" ] && ui_args+=(--operator-folder "$operator")
    node scripts/vscode-test/ui-check.js "${ui_args[@]}" || ui_rc=$?
    count "$ART/ui-result.json"
  else
    ui_rc=1; failed=$((failed + 1))
    echo "vsce package failed:"; cat "$ART/vsce.log"
  fi
fi

step "done (artifacts in $ART)"
echo "$passed passed, $failed failed"
[ "$suite_rc" -eq 0 ] && [ "$ui_rc" -eq 0 ] && [ "$failed" -eq 0 ]
