#!/usr/bin/env node
/**
 * npm run bench:reader:holdout[2|3|4]: the reader's figures on a hold-out set (test/reader/holdout, holdout2, …);
 * the set's number is the first argument (none: the first set).
 * Runs the TypeScript sources directly: each .ts file is transpiled on load with the project's
 * TypeScript (no type check, no build needed). `--write DIR` also writes the workbooks and their facts.
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

const args = process.argv.slice(2);
const set = /^([2-9]|[1-9][0-9]{1,2})$/.test(args[0] ?? '') ? args.shift() : '';
process.chdir(root);
require(`../test/reader/holdout${set}/bench.ts`)
  .main(args)
  .catch((e) => {
    console.error(`bench:reader:holdout${set} failed: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  });
