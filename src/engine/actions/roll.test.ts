import { shiftYears } from '../values/yearMentions';
import { narrativeKind } from './rollNarratives';

const near2023 = (fy: number) => fy >= 2022 && fy <= 2024;

test.each([
  ['評価対象期間：令和５年度', '評価対象期間：令和６年度'],
  ['令和6年度 施策評価シート', '令和7年度 施策評価シート'],
  ['R5年度実績値', 'R6年度実績値'],
  ['Ｒ４年度実績', 'Ｒ５年度実績'],
  ['2023年度 事業実績', '2024年度 事業実績'],
  ['２０２３年度', '２０２４年度'],
  ['令5', '令6'],
  ['中間目標（令6）', '中間目標（令7）'],
])('%s → %s', (before, after) => {
  expect(shiftYears(before, 1, near2023)).toBe(after);
});

test('years outside the window stay: a plan range, a dated note, a fixed year column', () => {
  expect(shiftYears('北上市総合計画 2021～2030', 1, near2023)).toBeNull();
  expect(shiftYears('785（令和2年）', 1, near2023)).toBeNull();
  expect(shiftYears('R1', 1, near2023)).toBeNull();
  expect(shiftYears('法令5件の改正', 1, near2023)).toBeNull();
  expect(shiftYears('総合計画 2021～2030　令和６年度評価', 1, near2023)).toBe('総合計画 2021～2030　令和７年度評価');
});

test('令和元年度 moves to 令和2年度, and two years at once', () => {
  expect(shiftYears('令和元年度', 1, (fy) => fy === 2019)).toBe('令和2年度');
  expect(shiftYears('令和5年度', 2, near2023)).toBe('令和7年度');
});

test.each([
  ['成果・効果', 'heading'],
  ['【課題】', 'heading'],
  ['内部要因', 'heading'],
  ['成果・効果、課題、今後の方向性', 'heading'],
  ['達成状況の課題（対象：R5）', null],
  ['【成果・効果】想定を上回る32社が取り組んだ。', 'inline'],
  ['課題：参加者が伸びなかった', 'inline'],
  // An indicator's label, name or description is not a narrative, whatever word it starts with.
  ['成果指標', null],
  ['成果指標②', null],
  ['成果\n指標', null],
  ['課題解決型観光講座の受講者数', null],
  ['効果・課題を来場者調査で把握したイベントの数', null],
  ['成果発表会を含む講座の延べ受講者数', null],
])('narrativeKind(%j) is %j', (text, kind) => {
  expect(narrativeKind(text)).toBe(kind);
});
