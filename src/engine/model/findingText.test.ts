import { checkWorkbook } from '../actions/check';
import { planRoll, RollError } from '../actions/roll';
import { UsageError } from './errors';
import type { FindingCode, FindingParams } from './findingParams';
import { FINDING_TEXT, JA_CLI, JA_EXCEL, renderFinding, type RenderOptions } from './findingText';
import { SEVERITY } from './findings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './port';
import type { UsageCode, UsageParams } from './usageParams';
import { renderUsage, USAGE_TEXT } from './usageText';

/** Every code with every variant of its params: what the catalog must be able to say. */
const SAMPLES: { [C in FindingCode]: FindingParams[C][] } = {
  'missing-actual': [{ variant: 'no-column', period: 'R5' }, { variant: 'no-cell' }, { variant: 'empty', period: null, cell: 'C3' }],
  'actual-pending': [{ value: '集計中' }],
  'actual-not-applicable': [{ value: '－' }],
  'actual-stale': [{ valuePeriod: 'R4', period: 'R5' }],
  'actual-provisional': [
    { qualifier: 'provisional', value: '659（見込み）', cell: 'E7', grade: 'B' },
    { qualifier: 'approximate', value: '約277', cell: 'F6', grade: null },
  ],
  'multiple-actuals': [{ value: '40人 26人' }],
  'missing-target': [
    { variant: 'text', value: '増加', cell: 'D3' },
    { variant: 'not-applicable', value: '－' },
    { variant: 'empty', cell: null },
    { variant: 'zero' },
  ],
  'target-other-period': [{ targets: [{ cell: 'E5', period: 'R6年度' }], actual: { cell: 'C5', period: 'R5年度' }, period: 'R5年度' }],
  'value-unparseable': [
    { variant: 'actual-text', value: '多数', cell: 'C3' },
    { variant: 'actual-several', value: '40人 26人', cell: 'C3' },
    { variant: 'pair-cell', value: '1210', cell: 'C5', heading: 'R5 実績／目標' },
    { variant: 'target-several', value: '1 2' },
    { variant: 'measures', target: 'a:1', actual: 'b:2' },
  ],
  'unit-mismatch': [
    { variant: 'target-actual', targetUnit: '人', actualUnit: '件', targetCell: 'D3', actualCell: 'C3' },
    { variant: 'column', unit: '人', actualUnit: '件' },
  ],
  'formula-error': [
    { variant: 'actual', cell: 'C3', value: '#REF!', formula: '=A1' },
    { variant: 'target', cell: 'D3', value: '#DIV/0!' },
  ],
  'rating-mismatch': [
    { variant: 'indicator', written: 'A', computed: 'B', attainment: 0.934, notImplemented: false },
    { variant: 'group', written: 'A', computed: 'B', rollup: 'mean' },
  ],
  'rating-invalid': [
    { variant: 'indicator', written: 'S', scale: [{ grade: 'A', label: '順調' }] },
    { variant: 'group', written: 'S', grades: ['A', 'B'] },
    { variant: 'other-scale', written: '◎（達成）', grade: '◎', marks: ['◎', '○', '△', '×'], scale: [{ grade: 'A', label: '順調' }], computed: 'A' },
  ],
  'cumulative-decrease': [{ from: { period: 'R4', value: 1313 }, to: { period: 'R5', value: 1200 } }],
  'outlier-jump': [{ previous: { period: 'R4', value: 10 }, actual: 1000 }],
  'direction-conflict': [
    { variant: 'settings', settings: 'down', cell: 'F3', written: '上昇' },
    { variant: 'words', written: '上昇' },
  ],
  'duplicate-indicator': [{ name: '相談件数', first: '施策1!B3', second: '施策2!B3' }],
  'direction-keyword-invalid': [{ cell: 'G5', written: '検討中', allowed: ['継続', '終了'] }],
  'sheet-protected': [{ sheet: '施策1' }],
  'no-indicators': [{}],
  'no-indicators-yet': [{ tables: [{ sheet: '事業実績', cell: 'B4' }] }],
  'other-period-copy-skipped': [
    {
      sheet: '福祉',
      cell: 'A12',
      caption: '（参考）令和４年度',
      period: '令和4年度',
      sheetPeriod: '令和5年度',
      indicators: ['特定健診受診率', '認知症サポーター養成数'],
    },
    {
      sheet: '1-2（前年度）',
      cell: 'A1',
      caption: '令和５年度 施策評価シート',
      period: '令和5年度',
      sheetPeriod: '令和6年度',
      indicators: ['相談件数'],
      otherSheet: '1-2',
    },
  ],
  'sheet-bands-used': [
    {
      sheet: '施策5-2',
      cell: 'A20',
      bands: [
        { grade: 'A', min: 1 },
        { grade: 'B', min: 0.9 },
        { grade: 'C', min: 0.7 },
        { grade: 'D', min: null },
      ],
    },
    {
      sheet: '成果',
      cell: 'A2',
      bands: [],
      gaps: [
        { grade: 'A', below: 0, inclusive: true },
        { grade: 'B', below: 5, inclusive: false },
        { grade: 'C', below: 10, inclusive: false },
        { grade: 'D', below: null, inclusive: false },
      ],
    },
  ],
  'rows-left-out': [
    { sheet: '施策1', reason: 'reference', cells: ['A9'], indicators: ['市内の事業所数'] },
    { sheet: '施策1', reason: 'count', cells: ['A8'], indicators: ['指標数'] },
    { sheet: '施策1', reason: 'total', cells: ['A7'], indicators: ['観光入込客数　計'] },
    { sheet: '施設', reason: 'total-parts', cells: ['A5', 'A6'], indicators: ['市民会館', '文化センター'] },
    { sheet: '入力', reason: 'copy', cells: ['A3', 'A4'], indicators: ['相談件数', '参加者数'], sources: ['一覧!A3', '一覧!A4'] },
  ],
  'sheet-left-out': [
    { sheet: '記入例', cell: 'C6', reason: 'example', caption: '令和5年度 施策成果指標 自己評価調書', indicators: ['移住相談件数'] },
    {
      sheet: '指標実績',
      cell: 'A6',
      reason: 'replaced',
      caption: '令和5年度 指標実績報告',
      indicators: ['総合体育館利用者数'],
      otherSheet: '指標実績（差替）',
    },
    { sheet: '一覧', cell: 'A2', reason: 'deferred', caption: '※数値は各事業の個票を正とします。', indicators: ['企業訪問件数'] },
  ],
  'summary-sheet-skipped': [
    { sheet: '総括表', cell: 'B4', sheets: ['施策1-1', '施策1-2'], indicators: ['保育所待機児童数', '不登校児童生徒数'] },
    { sheet: '一覧', cell: 'D5', sheets: ['0301', '0302'], indicators: ['企業訪問件数', '新規立地企業数'], kept: ['造成工事の進捗率'] },
  ],
  'hidden-cells-skipped': [
    { sheet: '指標一覧', rows: [7], columns: ['F', 'J'], indicators: ['ＤＶ相談窓口の認知度'] },
    { sheet: '推移', rows: [5, 6, 7, 8, 11], columns: [], indicators: [] },
    { sheet: '指標', rows: [], columns: ['C'], indicators: [] },
  ],
  'indicator-discontinued': [{ cell: 'I7', text: 'R4年度で指標廃止' }],
  'period-undetermined': [{}],
  'period-differs': [{ sheetPeriod: 'R4', period: 'R5' }],
  'reading-uncertain': [
    { period: 'R5年度', sheet: '施策1', label: 'R6年度', target: 'E5', actual: 'F5' },
    { variant: 'guess', reason: 'period-inferred', cells: ['F5', 'F6'], period: 'R6' },
    { variant: 'guess', reason: 'period-blank', cells: ['F5', 'E5'], period: 'R6' },
    { variant: 'guess', reason: 'column-chosen', cells: ['D5', 'G5'], period: 'R5' },
    { variant: 'guess', reason: 'year-note-differs', cells: ['D5'], period: 'R5' },
    { variant: 'guess', reason: 'name-from-description', cells: ['B3'], period: null },
    { variant: 'guess', reason: 'join-fuzzy', cells: ['B3', '実績値!A4'], period: null },
    { variant: 'guess', reason: 'measures-by-order', cells: ['F7', 'E7'], period: null },
    { variant: 'guess', reason: 'targets-differ', cells: ['F25', '0311!E8'], period: 'R5' },
  ],
  'period-not-in-sheet': [{ period: 'R5' }],
  'progress-undefined': [{ reason: 'no-baseline' }, { reason: 'baseline-equals-target' }, { reason: 'target-against-direction' }],
  'progress-backward': [{ progress: -0.4, baseline: 100, actual: 92, grade: 'D' }],
  'target-maintain': [{ written: '現状維持', baseline: 40, baselineCell: 'D2' }],
  'actual-running-total': [{ total: 305, cells: ['E5', 'F5', 'G5'], target: 'D5' }],
  'target-from-final': [{ written: '－', writtenCell: 'E9', final: '50', finalCell: 'F8', noteCell: 'A21' }],
  'range-exceeded': [{ actual: 92.4, low: 80, high: 90, unit: '％', side: 'above', attainment: 90 / 92.4 }],
  'tolerance-met': [
    { actual: 63, target: 65, band: 2, unit: '%', maintain: false },
    { actual: 67, target: 65, band: 2, unit: null, maintain: true },
  ],
  'settings-invalid': [
    { variant: 'period', value: '来年' },
    { variant: 'band-min', grade: 'B', value: 'x' },
    { variant: 'band-min-empty', grade: 'B' },
    { variant: 'band-order', upper: 'A', lower: 'B' },
    { variant: 'band-points', grade: 'B', value: 'x' },
    { variant: 'band-points-order', upper: 'A', lower: 'B' },
    { variant: 'grades-repeat', grade: 'A' },
    { variant: 'scale-too-short', count: 1 },
    { variant: 'survey-tolerance', value: '-1' },
    { variant: 'rounding', value: 'x' },
    { variant: 'indicator-tolerance', indicator: '満足度', value: 'x' },
    { variant: 'direction', indicator: '件数', value: '横ばい' },
    { variant: 'method', value: 'x' },
    { variant: 'target-source', value: 'x' },
    { variant: 'pro-rate', value: 'x' },
    { variant: 'tolerance', value: 'x' },
    { variant: 'rollup', value: 'x' },
    { variant: 'outlier', value: 'x' },
    { variant: 'not-implemented-grade', grade: 'E' },
    {
      variant: 'layout',
      ja: '読み取りの指定（評価設定!A30）：実績のセル D4:D5（2個）と指標名のセル J4:J6（3個）の数が合いません。',
      en: 'Taught layout: differ in number.',
    },
  ],
  'summary-protected': [{ sheet: '評価サマリー' }],
  'roll-past-plan-end': [{ sheet: '施策1', last: '令和7年度', next: '令和8年度' }],
  'roll-targets-kept': [{ next: '令和6年度', current: '令和5年度' }],
  'roll-locked': [{ cell: 'C3', change: 'actual-cleared' }],
  'import-locked': [{ cell: 'F3', indicator: '件数', month: 5 }],
  'import-value-unreadable': [
    { line: 3, indicator: '件数', month: 5, cell: 'F3', problem: { variant: 'not-a-number', text: '集計中' } },
    { line: 3, indicator: '件数', month: 5, cell: 'F3', problem: { variant: 'fraction-or-percent', text: '0.655', value: 0.655 } },
    { line: 3, indicator: '件数', month: 5, cell: 'F3', problem: { variant: 'row-of-fractions', text: '65.5%', others: [0.72, 0.8] } },
  ],
};

const USAGE_SAMPLES: { [C in UsageCode]: UsageParams[C][] } = {
  'period-unreadable': [{ value: '来年', exampleYear: 2023 }],
  'plan-unreadable': [{ value: 'x' }],
  'plan-invalid': [{ start: '令和7年度', end: '令和3年度' }],
  'period-outside-plan': [{ period: '令和9年度', start: '令和3年度', end: '令和7年度' }],
  'rules-invalid': [{ problems: [{ field: 'method', variant: 'one-of', allowed: ['ratio', 'progress'], value: '"median"' }] }],
  'roll-period-unknown': [{}],
  'roll-not-later': [{ next: '令和5年度', current: '令和5年度' }],
  'import-no-monthly-table': [{}],
  'import-no-month-column': [{ month: 13 }],
  'import-headings': [{ problems: [{ variant: 'no-key-column', line: 1 }] }],
  'import-no-rows': [{}],
};

const OPTIONS: RenderOptions[] = [JA_EXCEL, JA_CLI, { lang: 'en', surface: 'excel' }, { lang: 'en', surface: 'cli' }];
const JAPANESE_ONLY = /[ぁ-ゖ]{3,}/; // a run of hiragana: Japanese sentences, not a sheet or label name
/** English text without what it quotes in 「」 (words the clerk types in the workbook, such as 「しない」). */
const unquoted = (text: string) => text.replace(/「[^」]*」/g, '');
const FLAG = /--[a-z]/;

const findingCases = Object.entries(SAMPLES).flatMap(([code, list]) =>
  (list as FindingParams[FindingCode][]).map((params) => ({ code: code as FindingCode, params })),
);

test('every finding code has a severity, Japanese and English text, and a sample here', () => {
  const codes = Object.keys(SEVERITY).sort();
  expect(Object.keys(FINDING_TEXT).sort()).toEqual(codes);
  expect(Object.keys(SAMPLES).sort()).toEqual(codes);
  for (const f of findingCases)
    for (const o of OPTIONS) {
      const text = renderFinding(f, o);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/undefined|\[object /);
      if (o.lang === 'en') expect(unquoted(text)).not.toMatch(JAPANESE_ONLY);
      else expect(text).toMatch(JAPANESE_ONLY);
    }
});

test('no finding or usage text names a command-line flag unless rendered for the command line', () => {
  for (const f of findingCases) {
    expect(renderFinding(f, JA_EXCEL)).not.toMatch(FLAG);
    expect(renderFinding(f, { lang: 'en', surface: 'excel' })).not.toMatch(FLAG);
  }
  for (const [code, list] of Object.entries(USAGE_SAMPLES))
    for (const params of list as UsageParams[UsageCode][]) {
      const e = { code: code as UsageCode, params };
      expect(renderUsage(e, JA_EXCEL)).not.toMatch(FLAG);
      expect(renderUsage(e, { lang: 'en', surface: 'excel' })).not.toMatch(FLAG);
      expect(unquoted(renderUsage(e, { lang: 'en', surface: 'cli' }))).not.toMatch(JAPANESE_ONLY);
    }
  // The command line is told its flags where a message says how to set the period or the rules.
  expect(renderFinding({ code: 'period-undetermined', params: {} }, JA_CLI)).toContain('--period か評価設定で期間を指定してください');
  expect(renderFinding({ code: 'period-undetermined', params: {} }, JA_EXCEL)).toContain('評価設定シートで期間を指定してください');
  expect(renderUsage({ code: 'roll-period-unknown', params: {} }, JA_CLI)).toContain('コマンドでは --period で指定してください');
  expect(renderUsage(USAGE_SAMPLES_FIRST('rules-invalid'), JA_CLI)).toMatch(/^評価ルール（--rules）に誤りがあります：\n {2}- 「method」は ratio \/ progress/);
  expect(renderUsage(USAGE_SAMPLES_FIRST('rules-invalid'), JA_EXCEL)).toMatch(/^評価ルールに誤りがあります：/);
});

test('every usage code has Japanese and English text', () => {
  expect(Object.keys(USAGE_TEXT).sort()).toEqual(Object.keys(USAGE_SAMPLES).sort());
});

function USAGE_SAMPLES_FIRST<C extends UsageCode>(code: C): { code: C; params: UsageParams[C] } {
  return { code, params: USAGE_SAMPLES[code][0] };
}

function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  return { name, visibility: 'visible', protected: false, top: 1, left: 1, merges: [], values, numberFormats: values.map((r) => r.map(() => null)) };
}

const workbook: WorkbookSnapshot = {
  sheets: [
    sheet('施策1', [
      ['指標名', '単位', '目標値', '実績値', '評価'],
      ['相談件数', '件', 100, 93, 'A'],
      ['参加者数', '人', 200, '集計中', null],
    ]),
  ],
};

test('findings from a check render in English for the pane and keep their Japanese message', () => {
  const { report } = checkWorkbook(workbook);
  const mismatch = report.findings.find((f) => f.code === 'rating-mismatch')!;
  expect(mismatch.message).toBe('記入された評価は「A」ですが、計算では「B」（達成率 93.0%）です。評価の根拠を確認してください。');
  expect(renderFinding(mismatch, { lang: 'en', surface: 'excel' })).toBe(
    'The grade written is "A" but the computed grade is "B" (attainment 93.0%). Check the reason for the grade.',
  );
  const pending = report.findings.find((f) => f.code === 'actual-pending')!;
  expect(pending.params).toEqual({ value: '集計中' });
  expect(renderFinding(pending, { lang: 'en', surface: 'excel' })).toBe('Not graded: the actual is "集計中". Enter the number once it is final.');
  const undetermined = report.findings.find((f) => f.code === 'period-undetermined')!;
  expect(undetermined.message).not.toMatch(FLAG);
  expect(renderFinding(undetermined, { lang: 'en', surface: 'excel' })).toContain('Set the period in the 評価設定 sheet.');
  for (const f of report.findings) expect(f.message).toBe(renderFinding(f, JA_EXCEL));
});

test('usage errors are data: a code and params, a Japanese message, one class to catch', () => {
  expect.assertions(6);
  try {
    checkWorkbook(workbook, { period: '来年' });
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const u = e as UsageError<'period-unreadable'>;
    expect([u.code, u.params]).toEqual(['period-unreadable', { value: '来年', exampleYear: 2023 }]);
    expect(u.message).toBe('評価対象期間「来年」を読み取れません。「令和5年度」「R5」「2023」のように指定してください。');
    expect(renderUsage(u, { lang: 'en', surface: 'excel' })).toBe('The evaluation period "来年" cannot be read. Give it like 「令和5年度」, "R5" or "2023".');
  }
  try {
    planRoll(workbook, checkWorkbook(workbook), 2025);
  } catch (e) {
    expect(e).toBeInstanceOf(RollError);
    expect(e).toBeInstanceOf(UsageError);
  }
});
