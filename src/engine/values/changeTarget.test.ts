import { changeTarget } from './changeTarget';

test('a change target with the basis of its figure in brackets (月平均, 1人当たり月平均) is a target heading', () => {
  expect(changeTarget('縮減目標（月平均）')).toEqual({ role: 'target' });
  expect(changeTarget('削減目標（1人当たり月平均）')).toEqual({ role: 'target' });
  expect(changeTarget('縮減目標')).toEqual({ role: 'target' });
  expect(changeTarget('削減目標（令和12年度）')?.period?.fiscalYear).toBe(2030);
});

test('a remark in the brackets is no basis: no heading', () => {
  expect(changeTarget('削減目標（少ないほど良い）')).toBeNull();
  expect(changeTarget('削減目標（平均を下回る）')).toBeNull();
});
