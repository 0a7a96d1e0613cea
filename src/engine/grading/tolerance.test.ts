import { defaultRules } from './rules';
import { toleranceBandOf, withinBand } from './tolerance';

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
