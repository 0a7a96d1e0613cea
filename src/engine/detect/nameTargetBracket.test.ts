/** A target in brackets closing the name (「…（目標：令和8年度 65.0％）」) on a row with no target cell. */
import { detectSheet } from './index';
import { nameTarget } from './nameTargetBracket';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('the bracket gives the name, the year and the figure; words before the figure or no figure give none', () => {
  expect(nameTarget('スポーツ実施率（目標：令和8年度 65.0％）')).toEqual({
    name: 'スポーツ実施率',
    period: expect.objectContaining({ fiscalYear: 2026 }),
    figure: '65.0%',
  });
  expect(nameTarget('登録者数（目標 300人）')).toEqual({ name: '登録者数', figure: '300人' });
  expect(nameTarget('参加者数（目標：参加者数 300人）')).toBeNull();
  expect(nameTarget('参加者数（目標：増加）')).toBeNull();
  expect(nameTarget('目標達成率（％）')).toBeNull();
});

function sheet(target: unknown) {
  return snap('進捗', [
    ['計画　令和5年度 進捗状況'],
    [],
    ['成果指標（目標値）', '単位', '令和4年度実績', '令和5年度実績', '目標値'],
    ['運動しない成人の割合（目標：令和8年度 10％以下）', '％', 16.2, 14.8, target],
  ] as never);
}

test('with no target cell filled, the bracket is the target of its year, its bound said, and comes off the name', () => {
  const [ind] = detectSheet(sheet(null), scale).indicators;
  expect(ind.name).toBe('運動しない成人の割合');
  expect(ind.targets.map((t) => [t.cell, t.raw, t.parsed.value, t.period?.fiscalYear, t.kind])).toEqual([['A4', '10%以下', 10, 2026, 'target']]);
});

test('a row with a target figure of its own keeps its name as written', () => {
  const [ind] = detectSheet(sheet(12), scale).indicators;
  expect(ind.name).toContain('目標');
  expect(ind.targets.map((t) => t.cell)).toEqual(['E4']);
});

test('a change, a multiple or a term’s total in the bracket is no level of the year: no target', () => {
  for (const name of [
    '喫煙する成人の割合（目標 3ポイント減）',
    '市民満足度（目標 5％増）',
    '来館者数（目標：R8 10％向上）',
    '講座参加者数（目標：5年間で 1,000人）',
    '図書貸出冊数（目標 2倍）',
  ])
    expect(nameTarget(name)).toBeNull();
  expect(nameTarget('有効求人倍率（目標 1.2倍）')?.figure).toBe('1.2倍');
  expect(nameTarget('温室効果ガス排出量（目標 5千t-CO2）')?.figure).toBe('5千t-CO2');
  expect(nameTarget('要介護認定率（目標：令和8年度 18％程度）')?.figure).toBe('18%程度');
});

test('a row whose bracket states a change keeps its name and reads no target (a missing target, as with no bracket)', () => {
  const [ind] = detectSheet(
    snap('進捗', [
      ['計画　令和5年度 進捗状況'],
      [],
      ['成果指標', '単位', '令和4年度実績', '令和5年度実績', '目標値'],
      ['喫煙する成人の割合（目標 3ポイント減）', '％', 15.5, 15.0, null],
    ] as never),
    scale,
  ).indicators;
  expect(ind.name).toBe('喫煙する成人の割合（目標 3ポイント減）');
  expect(ind.targets.every((t) => t.parsed.status === 'missing')).toBe(true);
});
