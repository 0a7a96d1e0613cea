/**
 * What the review and publish benchmarks share: the floor (merely reading every .xlsx of a folder with exceljs, one after
 * the other) and running a piece of code in its own process, which prints one JSON line {seconds, peakMB}.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const READ_ONLY = `
const ExcelJS = require('exceljs');
const fs = require('node:fs');
const path = require('node:path');
function list(d) { return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? list(path.join(d, e.name)) : [path.join(d, e.name)]); }
(async () => {
  const files = list(process.argv[1]).filter((f) => f.endsWith('.xlsx'));
  const t = process.hrtime.bigint();
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(f));
  }
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1024 }));
})();`;

function child(code, ...args) {
  const out = execFileSync(process.execPath, ['-e', code, ...args], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

module.exports = { READ_ONLY, child };
