import { checkWorkbook } from '../actions/check';
import type { CellValue, SheetSnapshot } from '../model/port';
import { findPeriod, type Period } from './periods';
import { bestStanding, byStanding, yearStanding } from './yearStanding';

const p = (text: string): Period => findPeriod(text)!.period;

describe('yearStanding: which of a fiscal year’s periods stands for the year', () => {
  test('the closing month-end and a year column stand for the year; a month-end inside it does not', () => {
    const fy = p('令和5年度');
    expect(fy.fiscalYear).toBe(2023);
    expect(yearStanding(p('令和6年3月末'), fy)).toBe(2);
    expect(yearStanding(p('令和5年度'), fy)).toBe(2);
    expect(yearStanding(p('令和5年9月末'), fy)).toBe(1);
    expect(yearStanding(p('令和5年12月末'), fy)).toBe(1);
  });

  test('a month-end evaluated as the period itself stands first', () => {
    const sept = p('令和5年9月末');
    expect(yearStanding(p('令和5年9月末'), sept)).toBe(3);
    expect(yearStanding(p('令和6年3月末'), sept)).toBe(2);
  });

  test('bestStanding keeps only the best; byStanding orders best first, stable otherwise', () => {
    const pts = ['2023年6月末', '2023年9月末', '2024年3月末', '2023年12月末'].map((t) => ({ id: t, period: p(t) }));
    const fy = p('2023年度');
    expect(bestStanding(pts, fy).map((x) => x.id)).toEqual(['2024年3月末']);
    expect(byStanding(pts, fy).map((x) => x.id)).toEqual(['2024年3月末', '2023年6月末', '2023年9月末', '2023年12月末']);
    expect(bestStanding(pts.slice(0, 2), fy).map((x) => x.id)).toEqual(['2023年6月末', '2023年9月末']);
  });
});

function sheet(name: string, values: (CellValue | null)[][], merges: string[]): SheetSnapshot {
  return { name, visibility: 'visible', protected: false, top: 1, left: 1, values, merges };
}

describe('a table of month-end columns: the fiscal year is read from its closing 3月末, not a half-year column', () => {
  // The half-year column stands between the years, its figures about half the year's; the period is stated.
  const table = sheet(
    '進捗',
    [
      ['評価対象年度：2023年度'],
      [],
      ['指標', '単位', '2023年3月末', null, '2023年9月末', null, '2024年3月末', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
      ['登録事業者数', '社', 40, 41, 22, 25, 48, 44],
      ['講習会回数', '回', 10, 12, 5, 6, 12, 12],
    ],
    ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3'],
  );

  test('targets and actuals of the year are the 2024年3月末 ones, with no column guessed', () => {
    const { report } = checkWorkbook({ sheets: [table] });
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
      ['登録事業者数', 48, 44],
      ['講習会回数', 12, 12],
    ]);
    expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });
});

describe('the year’s closing column still blank, a half-year column filled', () => {
  const table = sheet(
    '進捗',
    [
      ['評価対象年度：2023年度'],
      [],
      ['指標', '単位', '2023年3月末', null, '2023年9月末', null, '2024年3月末', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
      ['登録事業者数', '社', 40, 41, 22, 25, 48, null],
    ],
    ['A3:A4', 'B3:B4', 'C3:D3', 'E3:F3', 'G3:H3'],
  );

  test('the half-year actual is compared with the half-year target, and the reading is flagged naming both columns', () => {
    const { report } = checkWorkbook({ sheets: [table] });
    expect(report.indicators.map((i) => [i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([[22, 25, 'E5', 'F5']]);
    const guess = report.findings.find((f) => f.code === 'reading-uncertain');
    expect(guess?.params).toMatchObject({ reason: 'column-chosen', cells: ['F5', 'H5'] });
  });
});
