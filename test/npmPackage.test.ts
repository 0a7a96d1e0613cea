/**
 * The published package (package.json "files": bin, lib, assets, manifest.xml) carries the product
 * only: the fake Excel and the sample, bench and hostile workbook builders live in test/support/ and
 * are compiled, for the bench and demo scripts, into build/support/ by tsconfig.support.json.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const TEST_SUPPORT = /(^|\/)(fake-?excel|samples|support)(\/|$)|fakeExcel|fakeFile|demoWorkbook|benchWorkbook|hostileWorkbooks|submissions\.js/i;

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 << 20 });
}

describe('the published package', () => {
  test('the library build compiles no test support file, and no product file imports one', () => {
    const listed = run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--listFilesOnly'])
      .split('\n')
      .map((f) => path.relative(ROOT, f.trim()).split(path.sep).join('/'))
      .filter((f) => f && !f.startsWith('..') && !f.startsWith('node_modules/'));
    expect(listed).toContain('src/cli/main.ts');
    expect(listed.filter((f) => f.startsWith('test/') || TEST_SUPPORT.test(f))).toEqual([]);
  });

  test('`npm pack` would publish lib/ without the fake Excel or the sample workbooks', () => {
    // --ignore-scripts: no `prepare` (which rebuilds lib/ while other tests may be using it).
    const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'])) as { files: { path: string }[] }[];
    const files = pack.files.map((f) => f.path);
    expect(files).toContain('lib/cli/main.js');
    expect(files).toContain('lib/engine/index.js');
    expect(files.filter((f) => TEST_SUPPORT.test(f) || f.startsWith('test/') || f.startsWith('build/'))).toEqual([]);
  });
});
