/** A row marked 累計 in its own cell reads the total column beside the year's actual; rows marked 単年度 keep the year's figure. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { nameCumulativeMark, yearEndOf } from './markedRowTotal';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (totalHeading: string) =>
  snap('事務事業', [
    ['令和5年度 事務事業評価'],
    ['No.', '活動指標', '単位', '集計区分', 'R5目標値', 'R5実績値\n（単年度）', totalHeading],
    [1, '耐震改修補助件数', '件', '累計', 60, 18, 52],
    [2, 'がん検診受診者数', '人', '単年度', 9500, 9120, 27040],
    [3, '空き家バンク成約件数', '件', '累計', 30, 11, null],
    [4, '特定健診受診率', '％', '累計', 50, 45.1, 47.2],
    [5, '出前講座の開催回数', '回', null, 24, 15, 52],
  ]);

const actualCells = (totalHeading: string) => detectSheet(sheet(totalHeading), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

test('the 累計 rows take the total column, the others (and a blank total or a rate) the year’s column', () => {
  expect(actualCells('実績値累計\n（R3～R5）')).toEqual([
    ['耐震改修補助件数', ['G3']],
    ['がん検診受診者数', ['F4']],
    ['空き家バンク成約件数', ['F5']],
    ['特定健診受診率', ['F6']],
    ['出前講座の開催回数', ['F7']],
  ]);
  expect(actualCells('累計')[0]).toEqual(['耐震改修補助件数', ['G3']]);
});

test('a total whose run ends before the actual’s year is no total of it: every row keeps the year’s column', () => {
  expect(actualCells('実績値累計\n（R1～R4）')[0]).toEqual(['耐震改修補助件数', ['F3']]);
});

test('延べ (a unit or a way of counting within the year) is no 累計 mark: the year’s column stays', () => {
  const s = snap('事務事業', [
    ['令和5年度 事務事業評価'],
    ['No.', '指標名', '単位', 'R5目標値', 'R5実績値', '実績値累計（R3～R5）'],
    [1, '図書館の利用者数', '延べ人', 120000, 98000, 310000],
    [2, '出前講座の開催回数', '回', 24, 15, 52],
  ]);
  expect(detectSheet(s, scale).indicators.map((i) => i.actuals.map((a) => a.cell))).toEqual([['E3'], ['E4']]);
});

test('under one year’s 実績, a 単年度実績 | 累計実績 pair (the 累計 read as its twin): a row marked 累計 takes the 累計 figure', () => {
  const s = snap(
    '空家',
    [
      ['指標', '単位', '目標の区分', '令和5年度目標', '令和5年度実績', null],
      [null, null, null, null, '単年度実績', '累計実績\n（平成30年度〜）'],
      ['空き家除却件数', '件', '累計', 150, 38, 142],
      ['空き家バンク成約件数', '件', '単年度', 20, 17, 88],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
  );
  expect(detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)])).toEqual([
    ['空き家除却件数', ['F3']],
    ['空き家バンク成約件数', ['E4']],
  ]);
});

describe('the 累計 twin’s run is read from its own heading cell (review rv49)', () => {
  const twins = (mark: string, twin: string) =>
    snap(
      '空家',
      [
        ['指標', '単位', '目標の区分', '令和5年度目標', '令和5年度実績', null],
        [null, null, null, null, '単年度実績', twin],
        ['空き家除却件数', '件', mark, 150, 38, 142],
        ['空き家バンク成約件数', '件', '単年度', 20, 17, 88],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
    );
  const first = (mark: string, twin: string) => detectSheet(twins(mark, twin), scale).indicators[0].actuals.map((a) => a.cell);

  test('a twin whose run ends the year before (累計実績（H30〜R4）) is no total of the year, whatever year the merged group names', () => {
    expect(first('累計', '累計実績（H30〜R4）')).toEqual(['E3']);
    expect(first('累計', '累計実績（H30〜R5）')).toEqual(['F3']);
  });

  test('a mark stating its start (累計（R3〜R7）) takes only a twin starting that year', () => {
    expect(first('累計（R3〜R7）', '累計実績\n（平成30年度〜）')).toEqual(['E3']);
    expect(first('累計（R3〜R7）', '累計実績（R3〜）')).toEqual(['F3']);
    expect(first('累計（R3〜R7）', '累計実績')).toEqual(['F3']);
  });
});

test('a 目標の種類 cell 「5年間累計」 marks the row: it reads 累計（R3〜R5） under 実績 (no year of its own); 「年間」 rows keep R5', () => {
  const s = snap(
    '創業支援',
    [
      ['令和５年度 創業支援等事業計画 実績報告'],
      ['指標', '単位', '目標', null, '実績', null, null, null],
      [null, null, '目標の種類', '目標値', '令和3年度', '令和4年度', '令和5年度', '累計\n（R3〜R5）'],
      ['創業支援件数', '件', '5年間累計', 250, 48, 52, 57, 157],
      ['創業相談件数', '件', '年間', 400, 356, 412, 438, 1206],
    ],
    { merges: ['C2:D2', 'E2:H2', 'A2:A3', 'B2:B3'] },
  );
  const read = detectSheet(s, scale).indicators.map((i) => [
    i.name,
    i.targets.map((t) => t.cell),
    i.actuals.filter((a) => a.period?.fiscalYear === 2023).map((a) => a.cell),
  ]);
  expect(read).toEqual([
    ['創業支援件数', ['D4'], ['H4']],
    ['創業相談件数', ['D5'], ['G5']],
  ]);
});

test('「5年間累計」 takes no total counting from before the table’s first year (累計（R1〜R5）, （R1〜）, （制度開始から）): review rv55', () => {
  const s = (total: string) =>
    snap(
      '創業支援',
      [
        ['令和５年度 創業支援等事業計画（計画期間：令和3〜7年度）'],
        ['指標', '単位', '目標', null, '実績', null, null, null],
        [null, null, '目標の種類', '目標値', '令和3年度', '令和4年度', '令和5年度', total],
        ['創業支援件数', '件', '5年間累計', 250, 48, 52, 57, 262],
      ],
      { merges: ['C2:D2', 'E2:H2', 'A2:A3', 'B2:B3'] },
    );
  const read = (total: string) => checkWorkbook({ sheets: [s(total)] }, {}).report;
  for (const total of ['累計\n（R1〜R5）', '累計\n（R1〜）', '累計\n（制度開始から）']) {
    const report = read(total);
    expect(report.indicators[0].cells.actual).not.toBe('H4');
    expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
  }
  expect(read('累計\n（R3〜R5）').indicators[0].cells.actual).toBe('H4');
  // A total stating no start (累計, 累計実績, 累計（計画期間）) is the plan's, as before (review rv56).
  for (const total of ['累計', '累計実績', '累計\n（計画期間）']) expect(read(total).indicators[0].cells.actual).toBe('H4');
});

test('「5年間累計」 with only R4 | R5 shown: a total 累計（R3〜R5） from the plan’s stated first year (計画期間：令和3〜7年度) is taken (review rv56)', () => {
  const s = snap(
    '創業支援',
    [
      ['令和５年度 創業支援等事業計画（計画期間：令和3〜7年度）'],
      ['指標', '単位', '目標', null, '実績', null, null],
      [null, null, '目標の種類', '目標値', '令和4年度', '令和5年度', '累計\n（R3〜R5）'],
      ['創業支援件数', '件', '5年間累計', 250, 52, 57, 157],
    ],
    { merges: ['C2:D2', 'E2:G2', 'A2:A3', 'B2:B3'] },
  );
  expect(checkWorkbook({ sheets: [s] }, {}).report.indicators[0].cells.actual).toBe('G4');
});

describe('a name closing with its 累計 mark (「…養成数（累計）」) beside a 累計（R4～R6） column: the row takes the total', () => {
  const plan = (ys: number[][], totals: (number | null)[]) =>
    snap(
      '進捗状況',
      [
        ['成果指標の進捗状況（令和６年度）'],
        ['No.', '成果指標', '単位', '目標値\n（R8）', '実績値', null, null, '累計\n（R4～R6）'],
        [null, null, null, null, '令和4年度', '令和5年度', '令和6年度', null],
        [1, '人権啓発サポーター養成数（累計）', '人', 100, ...ys[0], totals[0]],
        [2, '人権出前講座の開催回数', '回', 30, ...ys[1], totals[1]],
        [3, '人権啓発講演会の参加者数（累計）', '人', 500, ...ys[2], totals[2]],
      ],
      { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:G2', 'H2:H3'] },
    );
  const read = (ys: number[][], totals: (number | null)[]) =>
    detectSheet(plan(ys, totals), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);
  const years = [
    [18, 21, 24],
    [19, 24, 27],
    [120, 150, 160],
  ];

  test('the marked rows with a total read it, the unmarked row its year, a marked row with a blank total its year', () => {
    expect(read(years, [63, null, null])).toEqual([
      ['人権啓発サポーター養成数（累計）', ['E4', 'F4', 'H4']],
      ['人権出前講座の開催回数', ['E5', 'F5', 'G5']],
      ['人権啓発講演会の参加者数（累計）', ['E6', 'F6', 'G6']],
    ]);
    expect(read(years, [63, 70, 430])[1]).toEqual(['人権出前講座の開催回数', ['E5', 'F5', 'G5']]);
  });

  test('yearly figures that read as running totals already (rising to the target’s size, their sum far past it) keep the year', () => {
    expect(read([[40, 70, 95], ...years.slice(1)], [205, null, null])[0]).toEqual(['人権啓発サポーター養成数（累計）', ['E4', 'F4', 'G4']]);
  });

  test.each([
    ['人権啓発サポーター養成数（累計）', '累計'],
    ['相談件数（R4からの累計）', '累計（R4からの累計）'],
    ['養成数（5年間累計）', '5年間累計'],
    ['相談件数（累計値）', '累計値'],
    ['相談件数', null],
    ['相談件数（延べ）', null],
    ['累計相談件数', null],
  ])('%j closes with the mark %j', (name, mark) => expect(nameCumulativeMark(name)).toBe(mark));
});

describe('単年度 | 累計（年度末時点） under one year’s 実績値 (a 施設整備 table)', () => {
  const s = snap(
    '施設',
    [
      ['No.', '指標', '単位', '令和５年度\n目標値', '令和５年度実績値', null],
      [null, null, null, null, '単年度', '累計\n（年度末時点）'],
      [1, '長寿命化改修を完了した学校数（累計）', '校', 7, 2, 6],
      [2, '学校トイレの洋式化率', '％', 85, '－', 87.3],
      [3, '通学路合同点検を実施した学校数', '校', 26, 26, '－'],
      [4, '防犯カメラを設置した学校数', '校', 20, 6, 14],
      [5, '空調設備の整備率（累計）', '％', 80, '－', null],
      [6, '学校施設の照明LED化率', '％', 60, 8.5, 54],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
  );
  const read = () => detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

  test('a name closing with （累計） takes the 累計 figure; a 「－」 in the year’s column, or a rate, the figure beside it; others the year’s', () => {
    expect(read()).toEqual([
      ['長寿命化改修を完了した学校数（累計）', ['F3']],
      ['学校トイレの洋式化率', ['F4']],
      ['通学路合同点検を実施した学校数', ['E5']],
      ['防犯カメラを設置した学校数', ['E6']],
      ['空調設備の整備率（累計）', ['E7']],
      ['学校施設の照明LED化率', ['F8']],
    ]);
  });

  test('a rate beside a 累計 twin that states no point in time keeps the year’s column', () => {
    const plain = snap(
      '施設',
      [
        ['No.', '指標', '単位', '令和５年度\n目標値', '令和５年度実績値', null],
        [null, null, null, null, '単年度', '累計'],
        [1, '学校施設の照明LED化率', '％', 60, 8.5, 54],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
    );
    expect(detectSheet(plain, scale).indicators[0].actuals.map((a) => a.cell)).toEqual(['E3']);
  });

  test('the name’s mark is read from its closing bracket only', () => {
    expect(nameCumulativeMark('学校数（累計）')).toBe('累計');
    expect(nameCumulativeMark('学校数（令和元年度からの累計）')).toBe('累計（令和元年度からの累計）');
    expect(nameCumulativeMark('累計学校数')).toBeNull();
    expect(nameCumulativeMark('学校数（累計）（校）')).toBeNull();
  });
});

describe('a year’s 実績（単年度） beside its 累計 twin headed as the year’s too (令和５年度末実績（累計・年度末）)', () => {
  const s = (twin: string) =>
    snap('進捗管理表', [
      ['No.', '指標名', '単位', '目標の区分', '令和５年度目標', '令和５年度実績\n（単年度）', twin, '備考'],
      [1, '防犯カメラ設置台数', '台', '累計', 150, 18, 141, null],
      [2, '防犯講習会開催回数', '回', '単年度', 24, 26, 130, null],
      [3, '防犯パトロール実施回数', '回', null, 520, 447, 2930, null],
      [4, '防犯灯LED化率', '％', '年度末', 95, '－', 92.3, null],
    ]);
  const cells = (twin: string) => detectSheet(s(twin), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

  test('the row marked 累計 (and the row writing 「－」 for the year) reads the twin; 単年度 and unmarked rows keep the year', () => {
    expect(cells('令和５年度末実績\n（累計・年度末）')).toEqual([
      ['防犯カメラ設置台数', ['G2']],
      ['防犯講習会開催回数', ['F3']],
      ['防犯パトロール実施回数', ['F4']],
      ['防犯灯LED化率', ['G5']],
    ]);
  });

  test('a 累計 target twin beside the year’s target is never the actual (rv61)', () => {
    const sheet = snap('進捗管理表', [
      [
        'No.',
        '指標名',
        '単位',
        '目標の区分',
        '令和５年度目標\n（単年度）',
        '令和５年度末目標\n（累計）',
        '令和５年度実績\n（単年度）',
        '令和５年度末実績\n（累計）',
      ],
      [1, '防犯カメラ設置台数', '台', '累計', 30, 150, 18, 141],
      [3, '防犯灯LED化率', '％', '年度末', null, 95, '－', 92.3],
    ]);
    expect(detectSheet(sheet, scale).indicators.map((i) => i.actuals.map((a) => a.cell))).not.toContainEqual(['F2']);
    expect(detectSheet(sheet, scale).indicators.flatMap((i) => i.actuals.map((a) => a.cell))).not.toContain('F3');
  });

  test('a row marked 単年度 writing 「－」 (the event cancelled) has no figure this year, not its 累計 (rv61)', () => {
    const sheet = snap('進捗管理表', [
      ['No.', '指標名', '単位', '目標の区分', '令和５年度目標', '令和５年度実績\n（単年度）', '令和５年度末実績\n（累計・年度末）', '備考'],
      [1, '防犯講習会開催回数', '回', '単年度', 24, '－', 130, '感染症拡大のため中止'],
    ]);
    expect(detectSheet(sheet, scale).indicators.map((i) => i.actuals.map((a) => a.cell))).toEqual([['F2']]);
  });
});

describe('a total column headed by the year-end it stands at, its run in brackets (令和3年度末（平成31年度からの累計）)', () => {
  const yearEnd = (heading: string) =>
    snap(
      '進捗',
      [
        ['指標', '単位', '区分', '目標値\n（令和3年度）', '実績値', null],
        [null, null, null, null, '令和3年度\n（単年度）', heading],
        ['食育講座の延べ受講者数', '人', '累計', 2000, 430, 1960],
        ['給食センター見学者数', '人', '単年度', 1200, 1050, '－'],
      ],
      { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
    );
  const cells = (heading: string) => detectSheet(yearEnd(heading), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

  test('the row marked 累計 takes the year-end total, the 単年度 row its year', () => {
    expect(cells('令和3年度末\n（平成31年度からの累計）')).toEqual([
      ['食育講座の延べ受講者数', ['F3']],
      ['給食センター見学者数', ['E4']],
    ]);
  });

  test('a year-end of another year than the actual’s is no total of it: the 累計 row keeps the year’s column', () => {
    expect(cells('令和2年度末\n（平成31年度からの累計）')[0]).toEqual(['食育講座の延べ受講者数', ['E3']]);
  });

  test('yearEndOf reads the year-end only before a bracket naming a 累計', () => {
    expect(yearEndOf(['実績値', '令和3年度末（平成31年度からの累計）'])).toMatchObject({ kind: 'fiscal', fiscalYear: 2021 });
    expect(yearEndOf(['R5年度末時点（累計）'])).toMatchObject({ fiscalYear: 2023 });
    expect(yearEndOf(['令和3年度末（見込み）'])).toBeNull();
    expect(yearEndOf(['令和3年度（累計）'])).toBeNull();
  });
});

test('undated 実績値（単年度） | 実績値（累計） twins under a sheet’s year: a name closing with （累計） takes the 累計 twin, the others the year’s', () => {
  const s = (totalHeading: string) =>
    snap('成果指標', [
      ['令和元年度　移住施策　成果指標実績'],
      ['指標名', '単位', '目標値', '実績値\n（単年度）', totalHeading, '備考'],
      ['移住者数（累計）', '人', 150, 31, 138, '平成27年度からの累計'],
      ['移住相談件数', '件', 200, 184, 612, null],
    ]);
  const cells = (totalHeading: string) => detectSheet(s(totalHeading), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);
  expect(cells('実績値\n（累計）')).toEqual([
    ['移住者数（累計）', ['E3']],
    ['移住相談件数', ['D4']],
  ]);
  // A column of another measure (目標値（累計）) is no twin of the actual: the marked row keeps the year's figure, as before.
  expect(cells('目標値\n（累計）')[0]).toEqual(['移住者数（累計）', ['D3']]);
});

test('review rv75: a target set for the year (目標値（単年度）, 年間目標) keeps a （累計） name on the year’s figure, not the 累計 twin', () => {
  const s = (targetHeading: string) =>
    snap('成果指標', [
      ['令和５年度　成果指標実績'],
      ['指標名', '単位', targetHeading, '実績値\n（単年度）', '実績値\n（累計）'],
      ['移住者数（累計）', '人', 35, 31, 138],
    ]);
  const cells = (h: string) => detectSheet(s(h), scale).indicators.map((i) => i.actuals.map((a) => a.cell));
  expect([cells('目標値\n（単年度）'), cells('年間目標'), cells('令和５年度目標値')]).toEqual([[['D3']], [['D3']], [['D3']]]);
  expect(cells('目標値')).toEqual([['E3']]);
});

test('review rv75: 「20（累計）」…「30（累計）」 targets over yearly figures already running totals (21, 24, 28): no sum column read', () => {
  const s = snap('自己評価', [
    ['令和５年度　自己評価シート'],
    ['指標', '単位', '令和3年度目標', '令和4年度目標', '令和5年度目標', '令和3年度実績', '令和4年度実績', '令和5年度実績', '累計'],
    ['見守り協定締結事業者数', '者', '20（累計）', '25（累計）', '30（累計）', 21, 24, 28, 73],
  ]);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.filter((a) => a.period?.fiscalYear === 2023).map((a) => [a.cell, a.parsed.value])).toEqual([['H3', 28]]);
  expect(ind.cumulative ?? false).toBe(false);
});

test('a rate whose own name says 累計 (「住宅の耐震化率（累計）」) reads its undated 累計 twin, 91.5 against 95, not the 1.2 (rv75)', () => {
  const s = snap('成果指標', [
    ['令和５年度　成果指標実績'],
    ['指標名', '単位', '目標値', '実績値\n（単年度）', '実績値\n（累計）'],
    ['住宅の耐震化率（累計）', '％', 95, 1.2, 91.5],
    ['特定健診受診率', '％', 60, 48.2, '－'],
  ]);
  const inds = checkWorkbook({ sheets: [s] }, {}).report.indicators;
  expect(inds.map((i) => [i.actual, i.cells.actual])).toEqual([
    [91.5, 'E3'],
    [48.2, 'D4'],
  ]);
});
