#!/usr/bin/env node
// npm run demo: makes the project's own sample evaluation workbook, rates it and prints the report.
'use strict';
const path = require('node:path');
const { buildWorkbook } = require('../lib/adapters/xlsx/applyPlan');
const { writeWorkbookFile } = require('../lib/adapters/xlsx/files');
const { demoWorkbookSpecs } = require('../build/support/test/support/samples/demoWorkbook');
const { run } = require('../lib/cli/main');

(async () => {
  const dir = path.resolve(__dirname, '..', 'demo-output');
  const input = path.join(dir, 'サンプル評価ブック.xlsx');
  const output = path.join(dir, 'サンプル評価ブック_評価済.xlsx');
  await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), input);
  console.log(`サンプルの評価ブックを作成しました：${input}\n`);
  console.log(`$ evalsheet rate ${path.relative(process.cwd(), input)} -o ${path.relative(process.cwd(), output)} --force\n`);
  const code = await run(['rate', input, '-o', output, '--force']);
  console.log(`\n評価済みのブック：${output}（シート「評価サマリー」を開いてください）`);
  // The sample contains deliberate problems; exit code 1 (findings) is the expected result here.
  process.exitCode = code === 2 ? 2 : 0;
})();
