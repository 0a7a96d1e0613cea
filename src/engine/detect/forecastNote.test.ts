/** A note saying unconfirmed actuals are written as forecasts in the 見込 column lets the 見込 stand in, provisional. */
import { checkWorkbook } from '../actions/check';
import { noteSubjectYear, saysForecastStandsIn } from './forecastNote';
import { snap } from './testing';

const NOTE = '※令和5年度実績が確定していない指標は、実績値欄を「－」とし、実績見込欄に見込値を記載した。';

function report(note: string | null) {
  const rows: (string | number | null)[][] = [
    ['健康増進計画　令和5年度 指標の進捗状況'],
    ['指標', '単位', 'R5目標値', 'R5実績値', 'R5実績見込'],
    ['特定健康診査の受診率', '％', 45, '－', 41],
    ['がん検診の受診率', '％', 12, 9.1, null],
    ['歯科健診の受診率', '％', 20, '集計中', 18],
  ];
  if (note) rows.push([], [note]);
  return checkWorkbook({ sheets: [snap('進捗', rows)] }, {}).report;
}

test('the note is told from notes about something else, and from one refusing the forecast', () => {
  expect(saysForecastStandsIn(NOTE)).toBe(true);
  expect(saysForecastStandsIn('※実績が未確定の項目は、見込値を記入しています。')).toBe(true);
  expect(saysForecastStandsIn('※実績見込は参考として記載した。')).toBe(false);
  expect(saysForecastStandsIn('※実績が確定していない指標は見込値を記載したが、見込値は評価に用いない。')).toBe(false);
});

test('with the note, a year whose 実績 has no figure takes its 見込, graded provisional with a warning naming the cell', () => {
  const r = report(NOTE);
  expect(r.indicators.map((i) => [i.name, i.actual, i.actualStatus, i.grade, i.cells.actual])).toEqual([
    ['特定健康診査の受診率', 41, 'provisional', 'B', 'E3'],
    ['がん検診の受診率', 9.1, 'value', 'C', 'D4'],
    ['歯科健診の受診率', 18, 'provisional', 'B', 'E5'],
  ]);
  expect(r.findings.filter((f) => f.code === 'actual-provisional').map((f) => f.cell)).toEqual(['E3', 'E5']);
});

test('without the note, the 見込 never stands in: no grade where the 実績 has no figure', () => {
  const r = report(null);
  expect(r.indicators.map((i) => [i.name, i.actual, i.grade])).toEqual([
    ['特定健康診査の受診率', null, null],
    ['がん検診の受診率', 9.1, 'C'],
    ['歯科健診の受診率', null, null],
  ]);
});

test('a note about one row, or one judging by confirmed figures, says nothing; 未実施 and 中止 keep what they say', () => {
  expect(saysForecastStandsIn('※No.1のR5実績は確定していないため、実績見込欄に見込値を記載した。')).toBe(false);
  expect(saysForecastStandsIn('※実績が確定していない指標は見込値を記載しているが、評価は確定値により行う。')).toBe(false);
  const rows: (string | number | null)[][] = [
    ['令和5年度 指標の進捗状況'],
    ['指標', '単位', 'R5目標値', 'R5実績値', 'R5実績見込'],
    ['健康教室の開催回数', '回', 20, '未実施', 18],
    ['健康まつりの来場者数', '人', 3000, '中止', 2800],
    [],
    [NOTE],
  ];
  const r = checkWorkbook({ sheets: [snap('進捗', rows)] }, {}).report;
  expect(r.indicators.map((i) => i.cells.actual)).toEqual(['D3', 'D4']);
});

describe('a note speaking of a year’s 実績 column as a whole, over 令和5年度: 目標値 | 実績値 | 見込値', () => {
  const YEAR_NOTE = '※令和5年度の実績値は年度終了後に確定するため空欄とし、令和6年1月末時点の見込値を記載した。';
  function read(note: string | null, r5actual: number | null = null) {
    const rows: (string | number | null)[][] = [
      ['高齢者福祉計画　令和5年度 取組の進捗状況'],
      [],
      ['No.', '取組の指標', '単位', '令和4年度実績', '令和5年度', null, null],
      [null, null, null, null, '目標値', '実績値', '見込値'],
      [1, '介護予防教室の参加者数', '人', 2210, 2400, r5actual, 2150],
      [2, 'シルバー人材センターの会員数', '人', 872, 900, null, '集計中'],
    ];
    if (note) rows.push([], [note]);
    const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'];
    return checkWorkbook({ sheets: [snap('進捗', rows, { merges })] }, {}).report;
  }

  test('the note is read, and the year it names is its subject', () => {
    expect(saysForecastStandsIn(YEAR_NOTE)).toBe(true);
    expect(noteSubjectYear(YEAR_NOTE)).toBe(2023);
    expect(noteSubjectYear(NOTE)).toBe(2023);
    expect(noteSubjectYear('※実績が未確定の項目は、見込値を記入しています。')).toBeUndefined();
    // A row's 実績 named before the year is still one row.
    expect(saysForecastStandsIn('※No.1の令和5年度の実績値は確定するまで空欄とし、見込値を記載した。')).toBe(false);
  });

  test('with it, the year’s 見込 is its provisional actual, and a 見込 of 集計中 leaves the actual pending', () => {
    const r = read(YEAR_NOTE);
    expect(r.period?.fiscalYear).toBe(2023);
    expect(r.indicators.map((i) => [i.actual, i.actualStatus, i.grade, i.cells.actual])).toEqual([
      [2150, 'provisional', 'B', 'G5'],
      [null, 'pending', null, 'G6'],
    ]);
  });

  test('a 見込 beside a filled 実績 stays aside', () => {
    expect(read(YEAR_NOTE, 2380).indicators.map((i) => [i.actual, i.actualStatus, i.cells.actual])[0]).toEqual([2380, 'value', 'F5']);
  });

  test('without the note, or with one naming another year, the 見込 never stands in', () => {
    for (const note of [null, '※令和4年度の実績値は年度終了後に確定するため空欄とし、見込値を記載した。']) {
      const r = read(note);
      expect(r.indicators.map((i) => [i.actual, i.actualStatus])).not.toContainEqual([2150, 'provisional']);
      expect(r.indicators.every((i) => i.cells.actual !== 'G5' && i.cells.actual !== 'G6')).toBe(true);
    }
  });
});
