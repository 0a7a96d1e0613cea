/**
 * Every Excel JavaScript API member the Office.js adapter uses needs at most the manifest's minimum
 * requirement set, or sits behind an isSetSupported check (rules in apiSetUses.ts). The sets come
 * from @types/office-js's `[Api set: ExcelApi 1.x]` notes, the minimum from manifest.xml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { apiUsesAbove, versionText, type ApiSet, type ApiUse } from './apiSetUses';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '../..');
const ADAPTER = path.join(ROOT, 'src/adapters/officejs');

function manifestMinimum(): ApiSet {
  const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="(\d+)\.(\d+)"/.exec(xml);
  if (!m) throw new Error('manifest.xml has no <Set Name="ExcelApi" MinVersion="…"/>');
  return { set: 'ExcelApi', version: [Number(m[1]), Number(m[2])] };
}

const adapterSources = () =>
  readdirSync(ADAPTER, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(ADAPTER, f));

const where = (u: ApiUse) => `${u.file}:${u.line} ${u.member} (${u.set} ${versionText(u.version)})`;

describe('the Office.js adapter', () => {
  const min = manifestMinimum();
  const { uses, all } = apiUsesAbove(adapterSources(), min);

  test('the manifest asks for ExcelApi 1.13', () => {
    expect(versionText(min.version)).toBe('1.13');
  });

  test('the annotations are read: members of 1.1 to 1.13 the adapter relies on are found with their sets', () => {
    const setOf = (member: string) => all.find((u) => u.member === member);
    expect(setOf('Range.getMergedAreasOrNullObject')).toMatchObject({ set: 'ExcelApi', version: [1, 13] });
    expect(setOf('Worksheet.getRanges')).toMatchObject({ set: 'ExcelApi', version: [1, 9] });
    expect(setOf('Range.getCellProperties')).toMatchObject({ set: 'ExcelApi', version: [1, 9] });
    expect(setOf('Application.suspendScreenUpdatingUntilNextSync')).toMatchObject({ set: 'ExcelApi', version: [1, 9] });
    expect(setOf('DataValidationRule.list')).toMatchObject({ set: 'ExcelApi', version: [1, 8] });
    expect(new Set(all.map((u) => u.member)).size).toBeGreaterThan(40);
  });

  test('uses nothing above the minimum outside an isSetSupported guard', () => {
    expect(uses.filter((u) => !u.guarded).map(where)).toEqual([]);
  });
});

describe('the check can fail', () => {
  const fixtures = path.join(__dirname, 'fixtures');
  const { uses } = apiUsesAbove([path.join(fixtures, 'unguarded.ts'), path.join(fixtures, 'guarded.ts')], { set: 'ExcelApi', version: [1, 13] });
  const marked = (file: string) =>
    readFileSync(path.join(fixtures, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.trimEnd().endsWith('// unguarded') ? [i + 1] : []));

  test('every unguarded use of ExcelApi 1.19 / 1.20 in the fixture is reported, at its line', () => {
    const reported = uses.filter((u) => !u.guarded && u.file.endsWith('unguarded.ts'));
    expect(reported.map((u) => u.line)).toEqual(marked('unguarded.ts'));
    expect(reported.map((u) => u.member)).toEqual([
      'Workbook.getActiveShapeOrNullObject',
      'Workbook.getActiveShapeOrNullObject',
      'Workbook.getActiveShapeOrNullObject',
      'Workbook.getActiveShapeOrNullObject',
      'Workbook.getActiveShapeOrNullObject',
      'Workbook.getActiveShapeOrNullObject',
      'Workbook.getActiveShapeOrNullObject',
      'RunOptions.mergeUndoGroup',
      'activeShape',
    ]);
  });

  test('the guarded forms (if, &&, early return, else of a negation, an @apiSet function called behind the check) are not', () => {
    const guarded = uses.filter((u) => u.file.endsWith('guarded.ts') && !u.file.endsWith('unguarded.ts'));
    expect(guarded.length).toBeGreaterThanOrEqual(6);
    expect(guarded.filter((u) => !u.guarded).map(where)).toEqual([]);
  });
});
