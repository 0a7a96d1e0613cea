/** An average heading (年度平均) right after the months is the year's actual when the table's target is an average too. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const HOURS = [44.1, 42.3, 43.8, 38.2, 12.5, 41.0, 43.6, 42.2, 36.9, 38.4, 41.7, 38.3];

/** 項目 | 単位 | 4月 … 3月 | 年度平均 | <target heading> | 目指す方向, with a titled year. */
function monthly(target: string) {
  return snap('在校等時間', [
    ['令和４年度　教員の時間外在校等時間　月別集計'],
    [],
    ['項目', '単位', ...MONTHS, '年度平均', target, '目指す方向'],
    ['小学校教員の時間外在校等時間（1人当たり月平均）', '時間', ...HOURS, 38.6, 42, '減少'],
  ]);
}

test('「年度平均」 after the months beside a 「縮減目標（月平均）」 is the year’s actual', () => {
  const report = checkWorkbook({ sheets: [monthly('縮減目標（月平均）')] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual, i.direction, i.grade])).toEqual([
    ['小学校教員の時間外在校等時間（1人当たり月平均）', 42, 38.6, 'O4', 'down', 'A'],
  ]);
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(false);
});

test('beside a plain 目標 the average is not read: the months’ sum stays a guess the clerk checks', () => {
  const report = checkWorkbook({ sheets: [monthly('目標')] }, {}).report;
  expect(report.indicators[0].cells.actual).not.toBe('O4');
  expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
});

test('review rv78: a target compared with an average (過去5年平均比10%減, 平均以下に抑制) is no average target: the 年度平均 is not the actual', () => {
  for (const heading of ['目標（過去5年平均比10%減）', '目標（平均以下に抑制）']) {
    const report = checkWorkbook({ sheets: [monthly(heading)] }, {}).report;
    expect(report.indicators[0]?.cells.actual).not.toBe('O4');
  }
});

test('review rv79 item 1: the target’s year in its heading (令和５年度目標（月平均）) is no comparison: the 年度平均 is the actual', () => {
  for (const heading of ['令和５年度目標（月平均）', 'R5目標（月平均）', '2023年度目標（月平均）']) {
    const report = checkWorkbook({ sheets: [monthly(heading)] }, {}).report;
    expect(report.indicators.map((i) => [i.target, i.actual, i.cells.actual, i.grade])).toEqual([[42, 38.6, 'O4', 'A']]);
  }
});

test('review rv79a item 12: an average target capped in its heading (月平均45時間以下, 月平均45時間, 月平均・以下) is still the table’s target', () => {
  for (const heading of ['縮減目標（月平均45時間以下）', '縮減目標（月平均45時間）', '縮減目標（月平均・以下）']) {
    const report = checkWorkbook({ sheets: [monthly(heading)] }, {}).report;
    expect(report.indicators.map((i) => [i.target, i.actual, i.cells.actual, i.grade])).toEqual([[42, 38.6, 'O4', 'A']]);
  }
});
