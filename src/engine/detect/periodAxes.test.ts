import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

test('a KPI matrix whose name is written again on the 実績値 row (not merged) is one indicator per name', () => {
  const s = snap('KPI', [
    ['KPI', '区分', '平成29年3月末', '平成30年3月末'],
    ['認定農業者数', '目標値', 459, 495],
    ['認定農業者数', '実績値', 373, 352],
    ['創業支援件数', '目標値', 20, 28],
    [null, '実績値', 24, 24],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.targets.length, i.actuals.length])).toEqual([
    ['認定農業者数', 2, 2],
    ['創業支援件数', 2, 2],
  ]);
});

test('a 合計 row under a KPI matrix is not an indicator; a merged name over two 実績値 lines stays one', () => {
  const s = snap(
    'KPI',
    [
      ['指標', '区分', 'R3', 'R4'],
      ['相談件数', '目標', 10, 12],
      [null, '実績', 9, 13],
      ['合計', '実績', 9, 13],
    ],
    { merges: ['A2:A3'] },
  );
  expect(detectSheet(s, scale).indicators.map((i) => i.name)).toEqual(['相談件数']);
});

test('figures that read as years (2011, 2074) are not a period axis that ends the block above', () => {
  const s = snap('3-4', [
    ['指標①', '外国人宿泊者数', null, null, null],
    ['単位', null, 'R03', 'R04', 'R05'],
    ['人泊', '実績値', 1649, 1877, 2040],
    ['人泊', '期待値', 1949, 2011, 2074],
    ['指標②', '相談件数', null, null, null],
    ['単位', null, 'R03', 'R04', 'R05'],
    ['件', '実績値', 10, 12, 14],
    ['件', '期待値', 10, 11, 12],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.actuals.map((p) => p.parsed.value), i.targets.map((p) => p.parsed.value)])).toEqual([
    ['外国人宿泊者数', [1649, 1877, 2040], [1949, 2011, 2074]],
    ['相談件数', [10, 12, 14], [10, 11, 12]],
  ]);
});

test('a heading row of plain years one apart is still a period axis', () => {
  const s = snap('KPI', [
    ['指標', '区分', 2021, 2022, 2023],
    ['相談件数', '目標', 10, 11, 12],
    [null, '実績', 9, 12, 13],
  ]);
  expect(detectSheet(s, scale).indicators[0].actuals.map((p) => p.period?.fiscalYear)).toEqual([2021, 2022, 2023]);
});

test('years written as text, full-width or not (「２０２１」), head a period axis as numbers do; a lone one among figures does not', () => {
  const s = snap('KPI', [
    ['指標', '区分', '２０２１', '２０２２', '2023'],
    ['相談件数', '目標', '１，０００', '１，１００', '１，２００'],
    [null, '実績', 900, '１，２５０', '１，１５０'],
  ]);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.name).toBe('相談件数');
  expect(ind.actuals.map((p) => [p.period?.fiscalYear, p.parsed.value])).toEqual([
    [2021, 900],
    [2022, 1250],
    [2023, 1150],
  ]);
  expect(ind.targets.map((p) => p.parsed.value)).toEqual([1000, 1100, 1200]);
  const lone = snap('KPI', [
    ['指標', '区分', '目標値', '実績値'],
    ['相談件数', '件', '2021', 15],
  ]);
  expect(detectSheet(lone, scale).indicators.every((i) => !i.actuals.some((p) => p.period?.fiscalYear === 2021 && p.parsed.value === 15))).toBe(true);
});

test('stacked policy blocks: 指標の説明 on the row under the name, 備考 with its text under the label', () => {
  const s = snap('施策', [
    ['指標①', '交通事故件数', null, null, null],
    ['指標の説明', '市内の人身事故の件数', null, null, null],
    ['単位', null, 'R3', 'R4', 'R5'],
    ['件', '実績値', 300, 280, 250],
    ['件', '目標値', 300, 270, 240],
    ['備考', null, null, null, null],
    ['減少を目指す', null, null, null, null],
    [null],
    ['指標②', '相談件数', null, null, null],
    ['単位', null, 'R3', 'R4', 'R5'],
    ['件', '実績値', 10, 12, 14],
    ['件', '目標値', 10, 12, 13],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.description, i.note, i.noteCell, /減少/.test(i.wordsForDirection)])).toEqual([
    ['交通事故件数', '市内の人身事故の件数', '減少を目指す', 'A7', true],
    ['相談件数', undefined, undefined, undefined, false],
  ]);
});

test('settled years written on into plan years (R3決算 | R4決算 | R5決算 | R6 | R7) are one row of years; settled years alone are none', () => {
  const s = snap(
    'KPI',
    [
      ['KPI', '単位', '区分', 'R3決算', 'R4決算', 'R5決算', 'R6', 'R7（最終）'],
      ['有収率', '％', '目標値', 89, 89.5, 90, 90.5, 91],
      [null, null, '実績値', 88.2, 88.9, 88.7, null, null],
    ],
    { merges: ['A2:A3', 'B2:B3'] },
  );
  const ind = detectSheet(s, scale).indicators[0];
  expect(ind.actuals.filter((p) => p.parsed.value !== undefined).map((p) => [p.period?.fiscalYear, p.parsed.value])).toEqual([
    [2021, 88.2],
    [2022, 88.9],
    [2023, 88.7],
  ]);
  expect(ind.targets.map((p) => p.period?.fiscalYear).slice(0, 3)).toEqual([2021, 2022, 2023]);
  const alone = snap('KPI', [
    ['KPI', '区分', 'R4決算', 'R5決算'],
    ['有収率', '目標値', 89.5, 90],
    [null, '実績値', 88.9, 88.7],
  ]);
  expect(detectSheet(alone, scale).indicators.every((i) => i.layout !== 'period-matrix')).toBe(true);
});
