/** A 約 in a remark qualifies the number it stands before: the actual only when that number is the actual's figure. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { approximatesOnlyOthers } from './approximatedFigure';

test('a 約 before another figure (a length, a change) says nothing of the actual', () => {
  expect(approximatesOnlyOthers('7月の豪雨により約1か月休業', 8930)).toBe(true);
  expect(approximatesOnlyOthers('前年度比約10％増', 1730)).toBe(true);
  expect(approximatesOnlyOthers('改修のため約２週間閉館', 4870)).toBe(true); // full-width digits
});

test('a 約 before the figure as the remark rounds it still speaks of the actual', () => {
  expect(approximatesOnlyOthers('約8,900人（推計）', 8930)).toBe(false);
  expect(approximatesOnlyOthers('約9千人', 8930)).toBe(false);
  expect(approximatesOnlyOthers('利用者は約43万人', 436)).toBe(false); // the figure in 千人
  expect(approximatesOnlyOthers('約85％', 0.852)).toBe(false); // a share stored as a fraction
  expect(approximatesOnlyOthers('約1.5万人', 15210)).toBe(false);
});

test('a number of the figure’s own kind off by more than the remark’s last digit is no sure other figure (rv63): kept', () => {
  expect(approximatesOnlyOthers('約8,900人', 8700)).toBe(false);
  expect(approximatesOnlyOthers('約9千人', 7600)).toBe(false);
});

test('another qualifier word, or a mark before the figure beside one before another, keeps the remark qualifying', () => {
  expect(approximatesOnlyOthers('概数（約1か月休業）', 8930)).toBe(false);
  expect(approximatesOnlyOthers('約1か月休業、利用者は約9千人', 8930)).toBe(false);
  expect(approximatesOnlyOthers('概ね順調', 8930)).toBe(false); // no marked number: nothing to set aside
  expect(approximatesOnlyOthers('成約7件', 8930)).toBe(false); // a 約 closing a word is no mark
});

test('rv63: a 約 before a number of the figure’s own kind, or a remark saying the figure is made up, keeps it qualified', () => {
  expect(approximatesOnlyOthers('約12億円（推定）', 12.3)).toBe(false); // the figure in 億円
  expect(approximatesOnlyOthers('約1.25億円', 125)).toBe(false); // the figure in 百万円
  expect(approximatesOnlyOthers('約8,500人', 8930)).toBe(false);
  expect(approximatesOnlyOthers('1日平均約30人×開館日数で算出', 8930)).toBe(false);
  expect(approximatesOnlyOthers('約1か月分は推定値', 8930)).toBe(false);
  expect(approximatesOnlyOthers('約1か月休業、一部集計中', 8930)).toBe(false);
  expect(approximatesOnlyOthers('約1か月休業（利用者数は推計）', 8930)).toBe(false);
  expect(approximatesOnlyOthers('前年度比約1割減', 8930)).toBe(true); // a change
  expect(approximatesOnlyOthers('うち市外から約3割', 8930)).toBe(true); // a share of the figure, which is exact
});

describe('rv63 sheets: the actual beside such a 備考 stays flagged', () => {
  const flagged = (unit: string, actual: number, target: number, remark: string) => {
    const rows = [
      ['評価対象年度：2023年度'],
      ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'],
      ['観光入込客数', unit, actual, target, actual, remark],
    ];
    const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
    return report.findings.filter((f) => f.code === 'actual-provisional').length;
  };
  test.each([
    ['億円', 12.3, 15, '約12億円（推定）'],
    ['百万円', 125, 150, '約1.25億円'],
    ['人', 8930, 12000, '約1か月分は推定値'],
    ['人', 8930, 12000, '約8,500人'],
    ['人', 8930, 12000, '約1か月休業、一部集計中'],
    ['人', 8930, 12000, '1日平均約30人×開館日数で算出'],
    ['人', 8930, 12000, '約1か月休業（利用者数は推計）'],
  ])('%s %d beside 「%s」', (unit, actual, target, remark) => expect(flagged(unit, actual, target, remark)).toBe(1));
  test('「7月の豪雨により約1か月休業」 still leaves the actual as read', () => expect(flagged('人', 8930, 12000, '7月の豪雨により約1か月休業')).toBe(0));
});

describe('a 約 before a difference in the figure’s own unit (「約150,000枚増」) says nothing of the actual', () => {
  test('the number, its unit, then 増 / 減: a change, set aside', () => {
    expect(approximatesOnlyOthers('選挙事務（２回）で約150,000枚増', 3410000)).toBe(true);
    expect(approximatesOnlyOthers('前年度比 約3.4t減少', 46.2)).toBe(true);
    expect(approximatesOnlyOthers('約1,200人の増', 8930)).toBe(true);
  });
  test('counter-examples keep the remark qualifying: no 増 / 減, what the figure rose to, what was added or exempted', () => {
    expect(approximatesOnlyOthers('約150,000枚', 3410000)).toBe(false); // a count of the figure's kind: may be part of it
    expect(approximatesOnlyOthers('約9,000人に増加', 8930)).toBe(false); // the figure itself, rounded
    expect(approximatesOnlyOthers('約2,000人に増加', 8930)).toBe(false); // what a part rose to: no sure difference
    expect(approximatesOnlyOthers('約150件減免', 8930)).toBe(false);
    expect(approximatesOnlyOthers('約150,000枚（増刷分）', 3410000)).toBe(false);
  });
  const provisional = (remark: string) => {
    const rows = [
      ['評価対象年度：2019年度'],
      ['指標', '単位', '2018年度実績', '2019年度目標', '2019年度実績', '備考'],
      ['コピー用紙購入量', '枚', 3380000, 3200000, 3410000, remark],
    ];
    const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
    return report.findings.filter((f) => f.code === 'actual-provisional').length;
  };
  test('on a sheet: the actual beside 「約150,000枚増」 is read as written; beside 「約150,000枚」 it stays flagged', () => {
    expect(provisional('選挙事務（２回）で約150,000枚増')).toBe(0);
    expect(provisional('選挙事務（２回）で約150,000枚')).toBe(1);
  });
});

describe('review rv74: 増 / 減 joined to another kanji names a thing (減額, 減塩, 増築), not a change', () => {
  test.each(['うち約150件減額申請', 'うち約5,000人減塩教室参加', '約20棟増築', '約150件減免'])('「%s」 keeps the remark qualifying', (remark) =>
    expect(approximatesOnlyOthers(remark, 1230)).toBe(false),
  );
  test.each(['約3,000人減', '約300人増となった', '約1,000件増えて', '約8,000人減少', '約500件減らす', '約300件増（前年比）'])(
    '「%s」: a change, set aside',
    (remark) => expect(approximatesOnlyOthers(remark, 25000)).toBe(true),
  );
  const flagged = (remark: string) => {
    const rows = [
      ['評価対象年度：2019年度'],
      ['指標', '単位', '2018年度実績', '2019年度目標', '2019年度実績', '備考'],
      ['申請件数', '件', 1100, 1200, 1230, remark],
    ];
    return checkWorkbook({ sheets: [snap('S', rows)] }, {}).report.findings.filter((f) => f.code === 'actual-provisional').length;
  };
  test('on a sheet: beside 「うち約150件減額申請」 the actual stays flagged as a clerk would ask; beside 「約150件減」 it is as written', () => {
    expect(flagged('うち約150件減額申請')).toBe(1);
    expect(flagged('うち約5,000人減塩教室参加')).toBe(1);
    expect(flagged('前年度から約150件減')).toBe(0);
  });
});
