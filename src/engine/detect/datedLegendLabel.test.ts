import { checkWorkbook } from '../actions/check';
import { datedLegendPeriod } from './datedLegendLabel';
import { snap } from './testing';

describe('datedLegendPeriod: a legend label dated by a closing date states that year', () => {
  test.each([
    ['評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上　× 目標値の60％未満', 2023],
    ['※達成状況（R6.3.31）：A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満', 2023],
  ])('%s → fiscal %d', (text, year) => expect(datedLegendPeriod(text)?.fiscalYear).toBe(year));

  test.each([
    ['評価（令和5年9月末）：◎ 100％以上　○ 80％以上'], // a mid-year date dates a part of a year
    ['評価（令和5年3月末の達成率）　◎：100％以上　○：80％以上'], // more than the date in the bracket
    ['評価（令和6年3月末）：担当課による'], // no legend after the label
    ['目標（令和6年3月末）：◎ 100％以上　○ 80％以上'], // not the grades' label
  ])('%s states nothing', (text) => expect(datedLegendPeriod(text)).toBeNull());
});

test('a KPI table with such a legend under it is evaluated for that year, no period guessed', () => {
  const sheet = snap('KPI', [
    ['重点目標（ＫＰＩ）の達成状況'],
    ['No.', 'ＫＰＩ', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '評価'],
    [1, '登録者数', '目標値', '75 人', '80 人', '85 人', '◎'],
    ['', '', '実績値', '78 人', '84 人', '', ''],
    [],
    ['', '評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上　× 目標値の60％未満'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a sheet whose title states its year keeps it (counter-example)', () => {
  const sheet = snap('KPI', [
    ['令和4年度　重点目標の達成状況'],
    ['No.', 'ＫＰＩ', '目標値', '実績値', '評価'],
    [1, '登録者数', 80, 84, '◎'],
    [],
    ['', '評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period?.fiscalYear).toBe(2022);
});

describe('a legend date the table does not bear out states nothing: the table is read as with no such label (rv70)', () => {
  const legend = (date: string, entries = '◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上　× 目標値の60％未満') => [
    [],
    ['', `評価（${date}）：${entries}`],
  ];
  const read = (rows: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('KPI', rows)] }, {}).report;

  test('a later year’s actual filled in: its year is read, a period guess named, not the legend’s year', () => {
    const report = read([
      ['重点目標（ＫＰＩ）の達成状況'],
      ['No.', 'ＫＰＩ', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '評価'],
      [1, '登録者数', '目標値', '75 人', '80 人', '85 人', '○'],
      ['', '', '実績値', '78 人', '84 人', '80 人', '○'],
      ...legend('令和6年3月末'),
    ]);
    expect(report.period?.fiscalYear).toBe(2024);
    expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[85, 80]]);
    expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.params)).toContainEqual(
      expect.objectContaining({ reason: 'period-inferred' }),
    );
  });

  test('a stale date over R4 and R5 columns: R5 read and its written B agrees, no rating-mismatch', () => {
    const report = read([
      ['重点目標の達成状況'],
      ['No.', 'ＫＰＩ', 'R4目標', 'R4実績', 'R5目標', 'R5実績', '評価'],
      [1, '登録者数', 75, 78, 80, 70, 'B'],
      ...legend('令和5年3月末', 'A：目標値以上　B：目標値の80％以上　C：目標値の60％以上　D：60％未満'),
    ]);
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[80, 70, 'B']]);
    expect(report.findings.filter((f) => f.code === 'rating-mismatch')).toEqual([]);
  });

  test.each([
    ['令和8年3月末', '令和5年度', 2023], // the plan's end
    ['令和6年3月末', '令和6年度', 2024], // a year with no column of its own
  ])('a date (%s) of no column of the table (%s): the table’s own year, no missing actual', (date, year, fiscal) => {
    const report = read([
      ['重点目標（ＫＰＩ）の達成状況'],
      ['No.', 'ＫＰＩ', `${year}目標`, `${year}実績`, '評価'],
      [1, '登録者数', 80, 84, '◎'],
      ...legend(date),
    ]);
    expect(report.period?.fiscalYear).toBe(fiscal);
    expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[80, 84]]);
    expect(report.findings.filter((f) => f.code === 'missing-actual')).toEqual([]);
  });

  test('a note with placeholder marks (○○地区, △△地区) is no legend', () => {
    expect(datedLegendPeriod('進捗状況（令和6年3月末）：○○地区で実施済み、△△地区は調整中')).toBeNull();
    const report = read([
      ['重点事業の状況'],
      ['No.', '指標名', 'R5目標', 'R5実績', 'R6目標', 'R6実績'],
      [1, '登録者数', 75, 78, 80, 84],
      [],
      ['', '進捗状況（令和6年3月末）：○○地区で実施済み、△△地区は調整中'],
    ]);
    expect(report.period?.fiscalYear).toBe(2024);
    expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[80, 84]]);
  });
});
