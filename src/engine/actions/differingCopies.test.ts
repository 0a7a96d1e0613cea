/**
 * The same indicators on a 総括表 and a 詳細 sheet with different actuals, neither saying 速報 / 確定: both graded, each a
 * `figures-differ` guess naming its own actual and the other sheet's; equal figures are no guess.
 */
import { checkWorkbook } from './check';
import { snap } from '../detect/testing';

const summary = (title: string, stay: number) => [
  [title, null, null, null, null],
  ['指標名', '単位', '目標値', '実績値', '評価'],
  ['観光入込客数', '万人', 300, 296, 'B'],
  ['観光客満足度', '％', 80, stay, 'A'],
];
const detail = (title: string) => [
  [title, null, null, null, null, null],
  ['指標名', '単位', '基準値', '目標値', '実績値', '評価'],
  ['観光入込客数', '万人', 280, 300, 301.4, 'A'],
  ['観光客満足度', '％', 75, 80, 82.1, 'A'],
];

const guessesOf = (report: ReturnType<typeof checkWorkbook>['report']) =>
  report.findings.flatMap((f) =>
    f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'figures-differ' ? [[f.sheet, f.params.cells]] : [],
  );

test('two actuals of one indicator, neither sheet the newer: both graded, each naming the other', () => {
  const { report } = checkWorkbook(
    { sheets: [snap('総括表', summary('指標の総括表（令和5年度）', 82.1) as never), snap('詳細', detail('指標の詳細（令和5年度）') as never)] },
    {},
  );
  expect(report.indicators.map((i) => [i.sheet, i.name, i.actual, i.grade])).toEqual([
    ['総括表', '観光入込客数', 296, 'B'],
    ['総括表', '観光客満足度', 82.1, 'A'],
    ['詳細', '観光入込客数', 301.4, 'A'],
    ['詳細', '観光客満足度', 82.1, 'A'],
  ]);
  expect(guessesOf(report)).toEqual([
    ['総括表', ['D3', '詳細!E3']],
    ['詳細', ['E3', '総括表!D3']],
  ]);
  expect(report.indicators.find((i) => i.sheet === '詳細' && i.name === '観光入込客数')?.guesses).toEqual([
    { reason: 'figures-differ', cells: ['E3', '総括表!D3'] },
  ]);
  const message = report.findings.find((f) => f.code === 'reading-uncertain' && f.sheet === '総括表')?.message ?? '';
  expect(message).toContain('D3');
  expect(message).toContain('詳細!E3');
});

test('a 速報値 summary beside a 確定値 detail is left out, no guess (provisionalSheets.ts)', () => {
  const { report } = checkWorkbook(
    { sheets: [snap('総括表', summary('指標の総括表（令和5年度・速報値）', 82.1) as never), snap('詳細', detail('指標の詳細（令和5年度・確定値）') as never)] },
    {},
  );
  expect(guessesOf(report)).toEqual([]);
});

test('the same figures twice are no guess', () => {
  const same = summary('指標の総括表（令和5年度）', 82.1).map((r, i) => (i === 2 ? ['観光入込客数', '万人', 300, 301.4, 'A'] : r));
  const { report } = checkWorkbook({ sheets: [snap('総括表', same as never), snap('詳細', detail('指標の詳細（令和5年度）') as never)] }, {});
  expect(guessesOf(report)).toEqual([]);
});

test('the same name with another target is another indicator: no guess', () => {
  const other = detail('生涯学習の指標（令和5年度）').map((r, i) => (i === 2 ? ['観光入込客数', '万人', 280, 350, 301.4, 'B'] : r));
  const { report } = checkWorkbook({ sheets: [snap('総括表', summary('指標の総括表（令和5年度）', 82.1) as never), snap('詳細', other as never)] }, {});
  expect(guessesOf(report)).toEqual([]);
});

test('two area sheets of the same indicator are no summary and its detail: no guess', () => {
  const area = (name: string, actual: number) =>
    snap(name, [[`${name}の指標（令和5年度）`], ['指標名', '単位', '目標値', '実績値'], ['自治会加入率', '％', 80, actual]] as never);
  const { report } = checkWorkbook({ sheets: [area('北地区', 72), area('南地区', 65)] }, {});
  expect(guessesOf(report)).toEqual([]);
});
