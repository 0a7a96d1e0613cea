import { defaultRules } from './rules';
import { bandedAttainment, toleranceBandOf, withinBand } from './tolerance';

describe('toleranceBandOf', () => {
  const rules = { ...defaultRules(), surveyTolerance: 2, tolerances: { 転出超過数: 30 } };
  test('the survey band applies to % and ポイント indicators only', () => {
    expect(toleranceBandOf('市民満足度', '％', rules)).toBe(2);
    expect(toleranceBandOf('参加率', '%', rules)).toBe(2);
    expect(toleranceBandOf('差', 'pt', rules)).toBe(2);
    expect(toleranceBandOf('相談件数', '件', rules)).toBeNull();
    expect(toleranceBandOf('相談件数', null, rules)).toBeNull();
  });
  test("an indicator's own band wins, in its own unit", () => expect(toleranceBandOf('転出超過数', '人', rules)).toBe(30));
  test('no survey band set: none', () => expect(toleranceBandOf('市民満足度', '%', defaultRules())).toBeNull());
});

describe('withinBand', () => {
  test('up: at most the band short of the target', () => {
    expect(withinBand(63, 65, 'up', 2)).toBe(true);
    expect(withinBand(62.9, 65, 'up', 2)).toBe(false);
    expect(withinBand(0.1 + 0.2 + 62.7, 65, 'up', 2)).toBe(true);
  });
  test('down: at most the band above the target', () => {
    expect(withinBand(330, 300, 'down', 30)).toBe(true);
    expect(withinBand(331, 300, 'down', 30)).toBe(false);
  });
  test('maintain: either side', () => {
    expect(withinBand(67, 65, 'maintain', 2)).toBe(true);
    expect(withinBand(63, 65, 'maintain', 2)).toBe(true);
    expect(withinBand(67.5, 65, 'maintain', 2)).toBe(false);
  });
});

describe('bandedAttainment', () => {
  const rules = { ...defaultRules(), surveyTolerance: 2 };
  const survey = { name: '市民満足度', unit: '%', target: 65, direction: 'up' as const };
  test('a shortfall within the band is met, and says the band', () =>
    expect(bandedAttainment({ ...survey, actual: 63.5 }, rules)).toEqual({ attainment: 1, band: 2 }));
  test('outside it, the ratio; no band said', () => expect(bandedAttainment({ ...survey, actual: 62 }, rules)).toEqual({ attainment: 62 / 65, band: null }));
  test('met without the band: no band said', () => expect(bandedAttainment({ ...survey, actual: 66 }, rules)).toEqual({ attainment: 66 / 65, band: null }));
  test('no band for the unit: the relative tolerance of 維持 applies', () =>
    expect(bandedAttainment({ name: '公園面積', unit: 'ha', actual: 39, target: 40, direction: 'maintain' }, rules)).toEqual({ attainment: 1, band: null }));
  test('what keeps it from a number is kept', () =>
    expect(bandedAttainment({ ...survey, target: 0, actual: 1 }, rules)).toEqual({ attainment: null, reason: 'target-zero', band: null }));
});
