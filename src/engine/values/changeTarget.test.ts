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

test('review rv79a item 12: a cap after the basis (月平均45時間以下, 月平均・以下, 45時間以内) is part of the heading', () => {
  for (const h of ['縮減目標（月平均45時間以下）', '縮減目標（月平均45時間）', '縮減目標（月平均・以下）', '削減目標（45時間以内）'])
    expect(changeTarget(h)).toEqual({ role: 'target' });
  expect(changeTarget('削減目標（前年度より減らす）')).toBeNull();
});
