/**
 * What `npm install evalsheet` brings for the command line: the production dependencies only
 * (commander, exceljs, jszip and theirs). React and Fluent UI are devDependencies, bundled into the
 * task pane by webpack (dist/), never loaded by lib/. Checked three ways: npm's own production tree,
 * the requires of the compiled lib/, and the packed package run from a folder holding nothing but
 * the production tree (copied from node_modules: no registry needed).
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const PANE_ONLY = /^(react|react-dom|scheduler|@fluentui\/.*|@griffel\/.*)$/;
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; paneDependencies: string[] };

function npm(args: string[], cwd = ROOT): string {
  try {
    return execFileSync('npm', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    const out = (e as { stdout?: string }).stdout;
    if (out) return out; // npm ls exits 1 on peer-dependency notes; its output is still complete
    throw e;
  }
}

/** The production tree's folders, relative to the project (node_modules/…), from npm ls. */
function productionFolders(): string[] {
  return npm(['ls', '--omit=dev', '--all', '--parseable'])
    .split('\n')
    .map((line) => path.relative(ROOT, line.trim()).split(path.sep).join('/'))
    .filter((f) => f.startsWith('node_modules/'));
}

function packageName(specifier: string): string {
  return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'lib/cli/main.js'))) throw new Error('lib/ is missing: run npm run build:lib (npm test does)');
});

test('the production tree holds no React or Fluent UI, which are devDependencies listed as paneDependencies', () => {
  const folders = productionFolders();
  expect(folders).toContain('node_modules/exceljs');
  expect(folders).toContain('node_modules/commander');
  expect(folders.filter((f) => PANE_ONLY.test(f.replace(/^.*node_modules\//, '')))).toEqual([]);
  for (const name of pkg.paneDependencies) expect([name, pkg.dependencies[name]]).toEqual([name, undefined]);
});

test('lib/ (what the command line runs) requires only production dependencies and Node built-ins', () => {
  const required = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.js')) {
        for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:require|import)\((["'])([^"'.][^"']*)\1\)/g)) {
          required.set(packageName(m[2]), path.relative(ROOT, file));
        }
      }
    }
  };
  walk(path.join(ROOT, 'lib'));
  expect(required.has('exceljs')).toBe(true); // the scan sees the requires tsc writes
  const builtins = new Set(builtinModules);
  const foreign = [...required].filter(([name]) => !name.startsWith('node:') && !builtins.has(name) && !(name in pkg.dependencies));
  expect(foreign).toEqual([]);
});

test('the packed package runs from a folder holding only the production tree', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'evalsheet-install-'));
  try {
    // --ignore-scripts: no `prepare` (which rebuilds lib/ while other tests may be using it).
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir])) as { filename: string }[];
    const installed = path.join(dir, 'node_modules', 'evalsheet');
    await fs.mkdir(installed, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(dir, packed.filename), '-C', installed, '--strip-components=1']);
    // The production tree as npm would install it (hoisted folders; nested ones come with their parent).
    for (const folder of productionFolders().filter((f) => f.split('node_modules/').length === 2)) {
      await fs.cp(path.join(ROOT, folder), path.join(dir, folder), { recursive: true });
    }
    const evalsheet = (...args: string[]) =>
      execFileSync(process.execPath, [path.join(installed, 'bin/evalsheet.js'), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, EVALSHEET_LANG: 'ja' },
      });
    expect(evalsheet('--help')).toContain('例：');
    expect(evalsheet('template', '-o', 'ひな形.xlsx', '--sample')).toContain('ひな形を作成しました');
    expect(evalsheet('rate', 'ひな形.xlsx', '-o', '評価済.xlsx')).toContain('評価サマリー');
    // Nothing of the pane is there to be loaded by accident.
    const resolves = (name: string) => {
      try {
        execFileSync(process.execPath, ['-e', `require.resolve(${JSON.stringify(name)})`], { cwd: installed, stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    };
    expect([resolves('exceljs'), resolves('react'), resolves('@fluentui/react-components')]).toEqual([true, false, false]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}, 120000);
