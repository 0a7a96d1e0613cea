import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));
const rating = (s: ReturnType<typeof snap>) => {
  const g = detectSheet(s, scale).meta.groupGrade;
  return g && { cell: g.cell, previous: g.previousGrade };
};

test('tiled: the rating cell right of 達成状況評価, last year grade beside it', () => {
  expect(rating(snap('4-1', [['基本施策', '産業振興', '達成状況評価', null, '（B）']]))).toEqual({ cell: 'D1', previous: 'B' });
});

test('tiled at the right edge: the empty cell right of the label, outside the used range', () => {
  expect(rating(snap('4-1', [['基本施策', '産業振興', '達成状況評価']]))).toEqual({ cell: 'D1', previous: null });
});

test('stacked: a grade written under the label', () => {
  const s = snap('4-1', [
    ['達成状況評価', null, '施策の概要'],
    ['B', null, '地域産業の振興を図る'],
  ]);
  expect(rating(s)).toEqual({ cell: 'A2', previous: null });
});

test('stacked: an empty box merged under the label, its width', () => {
  const s = snap(
    '4-1',
    [
      ['達成状況評価', null, null],
      [null, null, null],
      ['指標①', '相談件数', null],
    ],
    { merges: ['A1:B1', 'A2:B2'] },
  );
  expect(rating(s)).toEqual({ cell: 'A2', previous: null });
});

describe('a rating labelled by a bare 達成状況 / 評価 in the header area of a policy sheet', () => {
  const table = [
    ['No.', '成果指標', '単位', '区分', 'R4', 'R5'],
    [1, '相談件数', '件', '実績値', 10, 12],
  ];
  test('beside an empty cell', () => {
    expect(rating(snap('1-1', [['基本施策', '子育て支援'], ['達成状況', null, '前年度評価（A）'], [], ...table]))).toEqual({ cell: 'B2', previous: null });
  });
  test('beside a grade', () => expect(rating(snap('1-1', [['基本施策', '子育て支援'], ['評価', 'B'], ...table]))).toEqual({ cell: 'B2', previous: null }));
  test('not beside a sentence', () =>
    expect(rating(snap('1-1', [['基本施策', '子育て支援'], ['評価', '順調に推移している事業が多い'], ...table]))).toBeUndefined());
  test('not below the first row of indicator headings (a table’s 評価 column)', () =>
    expect(rating(snap('1-1', [['基本施策', '子育て支援'], ...table, ['評価', null]]))).toBeUndefined());
  test('not on a sheet that names no policy or measure', () => expect(rating(snap('KPI', [['評価', null], ...table]))).toBeUndefined());
  test('with a note of the year rated, the sheet’s year, closing the word (達成状況⏎（対象：R5）)', () => {
    const top = [['令和５年度　基本施策評価シート'], ['基本施策', '子育て支援', '達成状況\n（対象：R5）', 'B', '（C）']];
    expect(rating(snap('1-1', [...top, [], ...table]))).toEqual({ cell: 'D2', previous: 'C' });
  });
});

test('a rating labelled 施策の評価 in the header area of a sheet naming its measure, beside an empty cell', () => {
  const s = snap('2-3', [
    ['施策', '2-3 生涯学習の振興'],
    ['施策の評価', null, '（A:順調 B:概ね順調 C:やや遅れ D:遅れ）'],
    ['指標名', '目標値', '実績値'],
    ['講座受講者数', 100, 90],
  ]);
  expect(rating(s)).toEqual({ cell: 'B2', previous: null });
});

test("a rating labelled 基本目標の達成状況 above the table of a plan sheet, with last year's grade beside it", () => {
  const s = snap('進行管理表', [
    ['第3期 地域福祉計画 令和5年度 進行管理表'],
    ['基本目標２　みんなで支え合う仕組みづくり'],
    ['基本目標の達成状況', null, 'B', '（前年度 B）'],
    [],
    ['指標名', '単位', '目標', '実績'],
    ['見守り協力事業者数', '事業者', 120, 118],
  ]);
  expect(rating(s)?.cell).toBe('C3');
  // The same words on a sheet with no 基本目標 named anywhere but the label still name the sheet's goal (the label says so).
  expect(
    rating(
      snap('進行管理', [
        ['基本目標の達成状況', 'C'],
        ['指標名', '目標', '実績'],
        ['登録者数', 10, 9],
      ]),
    )?.cell,
  ).toBe('B1');
});

describe('a bare 評価 label at the top right of a sheet named after its policy (no 基本施策 | … label)', () => {
  const block = (sheet: string, title: string) =>
    snap(sheet, [
      [title, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, '評価'],
      [],
      ['成果指標', '交通事故発生件数'],
      ['単位', '件', '方向性', '↓'],
      ['年度', '令和3年度', '令和4年度', '令和5年度'],
      ['目標値', 200, 190, 180],
      ['実績値', 205, 176, 150],
    ]);

  test('the sheet name says 施策: the empty cell right of 評価 is its rating', () => {
    expect(rating(block('基本施策1-2', '評価表（令和5年度実績）'))).toEqual({ cell: 'I2', previous: null });
  });

  test('the title says 施策: the same', () => {
    expect(rating(block('Sheet1', '施策評価表（令和5年度実績）'))).toEqual({ cell: 'I2', previous: null });
  });

  test('neither names a policy: no rating of its own', () => {
    expect(rating(block('事業一覧', '主要事業実績（令和5年度）'))).toBeFalsy();
  });
});
