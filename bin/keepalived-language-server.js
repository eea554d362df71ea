#!/usr/bin/env node
// The keepalived language server for any LSP client (Neovim, Helix, Emacs...): dist/server.js
// over stdio. `--stdio` is added when no transport is named, so `keepalived-language-server`
// alone works as an editor's server command.
'use strict';
const transport = /^--(stdio|node-ipc|socket|pipe)(=|$)/;
if (!process.argv.slice(2).some((a) => transport.test(a))) process.argv.push('--stdio');
require('../dist/server.js');
