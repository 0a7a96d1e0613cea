/**
 * A 推移 table of actuals over the years and, lower on the same sheet, an evaluation table naming the same
 * indicators with a target, an actual and a grade: the evaluation table is the reading, the trend's later 見込み
 * column no evaluated actual. A trend row the evaluation table does not name stays as read.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

const sheet = (withOwnTrendRow: boolean) =>
  snap('施策指標', [
    ['健康づくり計画　指標の状況'],
    ['（１）推移'],
    ['指標名', '単位', '2020年度', '2021年度', '2022年度', '2023年度（見込）'],
    ['特定健診受診率', '％', 38.1, 40.2, 42.5, 44],
    ['がん検診受診者数', '人', 8100, 8420, 8800, 9000],
    ...(withOwnTrendRow ? [['健康教室参加者数', '人', 510, 530, 560, 600]] : []),
    [],
    ['（２）評価（2022年度）'],
    ['指標名', '目標値（2025年度）', '2022年度実績', '評価'],
    ['特定健診受診率', 60, 42.5, 'C'],
    ['がん検診受診者数', 10000, 8800, 'B'],
  ]);

test('the evaluation table’s rows are the indicators; the trend’s rows of the same names are not read twice', () => {
  const inds = detectSheet(sheet(false), scale).indicators;
  expect(inds.map((i) => [i.name, i.targets.map((t) => t.cell).join(','), i.actuals.map((a) => a.cell).join(','), i.gradeCell?.cell])).toEqual([
    ['特定健診受診率', 'B9', 'C9', 'D9'],
    ['がん検診受診者数', 'B10', 'C10', 'D10'],
  ]);
});

test('the period is the evaluation table’s year, not the trend’s later 見込み year, and nothing is a duplicate', () => {
  const { report } = checkWorkbook({ sheets: [sheet(false)] });
  expect(report.period?.fiscalYear).toBe(2022);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade])).toEqual([
    ['特定健診受診率', 60, 42.5, 'C'],
    ['がん検診受診者数', 10000, 8800, 'B'],
  ]);
  expect(report.findings.filter((f) => f.code === 'duplicate-indicator')).toEqual([]);
});

test('a trend row the evaluation table does not name stays an indicator of its own', () => {
  const inds = detectSheet(sheet(true), scale).indicators;
  expect(inds.map((i) => i.name)).toEqual(['健康教室参加者数', '特定健診受診率', 'がん検診受診者数']);
  expect(inds[0].actuals.map((a) => a.cell)).toEqual(['C6', 'D6', 'E6', 'F6']);
});
