/**
 * A table captioned by a numbered section heading (「２　成果指標」) ends at the next section's heading after a blank line
 * (「３　総合評価」): the label rows of that section (取組の状況 | 実施中, 所管課の評価 | A) are no indicators (今後の方向性 | 拡充 is
 * none in any case: evaluationRows.ts).
 */
import { detectSheet } from './index';
import { sectionNumber } from './sectionHeadings';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (heading: string, blankBefore: boolean) =>
  snap('調書', [
    ['事業評価シート'],
    [],
    ['(1) 指標の状況'],
    ['指標名', '単位', '目標値', '実績値'],
    ['講座参加者数', '人', 120, 98],
    ['相談件数', '件', 40, 52],
    ...(blankBefore ? [[]] : []),
    [heading],
    ['取組の状況', '実施中'],
    ['今後の方向性', '拡充'],
    ['所管課の評価', 'A'],
  ]);

test('the next numbered section after a blank line ends the table: its label rows are no indicators', () => {
  const names = detectSheet(sheet('(2) 評価', true), scale).indicators.map((i) => i.name);
  expect(names).toEqual(['講座参加者数', '相談件数']);
});

test('a heading numbered otherwise, or with no blank line before it, does not end the table', () => {
  const other = detectSheet(sheet('２　評価', true), scale).indicators.map((i) => i.name);
  const joined = detectSheet(sheet('(2) 評価', false), scale).indicators.map((i) => i.name);
  expect(other).toContain('取組の状況');
  expect(joined).toContain('取組の状況');
});

test('sectionNumber: a number in the ways documents write a section, followed by its title', () => {
  expect(['３　総合評価', '2. 成果', '（３）評価', '第4 事業の評価', '三、方針'].map(sectionNumber)).toEqual([
    { style: 'plain', n: 3 },
    { style: 'plain', n: 2 },
    { style: 'bracket', n: 3 },
    { style: 'dai', n: 4 },
    { style: 'plain', n: 3 },
  ]);
  expect(['2023年度', '1,200', '3月末', '指標１', '10人'].map(sectionNumber)).toEqual([null, null, null, null, null]);
});

test('the next section’s heading with its mark beside it (「３　総合評価 | A」) ends the table too: no indicator', () => {
  const s = snap('評価シート', [
    ['２　数値目標の達成状況'],
    ['項目', '単位', '目標値', '実績値', '評価'],
    ['大ホール稼働率', '％', 70, 74.8, 'A'],
    ['施設利用者数', '人', 210000, 236800, 'S'],
    ['※利用者満足度は利用者アンケートによる'],
    [],
    ['３　総合評価', 'A'],
  ]);
  expect(detectSheet(s, scale).indicators.map((i) => i.name)).toEqual(['大ホール稼働率', '施設利用者数']);
  // A row of the table numbered so, with a figure beside it, is still a row of the table.
  const figures = snap('評価シート', [
    ['２　数値目標の達成状況'],
    ['項目', '単位', '目標値', '実績値'],
    ['大ホール稼働率', '％', 70, 74.8],
    [],
    ['３　施設利用者数', '人', 210000, 236800],
  ]);
  expect(detectSheet(figures, scale).indicators.map((i) => i.name)).toHaveLength(2);
});

test('a numbered row with only its grade, under the table’s 評価 column across blank cells, is a row of the table (review rv51)', () => {
  const s = snap('評価シート', [
    ['１　数値目標の達成状況'],
    ['項目', '単位', '目標値', '実績値', '評価'],
    ['１　大ホール稼働率', '％', 70, 74.8, 'A'],
    [],
    ['２　施設利用者数', '人', 210000, 236800, 'S'],
    [],
    ['３　利用者満足度', null, null, null, 'D'],
    [],
    ['４　自主事業の入場者数', '人', 30000, 28000, 'B'],
  ]);
  expect(detectSheet(s, scale).indicators.map((i) => i.name)).toContain('自主事業の入場者数');
});
