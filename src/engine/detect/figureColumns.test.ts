/** A column headed as names (成果指標, KPI) whose cells hold figures with units is a value column; the name column of words keeps the names. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (values: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('取組', values)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual]);

test('成果指標（目標） over 「利用者数 1,200人」 is the target column; 取組名 names the rows', () => {
  expect(
    read([
      ['令和5年度 重点取組の実績', null, null, null],
      ['取組名', '成果指標（目標）', '実績（R5）', '所管課'],
      ['子育てサロン運営', '利用者数 1,200人', '1,350人', '子育て支援課'],
      ['読書推進キャンペーン', '貸出冊数 50,000冊', '46,800冊', '図書館'],
      ['空き家改修補助', '補助件数 10件以上', '7件', '都市計画課'],
      ['移動図書館の運行', '－', '集計中', '図書館'],
    ]),
  ).toEqual([
    ['子育てサロン運営', '人', 1200, 1350],
    ['読書推進キャンペーン', '冊', 50000, 46800],
    ['空き家改修補助', '件', 10, 7],
    ['移動図書館の運行', null, null, null],
  ]);
});

test('a figures column under a name heading that says 実績 is the actual column', () => {
  expect(
    read([
      ['施策名', '活動指標（R5実績）', '目標値（R5）'],
      ['防災訓練の実施', '参加者 820人', 1000],
      ['自主防災組織の育成', '結成数 34団体', 40],
    ]),
  ).toEqual([
    ['防災訓練の実施', '人', 1000, 820],
    ['自主防災組織の育成', '団体', 40, 34],
  ]);
});

test('two name headings over words: neither is taken for figures', () => {
  const names = read([
    ['施策名', '指標名', '目標値（R5）', '実績（R5）'],
    ['防災力の向上', '防災訓練の参加者数', 1000, 820],
    ['地域の見守り', '見守り協定の締結数', 40, 34],
  ]).map((r) => r[0]);
  expect(names).toEqual(['防災訓練の参加者数', '見守り協定の締結数']);
});
