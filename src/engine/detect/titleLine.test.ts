/** The sheet's title lines: a form's number line above the title is none of them. */
import { checkWorkbook } from '../actions/check';
import { detectWorkbook } from './index';
import { snap } from './testing';

test('a 様式第５号 line above 「令和５年度 …補助金 成果報告書」: the title under it names the year', () => {
  const sheet = snap('様式第５号（１）', [
    ['様式第５号（第１２条関係）'],
    [],
    [null, '令和５年度 地域づくり活動支援補助金 成果報告書'],
    [],
    [null, '成果指標（１）', 'ワークショップ参加者数'],
    [null, '目標値', '150人'],
    [null, '実績値', '173人'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['ワークショップ参加者数', 150, 173]]);
  expect(report.findings.filter((f) => f.code === 'period-undetermined')).toEqual([]);
});

describe('a reported year’s line under the title beside words only (「令和5年度評価」 … 「中央図書館」) is the title’s year', () => {
  const read = (line: (string | number | null)[]) => {
    const sheet = snap('サービス指標', [
      ['市立図書館サービス計画　サービス指標の達成状況'],
      line,
      [],
      ['年度', '区分', '個人貸出冊数（冊）', '来館者数（人）'],
      ['令和4年度', '実績', 628900, 315200],
      ['令和5年度', '目標', 650000, 330000],
      ['令和5年度', '実績', 633850, 322760],
      ['令和6年度', '目標', 660000, 335000],
    ]);
    return checkWorkbook({ sheets: [sheet] }, {}).report;
  };
  const guessed = (r: ReturnType<typeof read>) => r.findings.some((f) => f.code === 'reading-uncertain');

  test('beside a library’s name: the period is borne out, nothing guessed', () => {
    const r = read(['令和5年度評価', null, null, null, null, null, '中央図書館']);
    expect(r.period?.fiscalYear).toBe(2023);
    expect(guessed(r)).toBe(false);
  });

  test('without the line the period is the latest actual’s, flagged as inferred', () => {
    const r = read([null, null, null, null, null, null, '中央図書館']);
    expect(r.period?.fiscalYear).toBe(2023);
    expect(guessed(r)).toBe(true);
  });

  test('beside a heading it is no title line (the period stays inferred and flagged)', () => {
    expect(guessed(read(['令和5年度評価', null, '目標']))).toBe(true);
  });
});

describe('the line under the title alone on its row is the sheet’s subtitle', () => {
  const meta = (rows: (string | number | null)[][]) => detectWorkbook([snap('総括表', rows)], [{ grade: 'A', label: '' }])[0].meta;
  const table = [
    ['指標', '単位', '目標値', '実績値'],
    ['観光入込客数', '万人', 320, 296],
  ];

  test('a note under the title: the subtitle', () => {
    expect(meta([['令和5年度　進捗状況総括表'], ['（令和6年4月15日時点の速報値により作成）'], [], ...table]).subtitle).toBe(
      '（令和6年4月15日時点の速報値により作成）',
    );
  });

  test('a line of several cells, or the table’s header right under the title, is none', () => {
    expect(meta([['令和5年度　進捗状況総括表'], ['作成', '観光交流課'], [], ...table]).subtitle).toBeUndefined();
    expect(meta([['令和5年度　進捗状況総括表'], ...table]).subtitle).toBeUndefined();
  });
});

test('a meeting’s paper of 令和6年度 whose line under the title names 令和5年度: the figures’ year is 令和5年度, no guess', () => {
  const sheet = snap('資料2', [
    ['令和6年度 第1回 川内地域審議会　資料2', null, null, null, null, '開催日：令和6年7月25日（木）'],
    ['令和5年度　川内地域の主な取組と指標の状況'],
    ['指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '令和6年度目標'],
    ['農家民泊受入人数', '人', 398, 450, 413, 470],
    ['雪下ろし支援件数', '件', 41, 50, 38, 50],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['農家民泊受入人数', 450, 413],
    ['雪下ろし支援件数', 50, 38],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a meeting’s paper of 令和6年度 whose line under the title aims at 令和8年度 (「目標達成に向けた」): 令和8年度 is not the period', () => {
  const sheet = snap('資料2', [
    ['令和6年度 第1回 総合計画審議会　資料2'],
    ['令和8年度の目標達成に向けた主要指標の状況'],
    ['指標', '単位', '基準値', '目標値', '実績値'],
    ['農家民泊受入人数', '人', 300, 470, 413],
    ['雪下ろし支援件数', '件', 30, 50, 38],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).not.toBe(2026);
});

test('a meeting’s paper whose line under the title names a year after the meeting’s: that year is not the period', () => {
  const sheet = snap('資料2', [
    ['令和6年度 第1回 総合計画審議会　資料2'],
    ['令和8年度　主要指標の状況'],
    ['指標', '単位', '基準値', '目標値', '実績値'],
    ['農家民泊受入人数', '人', 300, 470, 413],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).not.toBe(2026);
});
