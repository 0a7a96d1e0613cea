/** One actual cell of 単年度 and 累計 figures: the figure of the basis the indicator's name (or target) names. */
import { checkWorkbook } from '../actions/check';
import { basisPair, namedBasis } from './countingBasisCell';
import { snap } from './testing';

type Cell = string | number | null;

/** A 令和５年度 進捗管理表: 指標 | 単位 | R5目標 | R5実績, one row. */
const read = (name: string, target: Cell, actual: Cell, targetHeading = 'R5目標') => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('進捗管理表', [
          ['介護人材確保対策　進捗管理表（令和５年度実績）'],
          [],
          ['No.', '指標', '単位', 'R4実績', targetHeading, 'R5実績'],
          [1, name, '人', 38, target, actual],
          [2, '介護職員資格取得支援補助件数', '件', 25, 30, 27],
        ]),
      ],
    },
    {},
  ).report;
  const i = report.indicators[0];
  return [i.target, i.actual, i.grade];
};

test('a name marked 累計 takes the 累計 figure of the cell, in either order or with colons', () => {
  expect(read('介護福祉士修学資金貸付者数（累計）', 60, '単年度 14人\n累計 52人')).toEqual([60, 52, 'B']);
  expect(read('介護福祉士修学資金貸付者数（累計）', 60, '累計：52人／単年度：14人')).toEqual([60, 52, 'B']);
});

test('a name marked 単年度, or a target cell marked 累計, names the basis too', () => {
  expect(read('介護福祉士修学資金貸付者数（単年度）', 15, '単年度 14人\n累計 52人')).toEqual([15, 14, 'B']);
  expect(read('介護福祉士修学資金貸付者数', '60（累計）', '単年度 14人\n累計 52人')).toEqual([60, 52, 'B']);
});

test('guards: a name naming neither basis or both, or a name and target that disagree, keep the cell as two figures', () => {
  for (const [name, target] of [
    ['介護福祉士修学資金貸付者数', 60],
    ['介護福祉士修学資金貸付者数（単年度・累計）', 60],
    ['介護福祉士修学資金貸付者数（累計）', '15（単年度）'],
  ] as const)
    expect(read(name, target, '単年度 14人\n累計 52人')[1]).toBeNull();
});

test('only a cell of one single-year and one running-total figure, nothing else, is such a pair', () => {
  expect(basisPair('単年度 14人\n累計 52人')).toEqual(['single', 'total']);
  expect(basisPair('累計：29事業所、単年度：8事業所')).toEqual(['total', 'single']);
  for (const text of ['単年度 14人', '累計 52人 累計 60人', '男性 14人 女性 52人', '単年度 14人 累計 52人 （見込み 60人）', '14人 52人'])
    expect(basisPair(text)).toBeNull();
});

test('review rv80: a count of years (5年間, 3か年間) or 計画期間 in the name is the running total; a bare 年間 gives way to a plain word', () => {
  expect(read('計画期間（5年間）の新規就農者数', 60, '単年度 14人\n累計 52人')).toEqual([60, 52, 'B']);
  expect(read('3か年間の新規就農者数', 60, '単年度 14人\n累計 52人')).toEqual([60, 52, 'B']);
  expect(read('年間パスポート発行枚数', '5,000（累計）', '単年度 1,150枚\n累計 4,950枚')).toEqual([5000, 4950, 'B']);
  expect(read('年間利用者数', 15, '単年度 14人\n累計 52人')).toEqual([15, 14, 'B']);
  expect(namedBasis('計画期間中の新規就農者数（年間）')).toBe('total');
  expect(namedBasis('２０２３年度の年間利用者数')).toBe('yearly');
  expect(namedBasis('年間パスポート発行枚数')).toBe('yearly');
});

test('review rv80: the target column heading names the basis; 今年度 / 本年度 label the year; a target cell of both bases is read too', () => {
  expect(read('介護福祉士修学資金貸付者数', 60, '単年度 14人\n累計 52人', 'R5目標\n（累計）')).toEqual([60, 52, 'B']);
  expect(read('介護福祉士修学資金貸付者数', 15, '単年度 14人\n累計 52人', 'R5目標\n（単年度）')).toEqual([15, 14, 'B']);
  expect(read('介護福祉士修学資金貸付者数（累計）', 60, '今年度：14人／累計：52人')).toEqual([60, 52, 'B']);
  expect(read('介護福祉士修学資金貸付者数（累計）', 60, '本年度 14人\n累計 52人')).toEqual([60, 52, 'B']);
  expect(read('介護福祉士修学資金貸付者数（累計）', 60, '当該年度分 14人\n累計 52人')).toEqual([60, 52, 'B']);
  expect(read('介護福祉士修学資金貸付者数（累計）', '単年度 15人\n累計 60人', '単年度 14人\n累計 52人')).toEqual([60, 52, 'B']);
  expect(read('介護福祉士修学資金貸付者数（単年度）', '単年度 15人\n累計 60人', '単年度 14人\n累計 52人')).toEqual([15, 14, 'B']);
});

test('review rv80 guards: a heading disagreeing with the name, or a name of both ways, keeps the cell as two figures', () => {
  expect(read('介護福祉士修学資金貸付者数（単年度）', 60, '単年度 14人\n累計 52人', 'R5目標\n（累計）')[1]).toBeNull();
  expect(read('計画期間中の単年度新規就農者数', 60, '単年度 14人\n累計 52人')[1]).toBeNull();
  expect(read('介護福祉士修学資金貸付者数', '単年度 15人\n累計 60人', '単年度 14人\n累計 52人')[1]).toBeNull();
});

test('review rv80: the 累計 figure taken from its pair against a target marked 累計 is the total against the total, no guess', () => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('進捗管理表', [
          ['観光振興　進捗管理表（令和５年度実績）'],
          [],
          ['No.', '指標', '単位', 'R4実績', 'R5目標', 'R5実績'],
          [1, '年間パスポート発行枚数', '枚', 3800, '5,000（累計）', '単年度 1,150枚\n累計 4,950枚'],
          [2, '観光案内所利用者数', '人', 21000, 24000, 22870],
        ]),
      ],
    },
    {},
  ).report;
  const i = report.indicators[0];
  expect([i.target, i.actual, i.grade, i.guesses ?? []]).toEqual([5000, 4950, 'B', []]);
});

test('review rv81: an event’s 期間中 (さくらまつり期間中の来場者数) is no plan’s span, never the 累計 (A): the year’s target, below the total before the year, takes 今年度', () => {
  expect(read('さくらまつり期間中の来場者数', 15000, '今年度 12,000人／累計 45,000人')).toEqual([15000, 12000, 'B']);
  expect(namedBasis('さくらまつり期間中の来場者数')).toBeNull();
  expect(namedBasis('計画の期間中の新規就農者数')).toBe('total');
});

test('review rv81: the plan’s span target beside the year’s (計画期間目標（R3～R7累計） | R5目標) names no basis for the year’s pair', () => {
  const rows = [
    ['令和5年度 成果指標'],
    ['指標名', '単位', '計画期間目標（R3～R7累計）', 'R5目標', 'R5実績'],
    ['新規就農者数', '人', 60, 12, '単年度 11人\n累計 35人'],
  ];
  const ind = checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report.indicators[0];
  expect(ind.grade).toBe('B');
  expect(ind.actual).not.toBe(35);
});

test('review rv81 item 1: a target naming no basis below the running total reached before the year (累計 less 単年度) is the year’s own', () => {
  expect(read('新規就農者数', 12, '単年度 11人\n累計 35人')).toEqual([12, 11, 'B']);
  expect(read('新規就農者数', 12, '累計：35人／単年度：11人')).toEqual([12, 11, 'B']);
  const rows = [
    ['令和5年度 成果指標'],
    ['指標名', '単位', '計画期間目標（R3～R7累計）', 'R5目標', 'R5実績'],
    ['新規就農者数', '人', 60, 12, '単年度 11人\n累計 35人'],
  ];
  const ind = checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report.indicators[0];
  expect([ind.target, ind.actual, ind.grade]).toEqual([12, 11, 'B']);
});

test('review rv81 item 1 guards: a target at or above the total before the year, or a name of both ways, keeps the two figures', () => {
  expect(read('新規就農者数', 24, '単年度 11人\n累計 35人')[1]).toBeNull();
  expect(read('新規就農者数（単年度・累計）', 12, '単年度 11人\n累計 35人')[1]).toBeNull();
});

test('review rv82a item 1: a target below the total before the year but nearer the 累計 is a running total already passed: the 累計', () => {
  const rows = (head: string[], target: number, actual: string) => [
    ['令和5年度 成果指標'],
    ['指標名', '単位', ...head],
    ['健康づくりサポーター養成数', '人', target, actual],
    ['出前講座の開催回数', '回', 30, 32],
  ];
  const at = (r: Cell[][]) => {
    const i = checkWorkbook({ sheets: [snap('指標', r)] }, {}).report.indicators[0];
    return [i.target, i.actual, i.grade];
  };
  expect(at(rows(['R5目標', 'R5実績'], 3000, '単年度 250人\n累計 3,600人'))).toEqual([3000, 3600, 'A']);
  expect(at(rows(['目標値', '実績値'], 60, '累計 84件／単年度 9件'))).toEqual([60, 84, 'A']);
  // The year's own target, nearer the 単年度, still takes it; a tie by ratio keeps the two figures.
  expect(at(rows(['R5目標', 'R5実績'], 12, '単年度 11人\n累計 35人'))).toEqual([12, 11, 'B']);
  expect(at(rows(['R5目標', 'R5実績'], 20, '単年度 10人\n累計 40人'))[1]).toBeNull();
});
