import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const check = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('施策', rows)] }, {}).report;
const uncertain = (rows: (string | number | null)[][]) =>
  check(rows)
    .findings.filter((f) => f.code === 'reading-uncertain')
    .map((f) => f.cell);

describe('a column saying which year each actual belongs to', () => {
  const head = ['指標名', '単位', '目標値', '実績値', '実績年度'];

  test('an actual of another year than the evaluation is read, and a guess names its cell', () => {
    const rows = [['令和5年度 施策評価'], head, ['相談件数', '件', 100, 90, '令和5年度'], ['満足度', '％', 50, 47.5, '令和4年度']];
    const report = check(rows);
    expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
      ['相談件数', 100, 90],
      ['満足度', 50, 47.5],
    ]);
    expect(uncertain(rows)).toEqual(['D4']);
  });

  test('actuals all of the evaluation year give no guess', () => {
    const rows = [['令和5年度 施策評価'], head, ['相談件数', '件', 100, 90, 'R5'], ['満足度', '％', 50, 47.5, 'R5']];
    expect(uncertain(rows)).toEqual([]);
  });

  test('a 直近値 column with its year beside it (直近値 | 直近値の年度): a 直近値 of another year is a guess naming its cell', () => {
    const rows = [
      ['令和5年度 評価'],
      ['指標名', '単位', '目標値', '直近値', '直近値の年度'],
      ['健診受診率', '％', 60, 52.1, 'R5'],
      ['喫煙率', '％', 12, 14.3, 'R4'],
    ];
    expect(check(rows).indicators.map((i) => [i.name, i.actual])).toEqual([
      ['健診受診率', 52.1],
      ['喫煙率', 14.3],
    ]);
    expect(uncertain(rows)).toEqual(['D4']);
  });
});
