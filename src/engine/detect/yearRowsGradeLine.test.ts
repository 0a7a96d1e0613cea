/**
 * Years as rows with several indicators, each a name merged over 目標 | 実績 | 達成率, and a grade line under the last year
 * (「令和5年度評価 | B | C」, each mark merged under its indicator's columns): the mark is that indicator's written grade.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Rows = (string | number | null)[][];

const rows = (label: string, marks: [string | null, string | null]): Rows => [
  ['健診の評価指標の推移（評価年度：令和5年度）'],
  [],
  ['年度', '特定健康診査受診率（％）', null, null, '特定保健指導実施率（％）', null, null],
  [null, '目標', '実績', '達成率', '目標', '実績', '達成率'],
  ['令和3年度', 42, 38.1, '91%', 32, 24.3, '76%'],
  ['令和4年度', 43, 39.7, '92%', 33, 25.2, '76%'],
  ['令和5年度', 45, 41.2, '92%', 35, 26.8, '77%'],
  ['令和6年度', 47, null, null, 37, null, null],
  [label, marks[0], null, null, marks[1], null, null],
];
const MERGES = ['A3:A4', 'B3:D3', 'E3:G3'];

function read(label: string, marks: [string | null, string | null], merges = [...MERGES, 'B9:D9', 'E9:G9']) {
  const { report } = checkWorkbook({ sheets: [snap('健診', rows(label, marks), { merges })] }, {});
  return {
    read: report.indicators.map((i) => [i.name, i.existingGrade, i.cells?.grade]),
    guessed: report.findings.some((f) => f.code === 'reading-uncertain'),
  };
}

test('the mark under each indicator’s columns on the 令和5年度評価 line is its written grade', () => {
  expect(read('令和5年度評価', ['B', 'C'])).toEqual({
    read: [
      ['特定健康診査受診率', 'B', 'B9'],
      ['特定保健指導実施率', 'C', 'E9'],
    ],
    guessed: false,
  });
});

test('unmerged marks in an indicator’s first column read the same; a plain 評価 label grades with no year', () => {
  expect(read('評価', ['A', 'C'], MERGES).read).toEqual([
    ['特定健康診査受診率', 'A', 'B9'],
    ['特定保健指導実施率', 'C', 'E9'],
  ]);
});

test('a line naming another year than the evaluation period gives its marks as a guess', () => {
  const r = read('令和4年度評価', ['B', 'C']);
  expect(r.read.map((x) => x[1])).toEqual(['B', 'C']);
  expect(r.guessed).toBe(true);
});

test('no grade label, a sentence, or one cell merged over every indicator gives no grade', () => {
  expect(read('備考', ['B', 'C']).read.map((x) => x[1])).toEqual([null, null]);
  expect(read('令和5年度評価', ['目標に届かなかった', 'C']).read.map((x) => x[1])).toEqual([null, 'C']);
  expect(read('令和5年度評価', ['B', null], [...MERGES, 'B9:G9']).read.map((x) => x[1])).toEqual([null, null]);
});
