/** Indicator blocks stacked down a sheet: title line, 単位 / 備考 lines, dated measure headings over one line of figures. */
import { detectSheet } from './index';
import { snap } from './testing';
import type { CellValue } from '../model/port';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

type Block = [string, string, number[], string?];

function sheet(headings: string[], blocks: Block[], title = '令和5年度　施策評価シート'): ReturnType<typeof snap> {
  const rows: CellValue[][] = [[title], [], ['施策', '2-1 観光の振興'], []];
  const merges: string[] = [];
  blocks.forEach(([name, unit, figures, note], i) => {
    const r = rows.length + 1;
    rows.push([`成果指標${i + 1}`, name, null, null, null, null]);
    merges.push(`B${r}:F${r}`);
    rows.push(['単位', unit, null, '備考', note ?? null]);
    rows.push([null, ...headings]);
    rows.push([null, ...figures]);
    rows.push([]);
  });
  return snap('施策2-1', rows, { merges });
}

const read = (s: ReturnType<typeof snap>) =>
  detectSheet(s, scale).indicators.map((i) => ({
    name: i.name,
    nameCell: i.nameCell,
    unit: i.unit ?? null,
    targets: i.targets.map((t) => [t.cell, t.raw, t.period?.fiscalYear ?? null]),
    actuals: i.actuals.map((a) => [a.cell, a.raw, a.period?.fiscalYear ?? null]),
    note: i.note ?? null,
  }));

const BLOCKS: Block[] = [
  ['観光入込客数', '千人', [820, 845, 900, 861, 950]],
  ['宿泊者数', '人', [41000, 43500, 40000, 39800, 38000], '減少を抑える'],
];

test.each([
  [['R3実績', 'R4実績', 'R5目標', 'R5実績', 'R7目標（最終）'], 2021],
  [['H28実績', 'H29実績', 'H30目標', 'H30実績', 'H32目標（最終）'], 2016],
])('each block under %j is one indicator, every figure dated and named by its heading', (headings, first) => {
  const got = read(sheet(headings, BLOCKS));
  expect(got.map((g) => [g.name, g.nameCell, g.unit, g.note])).toEqual([
    ['観光入込客数', 'B5', '千人', null],
    ['宿泊者数', 'B10', '人', '減少を抑える'],
  ]);
  expect(got[0].actuals).toEqual([
    ['B8', 820, first],
    ['C8', 845, first + 1],
    ['E8', 861, first + 2],
  ]);
  expect(got[1].targets).toEqual([
    ['D13', 40000, first + 2],
    ['F13', 38000, first + 4],
  ]);
});

test('a line of dated headings with no title line above is not read as a block', () => {
  const s = snap('s', [['令和5年度'], [], [null, 'R3実績', 'R4実績', 'R5目標'], [null, 1, 2, 3]]);
  expect(read(s)).toEqual([]);
});

test('a line under the headings that holds words beside its figures is no figure line', () => {
  const s = sheet(['R3実績', 'R4実績', 'R5目標', 'R5実績', 'R7目標'], [['観光入込客数', '千人', [820, 845, 900, 861, 950]]]);
  s.values[7] = ['合計', 820, 845, 900, 861, 950];
  expect(read(s)).toEqual([]);
});

test('KPI cards: 区分 | dated headings | 前年度比 over 数値 | figures, 「単位：人」 on the title line right of the name, a table beside', () => {
  const card = (no: number, name: string, unit: string, figs: number[]): (string | number | null)[][] => [
    [`KPI ${no}`, name, null, null, null, null, `単位：${unit}`, null, null, '（参考）施設別', 'x'],
    ['区分', '基準値（H30）', '目標値（R6）', 'R4実績', 'R5実績', '前年度比', null, null, null, '施設名', '人数'],
    ['数値', ...figs, '115.5％', null, null, null, '○○公園', 4123],
    ['取組状況', '多言語の案内を整えた。'],
    [],
  ];
  const s = snap('KPI進捗', [
    ['観光振興計画 KPI進捗状況（令和5年度実績）'],
    [],
    ...card(1, '観光入込客数', '人', [2415300, 2600000, 1980400, 2287100]),
    ...card(2, '外国人延べ宿泊者数', '人泊', [38420, 50000, 6210, 29880]),
  ]);
  const got = read(s);
  expect(got.map((g) => [g.name, g.unit])).toEqual([
    ['観光入込客数', '人'],
    ['外国人延べ宿泊者数', '人泊'],
  ]);
  expect(got[0].targets).toEqual([['C5', 2600000, 2024]]);
  expect(got[0].actuals).toEqual([
    ['D5', 1980400, 2022],
    ['E5', 2287100, 2023],
  ]);
});
