/**
 * Test support (test/support: the fake Excel, the sample workbook builders) stays apart from the
 * product: no product file imports it, its files import each other without a circle (type-only
 * imports count: a circle is a circle to a reader), and the fake keeps one Office object per file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const SUPPORT = path.join(ROOT, 'test', 'support');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

/** The files a module imports by a relative path (import, import type, export … from, require). */
function relativeImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const base = path.resolve(path.dirname(file), name);
      return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => existsSync(f)) ?? base;
    });
}

/** Every import circle among the files, each as the list of files around it. */
function circles(files: string[], importsOf: (file: string) => string[] = relativeImports): string[][] {
  const edges = new Map(files.map((f) => [f, importsOf(f).filter((g) => files.includes(g))]));
  const state = new Map<string, 'open' | 'done'>();
  const found: string[][] = [];
  const visit = (f: string, trail: string[]): void => {
    state.set(f, 'open');
    for (const g of edges.get(f) ?? []) {
      if (state.get(g) === 'open') found.push([...trail.slice(trail.indexOf(g)), f, g].map((x) => path.relative(ROOT, x)));
      else if (!state.has(g)) visit(g, [...trail, f]);
    }
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f, []);
  return found;
}

describe('test support', () => {
  const support = filesUnder(SUPPORT);

  test('has the fake Excel and the sample builders', () => {
    const names = support.map((f) => path.relative(SUPPORT, f).split(path.sep).join('/'));
    expect(names).toEqual(expect.arrayContaining(['fakeExcel/index.ts', 'fakeExcel/range.ts', 'fakeExcel/worksheet.ts', 'samples/demoWorkbook.ts']));
  });

  test('no product file in src/ imports it (only tests beside modules may)', () => {
    const product = filesUnder(path.join(ROOT, 'src')).filter((f) => !/\.test\.tsx?$/.test(f));
    const offenders = product.filter((f) => relativeImports(f).some((g) => g.startsWith(SUPPORT + path.sep)));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  test('its files import each other without a circle', () => {
    expect(circles(support)).toEqual([]);
  });

  test('the circle finder finds one, type-only imports included', () => {
    const dir = path.join(SUPPORT, 'fakeExcel');
    const [data, cells, range] = ['workbookData.ts', 'cells.ts', 'range.ts'].map((f) => path.join(dir, f));
    expect(relativeImports(cells)).toContain(data); // `import type` from workbookData.ts
    // As fakeFile.ts and fakeExcel.ts were: each imported the other.
    const edges = new Map([
      [data, [cells]],
      [cells, [data]],
      [range, [cells]],
    ]);
    expect(circles([range, data, cells], (f) => edges.get(f) ?? [])).toEqual([
      ['test/support/fakeExcel/cells.ts', 'test/support/fakeExcel/workbookData.ts', 'test/support/fakeExcel/cells.ts'],
    ]);
  });

  test('no file of the fake is over 400 lines', () => {
    const long = support.filter((f) => readFileSync(f, 'utf8').split('\n').length > 400).map((f) => path.relative(ROOT, f));
    expect(long).toEqual([]);
  });
});
