/** Counters of two or more characters read whole after a number, though their first character is a unit of its own. */
import { parseValue } from './values';
import { unitAt, unitFromName } from './units';
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

describe('a multi-character counter after a number', () => {
  test.each([
    ['開発品目 12品目', 12, '品目'],
    ['８種目', 8, '種目'],
    ['3教科', 3, '教科'],
    ['モデル地区 4地区', 4, '地区'],
    ['登録 15団体', 15, '団体'],
    ['認定 6事業所', 6, '事業所'],
    ['整備 3箇所', 3, '箇所'], // the counter as written; comparisons go through canonicalUnit
    ['整備 2ヵ所', 2, 'ヵ所'], // small ヵ, one unit with か所 (review rv64)
    ['連携 2医療機関', 2, '医療機関'],
    ['22 品種', 22, '品種'],
  ])('%s reads %d %s', (text, value, unit) => {
    expect(parseValue(text)).toMatchObject({ status: 'value', value, unit });
  });

  test('the single-character unit still reads alone, and a word after it that is no counter is left out', () => {
    expect(parseValue('販売 40品')).toMatchObject({ value: 40, unit: '品' });
    expect(parseValue('30人以上')).toMatchObject({ value: 30, unit: '人' });
    expect(parseValue('5回')).toMatchObject({ value: 5, unit: '回' });
    expect(unitAt('事業者')).toBe('事業者');
  });

  test('a counter in parentheses after a name', () => {
    expect(unitFromName('新商品の開発数（品目）')).toBe('品目');
  });
});

describe('機関: bodies counted by kind', () => {
  test('a name closing with （機関） has that unit; 医療機関 still reads whole', () => {
    expect(unitFromName('女性委員のいない審議会等の数（機関）')).toBe('機関');
    expect(parseValue('9機関')).toMatchObject({ value: 9, unit: '機関' });
    expect(parseValue('連携 2医療機関')).toMatchObject({ value: 2, unit: '医療機関' });
  });

  test('a bracket naming no unit (（計画）) is no unit', () => {
    expect(unitFromName('審議会等の数（計画）')).toBeUndefined();
  });
});

describe('チーム / グループ: teams and groups counted', () => {
  test('a name closing with （チーム） or （グループ） has that unit, and a figure reads it', () => {
    expect(unitFromName('チームオレンジ設置数（チーム）')).toBe('チーム');
    expect(unitFromName('住民主体の自主グループ数（グループ）')).toBe('グループ');
    expect(parseValue('12チーム')).toMatchObject({ status: 'value', value: 12, unit: 'チーム' });
  });

  test('a bracket of a longer word opening with it (グループホーム, チーム単位) is no unit', () => {
    expect(unitFromName('認知症対応型共同生活介護の定員（グループホーム）')).toBeUndefined();
    expect(unitFromName('参加者数（チーム単位）')).toBeUndefined();
  });
});

describe('rv60: チーム / グループ only as a whole word', () => {
  test('a bracket or suffix going on after it (別, 数, 員, ホーム, 編成) is no unit', () => {
    for (const name of ['通いの場参加者数（グループ別）', '参加者数（チーム別）', '活動数（グループ数）', '登録者数（チーム員）'])
      expect(unitFromName(name)).toBeUndefined();
    expect(unitAt('グループホーム')).toBeUndefined();
    expect(parseValue('12グループホーム')).not.toMatchObject({ unit: 'グループ' });
    expect(parseValue('3グループ（15人）')).toMatchObject({ status: 'value', value: 3, unit: 'グループ' });
  });
});

test('rv60: 「通いの場参加者数（グループ別）」 keeps its name and its unit 人, with no unit-mismatch', () => {
  const rows = [['令和5年度'], [], ['指標名', '令和5年度目標', '令和5年度実績'], ['通いの場参加者数（グループ別）', '1,200人', '1,150人']];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
  expect(report.indicators.map((i) => [i.unit, i.actual])).toEqual([['人', 1150]]);
  expect(report.findings.filter((f) => f.code === 'unit-mismatch')).toEqual([]);
});

describe('rv64: procedures counted (手続), by procedure (手続別), and a counter with 数 in the bracket', () => {
  const read = (rows: (string | number)[][]) => {
    const { report } = checkWorkbook({ sheets: [snap('S', [['指標名', '目標値', '実績値'], ...rows])] }, {});
    return {
      inds: report.indicators.map((i) => [i.name, i.unit, i.target, i.actual]),
      mismatches: report.findings.filter((f) => f.code === 'unit-mismatch'),
    };
  };

  test('「（手続数）」「（手続き数）」 are in 手続, as 「214手続」 is: no unit-mismatch; 「（件数）」 the same in 件', () => {
    expect(
      read([
        ['行政手続オンライン化数（手続数）', 200, '214手続'],
        ['オンライン化手続数（手続き数）', 200, '214手続'],
        ['相談件数（件数）', 200, '214件'],
      ]),
    ).toEqual({
      inds: [
        ['行政手続オンライン化数', '手続', 200, 214],
        ['オンライン化手続数', '手続き', 200, 214],
        ['相談件数', '件', 200, 214],
      ],
      mismatches: [],
    });
  });

  test('「（手続別）」 says how the count is split, no unit: the indicator has none', () => {
    expect(read([['電子申請件数（手続別）', 5000, 4800]]).inds.map((r) => r[1])).toEqual([null]);
  });
});

describe('編: written works counted (hold-out 184)', () => {
  test('a heading closing with （編） has that unit, and a figure reads it', () => {
    expect(unitFromName('作文コンテスト応募数（編）')).toBe('編');
    expect(parseValue('1,035編')).toMatchObject({ status: 'value', value: 1035, unit: '編' });
    expect(parseValue('12編以上')).toMatchObject({ status: 'value', value: 12, unit: '編' });
  });

  test('編 going on into a word (編集, 編成, 編入) is no unit: the bracket stays in the name, a figure has no 編 unit', () => {
    expect(unitFromName('広報紙の発行回数（編集）')).toBeUndefined();
    expect(unitFromName('学級数（編成）')).toBeUndefined();
    expect(unitAt('編集')).toBeUndefined();
    expect(parseValue('3編成')).not.toMatchObject({ unit: '編' });
  });

  test("a table: the heading's 「（編）」 is the unit, taken off the name", () => {
    const rows = [['令和5年度'], [], ['指標名', '令和5年度目標', '令和5年度実績'], ['作文コンテスト応募数（編）', 1200, 1035]];
    const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
    expect(report.indicators.map((i) => [i.name, i.unit, i.actual])).toEqual([['作文コンテスト応募数', '編', 1035]]);
  });
});
