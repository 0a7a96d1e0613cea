import { checkWorkbook } from '../actions/check';
import { classifyLabel } from '../values/labels';
import { supersededTargets, withoutSupersededTargetsLabelled } from './revisedTargets';
import type { RawIndicator, TargetPoint } from './types';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells?.target]);

test('revised and original target headings are targets of their year', () => {
  for (const t of ['当初目標（R5）', '修正目標（R5）', '変更後の目標値（R5）', '見直し後目標（R5）', '修正前目標（R5）'])
    expect(classifyLabel(t)).toMatchObject({ role: 'target' });
});

test('an original target is left unread only where another target has the same key', () => {
  const items = [
    { k: 'target|2023', t: '当初目標（R5）' },
    { k: 'target|2023', t: '修正目標（R5）' },
    { k: 'target|2030', t: '当初目標（R12）' },
  ];
  const out = supersededTargets(
    items,
    (i) => i.k,
    (i) => i.t,
  );
  expect([...out].map((i) => i.t)).toEqual(['当初目標（R5）']);
});

test('the revised target replaces the original one, wherever the columns stand', () => {
  const head = ['指標名', '単位', '変更後目標値（R5）', '実績値（R5）', '変更前目標値（R5）'];
  const rows = [['令和5年度 指標の達成状況'], head, ['利用者数', '人', 900, 850, 1000]];
  expect(read(rows)).toEqual([['利用者数', 900, 850, 'C3']]);
});

test('a row whose revised target is blank keeps its original one', () => {
  const head = ['指標名', '単位', '当初目標値', '修正目標値', '実績値'];
  const rows = [['令和5年度 指標の達成状況'], head, ['利用者数', '人', 1000, 900, 850], ['相談件数', '件', 60, null, 58]];
  expect(read(rows)).toEqual([
    ['利用者数', 900, 850, 'D3'],
    ['相談件数', 60, 58, 'C4'],
  ]);
});

test('a row whose revised target is a dash (not revised) keeps its original one', () => {
  const head = ['指標名', '単位', '当初目標値', '修正目標値', '実績値'];
  const rows = [['令和5年度 指標の達成状況'], head, ['利用者数', '人', 1000, 900, 850], ['相談件数', '件', 60, '－', 58]];
  expect(read(rows)).toEqual([
    ['利用者数', 900, 850, 'D3'],
    ['相談件数', 60, 58, 'C4'],
  ]);
});

test('a plain target beside a revised one of the same year gives way to it where the revised one is filled', () => {
  const head = ['指標名', '単位', '目標値（R5）', '修正後目標値（R5）', '実績値（R5）'];
  const rows = [['令和5年度 指標の達成状況'], head, ['利用者数', '人', 1000, 900, 850], ['相談件数', '件', 60, null, 58]];
  expect(read(rows)).toEqual([
    ['利用者数', 900, 850, 'D3'],
    ['相談件数', 60, 58, 'C4'],
  ]);
});

test('an original target standing alone is the target', () => {
  const rows = [['令和5年度 指標の達成状況'], ['指標名', '単位', '当初目標（R5）', '実績（R5）'], ['利用者数', '人', 1000, 850]];
  expect(read(rows)).toEqual([['利用者数', 1000, 850, 'C3']]);
});

test('measures going down under the years: a 修正目標値 row filled for a year replaces the 当初目標値 row in that year only', () => {
  const rows = [
    ['評価対象年度', '2023年度'],
    [],
    ['指標名', '単位', '', '2021年度', '2022年度', '2023年度', '2024年度'],
    ['来訪者数', '人', '当初目標値', 4500, 4800, 5000, 5200],
    [null, null, '修正目標値', null, null, 4200, 4400],
    [null, null, '実績値', 3650, 3980, 4020],
    ['相談件数', '件', '目標値', 50, 55, 60, 65],
    [null, null, '実績値', 48, 57, 58],
  ];
  const merges = ['A4:A6', 'B4:B6', 'A7:A8', 'B7:B8'];
  const report = checkWorkbook({ sheets: [snap('調書', rows, { merges })] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells?.target])).toEqual([
    ['来訪者数', 4200, 4020, 'F5'],
    ['相談件数', 60, 58, 'F7'],
  ]);
});

test('measures going down: a 修正目標値 row left blank in the year keeps the 当初目標値 of that year', () => {
  const rows = [
    ['評価対象年度', '2023年度'],
    [],
    ['指標名', '単位', '', '2022年度', '2023年度'],
    ['来訪者数', '人', '当初目標値', 4800, 5000],
    [null, null, '修正目標値', 4600, null],
    [null, null, '実績値', 3980, 4020],
  ];
  const report = checkWorkbook({ sheets: [snap('調書', rows, { merges: ['A4:A6', 'B4:B6'] })] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.cells?.target])).toEqual([['来訪者数', 5000, 'E4']]);
});

test('in a label/value form, in indicators across the columns and in years as rows, the filled revised target counts', () => {
  const one = (rows: (string | number | null)[][]) =>
    checkWorkbook({ sheets: [snap('指標', rows)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells?.target]);
  const form = [['令和5年度 事業評価'], [], ['指標名', '来訪者数'], ['単位', '人'], ['当初目標値', 5000], ['修正目標値', 4200], ['実績値', 4020]];
  expect(one(form)).toEqual([['来訪者数', 4200, 4020, 'B6']]);
  const across = [
    ['令和5年度'],
    ['指標名', '来訪者数', '相談件数'],
    ['単位', '人', '件'],
    ['当初目標値', 5000, 60],
    ['修正目標値', 4200, null],
    ['実績値', 4020, 58],
  ];
  expect(one(across)).toEqual([
    ['来訪者数', 4200, 4020, 'B5'],
    ['相談件数', 60, 58, 'C4'],
  ]);
  const yearRows = [['来訪者数（人）'], ['年度', '当初目標', '修正目標', '実績'], ['2022年度', 4800, null, 3980], ['2023年度', 5000, 4200, 4020]];
  expect(one(yearRows)).toEqual([['来訪者数', 4200, 4020, 'C4']]);
});

test('targets share a key only with the same kind and the same year (or both none): the original one gives way to such a one only', () => {
  const target = (cell: string, kind: TargetPoint['kind'], fiscalYear?: number): TargetPoint =>
    ({
      row: 1,
      col: 1,
      cell,
      raw: 1,
      formula: null,
      parsed: { status: 'value', value: 1, text: '1' },
      kind,
      ...(fiscalYear === undefined ? {} : { period: { kind: 'fiscalYear', fiscalYear } }),
    }) as TargetPoint;
  const left = (targets: TargetPoint[], labels: Record<string, string>) => {
    const ind = { targets } as RawIndicator;
    withoutSupersededTargetsLabelled(ind, (t) => labels[t.cell]);
    return ind.targets.map((t) => t.cell);
  };
  const labels = { A1: '当初目標', B1: '修正目標' };
  expect(left([target('A1', 'target', 2023), target('B1', 'expected', 2023)], labels)).toEqual(['A1', 'B1']);
  expect(left([target('A1', 'target', 2023), target('B1', 'target', 2024)], labels)).toEqual(['A1', 'B1']);
  expect(left([target('A1', 'target', 2023), target('B1', 'target', 2023)], labels)).toEqual(['B1']);
  expect(left([target('A1', 'target'), target('B1', 'target')], labels)).toEqual(['B1']);
  expect(left([target('A1', 'target'), target('B1', 'target', 2023)], labels)).toEqual(['A1', 'B1']);
});

test('「同左」 right of the original target, or 「変更なし」, is no revision: the original target applies', () => {
  const head = ['指標名', '単位', '当初目標', '修正目標', '実績値'];
  const rows = [
    ['令和5年度 指標の達成状況'],
    head,
    ['定着率', '％', 50, '同左', 42.9],
    ['相談件数', '件', 60, '変更なし', 58],
    ['利用者数', '人', 1000, 900, 850],
  ];
  expect(read(rows)).toEqual([
    ['定着率', 50, 42.9, 'C3'],
    ['相談件数', 60, 58, 'C4'],
    ['利用者数', 900, 850, 'D5'],
  ]);
});

test('「同左」 with no original target left of it is not read as one', () => {
  const head = ['指標名', '単位', '修正目標', '当初目標', '実績値'];
  const rows = [['令和5年度 指標の達成状況'], head, ['定着率', '％', '同左', 50, 42.9]];
  expect(read(rows)[0][1]).toBeNull();
});

test('an original target above the baseline, revised below it, shows more is better: no direction guess', () => {
  const head = ['指標名', '単位', '基準値', '当初目標', '修正目標', '実績値'];
  const rows = [['令和5年度 指標の達成状況'], head, ['町営バス年間利用者数', '人', 28640, 30000, 22000, 23415]];
  const { report } = checkWorkbook({ sheets: [snap('指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.target, i.grade, i.guesses])).toEqual([[22000, 'A', []]]);
});
