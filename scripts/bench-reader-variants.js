#!/usr/bin/env node
/**
 * npm run bench:reader:variants [-- FIRST-LAST] [--variants margin,zenkaku,…] [--quiet]: the reader's figures on
 * variants of the hold-out sets' workbooks (test/reader/variants): the same sheets moved or written the way another
 * office writes them, scored against the same facts. Runs the TypeScript sources directly, as bench-reader-holdout.js.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
  });
  module._compile(out.outputText, filename);
};

process.chdir(root);
require('../test/reader/variants/bench.ts')
  .main(process.argv.slice(2))
  .catch((e) => {
    console.error(`bench:reader:variants failed: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  });
