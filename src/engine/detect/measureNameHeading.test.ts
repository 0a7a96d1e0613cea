/** A 「数値目標」 heading merged down the header band, left of year bands over 目標 | 実績, heads the names column. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (head: string, firstName: string | number) =>
  snap(
    '数値目標',
    [
      ['農業振興計画　数値目標の進捗', null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null],
      [head, '単位', '方向', 'R4年度', null, 'R5年度', null, 'R6年度', null],
      [null, null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
      [firstName, '百万円', '増加', 500, 505, 520, 498, 540, null],
      ['耕作放棄地面積', 'ha', '減少', 50, 49, 45, 47, 40, null],
    ],
    { merges: ['D3:E3', 'F3:G3', 'H3:I3', 'A3:A4', 'B3:B4', 'C3:C4'] },
  );
const read = (head: string, firstName: string | number = '農産物直売所販売額') =>
  checkWorkbook({ sheets: [sheet(head, firstName)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction, i.grade]);

test('数値目標 merged down over two header rows is read as 指標名 is', () => {
  expect(read('数値目標')).toEqual(read('指標名'));
  expect(read('数値目標')).toEqual([
    ['農産物直売所販売額', '百万円', 520, 498, 'up', 'B'],
    ['耕作放棄地面積', 'ha', 45, 47, 'down', 'B'],
  ]);
});

test('the title above is never taken for an indicator', () => {
  expect(read('数値目標').map((r) => r[0])).not.toContain('農業振興計画　数値目標の進捗');
});

// A one-row header, the names under an …指標 compound or a measure word, an ID column before them, ％ stored as fractions.
const oneRow = (head: string, names: (string | number)[], extra: { merges?: string[] } = {}) => {
  const s = snap(
    '成果',
    [
      ['No.', head, '単位', '現状値', '令和4年度目標', '令和4年度実績', '備考'],
      [1, names[0], '％', 0.52, 0.6, 0.574, null],
      [2, names[1], '人', 320, 400, '約410', null],
      [3, names[2], 't', 1250, 1100, '1,080（速報値）', '排出量の削減を目指す'],
    ],
    extra,
  );
  s.numberFormats = [[], [null, null, null, '0%', '0.0%', '0.0%'], [], []];
  return checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.id, i.name, i.unit, i.target, i.actual, i.actualStatus, i.direction, i.grade]);
};
const NAMES = ['地元産品の購入割合', '子ども食堂の利用者数', '家庭系可燃ごみ排出量'];

test.each(['目標指標', 'まちづくり指標', '主な成果指標（KPI）', '数値目標', '目標', '評価項目'])(
  '「%s」 over names in a one-row header heads the names as 指標名 does',
  (head) => {
    expect(oneRow(head, NAMES)).toEqual(oneRow('指標名', NAMES));
    expect(oneRow(head, NAMES)).toEqual([
      ['1', '地元産品の購入割合', '%', 60, 57.4, 'value', 'up', 'B'],
      ['2', '子ども食堂の利用者数', '人', 400, 410, 'approximate', 'up', 'A'],
      ['3', '家庭系可燃ごみ排出量', 't', 1100, 1080, 'provisional', 'down', 'A'],
    ]);
  },
);

test('a 目標 column of figures written as text is a target, never the names', () => {
  const s = snap('成果', [
    ['区分', '目標', '実績'],
    ['1,200人以上', '1,200人以上', 1250],
    ['年間30回', '年間30回', 28],
  ]);
  expect(checkWorkbook({ sheets: [s] }, {}).report.indicators).toEqual([]);
});

test('a measure word right of the figures heads no names', () => {
  const s = snap('成果', [
    ['令和4年度目標', '令和4年度実績', '数値目標'],
    [400, 410, '子ども食堂の利用者数'],
    [60, 57, '地元産品の購入割合'],
  ]);
  expect(checkWorkbook({ sheets: [s] }, {}).report.indicators).toEqual([]);
});

test('of two headings over texts, the …指標 compound heads the names, not a 目標 column of text targets; of two …目標 words, the one next to the figures', () => {
  const read2 = (rows: (string | number | null)[][]) =>
    checkWorkbook({ sheets: [snap('成果', rows)] }, { period: '令和4年度' }).report.indicators.map((i) => [i.name, i.target, i.actual]);
  expect(
    read2([
      ['まちづくり指標', '目標', '令和4年度目標', '令和4年度実績'],
      ['子ども食堂の利用者数', '増加させる', 400, 410],
      ['地元産品の購入割合', '維持する', 60, 57],
    ]),
  ).toEqual([
    ['子ども食堂の利用者数', 400, 410],
    ['地元産品の購入割合', 60, 57],
  ]);
  expect(
    read2([
      ['施策目標', '数値目標', '令和4年度目標', '令和4年度実績'],
      ['誰もが健康に暮らせるまち', '子ども食堂の利用者数', 400, 410],
      ['誰もが健康に暮らせるまち', '地元産品の購入割合', 60, 57],
    ]).map((r) => r[0]),
  ).toEqual(['子ども食堂の利用者数', '地元産品の購入割合']);
});

test('a bare 目標 beside 実績 alone, over a line of text, is the target of a form, not a names column', () => {
  const s = snap('様式', [
    ['目標', '120件', '実績', '98件'],
    ['取組の内容', '出前講座を市内各地区で開催した', '参加者数', '320人'],
  ]);
  expect(checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name)).not.toContain('取組の内容');
});

test('a bare 区分 merged down the band heads the names when no other heading does; a 区分 beside a name heading stays a category', () => {
  const rows = (head: string): (string | number | null)[][] => [
    [head, '単位', '令和5年度', null, null, null],
    [null, null, '①需要の見込み', '②整備計画（計画値）', '③整備の実績', '達成率（③÷②）'],
    ['【保育】', null, null, null, null, null],
    ['2号認定（3～5歳）', '人', 880, 900, 870, 0.967],
    ['病後児保育事業', '人日', 600, 640, 320, 0.5],
  ];
  const read = (head: string) =>
    checkWorkbook({ sheets: [snap('整備', rows(head), { merges: ['C1:F1', 'A1:A2', 'B1:B2'] })] }, {}).report.indicators.map((i) => [
      i.name,
      i.unit,
      i.target,
      i.actual,
      i.grade,
    ]);
  expect(read('区分')).toEqual([
    ['2号認定（3～5歳）', '人', 900, 870, 'B'],
    ['病後児保育事業', '人日', 640, 320, 'D'],
  ]);
  expect(read('区分')).toEqual(read('事業名'));
  const withName = snap('整備', [
    ['区分', '指標名', '目標値', '実績値'],
    ['保育', '保育所の定員数', 900, 870],
  ]);
  expect(checkWorkbook({ sheets: [withName] }, {}).report.indicators.map((i) => i.name)).toEqual(['保育所の定員数']);
});

test('a 区分 on a single header row is the kind of the figures below it, never a names heading', () => {
  const card = snap('KPI', [
    ['KPI 1', '観光入込客数', null, null, '単位：人'],
    ['区分', '基準値（H30）', '目標値（R6）', 'R5実績', '前年度比'],
    ['数値', 2415300, 2600000, 2287100, '115.5％'],
    ['取組状況', '多言語対応タブレットを導入', null, null, null],
  ]);
  expect(checkWorkbook({ sheets: [card] }, {}).report.indicators.map((i) => i.name)).not.toContain('数値');
});

test('a 区分 on a single header row with a 単位 heading right of it heads the names (each row a measure of its own unit)', () => {
  const sheet = snap('健全化判断比率', [
    ['令和５年度決算に基づく健全化判断比率等の状況'],
    ['区分', '単位', '令和４年度', '令和５年度', '増減', '本市の目標値（令和７年度）', '評価の方向'],
    ['実質公債費比率', '％', 8.3, 8.1, '▲0.2', 8.0, '低いほど良好'],
    ['財政力指数', null, 0.705, 0.712, 0.007, 0.75, '高いほど良好'],
  ]);
  expect(checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction])).toEqual([
    ['実質公債費比率', '%', 8, 8.1, 'down'],
    ['財政力指数', null, 0.75, 0.712, 'up'],
  ]);
});

test('a 区分 with a named column between it and 単位 leaves the names to that column (review rv44)', () => {
  const sheet = snap('防災', [
    ['区分', '内容', '単位', '目標値', '実績値'],
    ['ハード', '避難所の耐震化率', '％', 100, 95],
    [null, '防災倉庫の整備数', 'か所', 20, 18],
    ['ソフト', '防災訓練参加者数', '人', 1000, 800],
  ]);
  expect(checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => i.name)).not.toContain('ハード');
});

test('a 区分 | 単位 table with no target heading (a 収支状況: 事業計画 | 実績) lists no indicators', () => {
  const money = snap('モニタリング', [
    ['２　収支状況'],
    ['区分', '単位', '事業計画', '実績', '前年度実績', '差引'],
    ['収入（指定管理料）', '千円', 85000, 85000, 84200, 0],
    ['収支差額', '千円', 0, -716, -580, -716],
  ]);
  expect(checkWorkbook({ sheets: [money] }, {}).report.indicators).toEqual([]);
});

describe('a 区分 | 単位 table whose target is the year’s, worded as a target (年度目標: labels.ts reads it as the year’s plan)', () => {
  const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const read = (plan: string) =>
    checkWorkbook(
      {
        sheets: [
          snap('月別', [
            ['令和５年度 電子申請 月別利用状況'],
            ['区分', '単位', ...MONTHS, '年度計', plan, '達成率'],
            ['証明書オンライン請求件数', '件', ...MONTHS.map((_, i) => 100 + i), 1266, 3000, '42.2%'],
            ['施設予約件数', '件', ...MONTHS.map((_, i) => 1000 + i), 12066, 20000, '60.3%'],
          ]),
        ],
      },
      {},
    ).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);

  test('年度目標 heads the rows’ targets: each row a measure with its 年度計 the actual', () => {
    expect(read('年度目標')).toEqual([
      ['証明書オンライン請求件数', '件', 3000, 1266, 'D'],
      ['施設予約件数', '件', 20000, 12066, 'C'],
    ]);
    expect(read('単年度目標値')).toEqual(read('年度目標'));
  });

  test('a year’s plan not worded as a target (年度計画値) over rows naming counts reads them too (categoryMeasureNames.ts, set 138)', () => {
    // The rows name measures (…件数); money and category rows never count (categoryMeasureNames.test.ts, review rv64).
    expect(read('年度計画値').map((r) => r[0])).toEqual(['証明書オンライン請求件数', '施設予約件数']);
  });
});

describe('a bare 区分 over categories, the names beside it unheaded', () => {
  const kubun = (merges: string[]) =>
    snap(
      '成果',
      [
        ['区分', null, '単位', '令和6年度', null],
        [null, null, null, '目標', '実績'],
        ['環境', '市民一人当たりごみ排出量', 'g', 850, 870],
        ['産業', '新規創業件数', '件', 20, 23],
      ],
      { merges: [...merges, 'C1:C2', 'D1:E1'] },
    );
  const names = (merges: string[]) => checkWorkbook({ sheets: [kubun(merges)] }, {}).report.indicators.map((i) => [i.name, i.direction, i.grade]);
  const expected = [
    ['市民一人当たりごみ排出量', 'down', 'B'],
    ['新規創業件数', 'up', 'A'],
  ];

  test('区分 merged across both columns: the finer, nearest the figures, holds the names', () => expect(names(['A1:B2'])).toEqual(expected));
  test('区分 over its own column, an unheaded column of names right of it: that column holds the names', () => expect(names(['A1:A2'])).toEqual(expected));
});

describe('「数値目標」 merged across two columns over names merged the same way', () => {
  const strategy = (head: string) =>
    checkWorkbook(
      {
        sheets: [
          snap(
            '基本目標1',
            [
              ['【数値目標】'],
              [head, null, '単位', '基準値（R1）', '目標値（R6）', 'R5実績', '評価'],
              ['市内事業所の従業者数', null, '人', 18420, 19000, 18760, 'B'],
              ['新規創業件数（年間）', null, '件', 12, 20, 21, 'A'],
            ],
            { merges: ['A2:B2', 'A3:B3', 'A4:B4'] },
          ),
        ],
      },
      {},
    ).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);

  test('heads the names as 指標名 does: the column under the rest of its merge is no target column', () => {
    expect(strategy('数値目標')).toEqual(strategy('指標名'));
    expect(strategy('数値目標')).toEqual([
      ['市内事業所の従業者数', '人', 19000, 18760, 'B'],
      ['新規創業件数（年間）', '件', 20, 21, 'A'],
    ]);
  });
});

test('a derived line under a name (「　基準年度比」 in the names column) does not keep an …指標 heading from heading the names, nor is it read', () => {
  const s = snap('環境', [
    ['環境指標', '単位', '基準年度（2013年度）', '2022年度', '2023年度', '目標値（2030年度）'],
    ['市域の温室効果ガス排出量', '千t-CO2', 1250, 985, 962, 675],
    ['　基準年度比', '％', null, '▲21.2', '▲23.0', null],
    ['再生可能エネルギーの導入容量', 'kW', 8200, 28300, 31500, 50000],
  ]);
  const read = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);
  expect(read).toEqual([
    ['市域の温室効果ガス排出量', 675, 962],
    ['再生可能エネルギーの導入容量', 50000, 31500],
  ]);
});

describe('an activity’s 項目 (活動項目, 実施項目, 業務項目) over the rows of a monthly record heads the names', () => {
  const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const monthly = (head: string) =>
    checkWorkbook(
      {
        sheets: [
          snap('月別', [
            ['令和２年度　月別活動実績'],
            [],
            [head, '単位', ...MONTHS, '年度計', '年間目標', '達成率'],
            ['農地相談件数', '件', 9, 11, 8, 10, 7, 12, 9, 8, 6, 7, 10, 13, 110, 120, 0.917],
            ['農地パトロール実施回数', '回', 2, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 9, 12, 0.75],
          ]),
        ],
      },
      {},
    ).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade, i.cells.actual]);

  test.each(['活動項目', '実施項目', '業務項目'])('「%s」 reads as 指標名 does: the 年度計 the actual, the 年間目標 the target', (head) => {
    expect(monthly(head)).toEqual(monthly('指標名'));
    expect(monthly(head)).toEqual([
      ['農地相談件数', '件', 120, 110, 'B', 'O4'],
      ['農地パトロール実施回数', '回', 12, 9, 'C', 'O5'],
    ]);
  });

  test('beside a 指標名 column, 活動項目 groups the rows: the names stay under 指標名', () => {
    const s = snap('事業', [
      ['活動項目', '指標名', '単位', '目標', '実績'],
      ['農地パトロール', '巡回回数', '回', 12, 10],
      ['利用意向調査', '調査件数', '件', 100, 80],
    ]);
    expect(checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
      ['巡回回数', 12, 10],
      ['調査件数', 100, 80],
    ]);
  });
});

describe('an activity’s 項目 with the measure named in a column beside it heads no names (review rv63)', () => {
  const names = (second: string) =>
    checkWorkbook(
      {
        sheets: [
          snap('事業', [
            ['令和５年度'],
            [],
            ['実施項目', second, '単位', '目標値', '実績値'],
            ['普及啓発', '講演会の参加者数', '人', 300, 250],
            ['相談支援', '相談件数', '件', 100, 120],
          ]),
        ],
      },
      {},
    ).report.indicators.map((i) => i.name);

  test.each(['内容', '取組内容'])('rv63 1g / R1c: 実施項目 | %s | 単位: the activity (普及啓発) is never read as the measure’s name', (second) => {
    for (const n of names(second)) expect(['普及啓発', '相談支援']).not.toContain(n);
  });

  test('rv63 1a: 実施項目 merged over the activity and its measure still heads them (単位 beside)', () => {
    const s = snap(
      '事業',
      [
        ['令和５年度　事業実績'],
        [],
        ['実施項目', null, '単位', '目標', '実績'],
        ['農地パトロール', '巡回回数', '回', 12, 10],
        [null, '巡回面積', 'ha', 300, 280],
      ],
      { merges: ['A3:B3', 'A4:A5'] },
    );
    expect(checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.target, i.actual])).toEqual([
      [12, 10],
      [300, 280],
    ]);
  });
});

test('事業量 / 活動量 merged down over year pairs head the names as 指標名 does (each row an amount of work)', () => {
  expect(read('事業量')).toEqual(read('指標名'));
  expect(read('活動量')).toEqual(read('指標名'));
  // 「事業費」 (money) and a bare 「量」 head nothing.
  expect(read('事業費')).toEqual([]);
  expect(read('量')).toEqual([]);
});

test('beside a 事業名 column, a 事業量 column of text is no names column: the names stay under 事業名', () => {
  const s = snap('事業', [['令和５年度　事業実績'], ['事業名', '事業量', '目標', '実績'], ['こころの健康講座', '講座の開催', 6, 5]]);
  expect(checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => i.name)).toEqual(['こころの健康講座']);
});

describe('a plan’s 整備項目 heads the names of its works as 指標名 does', () => {
  const names = (head: string, second?: string) =>
    checkWorkbook(
      {
        sheets: [
          snap('整備計画', [
            ['令和５年度　施設整備計画の進捗'],
            [],
            ['No.', head, ...(second ? [second] : []), '単位', '目標値', '実績値'],
            [1, '放課後児童クラブの整備', ...(second ? ['受入定員の拡大数'] : []), '人', 120, 100],
            [2, '公園トイレの洋式化', ...(second ? ['洋式化した便房数'] : []), '基', 30, 30],
          ]),
        ],
      },
      {},
    ).report.indicators.map((i) => [i.name, i.target, i.actual]);

  test('No. | 整備項目 | 単位 | 目標値 | 実績値: the 整備項目 cells are the names, never the numbers', () => {
    expect(names('整備項目')).toEqual([
      ['放課後児童クラブの整備', 120, 100],
      ['公園トイレの洋式化', 30, 30],
    ]);
  });

  test('整備項目 | 内容 | 単位 (the measure written beside the work): the 整備項目 heads no names, as before', () => {
    for (const [n] of names('整備項目', '内容')) expect(['放課後児童クラブの整備', '公園トイレの洋式化']).not.toContain(n);
  });

  test('review rv67: 整備項目 | 目標（指標名） or 整備目標: the measures’ names in that column stay the names', () => {
    for (const second of ['目標（指標名）', '整備目標']) expect(names('整備項目', second).map(([n]) => n)).toEqual(['受入定員の拡大数', '洋式化した便房数']);
  });
});
