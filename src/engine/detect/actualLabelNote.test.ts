/**
 * A note saying which way the figure the actual rows are labelled by should go (「職員数が目標職員数以下であれば達成（減少を目指す）」
 * under 目標職員数 / 職員数（実績） rows) speaks of every indicator whose actual is so labelled; a note naming the measure only inside
 * another word (「目標職員数」) does not.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

function directions(note: string) {
  const rows = [
    ['令和6年度　職員数の進行管理'],
    [],
    ['部門', '区分', '令和5年度', '令和6年度'],
    ['一般行政部門', '目標職員数', 625, 610],
    [null, '職員数（実績）', 641, 630],
    ['教育部門', '目標職員数', 183, 180],
    [null, '職員数（実績）', 187, 181],
    [],
    [note],
  ];
  const sheet = snap('定員', rows as never, { merges: ['A4:A5', 'A6:A7'] });
  return checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.name, i.direction]);
}

test('a note on the rows’ 職員数 says lower is better of every 部門', () => {
  expect(directions('※職員数が目標職員数以下であれば達成（減少を目指す）。')).toEqual([
    ['一般行政部門', 'down'],
    ['教育部門', 'down'],
  ]);
});

test('a note limiting itself to some 部門 (「…を除き」「…において」) is not read as said of every row (review rv50)', () => {
  // Before: every 部門 down. The sentence's exception or place belongs to the rows' own 部門 names; read by its names, not here.
  expect(directions('※職員数は、消防部門を除き減少を目指す。').map((r) => r[1])).toEqual(['up', 'up']);
  expect(directions('※職員数は一般行政部門において削減を目指す（消防・教育は充実を図る）。')[1]).toEqual(['教育部門', 'up']);
});

test('a note naming 職員数 only inside 目標職員数 says nothing of the rows', () => {
  expect(directions('※目標職員数は減少を目指す計画値。')).toEqual([
    ['一般行政部門', 'up'],
    ['教育部門', 'up'],
  ]);
});

test('a formula naming the 年間計 column (「達成率＝年間計÷年間目標（減少を目指す指標は…）」) says nothing of the rows', () => {
  const rows = [
    ['令和6年度　四半期進捗管理表'],
    [],
    ['指標名', '単位', '年間目標', '年間計'],
    ['相談件数', '件', 800, 772],
    ['受講者数', '人', 120, 135],
    [],
    ['※達成率＝年間計÷年間目標（減少を目指す指標は年間目標÷年間計）'],
  ];
  const report = checkWorkbook({ sheets: [snap('進捗', rows as never)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.direction])).toEqual([
    ['相談件数', 'up'],
    ['受講者数', 'up'],
  ]);
});
