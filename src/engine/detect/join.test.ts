import { checkWorkbook } from '../actions/check';
import { detectWorkbook } from './index';
import { qualified } from './join';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

const targets = snap('目標値', [
  ['ID', '指標名', '単位', 'R4', 'R5', 'R6'],
  ['K-01', '観光入込客数', '千人', 1260, 1330, 1400],
  ['K-02', '図書館貸出冊数', '冊', 190000, 200000, 210000],
]);

test('targets on a 目標値 sheet joined with actuals on a 実績値 sheet by ID, rows in another order', () => {
  const actuals = snap('実績値', [
    ['ID', 'R4', 'R5', '備考'],
    ['K-02', 180000, 150000, null],
    ['K-01', 1039, 1221, null],
  ]);
  const [t, a] = detectWorkbook([targets, actuals], scale);
  expect(a.indicators).toEqual([]);
  expect(t.indicators.map((i) => [i.name, i.layout, i.targets.length, i.actuals.map((p) => p.cell), i.guesses ?? []])).toEqual([
    ['観光入込客数', 'joined', 3, ['実績値!B3', '実績値!C3'], []],
    ['図書館貸出冊数', 'joined', 3, ['実績値!B2', '実績値!C2'], []],
  ]);
  const { report } = checkWorkbook({ sheets: [targets, actuals] });
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['観光入込客数', 1330, 1221],
    ['図書館貸出冊数', 200000, 150000],
  ]);
});

test('joined by name; a name written differently is joined as a guess naming both cells', () => {
  const actuals = snap('実績値', [
    ['指標名', 'R4', 'R5'],
    ['図書館貸出冊数', 180000, 150000],
    ['観光入込客数（延べ）', 1039, 1221],
  ]);
  const [t] = detectWorkbook([targets, actuals], scale);
  expect(t.indicators[0].guesses).toEqual([{ reason: 'join-fuzzy', cells: ['B2', '実績値!A3'] }]);
  expect(t.indicators[1].guesses).toBeUndefined();
});

test('sheets that are not a 目標 / 実績 pair are left alone', () => {
  const other = snap('KPI', [
    ['指標名', 'R4', 'R5'],
    ['観光入込客数', 1039, 1221],
  ]);
  const [t, k] = detectWorkbook([targets, other], scale);
  expect(t.indicators[0].targets).toEqual([]);
  expect(k.indicators).toHaveLength(1);
});

test('a qualified cell quotes a sheet name that needs it', () => {
  expect(qualified('実績値', 'C4')).toBe('実績値!C4');
  expect(qualified("KPI 実績's", 'C4')).toBe("'KPI 実績''s'!C4");
});

test('sheets not named for targets or actuals join when their headings say it, by the same name only', () => {
  const plan = snap('Sheet1', [
    ['指標名', '目標値（R4）', '目標値（R5）'],
    ['相談件数', 10, 12],
    ['登録者数', 5, 6],
  ]);
  const results = snap('Sheet2', [
    ['指標名', '実績値（R4）', '実績値（R5）'],
    ['登録者数', 4, 7],
    ['窓口相談件数', 11, 13],
  ]);
  const [p, r] = detectWorkbook([plan, results], scale);
  expect(p.indicators.map((i) => [i.name, i.actuals.map((x) => x.cell)])).toEqual([
    ['相談件数', []],
    ['登録者数', ['Sheet2!B2', 'Sheet2!C2']],
  ]);
  expect(r.indicators.map((i) => i.name)).toEqual(['窓口相談件数']);
});

test('an actual sheet reporting in another scale of the target’s unit (万円 for 億円) is read in the target’s unit', () => {
  const plan = snap('計画目標値', [
    ['産業振興計画（令和４年度〜令和７年度） 指標と目標値'],
    ['指標名', '単位', 'R5目標', 'R7目標'],
    ['ふるさと応援寄附額', '億円', 16, 16],
    ['創業者数', '人', 25, 30],
  ]);
  const results = snap('令和5年度実績', [
    ['令和５年度 指標実績報告'],
    ['指標名', '実績値', '単位'],
    ['創業者数', 19, '人'],
    ['ふるさと応援寄附額', 136000, '万円'],
  ]);
  const { report } = checkWorkbook({ sheets: [plan, results] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['ふるさと応援寄附額', '億円', 16, 13.6],
    ['創業者数', '人', 25, 19],
  ]);
});

test('a name differing only by connecting words (転入者の数, 移住に関する相談件数) joins as a guess, however far its bigrams', () => {
  const goals = snap('目標値', [
    ['KPI', '単位', 'R4年度', 'R5年度'],
    ['転入者数', '人', 2380, 2450],
    ['移住相談件数', '件', 260, 300],
  ]);
  const results = snap('実績値', [
    ['KPI', '単位', 'R4年度実績', 'R5年度実績'],
    ['移住に関する相談件数', '件', 307, 362],
    ['転入者の数', '人', 2291, 2318],
  ]);
  const [t, a] = detectWorkbook([goals, results], scale);
  expect(a.indicators).toEqual([]);
  expect(t.indicators.map((i) => [i.name, i.actuals.map((p) => p.cell), i.guesses])).toEqual([
    ['転入者数', ['実績値!C3', '実績値!D3'], [{ reason: 'join-fuzzy', cells: ['A2', '実績値!A3'] }]],
    ['移住相談件数', ['実績値!C2', '実績値!D2'], [{ reason: 'join-fuzzy', cells: ['A3', '実績値!A2'] }]],
  ]);
});

test('two actual names each differing only by connecting words from one target name join neither', () => {
  const goals = snap('目標値', [
    ['KPI', '単位', 'R5年度'],
    ['転入者数', '人', 2450],
  ]);
  const results = snap('実績値', [
    ['KPI', '単位', 'R5年度実績'],
    ['転入者の数', '人', 2318],
    ['転入の者数', '人', 2290],
  ]);
  const [t, a] = detectWorkbook([goals, results], scale);
  expect(t.indicators[0].actuals).toEqual([]);
  expect(a.indicators).toHaveLength(2);
});

describe('sheets sharing ID codes (a 指標一覧 of targets, a 実績 sheet of short names)', () => {
  const list = snap('指標一覧', [
    ['指標ID', '指標名', '単位', '目標値（令和５年度）'],
    ['K-01', '学校給食における地場産物の使用割合', '％', 30],
    ['K-02', '学校給食の残食率', '％', 6],
    ['K-03', '食に関する指導の実施回数', '回', 360],
  ]);

  test('every actual row bearing a code of a target row: joined by code whatever the names, no guess', () => {
    const results = snap('実績', [
      ['指標ID', '指標（略称）', '令和５年度実績値'],
      ['K-02', '残食率', 7.1],
      ['K-01', '地場産物割合', 32.4],
      ['K-03', '食の指導回数', 298],
    ]);
    const [t, a] = detectWorkbook([list, results], scale);
    expect(a.indicators).toEqual([]);
    expect(t.indicators.map((i) => [i.name, i.actuals.map((p) => p.cell), i.guesses ?? []])).toEqual([
      ['学校給食における地場産物の使用割合', ['実績!C3'], []],
      ['学校給食の残食率', ['実績!C2'], []],
      ['食に関する指導の実施回数', ['実績!C4'], []],
    ]);
  });

  test('a row bearing no code (a 合計 line) is passed over; a code with a kanji (食-1) is a code', () => {
    const kanji = (rows: (string | number)[][]) => rows.map((r) => r.map((v) => (typeof v === 'string' ? v.replace('K-0', '食-') : v)));
    const plan = snap(
      '指標一覧',
      kanji([
        ['指標ID', '指標名', '単位', '目標値（令和５年度）'],
        ['K-01', '地場産物の使用割合', '％', 30],
        ['K-02', '残食率', '％', 6],
      ]),
    );
    const results = snap('実績', [
      ['指標ID', '指標（略称）', '令和５年度実績値'],
      ['食-2', '残食', 7.1],
      ['食-1', '地場産物', 32.4],
      ['', '参考：給食実施日数', 190],
    ]);
    const [t] = detectWorkbook([plan, results], scale);
    expect(t.indicators.map((i) => i.actuals.map((p) => p.cell))).toEqual([['実績!C3'], ['実績!C2']]);
  });

  test('an actual row whose code no target row bears, or row numbers for codes: nothing joined', () => {
    const stray = snap('実績', [
      ['指標ID', '指標（略称）', '令和５年度実績値'],
      ['K-02', '残食率', 7.1],
      ['K-09', '地場産物割合', 32.4],
    ]);
    expect(detectWorkbook([list, stray], scale)[1].indicators).toHaveLength(2);
    const numbered = (name: string, rows: (string | number)[][]) => snap(name, rows);
    const plan = numbered('計画', [
      ['No.', '指標名', '目標値（令和５年度）'],
      [1, '相談件数', 10],
      [2, '登録者数', 5],
    ]);
    const done = numbered('結果', [
      ['No.', '項目', '令和５年度実績値'],
      [1, '講座数', 4],
      [2, '参加者数', 7],
    ]);
    expect(detectWorkbook([plan, done], scale)[1].indicators).toHaveLength(2);
  });

  test('a sheet’s own numbering (指標1, No.1, A1) or names with nothing in common, or other units: no join (review rv57)', () => {
    const goals = snap('基本目標1', [
      ['番号', '成果指標', '単位', '目標値（令和７年度）'],
      ['指標1', '市民活動団体の登録数', '団体', 120],
      ['指標2', '地域行事への参加率', '％', 60],
    ]);
    const done = (ids: [string, string]) =>
      snap('基本目標2', [
        ['番号', '活動指標', '単位', '令和５年度実績値'],
        [ids[0], '男女共同参画講座の受講者数', '人', 340],
        [ids[1], '審議会の女性委員の割合', '％', 31.2],
      ]);
    for (const ids of [
      ['指標1', '指標2'],
      ['No.1', 'No.2'],
      ['A1', 'A2'],
      ['K-01', 'K-02'],
    ] as [string, string][])
      expect(detectWorkbook([goals, done(ids)], scale)[1].indicators).toHaveLength(2);
  });
});
