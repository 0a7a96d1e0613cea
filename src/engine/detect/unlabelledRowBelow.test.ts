/** An indicator on two rows, the lower nameless and unlabelled: read as the sheet's 上段／下段 note says, or as targets by a guess. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { Grid } from './grid';
import { rowsNote } from './unlabelledRowBelow';
import { snap } from './testing';

/** 業務指標 on two rows each: the upper the actuals of R3–R5, the lower the targets of R3–R5 and R8 (最終目標). */
const sheet = (note: CellValue, lower: (r: number) => CellValue[] = () => [], top: CellValue[][] = []) =>
  snap(
    '進捗状況',
    [
      ['上下水道ビジョン　業務指標の進捗状況（令和5年度）', null, null, null, null, null, note],
      ['No.', '業務指標', '単位', '令和3年度', '令和4年度', '令和5年度', '令和8年度\n（最終目標）', '備考'],
      [1, '水洗化率', '％', 95.2, 95.6, 96.1, null, null],
      [null, null, null, 95.5, 96.0, 96.5, 98.0, ...lower(0)],
      [2, '有収率', '％', 89.8, 90.3, 91.2, null, null],
      [null, null, null, 90.0, 90.5, 91.0, 92.0, ...lower(1)],
      [3, '不明水率', '％', 18.4, 17.9, 19.6, null, '削減を目指す'],
      [null, null, null, 18.0, 17.0, 16.0, 13.0, ...lower(2)],
      ...top,
    ],
    { merges: ['A3:A4', 'A5:A6', 'A7:A8'] },
  );

const read = (s: ReturnType<typeof sheet>) => {
  const { report } = checkWorkbook({ sheets: [s] }, {});
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => ('reason' in f.params ? [f.params.reason, f.params.cells] : null));
  return { rows: report.indicators.map((i) => [i.name, i.target, i.actual, i.grade]), guesses };
};

const RIGHT = [
  ['水洗化率', 96.5, 96.1, 'B'],
  ['有収率', 91.0, 91.2, 'A'],
  ['不明水率', 16.0, 19.6, 'B'],
];

test('the note 「（上段：実績値／下段：目標値）」: each lower row gives the year’s target, no guess', () => {
  expect(read(sheet('（上段：実績値／下段：目標値）'))).toEqual({ rows: RIGHT, guesses: [] });
});

test('the note the other way round, 「上段は目標、下段は実績」: the upper rows are the targets, the lower the actuals', () => {
  const s = snap('KPI', [
    ['※上段は目標、下段は実績'],
    ['指標', '単位', '令和4年度', '令和5年度'],
    ['転入者数', '人', 420, 440],
    [null, null, 398, 427],
    ['移住相談件数', '件', 70, 80],
    [null, null, 72, 63],
  ]);
  expect(read(s).rows).toEqual([
    ['転入者数', 440, 427, 'B'],
    ['移住相談件数', 80, 63, 'C'],
  ]);
});

test('no note, the lower rows filling the 最終目標 column the upper ones leave blank: read as the targets, a guess naming the cells', () => {
  const { rows, guesses } = read(sheet(null));
  expect(rows).toEqual(RIGHT);
  expect(guesses[0]).toEqual(['targets-row-below', ['D4', 'E4', 'F4', 'G4']]);
  expect(guesses).toHaveLength(3);
});

test('no note and the final targets written on the upper rows: the lower rows are not taken as targets', () => {
  const s = snap('進捗状況', [
    ['業務指標の進捗状況（令和5年度）'],
    ['No.', '業務指標', '単位', '令和3年度', '令和4年度', '令和5年度', '令和8年度\n（最終目標）'],
    [1, '水洗化率', '％', 95.2, 95.6, 96.1, 98.0],
    [null, null, null, 100.3, 100.4, 100.5, null],
    [2, '有収率', '％', 89.8, 90.3, 91.2, 92.0],
    [null, null, null, 101.1, 100.6, 101.0, null],
  ]);
  expect(read(s)).toEqual({
    rows: [
      ['水洗化率', 98.0, 96.1, 'B'],
      ['有収率', 92.0, 91.2, 'B'],
    ],
    guesses: [],
  });
});

test('a lower row with a word outside the year columns is not a nameless figure row: its indicator keeps the upper row alone', () => {
  const s = sheet('（上段：実績値／下段：目標値）', (i) => [i === 0 ? '大雨の影響' : null]);
  expect(read(s).rows[0]).toEqual(['水洗化率', null, 96.1, null]);
  expect(read(s).rows[1]).toEqual(RIGHT[1]);
});

test.each([
  ['（上段：実績値／下段：目標値）', { upper: 'actual', lower: 'target', cell: 'A2' }],
  ['※上段は目標値、下段は実績値を記載', { upper: 'target', lower: 'actual', cell: 'A2' }],
  ['上段：計画値　下段：実績値', { upper: 'expected', lower: 'actual', cell: 'A2' }],
  ['（上段：件数／下段：金額）', null],
  ['上段：実績値／下段：実績値（確定）', null],
  ['下段の表は参考値', null],
])('the note %s', (text, note) => {
  expect(rowsNote(new Grid(snap('S', [['表'], [text]])))).toEqual(note);
});

test('with the note, a final target written on the upper row with the lower cell blank stays the target, as headed', () => {
  const s = snap('進捗状況', [
    ['業務指標の進捗状況（令和5年度）　（上段：実績値／下段：目標値）'],
    ['No.', '業務指標', '単位', '令和4年度', '令和5年度', '令和8年度（最終目標）'],
    [1, '水洗化率', '％', 95.6, 96.1, 98.0],
    [null, null, null, 96.0, null, null],
    [2, '有収率', '％', 90.3, 91.2, null],
    [null, null, null, 90.5, 91.0, 92.0],
  ]);
  expect(read(s).rows).toEqual([
    ['水洗化率', 98.0, 96.1, 'B'],
    ['有収率', 91.0, 91.2, 'A'],
  ]);
});
