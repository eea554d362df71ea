#!/usr/bin/env bash
# The work of action.yml: install keepalived-lint from npm (unless KEEPALIVED_LINT names one),
# write the SARIF report, print the findings as text in the log and the job summary, and hand
# the report's path and the exit status to the next steps ($GITHUB_OUTPUT). Exit status: 0 when
# a report was written (the action's last step fails the job on findings, after the upload), 2
# on a usage or I/O problem, where there is no report to upload.
# Inputs (environment): INPUT_PATHS, INPUT_ARGS (split on blanks), INPUT_SARIF_FILE,
# INPUT_PACKAGE (npm spec; default keepalived-tools@<this action's version>), INPUT_UPLOAD,
# INPUT_ANNOTATIONS (auto: annotations when the report is not uploaded; true; false).
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
sarif=${INPUT_SARIF_FILE:-keepalived-lint.sarif}
read -ra paths <<<"${INPUT_PATHS:-.}"
read -ra args <<<"${INPUT_ARGS:-}"

lint=${KEEPALIVED_LINT:-}
if [ -z "$lint" ]; then
  spec=${INPUT_PACKAGE:-}
  [ -n "$spec" ] || spec="keepalived-tools@$(node -p "require('$here/package.json').version")"
  echo "::group::npm install -g $spec"
  npm install -g --no-audit --no-fund "$spec" || { echo "::error::cannot install $spec"; exit 2; }
  echo "::endgroup::"
  lint=keepalived-lint
fi

"$lint" --format sarif "${args[@]}" "${paths[@]}" >"$sarif"
code=$?
if [ "$code" -ge 2 ]; then
  echo "::error::keepalived-lint could not run (exit status $code): see the message above"
  exit 2
fi
# each finding as an annotation on its line (without code scanning, which annotates by itself)
annotate=${INPUT_ANNOTATIONS:-auto}
[ "$annotate" = auto ] && { [ "${INPUT_UPLOAD:-true}" = true ] && annotate=false || annotate=true; }
[ "$annotate" = true ] && "$lint" --format github "${args[@]}" "${paths[@]}"
# the findings in the log, and in the job summary when there is one
report=$("$lint" --no-color "${args[@]}" "${paths[@]}")
printf '%s\n' "${report:-No problems found.}"
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  { echo '### keepalived-lint'; echo; echo '```'; printf '%s\n' "${report:-No problems found.}"; echo '```'; } >>"$GITHUB_STEP_SUMMARY"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "sarif-file=$sarif"; echo "exit-code=$code"; } >>"$GITHUB_OUTPUT"
fi
exit 0
