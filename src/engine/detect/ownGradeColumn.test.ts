/** A project table's column where the department wrote its own grade, whatever the office calls it. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const table = (heading: string) =>
  snap('事業実績', [
    ['令和5年度　主要事業実績一覧'],
    [],
    ['No.', '事業名', 'R5目標', 'R5実績', heading, '備考'],
    [1, '空き家バンク運営事業', 30, 24, 'B'],
    [2, '創業塾開催事業', 20, 26, 'A', '好評'],
  ]);

test.each(['担当評価', '所管課評価', '担当課評価', '一次評価', '自己評価'])('a %s column holds the existing grade of each row', (heading) => {
  const read = detectSheet(table(heading), scale).indicators.map((i) => [i.name, i.gradeCell?.cell ?? null, i.gradeCell?.raw ?? null]);
  expect(read).toEqual([
    ['空き家バンク運営事業', 'E4', 'B'],
    ['創業塾開催事業', 'E5', 'A'],
  ]);
});

test('a column that is not a grade (所管課) is not read as one', () => {
  const read = detectSheet(table('所管課'), scale).indicators.map((i) => i.gradeCell?.cell ?? null);
  expect(read).toEqual([null, null]);
});

test('評価 over 二次評価（委員会） | 一次評価（担当課）: the department’s own grade, whichever stands first', () => {
  const sheet = snap(
    '二次評価',
    [
      ['事務事業評価結果 二次評価結果一覧'],
      ['No.', '事務事業名', 'R5目標', 'R5実績', '評価', null, '方向性'],
      [null, null, null, null, '二次評価（委員会）', '一次評価（担当課）'],
      [1, 'デマンド交通利用者数', 24000, 17950, 'C', 'B', '見直し'],
      [2, '図書館貸出冊数', 420000, 398214, 'B', 'A', '継続'],
    ],
    { merges: ['E2:F2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'G2:G3'] },
  );
  expect(detectSheet(sheet, scale).indicators.map((i) => [i.name, i.gradeCell?.cell, i.gradeCell?.raw])).toEqual([
    ['デマンド交通利用者数', 'F4', 'B'],
    ['図書館貸出冊数', 'F5', 'A'],
  ]);
});
