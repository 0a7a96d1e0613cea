import { codesMatchOneToOne, namedByCodeAlone } from './codeOnlyRows';
import { detectWorkbook } from './index';
import { snap } from './testing';
import type { RawIndicator } from './types';

const scale = [{ grade: 'A', label: '' }];

const list = snap('指標一覧', [
  ['指標ID', '分野', '指標名', '単位', '目標値（令和７年度）'],
  ['K-01', '大気', '二酸化硫黄の環境基準達成率', '％', 100],
  ['K-02', '大気', '光化学スモッグ注意報の発令回数', '回', 2],
  ['K-03', '水質', '海域のCOD環境基準達成率', '％', 75],
]);

const figures = (rows: (string | number | null)[][]) => snap('R5実績', [['指標ID', '実績値', '備考'], ...rows]);

describe('a figures sheet keyed by codes alone (no name column)', () => {
  test('its codes the list’s coded rows one to one, in another order: each row joined to the list’s by code, no guess', () => {
    const [t, a] = detectWorkbook(
      [
        list,
        figures([
          ['K-03', 50, null],
          ['K-01', 100, null],
          ['K-02', 3, '7月に2回'],
        ]),
      ],
      scale,
    );
    expect(a.indicators).toEqual([]);
    expect(t.indicators.map((i) => [i.name, i.actuals.map((p) => [p.cell, p.parsed.value]), i.guesses ?? []])).toEqual([
      ['二酸化硫黄の環境基準達成率', [['R5実績!B3', 100]], []],
      ['光化学スモッグ注意報の発令回数', [['R5実績!B4', 3]], []],
      ['海域のCOD環境基準達成率', [['R5実績!B2', 50]], []],
    ]);
  });

  test('codes of a part of the list only: nothing joined, the rows read as they stand', () => {
    const [t, a] = detectWorkbook(
      [
        list,
        figures([
          ['K-03', 50, null],
          ['K-01', 100, null],
        ]),
      ],
      scale,
    );
    expect(t.indicators.every((i) => !i.actuals.length)).toBe(true);
    expect(a.indicators.map((i) => i.name)).toEqual(['K-03', 'K-01']);
  });

  test('review rv66: two lists bearing the same codes (大気 and 騒音, both A-1, A-2): nothing joined, never the first list', () => {
    const air = snap('大気', [
      ['指標ID', '指標名', '単位', '目標値'],
      ['A-1', '二酸化硫黄の環境基準達成率', '％', 100],
      ['A-2', '光化学スモッグ注意報の発令回数', '回', 2],
    ]);
    const noise = snap('騒音', [
      ['指標ID', '指標名', '単位', '目標値'],
      ['A-1', '自動車騒音の環境基準達成率', '％', 95],
      ['A-2', '騒音苦情件数', '回', 20],
    ]);
    const sheets = detectWorkbook(
      [
        air,
        noise,
        snap('騒音実績', [
          ['指標ID', '実績値'],
          ['A-1', 92],
          ['A-2', 14],
        ]),
      ],
      scale,
    );
    expect(
      sheets
        .slice(0, 2)
        .flatMap((d) => d.indicators)
        .every((i) => !i.actuals.length),
    ).toBe(true);
  });

  test('a unit of the figures sheet that is not the list’s: nothing joined', () => {
    const counted = snap('R5実績', [
      ['指標ID', '単位', '実績値'],
      ['K-01', '件', 100],
      ['K-02', '件', 3],
      ['K-03', '件', 50],
    ]);
    const [t] = detectWorkbook([list, counted], scale);
    expect(t.indicators.every((i) => !i.actuals.length)).toBe(true);
  });

  test('rows with names of their own that share nothing with the list’s still join nothing (review rv57)', () => {
    const named = snap('R5実績', [
      ['指標ID', '指標名', '実績値'],
      ['K-01', '男女共同参画講座の受講者数', 340],
      ['K-02', '審議会の女性委員の割合', 31.2],
      ['K-03', '地域行事への参加者数', 120],
    ]);
    const [t, a] = detectWorkbook([list, named], scale);
    expect(t.indicators.every((i) => !i.actuals.length)).toBe(true);
    expect(a.indicators).toHaveLength(3);
  });
});

test('a row named by its code alone, and codes matched one to one', () => {
  const row = (id: string | null, name: string) => ({ id, name }) as RawIndicator;
  expect(namedByCodeAlone(row('K-01', 'Ｋ－０１'))).toBe(true);
  expect(namedByCodeAlone(row('K-01', '二酸化硫黄の環境基準達成率'))).toBe(false);
  expect(namedByCodeAlone(row(null, 'K-01'))).toBe(false);
  expect(codesMatchOneToOne(['k-02', 'k-01'], ['k-01', 'k-02'])).toBe(true);
  expect(codesMatchOneToOne(['k-01'], ['k-01', 'k-02'])).toBe(false);
  expect(codesMatchOneToOne(['k-01', 'k-01'], ['k-01', 'k-02'])).toBe(false);
});
