/**
 * A 速報値 / 見込み / 概数 remark in the 備考 cell of the actual's own line (the year's row, or the year's column
 * under a 備考 row) makes that actual provisional or approximate; a remark about another measure, another year,
 * a denial, or a row of several actuals without a year says nothing of it.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

const statusOf = (values: Row[], sheet = '指標') =>
  checkWorkbook({ sheets: [snap(sheet, values)] }, {}).report.indicators.map((i) => [i.name, i.actual, i.actualStatus]);

describe('years down the rows: the year row’s 備考', () => {
  const block = (remark: string | null): Row[] => [
    ['評価対象年度：令和5年度'],
    [],
    ['成果指標', '市民活動団体の登録数'],
    ['年度', '目標値（団体）', '実績値（団体）', '備考'],
    ['令和3年度', 110, 104, null],
    ['令和4年度', 120, 118, null],
    ['令和5年度', 130, 126, remark],
  ];

  test.each([
    ['速報値', 'provisional'],
    ['見込み', 'provisional'],
    ['概数', 'approximate'],
    ['暫定値（6月確定）', 'provisional'],
  ])('%s in the evaluated year’s row: %s', (remark, status) => {
    expect(statusOf(block(remark))).toEqual([['市民活動団体の登録数', 126, status]]);
  });

  test.each([
    ['速報値（令和6年5月時点）', 'provisional'], // the as-of date names no year of the figure
    ['R6.5.31現在の速報値', 'provisional'],
  ])('%s, dated after the year, in the evaluated year’s row: %s', (remark, status) => {
    expect(statusOf(block(remark))).toEqual([['市民活動団体の登録数', 126, status]]);
  });

  test.each([
    ['速報値（令和5年3月時点）'], // an as-of date before the figure’s year began: another figure
    ['確定値に更新（速報値 120）'], // made final, quoting the early figure
    ['速報値ではなく確定値'], // a denial
    ['目標値は見込み'], // about another measure
    ['令和4年度は速報値'], // about another year
    ['集計方法を見直し'], // no qualifier
  ])('%s says nothing of the actual', (remark) => {
    expect(statusOf(block(remark))).toEqual([['市民活動団体の登録数', 126, 'value']]);
  });

  test('the finding about the figure names the remark that qualifies it', () => {
    const { report } = checkWorkbook({ sheets: [snap('指標', block('速報値'))] }, {});
    const f = report.findings.find((x) => x.code === 'actual-provisional');
    expect([f?.cell, f?.params]).toEqual(['C7', expect.objectContaining({ qualifier: 'provisional', value: '126（備考 D7：速報値）', cell: 'C7' })]);
  });

  test('a remark on another year’s row leaves the evaluated year’s actual final', () => {
    const rows = block(null);
    rows[5][3] = '速報値';
    expect(statusOf(rows)).toEqual([['市民活動団体の登録数', 126, 'value']]);
  });
});

describe('indicators down the rows: the row’s 備考', () => {
  test('an undated actual column: an as-of remark (「速報値（令和6年5月時点）」) is about it, one naming another year is not', () => {
    const rows: Row[] = [
      ['指標の状況'],
      ['指標名', '単位', '目標値', '実績値', '備考'],
      ['相談件数', '件', 300, 280, '速報値（令和6年5月時点）'],
      ['講座参加者数', '人', 500, 520, '令和4年度は速報値'],
    ];
    expect(statusOf(rows)).toEqual([
      ['相談件数', 280, 'provisional'],
      ['講座参加者数', 520, 'value'],
    ]);
  });

  test('one actual on the row: a 見込み remark is about it', () => {
    const rows: Row[] = [
      ['令和5年度 指標の状況'],
      ['指標名', '単位', '目標値', '実績値', '備考'],
      ['相談件数', '件', 300, 280, '見込み'],
      ['講座参加者数', '人', 500, 520, '前年度は中止'],
    ];
    expect(statusOf(rows)).toEqual([
      ['相談件数', 280, 'provisional'],
      ['講座参加者数', 520, 'value'],
    ]);
  });

  test('a 約 qualifies the number it stands before: the actual only when that number is the actual’s figure', () => {
    const rows: Row[] = [
      ['評価対象年度：2023年度'],
      ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'],
      ['オートキャンプ場利用者数', '人', 9840, 12000, 8930, '7月の豪雨により約1か月休業'],
      ['温泉交流センター利用者数', '人', 165420, 180000, 171250, 'インバウンドが約4割'],
      ['観光物産館来館者数', '人', 88760, 95000, 101320, '約10万人（推計）'],
      ['城址公園入園者数', '人', 5210, 9000, 4870, '約4,900人、約2か月休園'],
      ['郷土資料館入館者数', '人', 1120, 1500, 1730, '概数（約1か月休館）'],
    ];
    expect(statusOf(rows)).toEqual([
      ['オートキャンプ場利用者数', 8930, 'value'], // the closure's length is about a month
      ['温泉交流センター利用者数', 171250, 'value'], // another share, not the figure
      ['観光物産館来館者数', 101320, 'approximate'], // 約10万 is the figure rounded: the old reading stands
      ['城址公園入園者数', 4870, 'approximate'], // one mark stands before the figure
      ['郷土資料館入館者数', 1730, 'approximate'], // 概数 says it of the figure
    ]);
  });

  test('several years’ actuals on the row: a remark naming no year speaks of the newest, one naming a year of that year', () => {
    const rows: Row[] = [
      ['評価対象年度：令和5年度'],
      ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '備考'],
      ['相談件数', '件', 260, 300, 280, '速報値'],
      ['講座参加者数', '人', 480, 500, 520, '令和5年度は速報値'],
      ['利用者数', '人', 900, 1000, 950, '令和4年度は速報値'],
    ];
    expect(statusOf(rows)).toEqual([
      ['相談件数', 280, 'provisional'],
      ['講座参加者数', 520, 'provisional'],
      ['利用者数', 950, 'value'],
    ]);
  });

  test('a bracket saying when the figure is made final (「（9月に確定値に更新）」) leaves the remark a short note about the year', () => {
    const rows: Row[] = [
      ['評価対象年度：令和5年度'],
      ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '備考'],
      ['移住者数', '人', 97, 120, 131, '※令和5年度実績は速報値（9月に確定値に更新）'],
      ['相談件数', '件', 335, 360, 392, '※令和4年度実績は速報値（9月に確定値に更新）'],
    ];
    expect(statusOf(rows)).toEqual([
      ['移住者数', 131, 'provisional'],
      ['相談件数', 392, 'value'],
    ]);
  });

  test('an export’s English headings: FY2022 Actual | FY2023 Actual | Status | Note, 速報値 in the Note is the newest actual’s', () => {
    const rows: Row[] = [
      ['KPI', 'Unit', 'Target(FY2025)', 'FY2022 Actual', 'FY2023 Actual', 'Status', 'Note'],
      ['相談件数', '件', 300, 260, 280, 'B', '速報値'],
      ['講座参加者数', '人', 500, 480, 520, 'A', null],
    ];
    expect(statusOf(rows)).toEqual([
      ['相談件数', 280, 'provisional'],
      ['講座参加者数', 520, 'value'],
    ]);
  });
});

describe('years across the columns: the year column’s cell of a 備考 row', () => {
  test('速報値 under the evaluated year makes its actual provisional; under another year it does not', () => {
    const rows = (r4: string | null, r5: string | null): Row[] => [
      ['評価対象年度：令和5年度'],
      [],
      ['指標名', '市民活動団体の登録数'],
      ['単位', '団体'],
      ['年度', '令和3年度', '令和4年度', '令和5年度'],
      ['目標値', 110, 120, 130],
      ['実績値', 104, 118, 126],
      ['備考', null, r4, r5],
    ];
    expect(statusOf(rows(null, '速報値'))).toEqual([['市民活動団体の登録数', 126, 'provisional']]);
    expect(statusOf(rows('速報値', null))).toEqual([['市民活動団体の登録数', 126, 'value']]);
  });
});

describe('a block’s years across the columns: the 備考 column headed on the years’ row, beside the block’s lines', () => {
  // 区分 | R2 … R6 | 備考 over 実績値 / 期待値 lines, the remark merged over both lines or on one line alone.
  const block = (remark: string | null, merged: boolean, line = 5): { values: Row[]; merges: string[] } => {
    const values: Row[] = [
      ['令和６年度施策評価シート（評価対象期間：令和５年度）'],
      [],
      ['指標①', 'ファミリー・サポート・センター活動件数', null, null, '単位', '件'],
      ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', '備考'],
      ['実績値', 2610, 2980, 3150, 3412, null, null],
      ['期待値', null, 3600, 3900, 4200, 4400, null],
    ];
    values[line - 1][6] = remark;
    return { values, merges: merged ? ['G5:G6'] : [] };
  };
  const statusOfBlock = ({ values, merges }: { values: Row[]; merges: string[] }) =>
    checkWorkbook({ sheets: [snap('2-1', values, { merges })] }, {}).report.indicators.map((i) => [i.actual, i.actualStatus]);

  test.each([
    ['※R5実績は速報値（確定値は5月末）', true],
    ['R5実績は暫定値', true],
    ['速報値', false], // on the 実績値 line alone: the newest actual's
  ])('%s (merged over the lines: %s) makes the R5 actual provisional', (remark, merged) => {
    expect(statusOfBlock(block(remark, merged))).toEqual([[3412, 'provisional']]);
  });

  test('the finding names the remark’s cell', () => {
    const { values, merges } = block('※R5実績は速報値', true);
    const { report } = checkWorkbook({ sheets: [snap('2-1', values, { merges })] }, {});
    expect(report.findings.find((f) => f.code === 'actual-provisional')?.params).toEqual(
      expect.objectContaining({ value: '3412（備考 G5：※R5実績は速報値）' }),
    );
  });

  test.each([
    ['※R4実績は速報値', true], // another year
    ['速報値', true], // merged beside the 期待値 line too, not naming the actual
    ['R5は見込み', true], // the same
    ['R5実績は確定値', true], // no qualifier
    ['R5目標は見込み', true], // another measure
  ])('%s (merged over the lines: %s) says nothing of the R5 actual', (remark, merged) => {
    expect(statusOfBlock(block(remark, merged))).toEqual([[3412, 'value']]);
  });

  test('a remark on the 期待値 line alone is not the actual’s', () => {
    expect(statusOfBlock(block('R5は速報値', false, 6))).toEqual([[3412, 'value']]);
  });
});
