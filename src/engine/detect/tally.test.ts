import { detectSheet } from './index';
import { isGradeName } from './tally';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

function kpiWithTally(tallyHeader: (string | null)[], tallyRows: (string | number | null)[][]) {
  return snap('KPI', [
    ['指標名', '単位', '目標値（R5）', '実績値（R5）', '評価'],
    ['相談件数', '件', 100, 90, 'B'],
    ['参加者数', '人', 50, 60, 'A'],
    [],
    ['評価結果の集計'],
    tallyHeader,
    ...tallyRows,
  ]);
}

describe('a tally of grades under a KPI table is never indicators', () => {
  test('by its header (区分 | 件数 | 割合)', () => {
    const sheet = kpiWithTally(
      ['区分', '件数', '割合'],
      [
        ['A　順調', 1, '50%'],
        ['B　概ね順調', 1, '50%'],
        ['合計', 2, '100%'],
      ],
    );
    expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['相談件数', '参加者数']);
  });

  test('by rows named by grade words, whatever the header', () => {
    const sheet = kpiWithTally(
      [null],
      [
        ['A：順調', 1, 3, 4],
        ['B 概ね順調', 1, 3, 4],
        ['未達成', 0, 3, 4],
      ],
    );
    expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['相談件数', '参加者数']);
  });

  test('an indicator after a plain gap is still read', () => {
    const sheet = kpiWithTally([null], [['利用者数', '人', 10, 12, 'A']]);
    expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['相談件数', '参加者数', '利用者数']);
  });
});

test.each(['A　順調', 'B：概ね順調', 'C やや遅れている', 'D', '◎', '未達成', 'A（順調）'])('%s is a grade word', (t) => expect(isGradeName(t)).toBe(true));
test.each(['相談件数', 'A型事業所数', '達成率', '順調な事業数'])('%s is not a grade word', (t) => expect(isGradeName(t)).toBe(false));
