import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { targetPerPeriod } from './perPeriodTarget';

type Line = (string | number | null)[];
const M = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const T = ['令和６年度　児童館　月別利用実績'];
const c = ['中央児童館', 800, 810, 820, 830, 840, 850, 860, 870, 880, 890, 900, 910];
const e = ['東児童館', 500, 510, 520, 530, 540, 550, 560, 570, 580, 590, 600, 610];
const read = (lines: Line[]) => checkWorkbook({ sheets: [snap('表', lines)] }, {}).report;

describe('perPeriodTarget (review rv71: the 施設名 path)', () => {
  test('目標（1日平均） under 施設名 is graded against the 1日平均 column, never the 年間計', () => {
    const rep = read([T, ['施設名', ...M, '年間計', '1日平均', '目標（1日平均）'], [...c, 10260, 35, 40], [...e, 6660, 23, 20]]);
    expect(rep.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
      ['中央児童館', 40, 35, 'B'],
      ['東児童館', 20, 23, 'A'],
    ]);
  });

  test('目標（月） with no monthly column: the 年度計 is left unread, with a guess naming it', () => {
    const rep = read([T, ['施設名', ...M, '年度計', '目標（月）'], [...c, 10260, 900], [...e, 6660, 500]]);
    expect(rep.indicators.map((i) => i.grade ?? null)).toEqual([null, null]);
    expect(rep.indicators.map((i) => i.actual ?? null)).toEqual([null, null]);
    const guesses = rep.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell);
    expect(guesses).toEqual(['N3', 'N4']);
  });

  test('a year target beside the 年度計 is read as before', () => {
    const rep = read([T, ['施設名', ...M, '年度計', '年度目標'], [...c, 10260, 10000], [...e, 6660, 7000]]);
    expect(rep.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([
      [10000, 10260, 'A'],
      [7000, 6660, 'B'],
    ]);
  });

  test('a 年度平均 beside a target set as the month average (fx178, set 179) is the year figure itself: graded, no guess', () => {
    const rep = read([
      ['令和４年度　教員の時間外在校等時間'],
      ['項目', '単位', ...M, '年度平均', '縮減目標（月平均）', '目指す方向'],
      ['小学校教員の時間外在校等時間', '時間', 40, 42, 38, 41, 30, 39, 40, 41, 39, 36, 37, 40, 38.6, 40, '減少'],
      ['中学校教員の時間外在校等時間', '時間', 52, 55, 50, 54, 40, 51, 53, 54, 52, 49, 50, 53, 51.1, 45, '減少'],
    ]);
    expect(rep.indicators.map((i) => [i.actual, i.target])).toEqual([
      [38.6, 40],
      [51.1, 45],
    ]);
    expect(rep.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
    // A per-day target beside the 年度平均 is another average: still left unread.
    const day = read([T, ['施設名', ...M, '年度平均', '目標（1日平均）'], [...c, 855, 40]]);
    expect(day.indicators.map((i) => i.actual ?? null)).toEqual([null]);
  });

  test('review rv79 item 1: a 年度平均 of the months beside a target set per day (日平均) or per week (週平均) is left unread', () => {
    const pool = read([
      ['令和５年度　市民プール利用状況'],
      ['施設名', ...M, '年度平均', '目標（日平均）'],
      ['市民プール', 6200, 7100, 8400, 12600, 13800, 7900, 6500, 5200, 4800, 4600, 4900, 5800, 7358, 260],
    ]);
    expect(pool.indicators.map((i) => [i.actual ?? null, i.grade ?? null])).toEqual([[null, null]]);
    expect(pool.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
    const hours = read([
      ['令和５年度　職員の時間外勤務時間'],
      ['項目', '単位', ...M, '年度平均', '縮減目標（週平均）'],
      ['1人当たりの時間外勤務時間', '時間', 22, 24, 21, 18, 12, 20, 23, 22, 25, 19, 26, 30, 21.8, 4],
    ]);
    expect(hours.indicators.map((i) => i.grade ?? null)).toEqual([null]);
    expect(hours.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
  });

  test('the shared predicate', () => {
    expect(targetPerPeriod(['目標（1日平均）'], [])).toBe(true);
    expect(targetPerPeriod(['月間目標'], [])).toBe(true);
    expect(targetPerPeriod(['目標'], ['月平均'])).toBe(true);
    expect(targetPerPeriod(['年度目標'], ['月平均'])).toBe(false);
    expect(targetPerPeriod(['年間目標'], [])).toBe(false);
    expect(targetPerPeriod(['目標（3月末）'], [])).toBe(false);
  });
});
