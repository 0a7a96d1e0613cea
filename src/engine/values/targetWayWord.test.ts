/** A target cell whose whole text is a way (「減少」「増加」) states the direction and no number. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { targetWayWord } from './targetWayWord';

test.each([
  ['減少', 'down'],
  ['低下', 'down'],
  ['抑制', 'down'],
  ['減少させる', 'down'],
  ['（減少）', 'down'],
  ['↓減少', 'down'],
  ['↓', 'down'],
  ['増加', 'up'],
  ['向上', 'up'],
  ['増加を目指す', 'up'],
  ['↑', 'up'],
  ['伸びの抑制', 'down'],
  ['上昇を抑制', 'down'],
  ['増加を抑える', 'down'],
  ['（伸びの抑制）', 'down'],
  ['減少の抑制', 'up'],
  ['減少に歯止め', 'up'],
])('a way alone: %s', (text, way) => {
  expect(targetWayWord(text)?.way).toBe(way);
});

test.each(['維持', '現状維持', '15%以下', '100', '減少率', '↑減少', '前年度より減少', '－', '伸び率の抑制に努めたが増加', '抑制した'])(
  'no way alone: %s',
  (text) => {
    expect(targetWayWord(text)).toBeNull();
  },
);

test('a 「減少」 target says down; still no target to grade against', () => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('中間評価', [
          ['健康増進計画　中間評価（令和5年度）'],
          ['指標', '単位', '策定時（H30）', '中間評価時（R5）', '目標（R10）'],
          ['睡眠で休養が十分とれていない人の割合', '％', 21.5, 21.8, '減少'],
          ['運動習慣者の割合', '％', 30.1, 31.0, '増加'],
          ['特定健康診査の受診率', '％', 38.2, 42.6, 60],
        ]),
      ],
    },
    {},
  ).report;
  expect(report.indicators.map((i) => [i.direction, i.target, i.grade])).toEqual([
    ['down', null, null],
    ['up', null, null],
    ['up', 60, 'C'],
  ]);
  expect(report.indicators[0].cells.direction).toBe('E3');
});

test('a rise held down as the target (「伸びの抑制」) says down; a decline held down (「減少の抑制」) up', () => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('成果指標', [
          ['令和５年度　成果指標の評価'],
          ['指標名', '単位', '基準値', '目標値', '実績値'],
          ['被保険者一人当たり医療費', '円', 380000, '伸びの抑制', 392000],
          ['総人口', '人', 52000, '減少の抑制', 51200],
        ]),
      ],
    },
    {},
  ).report;
  expect(report.indicators.map((i) => [i.name, i.direction, i.target])).toEqual([
    ['被保険者一人当たり医療費', 'down', null],
    ['総人口', 'up', null],
  ]);
});

test('a decline held down beside a name measuring the decline itself (人口減少率) says no way (rv62)', () => {
  expect(targetWayWord('減少の抑制', '人口減少率')).toBeNull();
  expect(targetWayWord('減少の抑制', '農地の減少面積')).toBeNull();
  expect(targetWayWord('減少の抑制', '総人口')?.way).toBe('up');
  expect(targetWayWord('伸びの抑制', '医療費の伸び率')?.way).toBe('down');
});
