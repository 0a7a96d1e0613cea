/**
 * The evaluation period stated without a 評価対象期間 label: an as-of statement above the table (the fiscal
 * year its 3月 date closes) and the 実績 year a title names (not the year the document is written in).
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { asOfPeriod, resultsYear } from './periodStatements';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test.each([
  ['（令和6年3月末現在）', '令和6年3月末', 2023],
  ['令和５年３月３１日時点', '令和5年3月31日', 2022],
  ['[R6.3末現在]', 'R6.3末', 2023],
  // A labelled as-of statement in brackets closing a title.
  ['総合戦略 KPI進捗状況（評価時点：令和6年3月末）', '令和6年3月末', 2023],
  ['成果指標一覧【集計時点:R5.3.31】', 'R5.3.31', 2022],
  // The month the figures run to: the year's last month closes it.
  ['（令和６年３月分まで・確定値）', '令和6年3月', 2023],
  ['観光指標 月次報告（R6.3分まで）', 'R6.3', 2023],
  // The fiscal year's end written as such: that year.
  ['（令和5年度末時点）', '令和5年度', 2023],
  ['施設の状況（R4年度末現在）', 'R4年度', 2022],
  // The dated 実績 the evaluation rests on.
  ['（令和6年3月末時点の実績により評価）', '令和6年3月末', 2023],
  ['令和5年3月31日現在の実績', '令和5年3月31日', 2022],
  ['KPIの達成状況（R6.3末現在の実績に基づき評価）', 'R6.3末', 2023],
  // A part of a line set apart by a wide gap from what follows (the document's date and title).
  ['評価時点：令和6年3月末（令和5年度末）　　令和6年5月 国土強靱化推進会議資料', '令和6年3月末', 2023],
  // The 実績 the 検証 rests on; a bracket dating the paper after the date glosses no year.
  ['（令和6年5月 総合戦略推進会議資料　令和6年3月末時点の実績による検証）', '令和6年3月末', 2023],
  ['評価時点：令和6年3月末（令和6年5月 効果検証会議資料）', '令和6年3月末', 2023],
])('%s states the fiscal year it closes', (text, label, fy) => {
  expect(asOfPeriod(text)).toMatchObject({ label, fiscalYear: fy });
});

test.each([
  '（令和5年9月末現在）',
  'KPI進捗状況（評価時点：令和5年9月末）',
  '令和6年3月末現在の登録者数',
  '※基準値は令和3年3月末時点の数値。',
  '令和6年度現在',
  '令和5年度末時点の目標',
  '（令和5年度末までに）',
  '（令和5年9月分まで）',
  // Another figure dated, or a date that closes no fiscal year.
  '基準値は令和2年3月末時点の実績',
  '人口は令和6年4月1日時点',
  '（令和5年9月末時点の実績により評価）',
  '令和6年3月末時点の実績により目標を見直し',
  // A part set apart that is no as-of statement of the figures.
  '令和6年5月 推進会議資料　　人口は令和6年3月末時点',
  // The status a plan starts from, dated in brackets (hold-out 123's national 点検・評価 form).
  '現状\n（令和4年3月現在）',
  '基準値（R4.3.31時点）',
  '計画策定時（令和3年3月末現在）',
  // A bracket of a paper dated before the date, or of another year than the date closes.
  '評価時点：令和6年3月末（令和6年2月 効果検証会議資料）',
  '評価時点：令和6年3月末（令和6年度）',
  '（令和５年度評価　令和５年３月末現在）',
])('%s states no period', (text) => {
  expect(asOfPeriod(text)).toBeNull();
});

test.each([
  ['令和６年度　施策評価（令和５年度実績）', 2023],
  ['事務事業評価表 令和4年度の実績', 2022],
  ['R5実績 成果指標一覧', 2023],
  ['行政評価シート（令和4年度実施事業）', 2022],
  ['令和５年度決算に係る主要な施策の成果', 2023],
  // A report of one year's progress, after a plan's term that is no such year.
  ['第２次中期計画（令和３年度～令和７年度）　令和５年度 進捗状況', 2023],
  ['総合戦略 R4進捗管理シート', 2022],
  ['令和4年度 成果報告書', 2022],
  ['令和4年度 進捗評価（令和5年3月 推進会議資料。件数は暦年）', 2022],
  // The year a report covers: 対象 closing its bracket or going on with と.
  ['令和6年度　教育委員会の事務の点検及び評価報告書（令和5年度対象）', 2023],
  ['令和5年度を対象とした点検・評価', 2023],
  // The same year glossed in the other calendar between the year and its 実績, after a plan's term.
  ['計画期間：2025年度〜2029年度　／　令和7年度（2025年度）実績に係る効果検証', 2025],
  // The year whose result the figures are, closing its bracket: 「（令和6年度の定員管理の結果）」.
  ['評価時点：令和7年4月1日現在の職員数（令和6年度の定員管理の結果）', 2024],
  // The year's 取組実績 (the work done in it) after the document's year.
  ['令和5年度　事業効果検証（令和4年度の取組実績に対する検証）', 2022],
  ['R6 行政評価シート　R5取り組み実績', 2023],
])('%s names the 実績 year', (text, fy) => {
  expect(resultsYear(text)?.fiscalYear).toBe(fy);
});

test.each([
  '令和６年度　施策評価',
  '令和５年度　成果指標実績調査',
  '実績一覧',
  '令和6年度実施計画',
  '令和6年度 進捗評価',
  '令和6年度対象者数の推移',
  '令和7年度（2024年度）実績',
  // An evaluation's result may be of the year before's figures: no 実績 year.
  '令和6年度の評価結果',
  '令和6年度の結果を踏まえ見直しを行う',
  // A survey's or a census's result names where one figure comes from, not the year the sheet reports (review rv50).
  '※職員満足度は令和5年度の職員意識調査の結果',
  '（人口：令和2年度の国勢調査の結果）',
  '令和6年度の検査の結果',
  // The year's 取組 with no 実績 is its plan of work, not its figures.
  '令和6年度の取組方針',
  '令和6年度 取組目標',
])('%s names no 実績 year', (text) => {
  expect(resultsYear(text)).toBeNull();
});

// A fiscal-year table under a title row whose right-hand cell says as of when; a 9月 status under it is a note.
const asOf = (date: string) => [
  ['成果指標の状況', null, null, date],
  [null, null, null, null],
  ['指標', '単位', 'R4', 'R5'],
  ['目標', null, null, null],
  ['図書館利用者数', '人', 50000, 52000],
];

test('an as-of statement beside the title states the period; the check takes it from the sheet, with no guess', () => {
  const sheet = snap('指標', [
    ['成果指標の状況', null, '令和5年3月31日時点', null, null],
    [null, null, null, null, null],
    ['指標', '単位', 'R3実績', 'R4実績', 'R5実績'],
    ['図書館利用者数', '人', 48000, 50000, 51000],
    ['読書会参加者数', '人', 300, 320, 340],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod).toMatchObject({ cell: 'C1', period: { fiscalYear: 2022 } });
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2022, source: 'sheet' });
  expect(report.indicators.map((i) => i.actual)).toEqual([50000, 320]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a title naming the year of its progress report states that year: a plan with later years’ targets is read with no guess', () => {
  const sheet = snap('進捗', [
    ['第２次行財政改革プラン（令和３年度～令和６年度）　令和４年度 進捗状況'],
    [],
    ['指標', '単位', 'R3目標', 'R3実績', 'R4目標', 'R4実績', 'R5目標', 'R5実績', 'R6目標', 'R6実績'],
    ['市税収納率', '％', 97, 97.4, 97.5, 97.9, 98, null, 98.5, null],
    ['電子申請件数', '件', 800, 910, 1000, 1120, 1200, null, 1400, null],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2022, source: 'sheet' });
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([
    [97.5, 97.9],
    [1000, 1120],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a mid-year status states no period', () => {
  expect(detectSheet(snap('指標', asOf('（令和5年9月末現在）')), scale).meta.statedPeriod).toBeUndefined();
});

test('a title naming its 実績 year states that year, and the title’s year is the 実績 year, not the document’s', () => {
  const sheet = snap('評価', [
    ['令和７年度 事業評価（令和６年度の実績）', null, null, null, null],
    ['事業名', '単位', 'R6目標', 'R6実績', 'R7目標'],
    ['空き家バンク成約件数', '件', 20, 22, 24],
  ]);
  const meta = detectSheet(sheet, scale).meta;
  expect([meta.statedPeriod?.period.fiscalYear, meta.statedPeriod?.cell, meta.titlePeriod?.fiscalYear]).toEqual([2024, 'A1', 2024]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2024, source: 'sheet' });
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a 評価対象期間 line wins over the 実績 year of the title', () => {
  const sheet = snap('評価', [
    ['令和７年度 事業評価（令和６年度の実績）', null, null, null, null],
    ['評価対象期間：令和５年度', null, null, null, null],
    ['事業名', '単位', 'R6目標', 'R6実績', 'R7目標'],
    ['空き家バンク成約件数', '件', 20, 22, 24],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod?.period.fiscalYear).toBe(2023);
});

test('an as-of statement closing the title states the period', () => {
  const sheet = snap('KPI', [
    ['KPIの達成状況（令和6年3月31日現在）', null, null],
    ['KPI', '目標値', '実績値'],
    ['移住者数', 120, 131],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod).toMatchObject({ cell: 'A1', period: { fiscalYear: 2023 } });
});

test('a bare 「令和4年度実績」 beside a figure above the table is a label of its row, not the sheet’s statement', () => {
  const sheet = snap('事業', [
    ['事業概要', null, null],
    ['令和4年度実績', 100, null],
    ['指標名', 'R5目標', 'R5実績'],
    ['相談件数', 120, 131],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod).toBeUndefined();
});

test('the month the figures run to (（令和６年３月分まで）) states the year it closes: 年度累計 is that year’s actual, 前年度実績 the year before', () => {
  const sheet = snap('月次', [
    ['観光指標 月次実績報告', null, null, null, null, null, null],
    ['（令和６年３月分まで・確定値）', null, null, null, null, null, null],
    ['指標', '単位', '年間目標', '上期', '下期', '年度累計', '前年度実績'],
    ['観光案内所利用者数', '人', 24000, 12000, 11750, 23750, 22860],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: 2023 } });
  const report = checkWorkbook({ sheets: [sheet] }, {}).report;
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([[23750, 'F4']]);
});

test('a note under a table of figures (「※2024年度の実績値は…報告する」) states no period of the sheet', () => {
  const values = [
    ['令和５年度 効果検証シート'],
    [],
    ['年度', '移住相談件数\n目標値（件）', '移住相談件数\n実績値（件）'],
    ['2022年度', 160, 171],
    ['2023年度', 170, 158],
    ['2024年度', 180, null],
    ['※2024年度の実績値は2025年度の検証会議で報告する。'],
  ];
  expect(detectSheet(snap('効果検証', values), scale).meta.statedPeriod).toBeUndefined();
  const { report } = checkWorkbook({ sheets: [snap('効果検証', values)] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['移住相談件数', 170, 158]]);
});

test('a heading line dating the 実績 the evaluation rests on (（令和6年3月末時点の実績により評価）) states the year its date closes', () => {
  const sheet = snap('KPI', [
    ['KPIの達成状況', null, null, null, null],
    ['（令和6年3月末時点の実績により評価）', null, null, null, null],
    ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末'],
    ['移住相談件数', '目標値', 80, 90, 100],
    ['移住相談件数', '実績値', 95, 104, 121],
    ['※人口は令和6年4月1日時点'],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: 2023 } });
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a 基準値 dated in the heading area states no period', () => {
  const sheet = snap('KPI', [
    ['KPIの達成状況', null, null, null],
    ['（基準値は令和2年3月末時点の実績）', null, null, null],
    ['KPI', '基準値', '目標値', '実績値'],
    ['移住相談件数', 70, 100, 121],
  ]);
  expect(detectSheet(sheet, scale).meta.statedPeriod).toBeUndefined();
});

test('a 決算 year heading on a row of year headings (a cost table) states no period; the title year stands', () => {
  const rows = [
    ['令和5年度　事務事業評価シート', null, null, null, null],
    [null, null, null, null, null],
    ['【事業費】（千円）', null, '令和4年度決算', '令和5年度予算', '令和5年度決算'],
    ['事業費', null, 4820, 5100, 4960],
    [null, null, null, null, null],
    ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績'],
    ['市民農園の貸出区画数', '区画', 172, 180, 176],
  ];
  const d = detectSheet(snap('評価', rows), scale);
  expect(d.meta.statedPeriod).toBeUndefined();
  expect(checkWorkbook({ sheets: [snap('評価', rows)] }, {}).report.period?.fiscalYear).toBe(2023);
});
