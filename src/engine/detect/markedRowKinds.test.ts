/**
 * Rows per indicator told apart by a 区分 column whose kinds carry list marks (①見込み量… / (2) 目標 / (3) 実績, 1. 2. 3.):
 * the mark is decoration, the 実績 row is the actual, the 目標 row the target; an estimate row (量の見込み) is neither.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

function sheet(kinds: [string, string, string]) {
  const rows: (string | number | null)[][] = [
    ['学童保育の整備状況（令和4年度実績）', null, null, null, null, null],
    ['項目', '区分', '単位', '令和3年度', '令和4年度', '令和5年度'],
  ];
  const figures: [string, string, (number | null)[][]][] = [
    [
      '放課後子ども教室の登録児童数',
      '人',
      [
        [410, 420, 430],
        [400, 440, 460],
        [395, 431, null],
      ],
    ],
    [
      'ファミリー・サポート・センターの活動件数',
      '件',
      [
        [2600, 2700, 2800],
        [2500, 2600, 2700],
        [2210, 2388, null],
      ],
    ],
  ];
  const merges: string[] = [];
  for (const [name, unit, vals] of figures) {
    const r = rows.length + 1;
    merges.push(`A${r}:A${r + 2}`, `C${r}:C${r + 2}`);
    kinds.forEach((k, i) => rows.push([i === 0 ? name : null, k, i === 0 ? unit : null, ...vals[i]]));
  }
  return snap('事業', rows, { merges });
}

test.each([
  [['①量の見込み', '②確保方策（目標）', '③実績'] as [string, string, string]],
  [['(1) 見込量の推計', '(2) 目標', '(3) 実績'] as [string, string, string]],
  [['1. 利用見込み', '2. 目標値', '3. 実績値'] as [string, string, string]],
])('the marked 実績 row is the actual and the marked 目標 row the target: %j', (kinds) => {
  const { report } = checkWorkbook({ sheets: [sheet(kinds)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['放課後子ども教室の登録児童数', '人', 440, 431],
    ['ファミリー・サポート・センターの活動件数', '件', 2600, 2388],
  ]);
});
