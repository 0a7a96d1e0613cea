import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { isHeadingRow } from './headingRows';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('公民館', rows)] }, {}).report.indicators.map((i) => [i.name, i.target ?? null, i.actual ?? null]);

test('a table of quarters under the indicators, headed 区分 | 第1四半期 … | 計 in the same columns, adds no indicator', () => {
  const rows = [
    ['令和6年度 公民館運営評価'],
    ['成果指標'],
    ['指標', '単位', '目標', '実績', '評価'],
    ['講座参加者数', '人', 4000, 4210, 'A'],
    ['貸館利用件数', '件', 1500, 1320, 'B'],
    [],
    ['四半期別の利用'],
    ['区分', '第1四半期', '第2四半期', '第3四半期', '第4四半期', '計'],
    ['講座参加者数（人）', 1000, 1100, 1050, 1060, 4210],
    ['貸館利用件数（件）', 300, 340, 330, 350, 1320],
  ];
  expect(read(rows)).toEqual([
    ['講座参加者数', 4000, 4210],
    ['貸館利用件数', 1500, 1320],
  ]);
});

describe('isHeadingRow', () => {
  const grid = new Grid(
    snap('表', [
      ['区分', '4月', '5月', '計'],
      ['参加者数', 120, 130, 250],
      ['策定', 'R7', 'R6', null],
      ['参加者数', '4月', 300, null],
      ['満足度', '集計中', '実績', null],
    ]),
  );
  const index = new CellIndex(grid);
  test.each([
    [1, true], // months and their total: headings
    [2, false], // figures
    [3, false], // a milestone's years alone
    [4, false], // a figure beside a heading
    [5, false], // a status word is no heading
  ])('row %i: %s', (row, expected) => expect(isHeadingRow(index, row, [2, 3, 4])).toBe(expected));
});

test('a row naming an indicator with its unit cell filled, its target and actual in words (計画 | 実績), goes on with the table', () => {
  const rows = [
    ['令和6年度 地域福祉の評価'],
    [],
    ['指標名', '単位', '目標値', '実績値'],
    ['見守り訪問件数', '件', 1200, 1100],
    ['地域福祉計画の見直し', '－', '計画', '実績'],
    ['ボランティア登録者数', '人', 300, 320],
  ];
  expect(read(rows).filter(([, t]) => t !== null)).toEqual([
    ['見守り訪問件数', 1200, 1100],
    ['ボランティア登録者数', 300, 320],
  ]);
});
