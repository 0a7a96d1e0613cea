/**
 * Review rv77: a denied rise of a thing written as its object (「孤立死を増やさない」), or inside a purpose phrase (「空き家を増やさない
 * ための相談件数」「待機児童が増加しないよう定員を増やす」), never turns the figure's way down.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { wayFromText } from './directionWords';

const read = (name: string, unit: string, target: number, actual: number, note: string | null = null) => {
  const rows = [['評価対象年度：2023年度'], ['指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '備考'], [name, unit, null, target, actual, note]];
  return checkWorkbook({ sheets: [snap('S', rows)] }, {}).report.indicators[0];
};

test.each([
  ['空き家を増やさないための相談件数', '件', 100, 120, null],
  ['待機児童を増加させないための保育士確保数', '人', 100, 120, null],
  ['特定健診受診率\n※重症化する人を増やさない', '％', 60, 65, null],
  ['予防接種率', '％', 95, 97, '感染症を拡大させない'],
  ['地域見守り協力事業所数', '事業所', 100, 120, '孤立死を増やさない'],
  ['保育所定員数', '人', 1200, 1250, '待機児童が増加しないよう定員を増やす'],
])('%s: not read as lower-is-better', (name, unit, target, actual, note) => {
  const ind = read(name, unit, target, actual, note);
  expect(ind.direction).not.toBe('down');
});

test('the way verb after a purpose phrase is read; a denial with no object still reads down', () => {
  expect(wayFromText('待機児童が増加しないよう定員を増やす')).toBe('up');
  expect(wayFromText('前年度より増加しないことを目指す')).toBe('down');
  expect(wayFromText('孤立死を増やさない')).toBeNull();
});

test.each([
  // Review rv79 item 2: the object is the indicator's own measure: lower is better.
  ['管理不全空き家の件数', '件', 90, 84, '管理不全空き家を増やさない'],
  ['市税等の滞納繰越額', '百万円', 480, 470, '滞納繰越額を増加させない'],
  // Review rv79 item 3: effort alone after the purpose phrase keeps the denial's way.
  ['救急出動件数', '件', 8400, 8610, '前年度より増加しないよう努める'],
  ['高齢者の消費者被害件数', '件', 210, 198, '被害件数が増加しないようにする'],
])('%s with 「%s」 in 備考: lower is better', (name, unit, target, actual, note) => {
  expect(read(name, unit, target, actual, note).direction).toBe('down');
});

test('review rv79: another thing as the object, or a way verb after the purpose phrase, still decides as before', () => {
  expect(wayFromText('空き家バンク登録件数 空き家を増やさない')).toBeNull();
  expect(wayFromText('保育所定員数 待機児童が増加しないよう定員を増やす')).toBe('up');
  expect(wayFromText('特定健診受診率 低下しないよう努める')).toBe('up');
});
