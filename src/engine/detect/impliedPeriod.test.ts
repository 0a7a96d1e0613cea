/** Where a sheet states its period without a label: above the first row of headings, or above a form's first labelled figure line. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** A 取組状況調書 of label / value lines, one block per 取組, its 備考 line given. */
const form = (title: string, note: string) => [
  [title, null],
  ['【取組番号 1】', null],
  ['取組名', '休日夜間急患センターの共同運営'],
  ['成果指標', '休日夜間急患センターの受診者数'],
  ['単位', '人'],
  ['目標値（令和５年度）', 6500],
  ['実績値（令和５年度）', 6212],
  ['評価（A～D）', 'B'],
  ['備考', note],
];

test('a 備考 line quoting last year’s figure (令和４年度実績 5,980人) under a form’s figure lines states no period: the title’s year stands', () => {
  const sheet = snap('調書', form('令和５年度　共生ビジョン　取組状況調書', '令和４年度実績 5,980人'));
  expect(detectSheet(sheet, scale).meta.statedPeriod).toBeUndefined();
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023 });
  expect(report.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[6500, 6212, 'B']]);
});

test('a title naming its 実績 year above the form still states it (as before)', () => {
  const sheet = snap('調書', form('令和６年度　取組状況調書（令和５年度実績）', '令和４年度実績 5,980人'));
  expect(detectSheet(sheet, scale).meta.statedPeriod).toMatchObject({ cell: 'A1', period: { fiscalYear: 2023 } });
});

test('a form’s label with no figure beside it (目標値 | 未設定) does not end the place of statements: a 実績 line under it is read (as before)', () => {
  const sheet = snap('調書', [
    ['取組状況調書', null],
    ['目標値', '未設定'],
    ['（令和５年度実績）', null],
    ['指標名', 'R5実績'],
    ['相談件数', 131],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod).toMatchObject({ cell: 'A3', period: { fiscalYear: 2023 } });
});

test('review rv69: a line of another year’s figure (前年度実績, 最終目標値（令和７年度）) above the statement does not end the place of statements', () => {
  for (const line of [
    ['前年度実績', 120],
    ['最終目標値（令和７年度）', 500],
  ]) {
    const sheet = snap('調書', [['取組状況調書', null], line, ['（令和５年度実績）', null], ['指標名', 'R5実績'], ['相談件数', 131]]);
    expect(detectSheet(sheet, scale).meta.statedPeriod).toMatchObject({ period: { fiscalYear: 2023 } });
  }
});
