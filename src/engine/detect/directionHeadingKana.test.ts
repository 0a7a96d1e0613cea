/**
 * A direction column headed in kana or mixed script (めざす方向 / 目ざす方向, as 目指す方向) states each row's aim:
 * the column's own word for the row (減らす / 増やす) is the indicator's stated direction.
 */
import { DEFAULT_RULES } from '../grading/rules';
import { classifyLabel } from '../values/labels';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = DEFAULT_RULES.scale.map(({ grade, label }) => ({ grade, label }));

test.each(['めざす方向', '目ざす方向', '目指す方向', '指標のめざす方向'])('%s heads a direction column', (text) => {
  expect(classifyLabel(text)?.role).toBe('direction');
});

test('each row takes the word its めざす方向 cell states', () => {
  const sheet = snap('指標', [
    ['計画の指標'],
    ['分野', '指標', 'めざす方向', '現状値', '目標値', '実績値'],
    ['くらし', '夜間に外出を控える人の割合（％）', '減らす', 30.5, 25.0, 28.1],
    ['くらし', '地域の行事に参加した人の割合（％）', '増やす', 41.0, 50.0, 44.2],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => [i.name, i.statedDirection?.value ?? null, i.statedDirection?.cell ?? null])).toEqual([
    ['夜間に外出を控える人の割合', 'down', 'C3'],
    ['地域の行事に参加した人の割合', 'up', 'C4'],
  ]);
});
