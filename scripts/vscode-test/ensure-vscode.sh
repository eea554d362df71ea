#!/usr/bin/env bash
# ensure-vscode.sh: make sure a VS Code that can run this extension's tests offline is installed,
# OUTSIDE the clone, and print the path of its entry point (code-server's out/node/entry.js) as
# the only line on stdout. Progress goes to stderr.
#
# What it installs (each step is skipped when already present, so a second run takes ~1 s):
#   - Debian packages (apt-get; root or sudo needed the first time):
#       chromium     the browser that runs the workbench (playwright cannot download one offline)
#       libkrb5-dev  gssapi headers for code-server's native 'kerberos' module (node-gyp build)
#       ripgrep      stands in for @vscode/ripgrep's GitHub download (see below)
#   - code-server 4.100.3 (= VS Code 1.100.3; the newest code-server whose engines.node is 20)
#     from the npm registry into $KEEPALIVED_VSCODE_CACHE/code-server-4.100.3.
#
# Usage:   CODE_SERVER_ENTRY=$(bash scripts/vscode-test/ensure-vscode.sh)
# Env knobs:
#   KEEPALIVED_VSCODE_CACHE  install dir root (default ${XDG_CACHE_HOME:-$HOME/.cache}/keepalived-vscode-test)
#   CS_VERSION               code-server version (default 4.100.3; 4.103+ need Node 22)
#   SKIP_APT=1               never call apt-get (fail if chromium/rg/libkrb5-dev are missing)
# Exit code: 0 with the path printed, non-zero when something could not be installed.
set -euo pipefail

CS_VERSION=${CS_VERSION:-4.100.3}
RG_NPM_VERSION=1.15.11    # @vscode/ripgrep version in code-server 4.100.3's lib/vscode/npm-shrinkwrap.json
RG_TAG=v13.0.0-10         # ripgrep-prebuilt release @vscode/ripgrep 1.15.11 downloads (lib/postinstall.js VERSION)
CACHE=${KEEPALIVED_VSCODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/keepalived-vscode-test}
CS_DIR=$CACHE/code-server-$CS_VERSION
ENTRY=$CS_DIR/node_modules/code-server/out/node/entry.js
RG_BIN=$CS_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
t0=$SECONDS
say() { echo "[ensure-vscode $((SECONDS - t0))s] $*" >&2; }

# --- 1. Debian packages --------------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
code_server_ok() {
  [ -x "$RG_BIN" ] && [ -f "$ENTRY" ] \
    && grep -q "\"version\": \"$CS_VERSION\"" "$CS_DIR/node_modules/code-server/package.json" 2>/dev/null
}
# libkrb5-dev is only needed to build code-server, not to run it.
if ! code_server_ok && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then need+=(libkrb5-dev); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "${SKIP_APT:-0}" = 1 ]; then say "missing Debian packages: ${need[*]} (SKIP_APT=1)"; exit 1; fi
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { say "need root or sudo to apt-get install ${need[*]}"; exit 1; }
    SUDO="sudo -n"
  fi
  say "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

# --- 2. code-server (outside the clone; reinstalled only when missing) ------------
if ! code_server_ok; then
  say "install code-server@$CS_VERSION into $CS_DIR (takes a few minutes the first time)"
  # @vscode/ripgrep's postinstall asks api.github.com for its binary unless the archive is
  # already in its cache: seed that cache with Debian's rg.
  rgcache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RG_NPM_VERSION"
  mkdir -p "$rgcache"
  tmp=$(mktemp -d); cp "$(command -v rg)" "$tmp/rg"
  tar czf "$rgcache/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$tmp" rg
  rm -rf "$tmp" "$CS_DIR"; mkdir -p "$CS_DIR"
  echo '{"name":"code-server-host","private":true}' > "$CS_DIR/package.json"
  # --unsafe-perm: code-server's postinstall refuses to run as root without it.
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which would wait for a "y"
  # (and is cancelled with no stdin) otherwise.
  (cd "$CS_DIR" && npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund --loglevel=error \
      "code-server@$CS_VERSION" </dev/null >&2)
  code_server_ok || { say "code-server install failed (no $RG_BIN)"; exit 1; }
fi
# (not `code-server --version`: any start without --config writes ~/.config/code-server/config.yaml)
say "code-server $(node -p "require('$CS_DIR/node_modules/code-server/package.json').version") at $CS_DIR"
echo "$ENTRY"
