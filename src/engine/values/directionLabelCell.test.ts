import { directionLabelValue, wayLabelValue } from './directionLabelCell';

test('a direction label and its way in one cell give the way as written', () => {
  expect(directionLabelValue('目指す方向：↑増加')).toBe('↑増加');
  expect(directionLabelValue('目指す方向:↓減少')).toBe('↓減少');
  expect(directionLabelValue('目標の方向　：　減少')).toBe('減少');
  expect(directionLabelValue('方向＝↓')).toBe('↓');
});

test('a way the reader cannot read is still the label’s value (the caller decides)', () => {
  expect(directionLabelValue('目指す方向：前年度より減少')).toBe('前年度より減少');
});

test('a plan’s 今後の方向性, another label, a name with a colon, or a colon inside brackets is none', () => {
  expect(directionLabelValue('今後の方向性：拡充')).toBeNull();
  expect(directionLabelValue('方向性：縮小')).toBeNull();
  expect(directionLabelValue('指標：通いの場の参加者数')).toBeNull();
  expect(directionLabelValue('単位：人')).toBeNull();
  expect(directionLabelValue('参加者数（目指す方向：増加）')).toBeNull();
  expect(directionLabelValue('目指す方向')).toBeNull();
  expect(directionLabelValue('目指す方向：')).toBeNull();
});

test('a bare 方向性 label gives its way only when it is an arrow or one way word (review rv75)', () => {
  expect(wayLabelValue('方向性：↑')).toBe('↑');
  expect(wayLabelValue('目指す方向性：↓減少')).toBe('↓減少');
  expect(wayLabelValue('目指す方向：↑増加')).toBe('↑増加');
  expect(wayLabelValue('方向性：縮小')).toBeNull();
  expect(wayLabelValue('今後の方向性：↑')).toBeNull();
  expect(wayLabelValue('単位：人')).toBeNull();
});
