/**
 * Peak RSS without /usr/bin/time: `node --require bench/rss-probe.cjs SCRIPT` writes
 * process.resourceUsage().maxRSS (KB) to $BENCH_RSS_FILE when the process exits.
 */
'use strict';
const fs = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // nowhere to report
    }
  });
}
