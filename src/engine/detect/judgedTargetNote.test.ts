/** A note naming the year whose target each year's progress is judged against (a 中間目標 before the 最終目標). */
import { checkWorkbook } from '../actions/check';
import { judgedTargetYear } from './judgedTargetNote';
import { snap } from './testing';

test.each([
  ['※各年度の進捗は中間目標（令和7年度）に対する達成状況により評価する。最終目標は計画期間末の目標。', 2025],
  ['各年度は中間目標値（R7）と比較して評価します', 2025],
  ['※毎年度の達成状況は目標値（令和10年度）に対して判定した。', 2028],
])('%j names the target of %i', (text, year) => {
  expect(judgedTargetYear(text)).toBe(year);
});

test.each([
  ['※計画値が「－」の年度は、目標値（Ｒ７）により評価する。', 'a year with a 「－」 target: finalTargetNote.ts'],
  ['中間目標（令和7年度）', 'no judging said'],
  ['※国の目標（令和7年度）により評価する', 'another body’s target'],
  ['中間目標（R7）では評価しない', 'the judging denied'],
  ['※指標2（耐震診断実施件数）は中間目標（令和7年度）に対して評価する。', 'one indicator named (review rv49)'],
  ['※耐震診断実施件数は中間目標（令和7年度）に対して評価する。', 'one indicator named by its name'],
  ['※中間評価（令和7年度）では中間目標（令和7年度）に対して評価する。', 'the mid-term review only'],
])('%j names none (%s)', (text) => {
  expect(judgedTargetYear(text)).toBeNull();
});

const sheet = (note: string | null) =>
  snap('耐震', [
    ['指標', '単位', '基準値', '実績値', null, '中間目標', '最終目標'],
    [null, null, '令和2年度', '令和4年度', '令和5年度', '令和7年度', '令和12年度'],
    ['多数の者が利用する建築物の耐震化率', '％', 91.2, 93.8, 95.4, 95, 100],
    ['耐震診断実施件数（累計）', '件', 824, 951, 1020, 1000, 1500],
    [note],
  ]);

test('a year without its own target is judged against the target the note names, not the last one; without the note, the last', () => {
  const noted = checkWorkbook({ sheets: [sheet('※各年度の進捗は中間目標（令和7年度）に対する達成状況により評価する。')] }).report;
  expect(noted.indicators.map((i) => [i.name, i.target])).toEqual([
    ['多数の者が利用する建築物の耐震化率', 95],
    ['耐震診断実施件数（累計）', 1000],
  ]);
  const plain = checkWorkbook({ sheets: [sheet(null)] }).report;
  expect(plain.indicators.map((i) => i.target)).toEqual([100, 1500]);
});
