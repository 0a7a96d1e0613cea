/** A bare 区分 on a one-row header over 目標 | 実績 heads the names only when every row under it names a measure. */
import { checkWorkbook } from '../actions/check';
import { withoutUnitBracket } from './categoryMeasureNames';
import { snap } from './testing';

const sheet = (names: string[], heads = ['区分', '目標', '実績', '前年度実績', '備考']) =>
  snap('収納率', [
    ['■ 収納率目標と実績（令和元年度）', null, null, null, null],
    heads,
    [names[0], '95.50％', '95.12％', '94.88％', '出納閉鎖後の確定値'],
    [names[1], '22.00％', '24.35％', '21.40％', null],
    [names[2], '50.0％', '47.6％', '46.9％', '納税義務者数に対する割合'],
  ]);
const read = (names: string[], heads?: string[]) =>
  checkWorkbook({ sheets: [sheet(names, heads)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);

const RATES = ['現年課税分収納率', '滞納繰越分収納率', '口座振替率'];

test('区分 | 目標 | 実績 over rates: each row an indicator, the 前年度実績 no actual, as under 指標名', () => {
  expect(read(RATES)).toEqual([
    ['現年課税分収納率', '%', 95.5, 95.12, 'B'],
    ['滞納繰越分収納率', '%', 22, 24.35, 'A'],
    ['口座振替率', '%', 50, 47.6, 'B'],
  ]);
  expect(read(RATES)).toEqual(read(RATES, ['指標名', '目標', '実績', '前年度実績', '備考']));
});

test('a count among the rates is a measure too', () => {
  expect(read(['特定健診受診者数', '口座振替率', '滞納繰越分収納率']).map((r) => r[0])).toEqual(['特定健診受診者数', '口座振替率', '滞納繰越分収納率']);
});

test('rows naming no measure (the kinds of an account) stay unread: 区分 is their kind, as before', () => {
  expect(read(['一般会計', '特別会計', '企業会計'])).toEqual([]);
  // One row that names no measure is enough to keep the old reading.
  expect(read(['現年課税分収納率', '特別会計', '口座振替率'])).toEqual([]);
});

test('with no actual heading beside the target (区分 | 基準値 | 目標値) 区分 stays the kind of the figures', () => {
  expect(read(RATES, ['区分', '基準値', '目標値', '備考', null as unknown as string])).toEqual([]);
});

describe('区分 over the months, a 年度計 and a 年度目標 (the year’s target, read as its plan), names closing with their unit', () => {
  const months = ['4月', '5月', '6月', '7月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const monthly = (names: string[]) =>
    snap('使用率', [
      ['令和６年度　地場産物使用率　月別集計表'],
      ['区分', ...months, '年度計', '年度目標', '備考'],
      [names[0], ...months.map((_, i) => 20 + i), 27.4, 30, null],
      [names[1], ...months.map((_, i) => 60 + i), 63.8, 60, null],
    ]);
  const readMonthly = (names: string[]) =>
    checkWorkbook({ sheets: [monthly(names)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.actual]);

  test('each row naming a rate before its unit bracket is an indicator: the 年度計 its actual, the 年度目標 its target', () => {
    expect(readMonthly(['市内産野菜使用率（％）', '県内産野菜使用率（％）'])).toEqual([
      ['市内産野菜使用率', '%', 30, 27.4, 'M3'],
      ['県内産野菜使用率', '%', 60, 63.8, 'M4'],
    ]);
  });

  test('rows naming kinds of food with a unit bracket (野菜（kg）) name no measure: unread, as before', () => {
    expect(readMonthly(['野菜（kg）', '果物（kg）'])).toEqual([]);
  });

  test('withoutUnitBracket takes off a closing bracket holding a unit alone, never one qualifying the name', () => {
    expect(withoutUnitBracket('市内産野菜使用率(%)')).toBe('市内産野菜使用率');
    expect(withoutUnitBracket('受診者数（人）')).toBe('受診者数');
    expect(withoutUnitBracket('取得率（市役所）')).toBe('取得率（市役所）');
    expect(withoutUnitBracket('使用割合（重量ベース）')).toBe('使用割合（重量ベース）');
  });
});

describe('区分 | 単位 with a 年度目標 (a year’s plan worded as a target) heads the names only over rows naming measures (review rv64)', () => {
  const readUnits = (caption: string, heads: string[], rows: (string | number | null)[][]) =>
    checkWorkbook({ sheets: [snap('S', [[caption], ['区分', '単位', ...heads], ...rows])] }, {}).report.indicators.map((i) => [
      i.name,
      i.unit,
      i.target,
      i.actual,
      i.grade,
    ]);

  test('counts in 件 beside months and a 年度計: each row an indicator (h134-denshi-shinsei-getsubetsu)', () => {
    expect(
      readUnits(
        '令和５年度 電子申請サービス 月別利用状況',
        ['4月', '5月', '年度計', '年度目標', '達成率'],
        [
          ['証明書オンライン請求件数', '件', 100, 120, 220, 3000, '7.3%'],
          ['公共施設予約件数', '件', 1000, 1100, 2100, 20000, '10.5%'],
        ],
      ),
    ).toEqual([
      ['証明書オンライン請求件数', '件', 3000, 220, 'D'],
      ['公共施設予約件数', '件', 20000, 2100, 'D'],
    ]);
  });

  test('a 収支 in 千円 against its 年度目標 lists no indicators: no cost graded as if more were better', () => {
    const heads = ['年度目標', '実績', '達成率'];
    expect(
      readUnits('令和５年度 事業収支', heads, [
        ['事業収入', '千円', 12000, 11500, '95.8%'],
        ['事業支出', '千円', 11000, 11800, '107.3%'],
        ['収支差額', '千円', 1000, -300, '－'],
      ]),
    ).toEqual([]);
    expect(
      readUnits('指定管理施設 収支（年度目標との比較）', heads, [
        ['利用料金収入', '千円', 12000, 11500, null],
        ['管理運営費', '千円', 20000, 21000, null],
        ['市負担額', '千円', 8000, 9500, null],
      ]),
    ).toEqual([]);
    // A count in money's unit is money too.
    expect(readUnits('寄附', heads, [['寄附件数', '千円', 100, 120, null]])).toEqual([]);
  });

  test('the amount in 千円 of what a row beside it counts (収納件数 / 収納金額) is a measure: every row read (set 143)', () => {
    const heads = ['4月', '5月', '年度計', '年度目標', '達成率'];
    expect(
      readUnits('令和６年度 コンビニ収納 月別取扱状況', heads, [
        ['コンビニ収納件数', '件', 8120, 9540, 17660, 96000, '18.4%'],
        ['スマートフォン決済件数', '件', 2110, 2480, 4590, 30000, '15.3%'],
        ['コンビニ収納金額', '千円', 98420, 121350, 219770, 1500000, '14.7%'],
      ]),
    ).toEqual([
      ['コンビニ収納件数', '件', 96000, 17660, 'D'],
      ['スマートフォン決済件数', '件', 30000, 4590, 'D'],
      ['コンビニ収納金額', '千円', 1500000, 219770, 'D'],
    ]);
  });

  test('a money row counting nothing beside it (相談事業費, 市負担額) keeps the table unread, a count among them or not', () => {
    const heads = ['年度目標', '実績'];
    expect(
      readUnits('相談事業', heads, [
        ['相談件数', '件', 600, 640],
        ['相談事業費', '千円', 3000, 3200],
      ]),
    ).toEqual([]);
    // 「負担額」 with a 「負担件数」: a 収支 item's stem, still money.
    expect(
      readUnits('負担', heads, [
        ['市負担件数', '件', 10, 12],
        ['市負担額', '千円', 8000, 9500],
      ]),
    ).toEqual([]);
    // The amount of another thing than the counted one: 貸付金額 beside 相談件数.
    expect(
      readUnits('貸付', heads, [
        ['相談件数', '件', 100, 90],
        ['貸付金額', '千円', 5000, 4800],
      ]),
    ).toEqual([]);
  });

  test('review rv67: arrears, a cost or a grant counted beside its amount (未収, 補修工事, 補助) keeps the table unread; so does no 円', () => {
    const heads = ['年度目標', '実績'];
    const pair = (stem: string, unit = '千円') => [
      [`${stem}件数`, '件', 100, 90],
      [`${stem}金額`, unit, 20000, 18000],
    ];
    for (const stem of ['未収', '補修工事', '委託契約', '補助金交付', '減免']) expect(readUnits('令和５年度', heads, pair(stem))).toEqual([]);
    expect(readUnits('令和５年度', heads, pair('コンビニ収納', '％'))).toEqual([]);
    expect(readUnits('令和５年度', heads, pair('コンビニ収納')).map(([name]) => name)).toEqual(['コンビニ収納件数', 'コンビニ収納金額']);
  });

  test('categories alone (男性 / 女性 / 合計, 小学校 / 中学校) are no measures: the table stays unread', () => {
    expect(
      readUnits(
        '健診受診者数',
        ['年度目標', '実績'],
        [
          ['男性', '人', 1000, 950],
          ['女性', '人', 1200, 1250],
          ['合計', '人', 2200, 2200],
        ],
      ),
    ).toEqual([]);
    expect(
      readUnits(
        '学校給食地場産物使用状況',
        ['年度目標', '実績'],
        [
          ['小学校', '%', 30, 28],
          ['中学校', '%', 30, 32],
        ],
      ),
    ).toEqual([]);
  });

  test('a breakdown (うち…) under a measure is passed over; a quantity (…量) is a measure', () => {
    expect(
      readUnits(
        '健診',
        ['年度目標', '実績'],
        [
          ['特定健診受診率', '%', 60, 55],
          ['うち40～64歳', '%', null, 48],
        ],
      ),
    ).toEqual([['特定健診受診率', '%', 60, 55, 'B']]);
    expect(readUnits('ごみ', ['単年度目標値', '実績'], [['資源化量', 't', 3000, 3100]]).map((r) => r[0])).toEqual(['資源化量']);
  });
});

// The names column's test (measureNameHeading.ts holdsNames) under a bare 区分: a form line past a blank row ends the names.
describe('a form line past a blank row under the names (「所見 | …」) ends them: it does not refuse the 区分 heading', () => {
  const form = (gap: boolean) =>
    checkWorkbook(
      {
        sheets: [
          snap('実施報告', [
            ['令和５年度　クリーンアップ作戦　実施報告'],
            ['実施日', '令和5年5月28日（日）'],
            ['■参加状況'],
            ['区分', '単位', '目標', '実績', '達成率', '備考'],
            ['参加者数', '人', 15000, 13870, 0.925, '一部地区中止'],
            ['参加団体数', '団体', 320, 334, 1.044, null],
            ...(gap ? [[]] : []),
            ['所見', '参加団体は目標を上回ったが、参加者数は天候の影響で目標に届かなかった。'],
          ]),
        ],
      },
      {},
    ).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual]);

  test('after a blank row the rows above it are the names', () => {
    expect(form(true)).toEqual([
      ['参加者数', '人', 15000, 13870],
      ['参加団体数', '団体', 320, 334],
    ]);
  });

  test('right under the names, with no blank row, 所見 is one of the column’s cells: the 区分 table stays unread as before', () => {
    expect(form(false)).toEqual([]);
  });
});
