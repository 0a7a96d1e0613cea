/** A target cell's bracketed note of the change its figure makes: a cut points down, a rise up. */
import { measuresTheChange, targetChange, targetChangeFor, targetHeadingWay } from './targetChange';

test.each([
  ['4,500\n（現状から20％縮減）', 'down', '現状から20%縮減'],
  ['880 (R1年度比 12%削減)', 'down', 'R1年度比 12%削減'],
  ['96.5％（2.5%向上）', 'up', '2.5%向上'],
  ['1,650人（基準年から5％増）', 'up', '基準年から5%増'],
  ['7,200t（30%程度の減少）', 'down', '30%程度の減少'],
  ['180件（減少）', 'down', '減少'],
  ['95%（向上を目指す）', 'up', '向上を目指す'],
])('%j → %s', (text, way, word) => {
  expect(targetChange(text)).toEqual({ way, word });
});

test.each([
  ['100t削減', 'the figure is the change itself'],
  ['5%以上削減', 'the same, as a bound'],
  ['4,500（基準値：5,000）', 'a note of another kind'],
  ['4,500（20件減）', 'a change not in percent'],
  ['（20%削減）', 'no figure of its own'],
  ['100t（削減量）', 'a note naming the quantity, no way'],
  ['（減少）', 'no figure of its own, a way alone (targetWayWord.ts)'],
  ['4,500（20%削減のうち半分を達成）', 'the note goes on after the change'],
])('%j: none (%s)', (text) => {
  expect(targetChange(text)).toBeNull();
});

test.each([
  ['削減目標\n（令和12年度）', 'down'],
  ['低減目標値', 'down'],
  ['増加目標', 'up'],
  ['目標値', null],
  ['削減量', null],
  ['目標（削減率）', null],
  // The figure counts the hours cut (削減実績時間 beside it): more is better, the heading states no way.
  ['削減目標時間\n（h／年）', null],
  ['削減目標量', null],
])('the target heading %j states %s for its rows', (heading, way) => {
  expect(targetHeadingWay(heading)).toBe(way);
});

test.each([
  ['市役所の温室効果ガス削減量', true],
  ['二酸化炭素排出量の削減率（H22比）', true],
  ['ごみの縮減額', true],
  ['温室効果ガス排出量', false],
  ['ごみの削減', false],
])('the name %j measures the change itself: %s', (name, yes) => {
  expect(measuresTheChange(name)).toBe(yes);
});

test('a note yields to the name (review rv49): a decline beside a count of people living or born, a rise beside what nobody wants more of', () => {
  expect(targetChangeFor('48,000人（減少）', '定住人口')).toBeNull();
  expect(targetChangeFor('11,500人（減少）', '中心市街地の居住人口')).toBeNull();
  expect(targetChangeFor('360人（減少）', '出生数')).toBeNull();
  expect(targetChangeFor('30件（増加）', '空き家の苦情件数')).toBeNull();
  expect(targetChangeFor('180件（減少）', '空き家相談件数')).toEqual({ way: 'down', word: '減少' });
  expect(targetChangeFor('52,000人（増加）', '定住人口')).toEqual({ way: 'up', word: '増加' });
  expect(targetChangeFor('0件（減少）', '住宅火災件数')).toEqual({ way: 'down', word: '減少' });
});
