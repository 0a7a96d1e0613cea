import { checkWorkbook } from '../actions/check';
import { measurePair } from './measurePairs';
import { snap } from './testing';
import { yearBracketPair } from './yearBracketPair';

test.each([
  ['令和６年度\n（目標／実績）', '令和６年度 目標／実績'],
  ['R5(実績/目標)', 'R5 実績/目標'],
])('%s is a year with its two measures in brackets', (heading, read) => {
  expect(yearBracketPair(heading)).toBe(read);
});

test.each(['目標（R5／R7）', '令和７年度（目標）', '策定時 R2（目標／実績）', '令和５年度（目標／実績／達成率）', '令和2年度（基準値）／令和5年度'])(
  '%s is not a year with two measures in brackets',
  (heading) => {
    expect(yearBracketPair(heading)).toBeNull();
  },
);

test('the year dates both measures of the bracket', () => {
  const pair = measurePair('令和６年度（目標／実績）');
  expect(pair?.roles).toEqual(['target', 'actual']);
  expect(pair?.periods.map((p) => p?.fiscalYear)).toEqual([2024, 2024]);
});

test.each(['令和５年度（上半期／下半期）', '令和５年度（件／人）', 'R5（当初／補正）', '令和５年度（実績／見込）'])(
  '%s names no two measures: no pair',
  (heading) => {
    expect(measurePair(heading)).toBeNull();
  },
);

test('a table of 「150／128」 cells under each year reads the evaluated year’s pair, not a later year’s target column', () => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('連携', [
          ['連携事業の目標と実績', null, null, null, null, '評価対象年度：令和６年度'],
          [],
          ['指標', '単位', '令和５年度\n（目標／実績）', '令和６年度\n（目標／実績）', '令和７年度\n（目標）', '備考'],
          ['履修者数', '人', '140／133', '150／128', '160', null],
          ['派遣人数', '人', '280／305', '300／集計中', '320', '3月派遣分を集計中'],
        ]),
      ],
    },
    {},
  ).report;
  expect(report.period?.fiscalYear).toBe(2024);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus, i.grade])).toEqual([
    ['履修者数', 150, 128, 'value', 'B'],
    ['派遣人数', 300, null, 'pending', null],
  ]);
  expect(report.indicators[0].cells).toMatchObject({ target: 'D4', actual: 'D4' });
});
