/** Review rv79 item 7: a direction cell denying a way verb (「増加させない」) states the way kept to, never the verb's. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { parseDirection } from './parseDirection';

test.each([
  ['増加させない', 'down'],
  ['減少させない', 'up'],
  ['増加させないようにする', 'down'],
  ['前年度より増加しないよう努める', 'down'],
  ['低下しないよう努める', 'up'],
  ['増加', 'up'],
  ['減少', 'down'],
])('parseDirection(%s) is %s', (text, way) => {
  expect(parseDirection(text)).toBe(way);
});

test('a denial of another thing or followed by what is done is not read as the verb’s way', () => {
  expect(parseDirection('孤立死を増やさない')).toBeNull();
  expect(parseDirection('待機児童が増加しないよう定員を増やす')).toBeNull();
});

test('a 目標の方向 column of denials grades each row the way a clerk reads it', () => {
  const rows = [
    ['令和５年度　施策評価シート'],
    ['指標', '単位', '目標の方向', '令和4年度実績', '令和5年度目標', '令和5年度実績'],
    ['高齢者の消費者被害件数', '件', '増加させない', 212, 210, 198],
    ['自治会加入世帯数', '世帯', '減少させない', 41200, 41000, 40500],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] }, {});
  expect(report.indicators.map((i) => [i.direction, i.grade])).toEqual([
    ['down', 'A'],
    ['up', 'B'],
  ]);
});
