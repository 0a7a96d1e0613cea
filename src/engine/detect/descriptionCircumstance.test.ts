/** A 説明 column telling why a figure moved (「〜により減少」) is a circumstance, not the indicator's direction. */
import { directionFromWords } from '../values/labels';
import { detectSheet } from './index';
import { snap } from './testing';

test('a table whose 説明 says a figure fell for a reason keeps the indicator higher-is-better', () => {
  const sheet = snap('成果', [
    ['令和５年度　事業の成果'],
    [],
    ['成果指標', '単位', '目標', '実績', '説明'],
    ['図書館利用者数', '人', 50000, 41200, '改修工事による休館のため減少'],
    ['不法投棄件数', '件', 30, 24, '不法投棄の削減を目指す'],
  ]);
  const read = detectSheet(sheet, []).indicators.map((i) => [i.name, directionFromWords(i.wordsForDirection) ?? 'up']);
  expect(read).toEqual([
    ['図書館利用者数', 'up'],
    ['不法投棄件数', 'down'],
  ]);
});
