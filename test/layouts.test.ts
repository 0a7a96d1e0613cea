/**
 * Layout variations the engine must read, each in a real .xlsx the test builds: positions,
 * period headers, two-row headers, paired columns, value forms, directions, hidden sheets.
 */
import { promises as fs } from 'node:fs';
import { checkFile, sheet, tempDir, writeXlsx } from './helpers/workbooks';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const find = (report: Awaited<ReturnType<typeof checkFile>>, name: string) => {
  const i = report.indicators.find((x) => x.name === name);
  if (!i) throw new Error(`indicator not found: ${name}; found ${report.indicators.map((x) => x.name).join(', ')}`);
  return i;
};

test('policy blocks anywhere on the sheet, three across, R05 headers, spaced labels', async () => {
  const block = (n: string, name: string, unit: string, act: number[], exp: number[]) => [
    [`成果指標${n}`, name, null, null, null, null, null],
    ['単　位', null, 'R03', 'R04', 'R05', 'R06', 'R07'],
    [unit, '実　績', ...act, ...Array(5 - act.length).fill(null)],
    [null, '目標値', ...exp],
  ];
  const rows: (string | number | null)[][] = [['（評価対象年度：R05）']];
  const blocks = [
    block('1', '相談件数', '件', [10, 20, 30], [20, 25, 30, 35, 40]),
    block('2', '利用者数', '人', [100, 90, 70], [100, 100, 100, 100, 100]),
    block('3', '登録団体数', '団体', [5, 6, 4], [5, 6, 7, 8, 9]),
  ];
  for (let r = 0; r < 4; r++) rows.push([...blocks[0][r], null, ...blocks[1][r], null, ...blocks[2][r]]);
  const file = await writeXlsx(dir, 'blocks.xlsx', [sheet('施策2', rows, { top: 5, left: 4 })]);
  const report = await checkFile(file);
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.name, i.unit, i.actual, i.target, i.grade])).toEqual([
    ['相談件数', '件', 30, 30, 'A'],
    ['利用者数', '人', 70, 100, 'C'],
    ['登録団体数', '団体', 4, 7, 'D'],
  ]);
  expect(find(report, '相談件数').id).toBe('1');
});

test('a KPI table with 2023年度-style headers and a 単位 column; latest actual sets the period', async () => {
  const file = await writeXlsx(dir, 'kpi.xlsx', [
    sheet(
      'KPI',
      [
        ['指標', '単位', '区分', '2021年度', '2022年度', '2023年度', '2024年度'],
        ['観光入込客数', '千人', '目標', 1000, 1100, 1200, 1300],
        [null, null, '実績', 950, 1180, 1150, null],
        ['宿泊者数', '人', '目標', 5000, 5500, 6000, 6500],
        [null, null, '実績', 4000, 4200, '集計中', null],
      ],
      { merges: ['A2:A3', 'B2:B3', 'A4:A5', 'B4:B5'] },
    ),
  ]);
  const report = await checkFile(file);
  expect(report.period?.fiscalYear).toBe(2023);
  expect(find(report, '観光入込客数')).toMatchObject({
    unit: '千人',
    actual: 1150,
    target: 1200,
    grade: 'B',
    targetSource: 'expected',
    previousActual: 1180,
    trend: 'worsened',
  });
  expect(find(report, '宿泊者数')).toMatchObject({ actualStatus: 'pending', grade: null });
  expect(report.findings.some((f) => f.code === 'actual-pending' && f.cell === 'F5')).toBe(true);
});

test('H29…H31 and 令和元年度 headers; FY headers', async () => {
  const file = await writeXlsx(dir, 'eras.xlsx', [
    sheet(
      'A',
      [
        ['KPI', '区分', 'H29', 'H30', '令和元年度'],
        ['件数', '目標値', 10, 10, 10],
        [null, '実績値', 5, 8, 12],
      ],
      { merges: ['A2:A3'] },
    ),
  ]);
  const report = await checkFile(file);
  expect(report.period?.fiscalYear).toBe(2019);
  expect(find(report, '件数')).toMatchObject({ actual: 12, grade: 'A' });
  const fy = await writeXlsx(dir, 'fy.xlsx', [
    sheet(
      'A',
      [
        ['KPI', '区分', 'FY2022', 'FY2023'],
        ['件数', '目標値', 10, 10],
        [null, '実績値', 9, 7],
      ],
      { merges: ['A2:A3'] },
    ),
  ]);
  expect(find(await checkFile(fy), '件数')).toMatchObject({ actual: 7, grade: 'C' });
});

test('a two-row header: a period over 目標 / 実績 sub-columns', async () => {
  const file = await writeXlsx(dir, 'two-row.xlsx', [
    sheet(
      '指標',
      [
        ['指標名', '単位', '令和4年度', null, '令和5年度', null, '最終目標（R7）'],
        [null, null, '目標', '実績', '目標', '実績', null],
        ['図書館の貸出冊数', '冊', 300000, 290000, 310000, 250000, 350000],
        ['ごみ排出量の削減', 't', 30000, 31000, 29000, 29500, 27000],
      ],
      { merges: ['C1:D1', 'E1:F1', 'A1:A2', 'B1:B2', 'G1:G2'] },
    ),
  ]);
  const report = await checkFile(file);
  expect(report.period?.fiscalYear).toBe(2023);
  expect(find(report, '図書館の貸出冊数')).toMatchObject({ actual: 250000, target: 310000, grade: 'B', targetSource: 'expected' });
  // 削減 in the name: lower is better; target ÷ actual = 29000 / 29500.
  expect(find(report, 'ごみ排出量の削減')).toMatchObject({ direction: 'down', actual: 29500, target: 29000, grade: 'B' });
});

test('paired 目標/実績 columns per year, a 方向 column, a 評価 column', async () => {
  const file = await writeXlsx(dir, 'paired.xlsx', [
    sheet('成果指標', [
      ['No.', '成果指標', '方向', 'R4目標', 'R4実績', 'R5目標', 'R5実績', '評価'],
      [1, '待機児童数', '減少', 10, 12, 5, 8, 'A'],
      [2, '子育て相談件数', '上昇', 100, 90, 120, 130, ''],
      [3, '保育士の数', '維持', 50, 50, 50, 52, 'Ｘ'],
    ]),
  ]);
  const report = await checkFile(file);
  // lower is better: 5 ÷ 8 = 62.5 %
  expect(find(report, '待機児童数')).toMatchObject({ direction: 'down', actual: 8, target: 5, grade: 'C', existingGrade: 'A' });
  expect(find(report, '子育て相談件数')).toMatchObject({ direction: 'up', grade: 'A', existingGrade: null, previousGrade: 'B' });
  expect(find(report, '保育士の数')).toMatchObject({ direction: 'up', grade: 'A' });
  const codes = report.findings.map((f) => `${f.code}@${f.cell}`);
  expect(codes).toContain('rating-mismatch@H2');
  expect(codes).toContain('rating-invalid@H4');
});

test('value forms in text cells, units in the cell or column, error values and formulas', async () => {
  const file = await writeXlsx(
    dir,
    'values.xlsx',
    [
      sheet('事業', [
        ['事業名', '単位', 'R5年度目標', 'R5年度実績'],
        ['セミナー開催事業', null, '開催回数 ５回', '開催回数 ６回'],
        ['補助金交付事業', null, '交付件数 10件', '交付事業所数 8社'],
        ['広報事業', '回', 12, '#DIV/0!'],
        ['ふるさと納税推進事業', '億円', '1億6,000万円', 150000000],
        ['空き家対策事業', null, '－', '3件'],
        ['観光PR事業', null, '20回', null],
        ['計算事業', null, 100, null],
      ]),
    ],
    (wb) => {
      wb.getWorksheet('事業')!.getCell('D8').value = { formula: 'C8*0.9', result: 90 };
    },
  );
  const report = await checkFile(file);
  expect(find(report, 'セミナー開催事業')).toMatchObject({ actual: 6, target: 5, unit: '回', grade: 'A' });
  expect(find(report, '補助金交付事業')).toMatchObject({ actual: 8, target: 10, grade: 'B' });
  expect(find(report, '広報事業')).toMatchObject({ actualStatus: 'error', grade: null });
  expect(find(report, 'ふるさと納税推進事業')).toMatchObject({ grade: 'B' });
  expect(find(report, '空き家対策事業')).toMatchObject({ grade: null, target: null });
  expect(find(report, '観光PR事業')).toMatchObject({ actualStatus: 'missing', grade: null });
  expect(find(report, '計算事業')).toMatchObject({ actual: 90, grade: 'B' });
  const codes = report.findings.map((f) => `${f.code}@${f.cell}`);
  expect(codes).toEqual(expect.arrayContaining(['unit-mismatch@D3', 'formula-error@D4', 'missing-target@C6', 'missing-actual@D7']));
  expect(report.findings.find((f) => f.code === 'formula-error')?.severity).toBe('error');
});

test('cumulative decrease, a tenfold jump, duplicates and 今後の方向性 words', async () => {
  const file = await writeXlsx(dir, 'checks.xlsx', [
    sheet('指標', [
      ['指標', '単位', 'R3', 'R4', 'R5', '今後の方向性'],
      ['企業誘致数（累計）', '社', null, null, null, null],
    ]),
    sheet(
      'KPI',
      [
        ['KPI', '区分', 'R3', 'R4', 'R5', '今後の方向性'],
        ['企業誘致数（累計）', '目標値', 20, 22, 24, '継続'],
        [null, '実績値', 21, 23, 22, null],
        ['講座受講者数', '目標値', 100, 100, 100, '拡大'],
        [null, '実績値', 90, 95, 1200, null],
        ['講座受講者数', '目標値', 1, 1, 1, null],
        [null, '実績値', 1, 1, 1, null],
      ],
      { merges: ['A2:A3', 'A4:A5', 'A6:A7', 'F2:F3', 'F4:F5'] },
    ),
  ]);
  const report = await checkFile(file);
  const codes = report.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`);
  expect(codes).toEqual(
    expect.arrayContaining(['cumulative-decrease@KPI!E3', 'outlier-jump@KPI!E5', 'duplicate-indicator@KPI!A6', 'direction-keyword-invalid@KPI!F4']),
  );
  expect(codes).not.toContain('direction-keyword-invalid@KPI!F2');
});

test('cover sheets and hidden calculation sheets are skipped without noise', async () => {
  const file = await writeXlsx(dir, 'cover.xlsx', [
    sheet('表紙', [['令和5年度 施策評価調書'], ['作成：企画課']]),
    sheet(
      '計算',
      [
        ['指標', '実績', '目標'],
        ['隠れた指標', 1, 100],
      ],
      { visibility: 'hidden' },
    ),
    sheet(
      'KPI',
      [
        ['KPI', '区分', 'R4', 'R5'],
        ['件数', '目標値', 10, 10],
        [null, '実績値', 9, 10],
      ],
      { merges: ['A2:A3'] },
    ),
  ]);
  const report = await checkFile(file);
  expect(report.indicators.map((i) => i.name)).toEqual(['件数']);
  expect(report.findings).toEqual([]);
  expect(report.sheets.map((s) => s.name)).toEqual(['表紙', 'KPI']);
});

test('a workbook with no indicators is a warning, not an error', async () => {
  const file = await writeXlsx(dir, 'none.xlsx', [sheet('メモ', [['会議の記録'], ['特になし']])]);
  const report = await checkFile(file);
  expect(report.indicators).toEqual([]);
  expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['no-indicators', 'warning']]);
});

test('the 評価設定 sheet changes the bands; --rules overrides it; --period overrides the sheet', async () => {
  const rows = [
    ['KPI', '区分', 'R4', 'R5'],
    ['件数', '目標値', 10, 10],
    [null, '実績値', 10, 10.5],
  ];
  const settings = sheet('評価設定', [
    ['評価区分', '名称', '下限(%)', '点数'],
    ['A', '順調', 110, 4],
    ['B', '概ね順調', 80, 3],
    ['C', 'やや遅れている', 60, 2],
    ['D', '遅れている', null, 1],
  ]);
  const file = await writeXlsx(dir, 'settings.xlsx', [sheet('KPI', rows, { merges: ['A2:A3'] }), settings]);
  expect(find(await checkFile(file), '件数').grade).toBe('B');
  expect(find(await checkFile(file, { rules: { scale: [{ grade: 'A', min: 1 }, { grade: 'B', min: 0.5 }, { grade: 'C' }] } }), '件数').grade).toBe('A');
  const r4 = await checkFile(file, { period: 'R4' });
  expect(r4.period).toMatchObject({ fiscalYear: 2022, source: 'option' });
  expect(find(r4, '件数')).toMatchObject({ actual: 10, grade: 'B' });
});

test('a bad value in 評価設定 is a finding naming its cell', async () => {
  const file = await writeXlsx(dir, 'bad-settings.xlsx', [
    sheet(
      'KPI',
      [
        ['KPI', '区分', 'R5'],
        ['件数', '目標値', 10],
        [null, '実績値', 9],
      ],
      { merges: ['A2:A3'] },
    ),
    sheet('評価設定', [['評価方法', '平均値']]),
  ]);
  const report = await checkFile(file);
  expect(report.findings).toEqual([expect.objectContaining({ code: 'settings-invalid', sheet: '評価設定', cell: 'B1', severity: 'error' })]);
});

test('progress method with a baseline column; pro-rating from the baseline', async () => {
  const file = await writeXlsx(dir, 'progress.xlsx', [
    sheet('計画', [
      ['指標', '基準値（R2）', 'R5実績', '目標（R7）'],
      ['市民活動団体数', 100, 130, 150],
    ]),
  ]);
  const ratio = find(await checkFile(file), '市民活動団体数');
  expect(ratio).toMatchObject({ baseline: 100, target: 150, targetSource: 'final', grade: 'B' }); // 130 ÷ 150 = 86.7 %
  const progress = find(await checkFile(file, { rules: { method: 'progress' } }), '市民活動団体数');
  expect(progress.attainment).toBeCloseTo(0.6, 6);
  const prorated = find(await checkFile(file, { rules: { proRate: true } }), '市民活動団体数');
  expect(prorated).toMatchObject({ targetSource: 'prorated', target: 130, grade: 'A' });
});

test('a project table with undated columns takes its period from the title; a 基準値 column beside 区分', async () => {
  const file = await writeXlsx(dir, 'undated.xlsx', [
    sheet('事業', [['令和5年度事業実績'], [], ['事業名', '数値目標', '実績値', '自己評価'], ['相談事業', '相談件数 100件', '相談件数 90件', 'B']]),
    sheet(
      'KPI',
      [
        ['KPI', '区分', '基準値', 'R4', 'R5'],
        ['件数', '目標値', 5, 10, 10],
        [null, '実績値', null, 9, 10],
      ],
      { merges: ['A2:A3', 'C2:C3'] },
    ),
  ]);
  const report = await checkFile(file);
  expect(find(report, '相談事業')).toMatchObject({ actual: 90, target: 100, grade: 'B', existingGrade: 'B' });
  expect(find(report, '件数')).toMatchObject({ baseline: 5, grade: 'A' });
  const alone = await writeXlsx(dir, 'undated-alone.xlsx', [
    sheet('事業', [['令和5年度事業実績'], [], ['事業名', '数値目標', '実績値'], ['相談事業', '100件', '90件']]),
  ]);
  expect((await checkFile(alone)).period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
});

test('side-by-side tables sharing one header row (計画の指標 | 戦略の指標)', async () => {
  const file = await writeXlsx(dir, 'side.xlsx', [
    sheet('点検評価', [
      ['指標', '現況（計画策定時）', '目標（R8）', '実績', '戦略', '指標', '現況（計画策定時）', '目標（R8）', '実績（R5）'],
      [
        '誘致企業数（社）',
        '29\n（令和4年3月末現在）',
        39,
        '31\n（令和4年度）',
        '6. 企業誘致',
        '試験分析件数（件）',
        '1,117\n（令和2年度）',
        '1,100',
        '1,313\n（令和5年度）',
      ],
      ['粗付加価値額（万円）', '785\n（令和2年）', 790, '814\n（令和4年）', null, '新製品開発の件数（件）', '138', 180, '229'],
    ]),
  ]);
  const report = await checkFile(file);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
    ['誘致企業数', 39, 31, 'C'],
    ['試験分析件数', 1100, 1313, 'A'],
    ['粗付加価値額', 790, 814, 'A'],
    ['新製品開発の件数', 180, 229, 'A'],
  ]);
});

test('a KPI table with 達成率 and 評価 rows between the series', async () => {
  const file = await writeXlsx(dir, 'kpi-extra.xlsx', [
    sheet(
      'KPI',
      [
        ['KPI', '区分', 'R4', 'R5'],
        ['移住者数', '目標値', 100, 120],
        [null, '実績値', 90, 130],
        [null, '達成率', 0.9, 1.08],
        [null, '評価', 'B', 'A'],
        ['相談件数', '目標値', 50, 60],
        [null, '実績値', 40, 45],
      ],
      { merges: ['A2:A5', 'A6:A7'] },
    ),
  ]);
  const report = await checkFile(file);
  expect(report.indicators.map((i) => [i.name, i.grade])).toEqual([
    ['移住者数', 'A'],
    ['相談件数', 'C'],
  ]);
});

test('one target against several unlabelled actuals: each is compared, the lowest counts', async () => {
  const file = await writeXlsx(dir, 'multi-actual.xlsx', [
    sheet('事業', [
      ['推進事業', 'R5年度数値目標', 'R5年度実績値'],
      ['中東北就職ガイダンス開催事業', '就職ガイダンス参加者数:20人(延べ参加者数36名)', '参加者数: 36人(6月) 25人(3月)'],
      ['別の事業', '10人 20人', '15人 5人'],
    ]),
  ]);
  const report = await checkFile(file);
  expect(find(report, '中東北就職ガイダンス開催事業')).toMatchObject({ target: null, grade: 'A' });
  expect(report.findings.map((f) => f.code)).toContain('multiple-actuals');
  // Unlabelled on both sides: which target goes with which actual is a guess, so no grade.
  expect(find(report, '別の事業')).toMatchObject({ grade: null });
  expect(report.findings).toContainEqual(expect.objectContaining({ code: 'value-unparseable', indicator: '別の事業' }));
});

test("a policy sheet: rating cell beside 達成状況評価, last year's grade under it, an existing written rating", async () => {
  const rows: (string | number | null)[][] = [
    ['令和６年度 基本施策事後評価シート（評価対象期間：令和５年度）'],
    ['基本施策', '2-1.子育て支援', null, null, '達成状況\n評　　　価', 'C'],
    [null, null, null, null, null, '（A）'],
    [],
    ['指標①', '保育所入所者数'],
    ['単位', null, 'R4', 'R5', 'R6'],
    ['人', '実績値', 500, 520, null],
    [null, '期待値', 500, 520, 540],
    ['指標②', '病児保育利用者数'],
    ['単位', null, 'R4', 'R5', 'R6'],
    ['人', '実績値', 80, 100, null],
    [null, '期待値', 100, 110, 120],
  ];
  const file = await writeXlsx(dir, 'policy-rating.xlsx', [sheet('2-1', rows, { merges: ['A7:A8', 'A11:A12'] })]);
  const report = await checkFile(file);
  // A (4) and B (3): mean 3.5, rounded half up → A
  expect(report.groups).toEqual([{ sheet: '2-1', name: '2-1.子育て支援', grade: 'A', existingGrade: 'C', previousGrade: 'A', cell: 'F2' }]);
  expect(report.findings).toContainEqual(expect.objectContaining({ code: 'rating-mismatch', cell: 'F2' }));
  // last year 80 ÷ 100 = 80 %: B (bounds are inclusive)
  expect(find(report, '病児保育利用者数')).toMatchObject({ actual: 100, target: 110, grade: 'B', previousGrade: 'B', trend: 'improved' });
});

describe('issue 16: layouts beyond the four families, read from real .xlsx files', () => {
  const rows = [
    ['指標名', '単位', '実績値', null, null, null, '目標値', null, null, null],
    [null, null, 'Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６', 'Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６'],
    ['相談件数', '件', 10, 20, 30, 38, 20, 25, 30, 40],
    ['登録者数', '人', 90, 95, 99, 120, 100, 100, 100, 100],
  ];
  const merges = ['C1:F1', 'G1:J1', 'A1:A2', 'B1:B2'];

  test('実績値 spanning Ｒ３…Ｒ６: the stated period picks its own column, never the first', async () => {
    const file = await writeXlsx(dir, 'measure-over-years.xlsx', [
      sheet('指標', [['（評価対象期間：令和５年度）'], ...rows], { merges: merges.map((m) => m.replace(/\d/g, (d) => String(Number(d) + 1))) }),
    ]);
    const report = await checkFile(file);
    expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
    expect(report.indicators.map((i) => [i.name, i.actual, i.target, i.grade])).toEqual([
      ['相談件数', 30, 30, 'A'],
      ['登録者数', 99, 100, 'B'],
    ]);
    expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });

  test('no stated period: the latest year with actuals, said as a reading guess naming its cells', async () => {
    const file = await writeXlsx(dir, 'measure-over-years-latest.xlsx', [sheet('指標', rows, { merges })]);
    const report = await checkFile(file);
    expect(report.period).toMatchObject({ fiscalYear: 2024, source: 'latest-actual' });
    expect(report.indicators.map((i) => [i.name, i.actual, i.target])).toEqual([
      ['相談件数', 38, 40],
      ['登録者数', 120, 100],
    ]);
    const guess = report.findings.filter((f) => f.code === 'reading-uncertain');
    expect(guess.map((f) => [f.sheet, f.cell])).toEqual([['指標', 'F3']]);
    expect(guess[0].message).toContain('F3、F4');
  });

  test('the same indicators transposed (years as rows) give the same facts', async () => {
    const file = await writeXlsx(dir, 'years-as-rows.xlsx', [
      sheet(
        'KPI推移',
        [
          ['年度', '相談件数（件）', null, '登録者数（人）', null],
          [null, '目標', '実績', '目標', '実績'],
          ['Ｒ３', 20, 10, 100, 90],
          ['Ｒ４', 25, 20, 100, 95],
          ['Ｒ５', 30, 30, 100, 99],
          ['Ｒ６', 40, 38, 100, 120],
        ],
        { merges: ['B1:C1', 'D1:E1', 'A1:A2'] },
      ),
    ]);
    const report = await checkFile(file, { period: 'R5' });
    expect(report.indicators.map((i) => [i.name, i.unit, i.actual, i.target, i.grade])).toEqual([
      ['相談件数', '件', 30, 30, 'A'],
      ['登録者数', '人', 99, 100, 'B'],
    ]);
  });

  test('the same indicators split across a 目標値 and a 実績値 sheet, rows in another order, give the same facts', async () => {
    const file = await writeXlsx(dir, 'split-sheets.xlsx', [
      sheet('目標値', [
        ['No.', '指標名', '単位', 'R3', 'R4', 'R5', 'R6'],
        ['K-1', '相談件数', '件', 20, 25, 30, 40],
        ['K-2', '登録者数', '人', 100, 100, 100, 100],
      ]),
      sheet('実績値', [
        ['No.', 'R3', 'R4', 'R5'],
        ['K-2', 90, 95, 99],
        ['K-1', 10, 20, 30],
      ]),
    ]);
    const report = await checkFile(file);
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.sheet, i.name, i.actual, i.target, i.grade])).toEqual([
      ['目標値', '相談件数', 30, 30, 'A'],
      ['目標値', '登録者数', 99, 100, 'B'],
    ]);
    expect(report.findings.some((f) => f.code === 'duplicate-indicator')).toBe(false);
  });
});
