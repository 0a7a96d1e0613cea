import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (r5: string | number) =>
  snap('成果指標', [
    ['スポーツ推進計画　成果指標の進捗状況（評価対象年度：令和５年度）'],
    ['成果指標', '単位', 'R4', null, 'R5', null],
    [null, null, '目標', '実績', '目標', '実績'],
    ['成人の週1回以上のスポーツ実施率', '％', 50, 48.6, 52, r5],
    ['スポーツ施設利用者数', '人', 420000, 431560, 440000, 452310],
    ['※1　市民意識調査（偶数年度に実施）。調査を実施しない年度は前回調査の値を括弧書きで記載'],
  ]);

const guessesOf = (r5: string | number) =>
  checkWorkbook({ sheets: [sheet(r5)] }, {})
    .report.findings.filter((f) => f.code === 'reading-uncertain')
    .map((f) => [f.cell, f.params]);

test('a bracketed actual equal to the year before’s (「(48.6)※1」) is read as written, with a guess naming both cells', () => {
  const report = checkWorkbook({ sheets: [sheet('(48.6)※1')] }, {}).report;
  expect(report.indicators[0].actual).toBe(48.6);
  expect(guessesOf('(48.6)※1')).toEqual([['F4', expect.objectContaining({ reason: 'actual-in-brackets', cells: ['F4', 'D4'] })]]);
});

test('a plain figure, or a bracketed one that differs from the year before’s, is no guess', () => {
  expect(guessesOf(48.6)).toEqual([]);
  expect(guessesOf('(49.2)')).toEqual([]);
});

test('brackets on the year before’s figure too (「(1.2)」 both years: the sheet’s way of writing) are no carried figure (review rv51)', () => {
  expect(guessesOf('(1.2)')).toEqual([]);
  const both = snap('成果指標', [
    ['成果指標（評価対象年度：令和５年度）　※括弧書きはマイナスを示す'],
    ['成果指標', '単位', 'R4', null, 'R5', null],
    [null, null, '目標', '実績', '目標', '実績'],
    ['人口の社会増減', '人', 0, '(1.2)', 0, '(1.2)'],
  ]);
  const found = checkWorkbook({ sheets: [both] }, {}).report.findings.filter((f) => f.code === 'reading-uncertain');
  expect(found.map((f) => f.params)).not.toContainEqual(expect.objectContaining({ reason: 'actual-in-brackets' }));
});
