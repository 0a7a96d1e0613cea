/** A project's title line with a labelled cost beside it heads the project's indicator table; it is never an indicator. */
import { checkWorkbook } from '../actions/check';
import { holdsCost } from './costHeadings';
import { snap } from './testing';

const read = (values: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('成果', values)] }, {}).report.indicators;

const head = ['指標', '令和５年度目標', '令和５年度実績', '単位'];
const projects = (cost: string) => [
  ['（１）市民プール運営事業', null, null, cost],
  head,
  ['プール利用者数', 42000, 40110, '人'],
  [null, null, null, null],
  ['（２）スポーツ教室開催事業', null, null, cost],
  ['教室参加者数', 900, 955, '人'],
  ['教室の開催回数', 60, 58, '回'],
];

test('a title with 決算額 in the unit column between two tables is not an indicator', () => {
  const names = read(projects('決算額　12,400千円')).map((i) => i.name);
  expect(names).toEqual(['プール利用者数', '教室参加者数', '教室の開催回数']);
});

test('予算額 / 事業費 with a colon count as a cost too; a plain text there still makes the row an indicator', () => {
  expect(read(projects('事業費：1,200万円')).map((i) => i.name)).not.toContain('スポーツ教室開催事業');
  const plain = read(projects('人')).map((i) => i.name);
  expect(plain).toContain('スポーツ教室開催事業');
});

test('a row with a figure in its value columns beside a cost is still read', () => {
  const rows = projects('決算額　12,400千円');
  rows[4] = ['教室の満足度', 80, 83, '予算額 500千円'];
  expect(read(rows).map((i) => i.name)).toContain('教室の満足度');
});

test('holdsCost: a labelled money amount, not a word or an unlabelled figure', () => {
  expect(holdsCost('決算額　15,630千円')).toBe(true);
  expect(holdsCost('予算額（当初）：2,000万円')).toBe(true);
  expect(holdsCost('事業費の削減額')).toBe(false);
  expect(holdsCost('15,630千円')).toBe(false);
  expect(holdsCost('決算額')).toBe(false);
});

test('a cost written across cells (事業費 | 3,450 | 千円) inside a project block is no indicator, whichever column holds the figure', () => {
  const rows: (string | number | null)[][] = [
    ['事業名', '読書推進事業', null, null, null],
    ['区分', '指標', '単位', '令和５年度目標', '令和５年度実績'],
    [null, '図書館利用者数', '人', 50000, 48210],
    [null, null, null, null, null],
    ['事業名', '学習講座事業', null, null, null],
    ['事業費', '3,450', '千円', '（内訳）一般財源', null],
    [null, '講座参加者数', '人', 600, 640],
  ];
  expect(read(rows).map((i) => i.name)).toEqual(['図書館利用者数', '講座参加者数']);
  // Without the money unit the figure is no cost: the row stays a row of the table.
  rows[5] = ['事業費', '3,450', '件', '（内訳）一般財源', null];
  expect(read(rows).map((i) => i.name)).toContain('3,450');
});

test('a row named by a cost label alone (事業費（千円） over its 予算額 / 決算額 figures) is a cost line, never an indicator', () => {
  const rows = [
    ['事業名', '指標名／事業費', '目標（予算額）', '実績（決算額）'],
    ['図書館運営事業', '事業費（千円）', 12000, 11850],
    [null, '図書館の貸出冊数', 300000, 291000],
    ['公民館講座事業', '決算額', 3000, 2760],
    [null, '講座の受講者数', 800, 845],
    ['合計', '事業費（千円）', 15000, 14610],
  ];
  expect(read(rows).map((i) => [i.name, i.target, i.actual])).toEqual([
    ['図書館の貸出冊数', 300000, 291000],
    ['講座の受講者数', 800, 845],
  ]);
});

test('a うち row under a cost line (事業費 | 千円, うち国庫補助) is a part of the cost, no indicator (review rv44)', () => {
  const cost = (part: string, unit: string) => [
    ['３　事業費の状況（令和６年度）'],
    ['区分', '単位', '目標', '実績', '差'],
    ['事業費', '千円', 12000, 11500, -500],
    [part, unit, 6000, 5800, -200],
    ['防災訓練参加者数', '人', 1000, 800, -200],
  ];
  expect(read(cost('うち国庫補助', '千円')).map((i) => i.name)).toEqual(['防災訓練参加者数']);
  // A row under the cost line that is no part of it is read; so is a うち row counting something else (review rv45).
  expect(read(cost('避難所の耐震化率', '％')).map((i) => i.name)).toEqual(['避難所の耐震化率', '防災訓練参加者数']);
  expect(read(cost('うち補助対象件数', '件')).map((i) => i.name)).toEqual(['うち補助対象件数', '防災訓練参加者数']);
});

test('cost labels each with a bare amount beside them (予算額 | 92000 | 決算額 | 89540) are the cost, not an indicator', () => {
  const card = (row: (string | number)[]) => [
    ['区分', '指標名', '単位', '令和5年度目標', '令和5年度実績'],
    ['成果指標', '販売冊数', '冊', 20000, 19412],
    ['■事業費（単位：千円）'],
    row,
  ];
  expect(read(card(['予算額', 92000, '決算額', 89540, '不用額', 2460])).map((i) => i.name)).toEqual(['販売冊数']);
  // One label alone is no pair of labels: a row naming a count beside a cost label is still read.
  expect(read(card(['成果指標', '相談件数', '件', 300, 280])).map((i) => i.name)).toEqual(['販売冊数', '相談件数']);
});

test('an indicator’s row with cost pairs beside its figures (… | 20000 | 19412 | 予算額 | 92000 | 決算額 | 89540) is still read (review rv55)', () => {
  const rows = [
    ['指標名', '単位', '令和5年度目標', '令和5年度実績', null, '事業費（千円）'],
    ['販売冊数', '冊', 20000, 19412, null, '予算額', 92000, '決算額', 89540],
    ['講座参加者数', '人', 500, 310, null, '当初予算', 95000, '執行額', 89540],
    ['相談件数', '件', 300, 280],
  ];
  expect(read(rows).map((i) => [i.name, i.target, i.actual])).toEqual([
    ['販売冊数', 20000, 19412],
    ['講座参加者数', 500, 310],
    ['相談件数', 300, 280],
  ]);
});
