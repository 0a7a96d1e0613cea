import { findPeriod, fiscalYearLabel, isBareYearText, parsePeriodArg, parsePeriodCell, periodFromSerial, periodOrder } from './periods';

describe('parsePeriodCell', () => {
  test.each([
    ['R5', 2023, 'fiscal'],
    ['R05', 2023, 'fiscal'],
    ['Ｒ５', 2023, 'fiscal'],
    ['R.5', 2023, 'fiscal'],
    ['令和5年度', 2023, 'fiscal'],
    ['令和５年度', 2023, 'fiscal'],
    ['令和元年度', 2019, 'fiscal'],
    ['H29', 2017, 'fiscal'],
    ['平成29年度', 2017, 'fiscal'],
    ['平成31年3月末', 2018, 'month'],
    ['平成29年3月末', 2016, 'month'],
    ['令和4年4月末', 2022, 'month'],
    ['2023年度', 2023, 'fiscal'],
    ['FY2023', 2023, 'fiscal'],
    ['FY23', 2023, 'fiscal'],
    ['令和2年', 2020, 'calendar'],
    ['R2\n（現状値）', 2020, 'fiscal'],
    ['R5年度実績', 2023, 'fiscal'],
    ['令和5年3月31日', 2022, 'month'],
    ['令和6年3月31日現在', 2023, 'month'],
    ['2024/3/31', 2023, 'month'],
    ['2024年3月31日', 2023, 'month'],
    ['R6.3.31', 2023, 'month'],
    ['H31.3', 2018, 'month'],
    ['2023.3末', 2022, 'month'],
    ['Ｒ５年度末', 2023, 'fiscal'],
    ['令和５年度（見込）', 2023, 'fiscal'],
    // A 法人's business year (公立大学法人, 地方独立行政法人): April to March, the fiscal year written.
    ['令和５事業年度', 2023, 'fiscal'],
    ['平成30事業年度', 2018, 'fiscal'],
  ])('%j → FY%i', (text, fy, kind) => {
    const p = parsePeriodCell(text);
    expect(p?.period.fiscalYear).toBe(fy);
    expect(p?.period.kind).toBe(kind);
  });
  test('a bracket naming the year the figures are of (「R5（R3数値）」) keeps the heading’s year and notes the figure’s', () => {
    expect(parsePeriodCell('R5\n（R3数値）')?.period).toMatchObject({ fiscalYear: 2023, figureOf: { fiscalYear: 2021 } });
    expect(parsePeriodCell('R5（R3の値）')?.period.figureOf?.fiscalYear).toBe(2021);
    // The same year again notes nothing; a bracket of other words is no period heading still.
    expect(parsePeriodCell('R5（R5数値）')?.period.figureOf).toBeUndefined();
    expect(parsePeriodCell('R5（R3見直し）')).toBeNull();
  });
  test('a day is read only when marked: 2024年3月10件 is not a date', () => {
    expect(findPeriod('2024年3月10件')?.period.label).toBe('2024年3月');
    expect(parsePeriodCell('2024年3月10件')).toBeNull();
  });
  test('baseline marks', () => {
    expect(parsePeriodCell('R2\n（現状値）')?.baseline).toBe(true);
    expect(parsePeriodCell('R3')?.baseline).toBe(false);
  });
  test('a bracketed note saying which year it is to the evaluation is decoration: the year written is the period', () => {
    expect(parsePeriodCell('令和4年度（前年度）')?.period.fiscalYear).toBe(2022);
    expect(parsePeriodCell('R5【今年度】')?.period.fiscalYear).toBe(2023);
    expect(parsePeriodCell('2024年度(来年度)')?.period.fiscalYear).toBe(2024);
    expect(parsePeriodCell('令和5年度（評価年度）')?.period.fiscalYear).toBe(2023);
    expect(parsePeriodCell('R5（評価対象年度）')?.period.fiscalYear).toBe(2023);
    expect(parsePeriodCell('令和5年度（評価年度）')?.baseline).toBe(false);
    // Not in brackets, or another word: not a period heading.
    expect(parsePeriodCell('令和4年度前年度比')).toBeNull();
    expect(parsePeriodCell('令和4年度（前年度比）')).toBeNull();
    expect(parsePeriodCell('令和5年度（評価年度目標）')).toBeNull();
    expect(parsePeriodCell('令和5年度（評価）')).toBeNull();
  });
  test('a bracket saying the year is the one under review (評価対象 / 検証対象) is decoration; 対象外 is not', () => {
    expect(parsePeriodCell('令和５年度（検証対象）')?.period.fiscalYear).toBe(2023);
    expect(parsePeriodCell('令和5年度（評価対象）')?.baseline).toBe(false);
    expect(parsePeriodCell('令和5年度（対象外）')).toBeNull();
    expect(parsePeriodCell('令和6年度（検証対象外）')).toBeNull();
  });
  test('the same words or the plan’s ordinal of the year leading, the year in brackets after them: the year written is the period', () => {
    expect(parsePeriodCell('当年度（令和５年度）')?.period.fiscalYear).toBe(2023);
    expect(parsePeriodCell('前年度(R4)')?.period.fiscalYear).toBe(2022);
    expect(parsePeriodCell('第2年次（R4）')?.period.fiscalYear).toBe(2022);
    expect(parsePeriodCell('3年目【2023年度】')?.period.fiscalYear).toBe(2023);
    // A measure or another word before the bracket: not a period heading.
    expect(parsePeriodCell('前年度比（令和４年度）')).toBeNull();
    expect(parsePeriodCell('第2年次計画（R4）')).toBeNull();
    expect(parsePeriodCell('当年度令和５年度目標')).toBeNull();
  });
  test('a note that the year came before an event (コロナ前, 震災前, Pre-COVID) is no part of the period', () => {
    expect(parsePeriodCell('2019年（コロナ前）')?.period).toMatchObject({ fiscalYear: 2019, kind: 'calendar' });
    expect(parsePeriodCell('2019年（コロナ前）\nPre-COVID')?.period).toMatchObject({ fiscalYear: 2019, kind: 'calendar' });
    expect(parsePeriodCell('令和元年度（コロナ禍前）')?.period.fiscalYear).toBe(2019);
    expect(parsePeriodCell('2019年（目標）')).toBeNull();
  });

  test('a body’s business term in brackets beside the year (第28期) is its ordinal: the year written is the period', () => {
    expect(parsePeriodCell('2023年（第28期）')?.period).toMatchObject({ fiscalYear: 2023, kind: 'calendar' });
    expect(parsePeriodCell('令和5年度（第12期）')?.period.fiscalYear).toBe(2023);
    expect(parsePeriodCell('第28期（2023年）')?.period.fiscalYear).toBe(2023);
    // The plan's ordinal of the year in brackets after it (「令和3年度（1年目）」), as before it.
    expect(parsePeriodCell('令和3年度\n（1年目）')?.period.fiscalYear).toBe(2021);
    expect(parsePeriodCell('R4（第2年次）')?.period.fiscalYear).toBe(2022);
    expect(parsePeriodCell('令和3年度（1年目標）')).toBeNull();
    // A term not in brackets, or a plan's term of years: not a period heading.
    expect(parsePeriodCell('2023年第28期計画')).toBeNull();
    expect(parsePeriodCell('2023年（第2期計画）')).toBeNull();
    expect(parsePeriodCell('第2期計画（R4）')).toBeNull();
  });
  test('a bracketed as-of date of the year written (or the first day after it) dates its figure: the year written is the period', () => {
    expect(parsePeriodCell('R6\n（R6.4.1）')?.period).toMatchObject({ fiscalYear: 2024, kind: 'fiscal' });
    expect(parsePeriodCell('R2（現状値）\n（R2.5.1）')).toMatchObject({ period: { fiscalYear: 2020 }, baseline: true });
    expect(parsePeriodCell('令和6年度（R7.4.1現在）')?.period.fiscalYear).toBe(2024);
    expect(parsePeriodCell('令和6年度（令和7年3月末時点）')?.period.fiscalYear).toBe(2024);
    expect(parsePeriodCell('2024年（2025.1.1現在）')?.period).toMatchObject({ fiscalYear: 2024, kind: 'calendar' });
    // A day with no year dates the year written.
    expect(parsePeriodCell('R6\n（4月1日）')?.period.fiscalYear).toBe(2024);
    expect(parsePeriodCell('R5（各年5月1日現在）')?.period.fiscalYear).toBe(2023);
    // A date of another year (two years said), a date after the first day of the next year, or no bracket: no period heading.
    expect(parsePeriodCell('R5（R7.4.1）')).toBeNull();
    expect(parsePeriodCell('令和6年度（R7.5.1現在）')).toBeNull();
    expect(parsePeriodCell('R6（R6.3.31）')).toBeNull();
    expect(parsePeriodCell('R6 R6.4.1')).toBeNull();
    expect(parsePeriodCell('R6（13月1日）')).toBeNull();
  });
  test('texts that are not only a period', () => {
    expect(parsePeriodCell('R5年度数値目標')).toBeNull();
    expect(parsePeriodCell('実績値')).toBeNull();
    expect(parsePeriodCell('2023')).toBeNull();
    expect(parsePeriodCell('2023', { bareYear: true })?.period.fiscalYear).toBe(2023);
    expect(parsePeriodCell('CR5')).toBeNull();
  });
});

test('findPeriod finds the first period in a sentence', () => {
  const m = findPeriod('北上市総合計画　令和６年度基本施策事後評価シート　（評価対象期間：令和５年度）');
  expect(m?.period.fiscalYear).toBe(2024);
  expect(findPeriod('目標（R8）')?.period.fiscalYear).toBe(2026);
});

test('parsePeriodArg accepts what people type', () => {
  expect(parsePeriodArg('R5')?.fiscalYear).toBe(2023);
  expect(parsePeriodArg('2023')?.fiscalYear).toBe(2023);
  expect(parsePeriodArg('令和5年度')?.fiscalYear).toBe(2023);
  expect(parsePeriodArg('FY2023')?.fiscalYear).toBe(2023);
  expect(parsePeriodArg('来年')).toBeNull();
});

test('fiscal year labels and ordering', () => {
  expect(fiscalYearLabel(2019)).toBe('令和元年度');
  expect(fiscalYearLabel(2023)).toBe('令和5年度');
  expect(fiscalYearLabel(2018)).toBe('平成30年度');
  const apr = parsePeriodCell('令和5年4月')!.period;
  const mar = parsePeriodCell('令和6年3月')!.period;
  const fy = parsePeriodCell('令和5年度')!.period;
  expect(periodOrder(apr)).toBeLessThan(periodOrder(mar));
  expect(periodOrder(mar)).toBeLessThan(periodOrder(fy));
});

test('date serials in header cells', () => {
  expect(periodFromSerial(43555)).toMatchObject({ year: 2019, month: 3, fiscalYear: 2018 }); // 2019-03-31
});

describe('a period prefix before a number keeps its own digits, whatever the separator', () => {
  test.each([
    ['R7 100件', 'R7', 2025],
    ['R7　1,000', 'R7', 2025],
    ['FY2025 30', 'FY2025', 2025],
    ['令和7年度　50社', '令和7年度', 2025],
    ['2025年度 40件', '2025年度', 2025],
    ['R7：1,200人', 'R7', 2025],
  ])('%s', (text, label, fy) => {
    const m = findPeriod(text);
    expect(m?.period.label).toBe(label);
    expect(m?.period.fiscalYear).toBe(fy);
  });
  test('spaces inside a period still go: 令和 5 年度', () => expect(findPeriod('令和 5 年度')?.period.fiscalYear).toBe(2023));
});

test('isBareYearText: a plain 4-digit year written as text, full-width or not, and nothing else', () => {
  expect(['2023', '２０２３', ' 2021 '].map(isBareYearText)).toEqual([true, true, true]);
  expect(['2023年度', '1,500', '１，５００', '3023', '20231', 'R5'].map(isBareYearText)).toEqual([false, false, false, false, false, false]);
});

describe('an era year abbreviated in a heading, 年度 left off: 令5 and 令和5 read as R5', () => {
  test.each([
    ['令5', 2023],
    ['令和6', 2024],
    ['令元', 2019],
    ['平30', 2018],
    ['（令10）', 2028],
  ])('%s', (text, fy) => {
    const p = parsePeriodCell(text);
    expect(p?.period.fiscalYear).toBe(fy);
    expect(p?.period.kind).toBe('fiscal');
  });
  test('inside a word or before a month it is no year', () => {
    expect(findPeriod('法令2件の改正')).toBeNull();
    expect(findPeriod('政令3条')).toBeNull();
    expect(findPeriod('令和5.3')).toBeNull();
  });
  test('the longer forms still win: 令和5年度, 令和6年3月末', () => {
    expect(findPeriod('令和5年度')?.period.label).toBe('令和5年度');
    expect(parsePeriodCell('令和6年3月末')?.period.kind).toBe('month');
  });
});

test('a year noted as before an event (「2019年（コロナ前）」) is a baseline column, never the actual evaluated (review rv46)', () => {
  expect(parsePeriodCell('2019年（コロナ前）')).toEqual({ period: expect.objectContaining({ year: 2019 }), baseline: true });
  expect(parsePeriodCell('令和元年度（コロナ禍前）')?.baseline).toBe(true);
  expect(parsePeriodCell('2019年')?.baseline).toBe(false);
});

test('a year dated at a day inside it, before it closes, is the year in progress (inYear); its close or first day is not', () => {
  const inYear = (text: string) => parsePeriodCell(text)?.period.inYear ?? false;
  expect(['令和6年度\n（6月末現在）', '令和6年度（9月30日時点）', 'R6（R6.12末）'].map(inYear)).toEqual([true, true, true]);
  expect(['R5（3月末）', 'R6（R6.4.1）', '令和6年度（R7.4.1現在）', '令和6年度', '令和6年度（4月1日）'].map(inYear)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
  expect(parsePeriodCell('令和6年度（6月末現在）')?.period.fiscalYear).toBe(2024);
  // The first of a month is a count's reference day (学校基本調査 5月1日, 人口 10月1日): the year's figure (rv57).
  expect(['R6（R6.5.1現在）', '令和6年度（10月1日現在）', 'R6（R6.10.1時点）'].map(inYear)).toEqual([false, false, false]);
  expect(['R6（R6.10.31現在）', '令和6年度（10月末現在）', '令和6年度（R6.9.1現在）', 'R6（R6.12.1現在）'].map(inYear)).toEqual([true, true, true, true]);
});

describe('a 事業年度 in a title', () => {
  test('「令和５事業年度」 inside a title is that fiscal year, where the era after a word was read as none before', () => {
    expect(findPeriod('公立大学法人○○市立大学　令和５事業年度　業務実績報告書')?.period).toMatchObject({ fiscalYear: 2023, kind: 'fiscal' });
  });
  test('事業 followed by anything but 年度 is no year of this form, and a 事業年度 counted by its term (第12期) none', () => {
    expect(findPeriod('市立大学令和５事業計画')).toBeNull();
    expect(findPeriod('第12期事業年度の決算')).toBeNull();
  });
});

test('an era letter closing a Latin word with a digit inside is no year (「V2H 10基」), one after a space is (「CO2 R5」「R5 R6」)', () => {
  expect(findPeriod('V2H 10基')).toBeNull();
  expect(findPeriod('CO2 R5')?.period.fiscalYear).toBe(2023);
  expect(findPeriod('R5 R6')?.period.fiscalYear).toBe(2023);
  expect(parsePeriodCell('R2\n（現状値）')).toMatchObject({ period: { fiscalYear: 2020 }, baseline: true });
});
