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

  test('a bare 時点 or 年度 heading right beside 実績値 dates that row’s actual: another year is a guess naming it', () => {
    for (const word of ['時点', '年度']) {
      const rows = [
        ['令和5年度 成果指標'],
        ['指標名', '単位', '目標値', '実績値', word],
        ['相談件数', '件', 100, 90, '令和5年度'],
        ['満足度', '％', 50, 47.5, '令和4年度'],
      ];
      expect(uncertain(rows)).toEqual(['D4']);
    }
  });

  test('a bare 時点 heading not beside the 実績値 (right of a 基準値) dates no actual', () => {
    const rows = [
      ['令和5年度 成果指標'],
      ['指標名', '単位', '目標値', '実績値', '基準値', '時点'],
      ['相談件数', '件', 100, 90, 80, '令和元年度'],
      ['満足度', '％', 50, 47.5, 41, '令和2年度'],
    ];
    expect(check(rows).indicators.map((i) => [i.name, i.actual])).toEqual([
      ['相談件数', 90],
      ['満足度', 47.5],
    ]);
    expect(uncertain(rows)).toEqual([]);
  });
});

describe("a sheet note saying the latest survey counts as a year's actual", () => {
  const note = '※数年ごとに実施する調査による指標は、直近の調査結果を令和５年度の実績値として評価する。';
  const rows = (line: string) => [
    ['令和5年度 施策評価'],
    [line],
    ['指標名', '単位', '目標値', '実績値', '実績値の調査年度'],
    ['相談件数', '件', 100, 90, '令和5年度'],
    ['満足度', '％', 50, 47.5, '令和4年度'],
    ['認知度', '％', 45, 38.6, '令和3年度'],
  ];

  test("an earlier survey year is that year's actual, no guess", () => {
    expect(uncertain(rows(note))).toEqual([]);
    expect(check(rows(note)).indicators.map((i) => i.actual)).toEqual([90, 47.5, 38.6]);
  });

  test('without the note, or with a note saying nothing of it, the earlier year is still a guess', () => {
    expect(uncertain(rows('※調査は数年ごとに実施する。'))).toEqual(['D5', 'D6']);
  });

  test("a figure of a later year than the note states is still another year's", () => {
    const later = rows(note).map((r) => r.map((c) => (c === '令和4年度' ? '令和6年度' : c)));
    expect(uncertain(later)).toEqual(['D5']);
  });

  test('a note denying it, or a figure more than two years older, is still a guess (review rv41b)', () => {
    expect(uncertain(rows('※直近の調査結果を令和５年度の実績値として評価することはせず、調査年度の実績として扱う。'))).toEqual(['D5', 'D6']);
    const old = rows(note).map((r) => r.map((c) => (c === '令和3年度' ? '令和元年度' : c)));
    expect(uncertain(old)).toEqual(['D6']);
  });
});
