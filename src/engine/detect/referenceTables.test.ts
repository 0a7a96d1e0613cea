import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const names = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('目標', rows)] }, {}).report.indicators.map((i) => [i.name, i.target ?? null, i.actual ?? null]);

describe('a table captioned as reference figures', () => {
  test('beside the graded table, its rows are no indicators', () => {
    const rows = [
      ['令和5年度 検証'],
      ['■成果指標', null, null, null, null, '■参考指標'],
      ['指標名', '単位', '目標値（R5）', '実績値（R5）', null, '指標名', '単位', 'R3', 'R4', 'R5'],
      ['新規雇用者数', '人', 400, 372, null, '有効求人倍率', '倍', 1.1, 1.2, 1.3],
    ];
    expect(names(rows)).toEqual([['新規雇用者数', 400, 372]]);
  });

  test('under the graded table, captioned 「参考：…」 over a header that is no table header of its own: the graded table ends at the caption', () => {
    const rows = [
      ['令和5年度 評価'],
      ['指標', '単位', '目標値', '実績値', '評価'],
      ['特定健診受診率', '％', 60, 52.4, 'B'],
      ['がん検診受診者数', '人', 3000, 3120, 'A'],
      [],
      ['参考：全国平均（令和５年度）'],
      ['項目', '単位', '全国平均'],
      ['特定健診受診率', '％', 58.1],
      ['がん検診受診者数', '人', 2800],
    ];
    expect(names(rows)).toEqual([
      ['特定健診受診率', 60, 52.4],
      ['がん検診受診者数', 3000, 3120],
    ]);
  });

  test('a row of the table whose name says 参考 and that holds figures ends no table (only a caption line does); the row itself is no indicator (referenceSections.ts)', () => {
    const rows = [
      ['令和5年度 評価'],
      ['指標', '単位', '目標値', '実績値'],
      ['特定健診受診率', '％', 60, 52.4],
      ['【参考】がん検診受診者数', '人', 3000, 3120],
      ['待機児童数', '人', 0, 2],
    ];
    expect(names(rows).map((r) => r[1])).toEqual([60, 0]);
  });

  test('under the graded table, captioned 【参考値】, its rows are no indicators', () => {
    const rows = [
      ['令和5年度 検証'],
      ['指標名', '単位', '目標値（R5）', '実績値（R5）'],
      ['新規雇用者数', '人', 400, 372],
      [],
      ['【参考値】'],
      ['指標名', '単位', '目標値（R5）', '実績値（R5）'],
      ['事業所数', '所', 4100, 4052],
    ];
    expect(names(rows)).toEqual([['新規雇用者数', 400, 372]]);
  });

  test('under the graded table, captioned （参考） before other words, its rows are no indicators', () => {
    const rows = [
      ['令和5年度 検証'],
      ['指標名', '単位', '目標値', '実績値'],
      ['観光案内所の利用者数', '人', 24000, 23750],
      [],
      ['（参考）観光案内所の利用者数の施設別内訳'],
      ['指標名', '単位', '目標値', '実績値'],
      ['駅前観光案内所', '人', null, 14250],
      ['温泉街観光案内所', '人', null, 9500],
    ];
    expect(names(rows)).toEqual([['観光案内所の利用者数', 24000, 23750]]);
  });

  test('a caption of another kind leaves the table read', () => {
    const rows = [['令和5年度 検証'], ['■成果指標'], ['指標名', '単位', '目標値（R5）', '実績値（R5）'], ['新規雇用者数', '人', 400, 372]];
    expect(names(rows)).toEqual([['新規雇用者数', 400, 372]]);
  });
});

test('a （参考） row with figures written as text is one reference row: the table goes on under it, and a ※ aim under a name is read', () => {
  const sheet = snap('点検評価', [
    ['教育振興基本計画 令和5年度点検評価一覧'],
    ['指標', '現状値', '目標値（令和8年度）', '実績値'],
    ['授業がよく分かると答えた児童生徒の割合（％）', '78.4\n（令和3年度）', 85, '83.1\n（令和5年度）'],
    ['（参考）市内小中学校の児童生徒数（人）', '6,812\n（令和3年度）', null, '6,540\n（令和5年度）'],
    ['不登校児童生徒の出現率（％）\n※減少を目指す', '2.10\n（令和3年度）', 1.8, '2.45\n（令和5年度）'],
    ['読書が好きと答えた児童生徒の割合（％）', '66.0\n（令和3年度）', 70, '71.2\n（令和5年度）'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction])).toEqual([
    ['授業がよく分かると答えた児童生徒の割合', 85, 83.1, 'up'],
    ['不登校児童生徒の出現率', 1.8, 2.45, 'down'],
    ['読書が好きと答えた児童生徒の割合', 70, 71.2, 'up'],
  ]);
});
