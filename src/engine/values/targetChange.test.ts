/** A target cell's bracketed note of the change its figure makes: a cut points down, a rise up. */
import { measuresTheChange, targetChange, targetHeadingWay } from './targetChange';

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
