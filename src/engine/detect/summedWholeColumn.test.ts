/** A whole written right after the parts it sums, beside a target and no actual, is the table's actual. */
import type { CellValue } from '../model/port';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

/** 指標 | 単位 | 年間目標 | <span> over 東部 | 西部 | 南部 | <whole>, two rows of figures; `whole` gives each row's total. */
function centres(span: string, wholeHeading: string, whole: (parts: number[]) => CellValue) {
  const rows: [string, string, number, number[]][] = [
    ['総合相談件数', '件', 6000, [2310, 1985, 2452]],
    ['地域ケア個別会議開催回数', '回', 36, [12, 10, 9]],
  ];
  return snap(
    '包括別実績',
    [
      ['令和６年度　地域包括支援センター事業実績'],
      [],
      ['指標', '単位', '年間目標', span, null, null, wholeHeading, '備考'],
      [null, null, null, '東部', '西部', '南部', null, null],
      ...rows.map(([name, unit, target, parts]) => [name, unit, target, ...parts, whole(parts), null]),
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'H3:H4'] },
  );
}

const sum = (parts: number[]) => parts.reduce((a, b) => a + b, 0);
const actuals = (s: ReturnType<typeof centres>) => detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

test('市計 after the centres it adds up is the actual against the 年間目標; the centres are not read', () => {
  const { indicators } = detectSheet(centres('地域包括支援センター', '市計', sum), scale);
  expect(indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => [a.cell, a.parsed.status === 'value' && a.parsed.value])])).toEqual([
    ['総合相談件数', ['C5'], [['G5', 6747]]],
    ['地域ケア個別会議開催回数', ['C6'], [['G6', 31]]],
  ]);
});

test.each(['合計', '計', '全体'])('a whole headed 「%s」 is read the same way', (heading) => {
  expect(actuals(centres('センター別', heading, sum))).toEqual([
    ['総合相談件数', ['G5']],
    ['地域ケア個別会議開催回数', ['G6']],
  ]);
});

test('a 市計 that is not the sum of the parts on some row (another part counted, or another figure) is not read as the actual', () => {
  const s = centres('地域包括支援センター', '市計', (parts) => (parts[0] === 12 ? sum(parts) + 4 : sum(parts)));
  expect(actuals(s)).toEqual([
    ['総合相談件数', []],
    ['地域ケア個別会議開催回数', []],
  ]);
});

test('parts under a heading naming a measure (計画 over the centres) keep their reading: their sum is no actual', () => {
  expect(actuals(centres('計画', '市計', sum)).every(([, cells]) => !(cells as string[]).includes('G5') && !(cells as string[]).includes('G6'))).toBe(true);
});

test('a table with an actual column of its own keeps it; the 市計 beside the centres adds nothing', () => {
  const s = snap(
    '包括別実績',
    [
      ['令和６年度　地域包括支援センター事業実績'],
      [],
      ['指標', '単位', '年間目標', '実績', '地域包括支援センター', null, '市計'],
      [null, null, null, null, '東部', '西部', null],
      ['総合相談件数', '件', 6000, 4300, 2310, 1985, 4295],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'] },
  );
  expect(actuals(s)).toEqual([['総合相談件数', ['D5']]]);
});
