/**
 * A cell holding only an indicator number (「①-1」「1-(1)-1」「成果指標 1-(1)-1」「指標 3」) is the block's number, never its
 * name: the name is the text beside it.
 */
import { checkWorkbook } from '../actions/check';
import { indicatorNumber, leadingNumber } from './indicatorNumbers';
import { numberLabel } from './names';
import { snap } from './testing';

test.each([
  ['①-1', '1-1'],
  ['②－２', '2-2'],
  ['1-(1)-1', '1-(1)-1'],
  ['(2)-1', '(2)-1'],
  ['Ⅱ-3', '2-3'],
  ['成果指標 1-(1)-1', '1-(1)-1'],
  ['活動指標①-2', '1-2'],
  ['成果指標　3', '3'],
  ['指標 ②', '2'],
  ['No.1-2', '1-2'],
])('%s is a number cell (id %s)', (text, id) => {
  expect(indicatorNumber(text)).toBe(id);
  expect(numberLabel(text)).toBe(id);
});

test.each(['1-1 公民館講座の受講者数', 'R5-1', '2023-24', '成果指標', '指標名', '施策1', '1', '①'])('%s is no compound number cell', (text) => {
  expect(indicatorNumber(text)).toBeNull();
});

test('stacked blocks numbered 「①-1」 are named by the merged cell beside the number, without a guess', () => {
  const rows = [
    ['令和5年度　施策評価シート'],
    ['評価対象年度：令和5年度'],
    [],
    ['①-1', '拠点の利用者数', null, null, null, null],
    ['区分', 'R4(2022)', 'R5(2023)', 'R6(2024)'],
    ['目標値', '11,500人', '12,000人', '12,500人'],
    ['実績値', '10,904人', '11,268人'],
    [],
    ['②-1', '講座の参加者数', null, null, null, null],
    ['区分', 'R4(2022)', 'R5(2023)', 'R6(2024)'],
    ['目標値', '300人', '320人', '340人'],
    ['実績値', '310人', '330人'],
  ];
  const report = checkWorkbook({ sheets: [snap('施策2-1', rows, { merges: ['B4:F4', 'B9:F9'] })] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.cells?.name, i.target, i.actual, i.guesses])).toEqual([
    ['拠点の利用者数', 'B4', 12000, 11268, []],
    ['講座の参加者数', 'B9', 320, 330, []],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a 「成果指標 1-(1)-1」 label cell names no block: the name beside it does', () => {
  const rows = [
    ['基本施策評価シート（評価年度　令和5年度）'],
    [],
    ['成果指標 1-(1)-1', '公民館講座の受講者数'],
    ['区分', 'R4', 'R5', 'R6'],
    ['目標値', 8000, 8500, 9000],
    ['実績値', 7388, 8902],
  ];
  const report = checkWorkbook({ sheets: [snap('施策3-1', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.cells?.name, i.target, i.actual])).toEqual([['公民館講座の受講者数', 'B3', 8500, 8902]]);
});

test('leadingNumber: a compound number with a bracketed part before a name (「1-(1) 空き家バンク運営事業」)', () => {
  expect(leadingNumber('1-(1) 空き家バンク運営事業')).toEqual({ id: '1-(1)', length: 6 });
  expect(leadingNumber('2-(3)-1　移住相談')).toEqual({ id: '2-(3)-1', length: 8 });
  expect(leadingNumber('1-(1)')).toBeNull();
  expect(leadingNumber('3-4歳児の人数')).toBeNull();
});

test('leadingNumber: a compound number led by a bracketed part (「(1)-①　人権啓発推進事業」): the row’s number, off the name', () => {
  expect(leadingNumber('(1)-①　人権啓発推進事業')).toEqual({ id: '(1)-1', length: 6 });
  expect(leadingNumber('（２）-(3) 相談事業')).toEqual({ id: '(2)-(3)', length: 8 });
  expect(leadingNumber('(1)-2　研修事業')).toEqual({ id: '(1)-2', length: 6 });
  // Digits closing it run on into the name's own words: no number (「(1)-3歳児健診」 keeps its 3歳児).
  expect(leadingNumber('(1)-3歳児健診の受診率')).toBeNull();
  expect(leadingNumber('(1)-①')).toBeNull();
});

test('leadingNumber: digits then a circled or Roman numeral before a name (「1-①　６次産業化…」): the row’s number, off the name', () => {
  expect(leadingNumber('1-①　６次産業化支援アドバイザー派遣事業')).toEqual({ id: '1-1', length: 4 });
  expect(leadingNumber('2-Ⅱ 相談事業')).toEqual({ id: '2-2', length: 4 });
  expect(leadingNumber('1-①-2：研修事業')).toEqual({ id: '1-1-2', length: 6 });
  // With no space or mark after it the name's own figures would join it: no number, the name kept as written.
  expect(leadingNumber('1-①６次産業化')).toBeNull();
  expect(leadingNumber('1-①-3歳児健診')).toBeNull();
  // Digits only, no numeral: still a name (「3-4歳児」), and a code alone is no name to take it off.
  expect(leadingNumber('3-4 歳児の人数')).toBeNull();
  expect(leadingNumber('1-①')).toBeNull();
});

test('a table’s 「1-①　事業名⏎【概要】…」 cells: the name without its code, digits beginning the name kept', () => {
  const rows = [
    ['令和６年度　推進事業　実績一覧'],
    [],
    ['No.', '推進事業', 'R6年度数値目標', 'R6年度実績値'],
    [1, '1-①　６次産業化支援事業\n【概要】専門家を派遣する。', 20, 24],
    [2, '1-②　加工品開発支援補助金\n【概要】試作品の開発を支援する。', 5, 4],
  ];
  const report = checkWorkbook({ sheets: [snap('事業実績', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['６次産業化支援事業', 20, 24],
    ['加工品開発支援補助金', 5, 4],
  ]);
});

describe('the same project under two 施策 (「1-①　６次産業化支援事業」「2-①　６次産業化支援事業」): two rows, told apart by their codes (rv70)', () => {
  const read = (rows: (string | number)[][]) => checkWorkbook({ sheets: [snap('事業実績', [['令和６年度　推進事業　実績一覧'], [], ...rows])] }, {}).report;

  test.each([
    [
      'with a No. column',
      [
        ['No.', '推進事業', 'R6年度数値目標', 'R6年度実績値'],
        [1, '1-①　６次産業化支援事業', 20, 24],
        [2, '2-①　６次産業化支援事業', 5, 4],
      ],
    ],
    [
      'without one',
      [
        ['推進事業', 'R6年度数値目標', 'R6年度実績値'],
        ['1-①　６次産業化支援事業', 20, 24],
        ['2-①　６次産業化支援事業', 5, 4],
      ],
    ],
  ])('%s: the codes are the ids, no duplicate-indicator', (_, rows) => {
    const report = read(rows as (string | number)[][]);
    expect(report.indicators.map((i) => [i.id, i.name, i.target, i.actual])).toEqual([
      ['1-1', '６次産業化支援事業', 20, 24],
      ['2-1', '６次産業化支援事業', 5, 4],
    ]);
    expect(report.findings.filter((f) => f.code === 'duplicate-indicator')).toEqual([]);
  });

  test('the same name twice under the same code, or with no code, is still a duplicate', () => {
    const report = read([
      ['推進事業', 'R6年度数値目標', 'R6年度実績値'],
      ['相談事業', 20, 24],
      ['相談事業', 5, 4],
    ]);
    expect(report.findings.filter((f) => f.code === 'duplicate-indicator')).toHaveLength(1);
  });

  test('a Roman numeral the name goes on from (「2-Ⅱ 期工事の進捗率」) is the name’s word, no code', () => {
    expect(leadingNumber('2-Ⅱ 期工事の進捗率')).toBeNull();
    expect(leadingNumber('3-Ⅲ 型施設の整備数')).toBeNull();
    expect(leadingNumber('2-Ⅱ 相談事業')).toEqual({ id: '2-2', length: 4 });
    const report = read([
      ['No.', '推進事業', 'R6年度数値目標', 'R6年度実績値'],
      [1, '2-Ⅱ 期工事の進捗率', 20, 24],
      [2, '2-① 相談事業', 5, 4],
    ]);
    expect(report.indicators.map((i) => i.name)).toEqual(['2-Ⅱ 期工事の進捗率', '相談事業']);
  });
});
