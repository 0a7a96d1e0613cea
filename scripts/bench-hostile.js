#!/usr/bin/env node
// npm run bench:hostile: every hostile class of test/support/samples/hostileWorkbooks.ts through `evalsheet check`
// and `evalsheet rate`, each in its own process with a 1 GB heap; prints per class the exit code,
// the time and the peak memory (max RSS), and their ratio to the good base workbook read the same
// way in the same run (the floor). The bar: every class under 60 s and 1 GB.
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { baseWorkbook, hostileCases } = require('../build/support/test/support/samples/hostileWorkbooks');

const MAIN = path.resolve(__dirname, '..', 'lib', 'cli', 'main.js');
const LIMIT_S = 60;
const LIMIT_MB = 1024;

/** One command in a fresh process; its own peak RSS read at exit (no external time tool needed). */
function measure(args, cwd) {
  const code = `require(${JSON.stringify(MAIN)}).run(${JSON.stringify(args)}, { out() {}, err() {} }).then((c) => { process.stderr.write('\\n@@' + JSON.stringify({ code: c, rss: process.resourceUsage().maxRSS })); process.exitCode = c; });`;
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${LIMIT_MB}`, '-e', code], {
    cwd,
    encoding: 'utf8',
    timeout: LIMIT_S * 1000 * 2,
    env: { ...process.env, TMPDIR: cwd },
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const m = /@@(\{.*\})\s*$/.exec(r.stderr || '');
  const got = m ? JSON.parse(m[1]) : { code: r.status ?? r.signal, rss: null };
  return { seconds, code: got.code, mb: got.rss ? got.rss / 1024 : null };
}

(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'evalsheet-bench-hostile-'));
  try {
    const good = path.join(dir, 'good.xlsx');
    writeFileSync(good, await baseWorkbook());
    const floor = {
      check: measure(['check', good], dir),
      rate: measure(['rate', good, '-o', path.join(dir, 'good-out.xlsx')], dir),
    };
    console.log(
      `floor (the good base workbook): check ${floor.check.seconds.toFixed(2)} s ${floor.check.mb.toFixed(0)} MB, rate ${floor.rate.seconds.toFixed(2)} s ${floor.rate.mb.toFixed(0)} MB`,
    );
    console.log('class | command | exit | time (s) | ×floor | peak (MB) | ×floor');
    let worst = { seconds: 0, mb: 0 };
    let i = 0;
    for (const c of hostileCases) {
      const sub = path.join(dir, String(i++));
      require('node:fs').mkdirSync(sub);
      const file = await c.make(sub);
      for (const command of ['check', 'rate']) {
        const args = command === 'check' ? ['check', file] : ['rate', file, '-o', path.join(sub, 'out.xlsx')];
        const r = measure(args, sub);
        worst = { seconds: Math.max(worst.seconds, r.seconds), mb: Math.max(worst.mb, r.mb ?? Infinity) };
        const f = floor[command];
        console.log(
          `${c.name} | ${command} | ${r.code} | ${r.seconds.toFixed(2)} | ${(r.seconds / f.seconds).toFixed(2)} | ${r.mb ? r.mb.toFixed(0) : '?'} | ${r.mb ? (r.mb / f.mb).toFixed(2) : '?'}`,
        );
      }
    }
    const ok = worst.seconds < LIMIT_S && worst.mb < LIMIT_MB;
    console.log(`worst: ${worst.seconds.toFixed(2)} s, ${worst.mb.toFixed(0)} MB (limits ${LIMIT_S} s, ${LIMIT_MB} MB): ${ok ? 'within' : 'OVER'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
