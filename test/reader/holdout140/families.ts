/** Hold-out 140, the four families as 自殺対策・精神保健・依存症対策 offices write them. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

/** A: 施策評価シート, 令和４年度, four stacked indicator blocks R2（現状値）…R7（目標値） with 期待値／実績値 rows and 目指す方向. */
const policySheet: Holdout2Workbook = {
  name: 'h140-jisatsu-policy-sheet',
  layout: 'A: 施策評価シート (令和４年度), stacked blocks with 期待値／実績値 rows, ↓（減少） direction, a 集計中, 施策の達成状況 empty beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet('施策3-2');
    widths(ws, [12, 14, 11, 11, 11, 11, 11, 11, 12, 22]);
    merge(ws, 1, 1, 1, 10, '令和４年度　施策評価シート（評価対象年度：令和４年度）');
    merge(ws, 2, 1, 2, 2, '基本方針');
    merge(ws, 2, 3, 2, 10, '３　誰もが健やかに安心して暮らせるまち');
    merge(ws, 3, 1, 3, 2, '施策');
    merge(ws, 3, 3, 3, 10, '３－２　こころの健康づくりと自殺対策の推進');
    merge(ws, 4, 1, 4, 2, '担当課');
    merge(ws, 4, 3, 4, 10, '健康推進課・障がい福祉課');
    merge(ws, 5, 1, 5, 2, '施策の達成状況');
    put(ws, 5, 4, ['（B）']);
    merge(ws, 5, 5, 5, 10, '※（　）内は前年度の評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    box(ws, 2, 1, 5, 10);
    const blocks: [string, string, string, string, string, (number | string | null)[], (number | string | null)[], string][] = [
      [
        '指標①',
        '自殺死亡率（人口10万対）',
        '人口動態統計による人口10万人当たりの自殺者数',
        '人',
        '↓（減少）',
        [18.9, 17.2, 15.8, 14.9, 14.0, 13.0],
        [18.9, 19.4, 17.1, null, null, null],
        '暦年の数値',
      ],
      [
        '指標②',
        'ゲートキーパー養成講座受講者数（累計）',
        '市が実施する養成講座の受講者数（平成28年度からの累計）',
        '人',
        '↑（増加）',
        [760, 980, 1200, 1400, 1600, 1800],
        [760, 912, 1086, null, null, null],
        '',
      ],
      [
        '指標③',
        'こころの健康相談件数',
        '保健師・精神保健福祉士による相談（電話・来所・訪問）の延べ件数',
        '件',
        '↑（増加）',
        [220, 240, 260, 270, 280, 300],
        [226, 251, 300, null, null, null],
        'SNS相談を含む',
      ],
      [
        '指標④',
        '睡眠で休養が十分とれている人の割合',
        '市民健康意識調査で「十分とれている」「まあとれている」と答えた人の割合',
        '％',
        '↑（増加）',
        [68.4, 72.0, 75.0, 76.0, 78.0, 80.0],
        [68.4, 70.3, '集計中', null, null, null],
        '調査結果は６月公表予定',
      ],
    ];
    let r = 7;
    for (const [no, name, desc, unit, dir, exp, act, note] of blocks) {
      put(ws, r, 1, [no]);
      merge(ws, r, 2, r, 6, name);
      put(ws, r, 7, ['単位', unit]);
      put(ws, r, 9, ['目指す方向', dir]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 10, desc);
      put(ws, r + 2, 1, ['区分', '', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）', '備考']);
      merge(ws, r + 3, 1, r + 3, 2, '期待値');
      put(ws, r + 3, 3, exp);
      merge(ws, r + 4, 1, r + 4, 2, '実績値');
      put(ws, r + 4, 3, act);
      merge(ws, r + 3, 9, r + 4, 10, note);
      box(ws, r, 1, r + 4, 10);
      wrap(ws, r, 1, r + 4, 10);
      r += 6;
    }
    merge(ws, r, 1, r, 2, '総合評価');
    merge(ws, r, 3, r, 10, '相談件数は期待値を上回ったが、自殺死亡率は期待値に届いていない。');
    merge(ws, r + 1, 1, r + 1, 2, '今後の方向性');
    merge(ws, r + 1, 3, r + 1, 10, '若年層への SOS の出し方教育と相談体制の充実を図る。');
    box(ws, r, 1, r + 1, 10);
  },
  expected: (() => {
    const s = '施策3-2';
    const indicators = [
      ind(s, '自殺死亡率（人口10万対）', '人', 15.8, 17.1, { direction: 'down' }),
      ind(s, 'ゲートキーパー養成講座受講者数（累計）', '人', 1200, 1086),
      ind(s, 'こころの健康相談件数', '件', 260, 300),
      ind(s, '睡眠で休養が十分とれている人の割合', '％', 75, null, { actualStatus: 'pending' }),
    ];
    return {
      file: 'h140-jisatsu-policy-sheet.xlsx',
      fiscalYear: 2022,
      indicators,
      groups: [{ sheet: s, cell: 'C5', grade: rollUp(indicators.map((i) => i.grade)) }],
    };
  })(),
};

/** B: 令和３年度 事業実績, 数値目標／実績値 as text, two measures in one cell, a 未実施, 自己評価 by the department. */
const projectTable: Holdout2Workbook = {
  name: 'h140-kokoro-project-results',
  layout: 'B: 令和３年度 自殺対策推進事業 実績一覧, text figures 「研修開催 5回」, 「講演会 2回／参加者 96人」, one 未実施, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 24, 34, 14, 20, 26, 8, 10]);
    merge(ws, 1, 1, 1, 8, '令和３年度　自殺対策推進事業　実績一覧');
    put(ws, 2, 8, ['健康推進課']);
    put(ws, 3, 1, ['No.', '事業名', '事業概要', '担当課', 'R3年度数値目標', 'R3年度実績値', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        'ゲートキーパー養成研修',
        '市職員・民生委員・市民を対象に、悩んでいる人に気づき、声をかけ、つなぐ人材を養成する',
        '健康推進課',
        '研修開催 6回',
        '研修開催 5回',
        'B',
        '継続',
      ],
      [
        2,
        'こころの相談窓口（電話・SNS）',
        '臨床心理士等による電話相談と LINE 相談を実施する',
        '健康推進課',
        '相談件数 1,500件',
        '相談件数 1,732件',
        'A',
        '拡充',
      ],
      [
        3,
        'アルコール健康障害啓発事業',
        '依存症の正しい知識の普及のため講演会を開催する',
        '障がい福祉課',
        '講演会 2回／参加者 150人',
        '講演会 2回／参加者 96人',
        'B',
        '見直し',
      ],
      [
        4,
        '自死遺族支援（わかちあいの会）',
        '大切な人を自死で亡くした方が語り合う場を提供する',
        '健康推進課',
        '開催 12回',
        '未実施\n（新型コロナウイルス感染症拡大のため中止）',
        'D',
        '継続',
      ],
      [5, 'SOSの出し方に関する教育', '市内小中学校で保健師が SOS の出し方に関する授業を行う', '学校教育課', '実施校 8校', '実施校 8校', 'A', '継続'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 8, 8);
    wrap(ws, 3, 1, 8, 8);
    put(ws, 10, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h140-kokoro-project-results.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('事業実績', 'ゲートキーパー養成研修', '回', 6, 5, { existing: 'B' }),
      ind('事業実績', 'こころの相談窓口（電話・SNS）', '件', 1500, 1732, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: 'アルコール健康障害啓発事業',
        measures: [
          { label: '講演会', target: 2, actual: 2, unit: '回' },
          { label: '参加者', target: 150, actual: 96, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind('事業実績', '自死遺族支援（わかちあいの会）', '回', 12, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('事業実績', 'SOSの出し方に関する教育', '校', 8, 8, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** C: 第２次自殺対策計画 KPI, 目標値／実績値 rows per 令和元年度…令和４年度, values 「23 人」, a 「－」 target, evaluated for 令和２年度. */
const kpiTable: Holdout2Workbook = {
  name: 'h140-jisatsu-kpi-periods',
  layout: 'C: KPI × 令和元年度…令和4年度 with 目標値／実績値 rows, 「612 件」 values, 目指す方向 column, 「－」 target, 令和２年度 stated',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [30, 8, 10, 12, 12, 12, 12, 20]);
    merge(ws, 1, 1, 1, 8, '第２次自殺対策計画　重要業績評価指標（KPI）の進捗状況');
    put(ws, 2, 1, ['評価対象：令和２年度実績']);
    put(ws, 3, 1, ['KPI', '目指す方向', '区分', '令和元年度', '令和２年度', '令和３年度', '令和４年度（最終）', '備考']);
    const kpis: [string, string, (string | number)[], (string | number)[], string][] = [
      ['自殺者数', '減少', ['22 人', '20 人', '19 人', '18 人'], ['25 人', '23 人', '', ''], '暦年'],
      ['精神保健福祉相談 延べ件数', '増加', ['750 件', '800 件', '850 件', '900 件'], ['702 件', '612 件', '', ''], '来所・電話・訪問'],
      ['依存症相談窓口の認知度', '増加', ['－', '－', '－', '30.0 ％'], ['－', '18.5 ％', '', ''], '令和２年度市民意識調査'],
      ['ゲートキーパー養成数（累計）', '増加', ['300 人', '400 人', '500 人', '600 人'], ['318 人', '428 人', '', ''], '平成29年度からの累計'],
    ];
    let r = 4;
    for (const [name, dir, tg, ac, note] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, dir);
      put(ws, r, 3, ['目標値', ...tg]);
      put(ws, r + 1, 3, ['実績値', ...ac]);
      merge(ws, r, 8, r + 1, 8, note);
      r += 2;
    }
    box(ws, 3, 1, r - 1, 8);
  },
  expected: {
    file: 'h140-jisatsu-kpi-periods.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('KPI', '自殺者数', '人', 20, 23, { direction: 'down' }),
      ind('KPI', '精神保健福祉相談 延べ件数', '件', 800, 612),
      ind('KPI', '依存症相談窓口の認知度', '％', null, 18.5),
      ind('KPI', 'ゲートキーパー養成数（累計）', '人', 400, 428),
    ],
    groups: [],
  },
};

/** D: こころの健康・依存症対策 成果指標 点検評価 (令和４年度), 現況 with its year in the cell, 目標（R8）, 実績 with its year, 方向性. */
const planIndicators: Holdout2Workbook = {
  name: 'h140-kokoro-plan-indicators',
  layout: 'D: 成果指標 点検評価一覧 (令和４年度), 「19.6⏎（令和2年）」 現況, 目標（R8）, 実績 with year, 減少／増加, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('点検評価');
    widths(ws, [5, 34, 30, 8, 8, 16, 12, 16, 22]);
    merge(ws, 1, 1, 1, 9, '令和４年度　施策点検評価一覧（こころの健康づくり・依存症対策）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '方向性', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '自殺死亡率（人口10万対）', '人口10万人当たりの自殺者数', '人', '減少', '19.6\n（令和2年）', 13.0, '16.4\n（令和4年）', '人口動態統計'],
      [
        2,
        '生活習慣病のリスクを高める量を飲酒している人の割合',
        '1日当たりの純アルコール摂取量が男性40g・女性20g以上の人の割合',
        '％',
        '減少',
        '14.2\n（令和元年度）',
        12.0,
        '13.1\n（令和4年度）',
        '市民健康意識調査',
      ],
      [
        3,
        'ゲートキーパー研修受講者数（累計）',
        '平成28年度からの受講者数の累計',
        '人',
        '増加',
        '520\n（令和2年度末）',
        '1,500',
        '1,020\n（令和4年度末）',
        '事業実績',
      ],
      [4, '依存症相談拠点での相談件数', '精神保健福祉センター依存症相談の市民分', '件', '増加', '84\n（令和2年度）', 120, '138\n（令和4年度）', '事業実績'],
      [5, '協議の場の開催回数', '精神障害にも対応した地域包括ケアシステム構築のための協議の場', '回', '増加', '1\n（令和2年度）', 4, '集計中', '事業実績'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 8, 9);
    wrap(ws, 3, 1, 8, 9);
  },
  expected: (() => {
    const s = '点検評価';
    const f = { targetSource: 'final' };
    return {
      file: 'h140-kokoro-plan-indicators.xlsx',
      fiscalYear: 2022,
      indicators: [
        { ...ind(s, '自殺死亡率（人口10万対）', '人', 13, 16.4, { direction: 'down' }), ...f },
        { ...ind(s, '生活習慣病のリスクを高める量を飲酒している人の割合', '％', 12, 13.1, { direction: 'down' }), ...f },
        { ...ind(s, 'ゲートキーパー研修受講者数（累計）', '人', 1500, 1020), ...f },
        { ...ind(s, '依存症相談拠点での相談件数', '件', 120, 138), ...f },
        { ...ind(s, '協議の場の開催回数', '回', 4, null, { actualStatus: 'pending' }), ...f },
      ],
      groups: [],
    };
  })(),
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
