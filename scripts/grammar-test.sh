#!/usr/bin/env bash
# Grammar tests for syntaxes/keepalived.tmLanguage.json, run with vscode-textmate (VS Code's engine):
#   test/grammar/*.keepalived-test   unit tests: "# ^^^ scope" lines under a source line assert its scopes
#   test/grammar/snap/*.keepalived   snapshot tests: a realistic config compared with its .snap file
# Exits non-zero when an assertion fails, a snapshot differs or a test file cannot be read.
# After an intended grammar change, review the diff and refresh the snapshots with
#   UPDATE_SNAPSHOTS=1 scripts/grammar-test.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bin=node_modules/.bin
if [[ ! -x $bin/vscode-tmgrammar-test || ! -x $bin/vscode-tmgrammar-snap ]]; then
  echo "grammar-test: vscode-tmgrammar-test is not installed; run npm install first" >&2
  exit 2
fi

# The config names only our grammar, so the tests do not depend on package.json's contributes.
config=test/grammar/grammar-test.config.json

"$bin/vscode-tmgrammar-test" --config "$config" 'test/grammar/*.keepalived-test'

snap_args=(--config "$config" --scope source.keepalived)
if [[ ${UPDATE_SNAPSHOTS:-} == 1 ]]; then
  snap_args+=(--updateSnapshot)
fi
for f in test/grammar/snap/*.keepalived; do
  if [[ ! -f $f.snap && ${UPDATE_SNAPSHOTS:-} != 1 ]]; then
    echo "grammar-test: $f.snap is missing; create it with UPDATE_SNAPSHOTS=1 $0" >&2
    exit 1
  fi
done
"$bin/vscode-tmgrammar-snap" "${snap_args[@]}" 'test/grammar/snap/*.keepalived'
