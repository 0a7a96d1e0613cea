import { checkWorkbook } from '../actions/check';
import type { CellValue, SheetSnapshot } from '../model/port';
import { labelFormulaPlan } from './formulaPlanHeading';
import { snap } from './testing';
import type { Label } from '../values/labels';

const MONTHS = ['4月', '5月', '6月'];

/** 検査項目 | 単位 | 4月 | 5月 | 6月 | 年度計 | <plan> | 達成率, two rows of figures; `ratio` writes the 達成率 formula of row r. */
function sheet(plan: string, ratio: ((r: number) => string) | null): SheetSnapshot {
  const values: CellValue[][] = [
    ['令和３年度　検査実績（月別）', null, null, null, null, null, null, null],
    ['検査項目', '単位', ...MONTHS, '年度計', plan, '達成率'],
    ['牛ヨーネ病検査', '頭', 180, 220, 205, 605, 700, 605 / 700],
    ['豚熱抗体検査', '頭', 60, 60, 70, 190, 180, 190 / 180],
  ];
  const formulas = values.map((row, i) =>
    row.map((_, c) => (i >= 2 && c === 7 && ratio ? ratio(i + 1) : i >= 2 && c === 5 ? `SUM(C${i + 1}:E${i + 1})` : null)),
  );
  return { ...snap('検査実績', values), formulas };
}

const read = (s: SheetSnapshot) => checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);

describe('a bare 年間計画 the sheet divides the months’ total by', () => {
  test('=F3/G3 under 達成率: 年間計画 is each row’s target', () => {
    expect(read(sheet('年間計画', (r) => `F${r}/G${r}`))).toEqual([
      ['牛ヨーネ病検査', 700, 605],
      ['豚熱抗体検査', 180, 190],
    ]);
  });
  test('as a percentage with $ and =, 年度計画 too', () => {
    expect(read(sheet('年度計画', (r) => `=$F$${r}/$G$${r}*100`)).map((x) => x[1])).toEqual([700, 180]);
  });
  test('counter-example: a year not over (the last month blank in every row) is graded against no plan (review rv74)', () => {
    const open = sheet('年間計画', (r) => `F${r}/G${r}`);
    const values = open.values.map((row, i) => (i >= 2 ? row.map((v, c) => (c === 4 ? null : v)) : row));
    expect(read({ ...open, values }).every((x) => x[1] === null)).toBe(true);
  });
  test('counter-example: the same figures without the formula (a schedule column may be headed so) set no target', () => {
    expect(read(sheet('年間計画', null)).every((x) => x[1] === null)).toBe(true);
  });
  test('counter-example: the plan divided by the total, or a term’s plan, sets no target', () => {
    expect(read(sheet('年間計画', (r) => `G${r}/F${r}`)).every((x) => x[1] === null)).toBe(true);
    expect(read(sheet('年間計画（5か年）', (r) => `F${r}/G${r}`)).every((x) => x[1] === null)).toBe(true);
  });
});

describe('labelFormulaPlan on a row of headings', () => {
  const row = (plan: string): { col: number; text: string; label: Label | null; period: unknown }[] => [
    { col: 1, text: '検査項目', label: null, period: null },
    { col: 2, text: '4月', label: { role: 'part' }, period: null },
    { col: 3, text: '年度計', label: { role: 'actual' }, period: null },
    { col: 4, text: plan, label: null, period: null },
    { col: 5, text: '達成率', label: { role: 'derived' }, period: null },
  ];
  test('labels the plan only when the formula one or two rows down divides C by D on its own row', () => {
    const ok = row('年間計画');
    labelFormulaPlan(ok, 3, (r, c) => (r === 5 && c === 5 ? 'C5/D5' : null));
    expect(ok[3].label).toEqual({ role: 'expected' });
    const otherRow = row('年間計画');
    labelFormulaPlan(otherRow, 3, (r, c) => (r === 4 && c === 5 ? 'C5/D5' : null));
    expect(otherRow[3].label).toBeNull();
  });
  test('a row with no months (no year’s record by months) is left alone', () => {
    const cells = row('年間計画').filter((c) => c.text !== '4月');
    labelFormulaPlan(cells, 3, () => 'C4/D4');
    expect(cells.find((c) => c.text === '年間計画')?.label).toBeNull();
  });
});
