/** One actual cell of 単年度 and 累計 figures: the figure of the basis the indicator's name (or target) names. */
import { checkWorkbook } from '../actions/check';
import { basisPair } from './countingBasisCell';
import { snap } from './testing';

type Cell = string | number | null;

/** A 令和５年度 進捗管理表: 指標 | 単位 | R5目標 | R5実績, one row. */
const read = (name: string, target: Cell, actual: Cell) => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('進捗管理表', [
          ['介護人材確保対策　進捗管理表（令和５年度実績）'],
          [],
          ['No.', '指標', '単位', 'R4実績', 'R5目標', 'R5実績'],
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
