/**
 * A 基準年度 column holds each row's baseline year: a table with it (names down the rows, 基準年度 | 基準値 | 目標 |
 * 実績) is read as a table of indicators, never as a table whose years are rows, even where two of its years rise.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { namesMeasureYear } from './measureYearHeading';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

test.each([
  ['基準年度', true],
  ['基準年', true],
  ['目標年度', true],
  ['策定年度', true],
  ['基準年度（実績）', true],
  ['年度', false],
  ['実績年度', false],
  ['基準値', false],
  ['指標名', false],
])('the heading 「%s」 names a measure’s year: %s', (heading, expected) => {
  expect(namesMeasureYear(heading)).toBe(expected);
});

const sheet = (yearHeading: string) =>
  snap(
    '指標',
    [
      ['緑化推進計画　指標の進捗'],
      ['対象年度：令和５年度'],
      [],
      ['指標', '単位', yearHeading, '基準値', '目標（令和10年度）', '令和５年度実績'],
      ['街路樹の本数', '本', '平成28年度', 4200, 5000, 4630],
      ['緑地協定の締結数', '件', '令和２年度', 3, 10, 6],
      ['市民農園の区画数', '区画', '令和２年度', 120, 200, 150],
    ],
    { left: 2 },
  );

test('a 基準年度 column of rising then repeated years is no years axis: each row is an indicator with its target and actual', () => {
  const inds = detectSheet(sheet('基準年度'), scale).indicators;
  expect(inds.map((i) => [i.name, i.unit, i.targets.map((t) => t.cell).join(','), i.actuals.map((a) => a.cell).join(',')])).toEqual([
    ['街路樹の本数', '本', 'F5', 'G5'],
    ['緑地協定の締結数', '件', 'F6', 'G6'],
    ['市民農園の区画数', '区画', 'F7', 'G7'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet('基準年度')] });
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['街路樹の本数', 5000, 4630],
    ['緑地協定の締結数', 10, 6],
    ['市民農園の区画数', 200, 150],
  ]);
});
